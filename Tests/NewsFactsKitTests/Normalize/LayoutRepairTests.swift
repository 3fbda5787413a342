import Testing
@testable import NewsFactsKit

/// A layout case: the original page, the normalized text expected, and spans whose mapping back to the
/// original is checked (normalized needle → original text it must quote).
struct LayoutCase: CustomTestStringConvertible, Sendable {
    var name: String
    var original: String
    var normalized: String
    var spans: [(String, String)] = []
    var testDescription: String { name }
}

@Suite struct LayoutRepairTests {
    static let joins: [LayoutCase] = [
        LayoutCase(name: "break after an enumeration comma",
                   original: "全县签订共驻共建协议，成立15个党总支、53个党支部、\n\n140个党小组。",
                   normalized: "全县签订共驻共建协议，成立15个党总支、53个党支部、140个党小组。",
                   spans: [("140个", "140个"), ("、140", "、\n\n140")]),
        LayoutCase(name: "number cut in two by a break inside a sentence",
                   original: "该县建立联席会议制度。全县成立14\n\n0个党小组。",
                   normalized: "该县建立联席会议制度。全县成立140个党小组。",
                   spans: [("140个", "14\n\n0个")]),
        LayoutCase(name: "line with a full stop inside cut after a word",
                   original: "将考核结果纳入年度考核内容。社区\n\n党组织担负统筹协调责任。",
                   normalized: "将考核结果纳入年度考核内容。社区党组织担负统筹协调责任。",
                   spans: [("社区党组织", "社区\n\n党组织")]),
        LayoutCase(name: "next line starts with a full stop",
                   original: "去年12月底放宽入境限制，带动旅客增加\n。博彩监察协调局公布上月收入。",
                   normalized: "去年12月底放宽入境限制，带动旅客增加。博彩监察协调局公布上月收入。"),
        LayoutCase(name: "next line starts with a closing quote",
                   original: "抓住品质提升、品牌培育“五个重\n\n点”，发展庭院养殖。",
                   normalized: "抓住品质提升、品牌培育“五个重点”，发展庭院养殖。"),
        LayoutCase(name: "unclosed bracket",
                   original: "上月收入增加16.1%至34.82亿元(澳门元.\n下同)，按年仍跌56.3%。",
                   normalized: "上月收入增加16.1%至34.82亿元(澳门元.下同)，按年仍跌56.3%。"),
        LayoutCase(name: "short body line with a clause comma",
                   original: "村民都很高兴。\n\n窑沟村地处山区，全村常住人口\n\n104户165人，老人占80%。",
                   normalized: "村民都很高兴。\n窑沟村地处山区，全村常住人口104户165人，老人占80%。",
                   spans: [("常住人口104户", "常住人口\n\n104户")]),
        LayoutCase(name: "a line that continues a sentence continues it further",
                   original: "近年来，该矿积极开展春送安\n\n康、夏送清凉、冬送温暖等各\n\n类普惠活动，提高职工福利。",
                   normalized: "近年来，该矿积极开展春送安康、夏送清凉、冬送温暖等各类普惠活动，提高职工福利。"),
        LayoutCase(name: "CRLF and a full-width indent inside a sentence",
                   original: "全市共有学校８９所、\r\n\r\n　　教师１２００名。",
                   normalized: "全市共有学校89所、教师1200名。",
                   spans: [("89所", "８９所"), ("、教师", "、\r\n\r\n　　教师")]),
        LayoutCase(name: "ASCII words keep a space where the break was",
                   original: "请关注我们(Like etnet\nFacebook专页)。",
                   normalized: "请关注我们(Like etnet Facebook专页)。",
                   spans: [("etnet Facebook", "etnet\nFacebook")]),
        LayoutCase(name: "page wrapped at a fixed width",
                   original: """
                   今年一季度全市地区生产总值完成一千二百亿元按可比价格计算同比
                   增长百分之五点四增速比去年同期提高一点二个百分点其中第一产业
                   增加值完成八十亿元同比增长百分之三点一第二产业增加值完成四百
                   亿元。
                   """,
                   normalized: "今年一季度全市地区生产总值完成一千二百亿元按可比价格计算同比增长百分之五点四增速比去年同期提高一点二个百分点其中第一产业增加值完成八十亿元同比增长百分之三点一第二产业增加值完成四百亿元。",
                   spans: [("四百亿元", "四百\n亿元")]),
    ]

