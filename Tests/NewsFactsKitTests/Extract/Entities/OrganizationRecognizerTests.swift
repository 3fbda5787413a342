import Testing
@testable import NewsFactsKit

@Suite struct OrganizationRecognizerTests {
    static func organizations(_ text: String) throws -> [String] {
        try EntityTestSupport.entities(text).filter { $0.type == .organization }.map(\.mention)
    }

    @Test(arguments: [
        ("日前，晋能控股煤业集团燕子山矿被评为首批试点单位。", ["晋能控股煤业集团燕子山矿"]),
        ("吴丽丽是山西财经大学统计学院的副教授。", ["山西财经大学统计学院"]),
        ("昨日，记者从市教育局了解到。", ["市教育局"]),
        ("借助山东种业集团技术优势，开展种羊扩繁。", ["山东种业集团"]),
        ("近日，国网忻州供电公司联合开展演练。", ["国网忻州供电公司"]),
        ("据沈阳海关22日公布的统计数据。", ["沈阳海关"]),
        ("该县乡村振兴服务中心相关负责人说。", ["乡村振兴服务中心"]),
        ("法国国家健康与医学研究所官网介绍。", ["法国国家健康与医学研究所"]),
        ("来源:东方网 发布时间:2022-04-25", ["东方网"]),
        ("新华社北京4月11日电 财政部对外发布通知。", ["新华社", "财政部"]),
    ])
    func organizationsAreFoundWithTheirLongestName(text: String, expected: [String]) throws {
        #expect(try Self.organizations(text) == expected)
    }

    @Test func aNameFoundOnceIsFoundWhereItRecurs() throws {
        let text = "虽然到市商务局工作还不到一个月。这次来商务局工作，是一个挑战。\n晋能控股煤业集团燕子山矿获评。\n燕子山矿积极开展活动。"
        let orgs = try Self.organizations(text)
        #expect(orgs == ["市商务局", "商务局", "晋能控股煤业集团燕子山矿", "燕子山矿"])
    }

    @Test(arguments: [
        "构建党建引领基层治理的新格局。",
        "全市89所学校被授予称号。",
        "各省级财政部门应加强监督管理。",
        "推动社会组织唱戏。",
        "创建平安校园是实现学校高质量发展的需要。",
        "前几天超市搞促销时，鸡蛋便宜。",
    ])
    func commonWordsAreNotOrganizations(text: String) throws {
        let orgs = try Self.organizations(text)
        #expect(!orgs.contains("财政部"))
        #expect(orgs.filter { !$0.hasPrefix("省级") }.isEmpty)
    }

    /// A kind of organization is not one (`org-generic.tsv`); a name containing it is.
    @Test func genericNamesAreNotOrganizations() throws {
        let orgs = try Self.organizations("国网忻州供电公司联合神池、五台、保德三地供电公司开展演练。明确小区业主委员会职责。")
        #expect(orgs.contains("国网忻州供电公司"))
        #expect(!orgs.contains("供电公司"))
        #expect(!orgs.contains("小区业主委员会") && !orgs.contains("业主委员会"))
    }
}
