import Testing
@testable import NewsFactsKit

@Suite struct PlaceRecognizerTests {
    /// Marked text → the normalized form of the place at the marks (nil: a place with no path).
    @Test(arguments: [
        ("⟦阳高县⟧构建“六项机制”推进基层治理", "山西省大同市阳高县"),
        ("2月22日，在⟦山东省成武县汶上集镇⟧，村民在收获羊肚菌。", "山东省菏泽市成武县汶上集镇"),
        ("家住⟦天镇县赵家沟乡窑沟村⟧的老人说。", "山西省大同市天镇县赵家沟乡窑沟村"),
        ("⟦宁夏回族自治区中宁县舟塔乡⟧枸杞生产基地", "宁夏回族自治区中卫市中宁县舟塔乡"),
        ("文化交流在⟦黑龙江⟧举行。", "黑龙江省"),
        ("东邻京津冀、西接⟦内蒙古⟧。", "内蒙古自治区"),
        ("研究在⟦中国⟧开展。", "中华人民共和国"),
        ("新华社⟦巴黎⟧4月13日电", "法国巴黎"),
        ("⟦忻州经济开发区⟧打造绿电产业园区，忻州市推进。", nil),
        ("形成北部的⟦青藏高原⟧。", nil),
        ("⟦澳门⟧赌场毛收入减少。", "澳门特别行政区"),
    ] as [(String, String?)])
    func placeAtTheMarks(marked: String, normalized: String?) throws {
        let (text, range) = EntityTestSupport.unmark(marked)
        let expected = try #require(range)
        let places = try EntityTestSupport.entities(text).filter { $0.type == .place }
        let hit = try #require(places.first { $0.start == expected.lowerBound && $0.end == expected.upperBound },
                               "places found: \(places.map(\.mention))")
        if let normalized {
            #expect(hit.normalized == normalized)
        }
    }

    @Test func shortFormsResolveFromTheOtherPlacesInTheDocument() throws {
        // 高雄 is 高雄市 today and was also 高雄县 until 2010: the page naming 高雄县 decides.
        let withCounty = try EntityTestSupport.entities("高雄县长宣布新措施。记者在高雄报导。").filter { $0.type == .place }
        #expect(withCounty.first { $0.mention == "高雄" }?.normalized == "台湾高雄县")
        let alone = try EntityTestSupport.entities("记者在高雄报导。").filter { $0.type == .place }
        #expect(alone.first { $0.mention == "高雄" }?.normalized == "台湾高雄市")
    }

    @Test func countyShortFormsNeedTheirPrefectureNamed() throws {
        let supported = try EntityTestSupport.entities("大同市所辖县中，阳高的做法值得推广。").filter { $0.type == .place }
        #expect(supported.first { $0.mention == "阳高" }?.normalized == "山西省大同市阳高县")
        // 延长 (延长县, 陕西) is a common word; a page about 陕西 alone does not make it a place.
        let unsupported = try EntityTestSupport.entities("陕西省将延长产业链。").filter { $0.type == .place }
        #expect(unsupported.map(\.mention) == ["陕西省"])
    }

    @Test func twoCharacterFullNamesNeedContext() throws {
        // 高县 (宜宾市) inside 提高县域 is no place.
        let places = try EntityTestSupport.entities("要提高县域经济水平。").filter { $0.type == .place }
        #expect(places.isEmpty)
    }

    @Test(arguments: ["该县积极推行制度。", "全市89所学校获评。", "我市召开会议。", "全县80多个县直单位参加。"])
    func genericReferencesAreNotPlaces(text: String) throws {
        #expect(try EntityTestSupport.entities(text).filter { $0.type == .place }.isEmpty)
    }

    @Test(arguments: ["冰岛人要回去捕鱼。", "收入共五百亿澳门元。", "建设乡村振兴示范村。", "带动村民就业增收。"])
    func wordsThatContainPlaceNamesAreNotPlaces(text: String) throws {
        #expect(try EntityTestSupport.entities(text).filter { $0.type == .place }.isEmpty)
    }

    @Test func aSettlementOnItsOwnTakesThePathOfItsEarlierMention() throws {
        let text = "天镇县赵家沟乡窑沟村66岁的老人说。\n窑沟村地处山区。"
        let places = try EntityTestSupport.entities(text).filter { $0.type == .place }
        let later = try #require(places.first { $0.mention == "窑沟村" })
        #expect(later.normalized == "山西省大同市天镇县赵家沟乡窑沟村")
    }

    @Test func listedVillagesTakeTheirTownship() throws {
        let text = "广灵县南村镇蔬菜基地。南村镇在北土、庄头等村共建大棚。"
        let places = try EntityTestSupport.entities(text).filter { $0.type == .place }
        #expect(places.first { $0.mention == "北土" }?.normalized == "山西省大同市广灵县南村镇北土村")
        #expect(places.first { $0.mention == "庄头" }?.normalized == "山西省大同市广灵县南村镇庄头村")
    }

    @Test func placesCarryTheirAdcode() throws {
        let place = try #require(try EntityTestSupport.entities("灵丘县开展检查。").first { $0.type == .place })
        #expect(place.adcode == "140224")
        #expect(place.normalized == "山西省大同市灵丘县")
    }
}