    static let keeps: [LayoutCase] = [
        LayoutCase(name: "headline, kicker and byline stay apart from the body",
                   original: "人才强市 汇智大同\n\n用高校成果服务发展\n\n□ 本报记者 何嫱\n\n“如何利用地缘优势，是我在思考的问题。”",
                   normalized: "人才强市 汇智大同\n用高校成果服务发展\n□ 本报记者 何嫱\n“如何利用地缘优势，是我在思考的问题。”"),
        LayoutCase(name: "headline after a paragraph, before the byline paragraph",
                   original: "会议要求做好各项工作。\n\n我市召开挂职干部座谈会\n\n本报讯(记者 郝雨)2月23日，我市召开座谈会。",
                   normalized: "会议要求做好各项工作。\n我市召开挂职干部座谈会\n本报讯(记者 郝雨)2月23日，我市召开座谈会。"),
        LayoutCase(name: "photo caption is not glued to the next headline",
                   original: "村民在收获羊肚菌。新华社记者 徐速绘 摄\n\n全市89所学校获市级称号\n\n本报讯(记者 丁亚琴)昨日，记者了解到有关情况。",
                   normalized: "村民在收获羊肚菌。新华社记者 徐速绘 摄\n全市89所学校获市级称号\n本报讯(记者 丁亚琴)昨日，记者了解到有关情况。"),
        LayoutCase(name: "paragraph ends with a bracketed note",
                   original: "不断提高农产品知名度。(刘雪峰)\n\n神池推动农业发展",
                   normalized: "不断提高农产品知名度。(刘雪峰)\n神池推动农业发展"),
        LayoutCase(name: "markdown headings and list items",
                   original: "## 神池:推动现代农业发展\n主要做法:\n1. 建设基地8000亩\n2. 发展养殖\n■ 政务动态",
                   normalized: "## 神池:推动现代农业发展\n主要做法:\n1. 建设基地8000亩\n2. 发展养殖\n■ 政务动态"),
        LayoutCase(name: "paragraph indent starts a new paragraph",
                   original: "　　全市共有学校89所\n　　今年新建学校3所。",
                   normalized: "全市共有学校89所\n今年新建学校3所。"),
        LayoutCase(name: "CRLF, CR and LF mixed",
                   original: "标题\r\n\r\n正文第一句。\r第二段。\n第三段。\r\n",
                   normalized: "标题\n正文第一句。\n第二段。\n第三段。",
                   spans: [("。\n第二", "。\r第二"), ("题\n正", "题\r\n\r\n正")]),
        LayoutCase(name: "blank lines, trailing spaces and CRLF collapse to one line feed",
                   original: "\r\n\r\n标题  \r\n\r\n\r\n正文第一句。  \r\n",
                   normalized: "标题\n正文第一句。",
                   spans: [("题\n正", "题  \r\n\r\n\r\n正")]),
    ]

    @Test(arguments: joins + keeps)
    func repairs(_ c: LayoutCase) throws {
        let (source, text, _) = try NormalizeTables.normalize(c.original)
        #expect(text.string(0..<text.count) == c.normalized)
        for (needle, original) in c.spans {
            let range = try #require(text.range(of: needle), "\(needle) not in the normalized text")
            #expect(source.string(text.originalRange(range)) == original)
        }
        // Every normalized scalar maps to an increasing, non-overlapping original range.
        for i in 1..<max(1, text.count) { #expect(text.starts[i] >= text.ends[i - 1]) }
    }

    @Test func pageOfPhrasesIsJoinedButItsHeadlineAndBylineAreNot() throws {
        let original = """
        高原牧业再添牛劲

        发布时间:2024-11-27 15:16:49 来源:某某网

        全市耕地面积

        320万亩

        其中水田

        85万亩

        主要分布在

        东部平原

        和南部河谷

        每年向外输送

        20多万吨粮食
        """
        let (source, text, _) = try NormalizeTables.normalize(original)
        #expect(text.string(0..<text.count) == """
        高原牧业再添牛劲
        发布时间:2024-11-27 15:16:49 来源:某某网
        全市耕地面积320万亩其中水田85万亩主要分布在东部平原和南部河谷每年向外输送20多万吨粮食
        """)
        let range = try #require(text.range(of: "面积320万亩"))
        #expect(source.string(text.originalRange(range)) == "面积\n\n320万亩")
    }

    @Test func pageLayoutStatistics() throws {
        let layout = try NormalizeTables.layout()
        let wrapped = Array(Self.joins.last?.original.unicodeScalars ?? "".unicodeScalars)
        let page = LayoutRepair.pageLayout(layout.lines(wrapped))
        #expect(page.wrapped)
        #expect(!page.phrases)
        let paragraphs = Array(Self.keeps[1].original.unicodeScalars)
        #expect(!LayoutRepair.pageLayout(layout.lines(paragraphs)).wrapped)
    }

    @Test func emptyAndBlankTexts() throws {
        #expect(try NormalizeTables.normalize("").text.count == 0)
        #expect(try NormalizeTables.normalize(" \n\u{3000}\r\n ").text.count == 0)
    }
}
