import Testing
@testable import NewsFactsKit

@Suite struct PersonRecognizerTests {
    static func persons(_ text: String) throws -> [EntityRecord] {
        try EntityTestSupport.entities(text).filter { $0.type == .person }
    }

    @Test func bylineNamesTakeTheirRoles() throws {
        let p = try Self.persons("本报讯（记者 潘红 通讯员 雷贵光）如何使社区党建联起来？")
        #expect(p.map(\.mention) == ["潘红", "雷贵光"])
        #expect(p.map(\.role) == ["记者", "通讯员"])
    }

    @Test(arguments: [
        ("新华社北京4月11日电 (记者申铖)财政部11日对外发布通知。", ["申铖"]),
        ("(记者张晓洁、谢希瑶)国务院批复11日发布。", ["张晓洁", "谢希瑶"]),
        ("□ 本报记者 何嫱\n\n“如何利用大同的地缘优势", ["何嫱"]),
        ("村民在收获羊肚菌。新华社记者 徐速绘 摄", ["徐速绘"]),
        ("本报讯 (刘莹 记者 宋文博)记者昨日从市财政局获悉", ["刘莹", "宋文博"]),
        ("让更多特色产业成为富民产业。(刘雪峰)", ["刘雪峰"]),
    ])
    func bylines(text: String, names: [String]) throws {
        #expect(try Self.persons(text).map(\.mention) == names)
    }

    @Test func titlesBeforeAndVerbsAfterMarkNames() throws {
        let p = try Self.persons("2月23日，市委常委、组织部长刘鹏出席会议并讲话。\n刘鹏强调，要提高政治站位。")
        #expect(p.map(\.mention) == ["刘鹏", "刘鹏"])
        #expect(p.first?.role == "组织部长")
        #expect(p.last?.role == nil)
    }

    @Test(arguments: [
        ("“春夏时节你一定要来看看。”中宁县枸杞产业管理办公室副主任胡忠庆热情地邀请。", "胡忠庆"),
        ("83岁的宋世才老人感慨地说：“我双手赞成。”", "宋世才"),
        ("“大家都是来自莎村的。”高继花高兴地说。", "高继花"),
        ("舟塔乡田滩村的田连智告诉记者，今年收成好。", "田连智"),
        // A function character (其) inside a name, between a title and a verb of saying.
        ("高雄市长陈其迈表示，市府将投入15亿元。", "陈其迈"),
    ])
    func contextMarksAName(text: String, name: String) throws {
        #expect(try Self.persons(text).map(\.mention).contains(name))
    }

    @Test(arguments: [
        "营造良好的教育育人环境。",
        "持续放大全省养羊重点县金字招牌。",
        "提升居民幸福感和满意度，守护居民安全。",
        "公司负责人信心满满地表示，订单充足。",
        "记者从市教育局了解到。",
        "通知指出，方案认为可行。",
    ])
    func noFalsePersons(text: String) throws {
        #expect(try Self.persons(text).isEmpty)
    }

    /// A title word ending an organization's suffix (副厅长) does not make the organization longer.
    @Test func aTitleIsNotPartOfTheOrganization() throws {
        let entities = try EntityTestSupport.entities("省交通运输厅副厅长刘强介绍情况。市商务局局长王军表示支持。")
        #expect(entities.filter { $0.type == .organization }.map(\.mention) == ["省交通运输厅", "市商务局"])
        #expect(entities.filter { $0.type == .person }.map(\.mention) == ["刘强", "王军"])
    }
}
