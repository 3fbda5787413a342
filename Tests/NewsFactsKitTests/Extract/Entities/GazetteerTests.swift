import Testing
@testable import NewsFactsKit

@Suite struct GazetteerTests {
    static let rules = [
        Gazetteer.SuffixRule(suffix: "自治州", short: true, alias: "州"),
        Gazetteer.SuffixRule(suffix: "自治区", short: true, alias: nil),
        Gazetteer.SuffixRule(suffix: "维吾尔自治区", short: true, alias: nil),
        Gazetteer.SuffixRule(suffix: "省", short: true, alias: nil),
        Gazetteer.SuffixRule(suffix: "市", short: true, alias: nil),
        Gazetteer.SuffixRule(suffix: "县", short: true, alias: nil),
        Gazetteer.SuffixRule(suffix: "区", short: false, alias: nil),
    ]
    static let ethnic = ["土家族", "苗族", "土家", "回族", "蒙古族", "蒙古", "藏族"]

    @Test(arguments: [
        ("大同市", ["大同"]),
        ("阳高县", ["阳高"]),
        ("黑龙江省", ["黑龙江"]),
        ("内蒙古自治区", ["内蒙古"]),
        ("宁夏回族自治区", ["宁夏"]),
        ("新疆维吾尔自治区", ["新疆"]),
        ("湘西土家族苗族自治州", ["湘西", "湘西州"]),
        ("海西蒙古族藏族自治州", ["海西", "海西州"]),
        ("朝阳区", []),  // districts keep their full name: 朝阳 is a common word
        ("高县", []),    // a one-character stem is no short form
    ])
    func shortForms(name: String, expected: [String]) {
        let rules = Self.rules.sorted { $0.suffix.count > $1.suffix.count }
        #expect(Gazetteer.shortForms(of: name, rules: rules, ethnicGroups: Self.ethnic) == expected)
    }

    @Test(arguments: [
        ("140221", "山西省大同市阳高县"),
        ("110105", "北京市朝阳区"),        // a municipality's name is not repeated
        ("433100", "湖南省湘西土家族苗族自治州"),
        ("710200", "台湾高雄市"),          // Taiwan paths begin with 台湾
        ("810000", "香港特别行政区"),
        ("429004", "湖北省仙桃市"),        // a county-level city under the province
    ])
    func pathsFromTheGeneratedTable(adcode: String, path: String) throws {
        let g = try EntityTestSupport.lexicon().gazetteer
        let index = try #require(g.division(adcode: adcode))
        #expect(g.divisions[index].path == path)
    }

    @Test func formerDivisionsKeepTheirPath() throws {
        let g = try EntityTestSupport.lexicon().gazetteer
        let names = try #require(g.names["高雄县"])
        #expect(names.map { g.divisions[$0.division].path } == ["台湾高雄县"])
        let datong = try #require(g.names["大同县"])  // former county, now 云州区
        #expect(datong.map { g.divisions[$0.division].path } == ["山西省大同市大同县"])
    }

    @Test func ambiguousShortFormsListEveryDivision() throws {
        let g = try EntityTestSupport.lexicon().gazetteer
        let jilin = try #require(g.names["吉林"])
        #expect(Set(jilin.map { g.divisions[$0.division].path }) == ["吉林省", "吉林省吉林市"])
    }
}
