import Testing
@testable import NewsFactsKit

@Suite struct DocumentDateFinderTests {
    static func find(_ text: String) throws -> DocumentDateFinder.Result? {
        let lexicon = try EntityTestSupport.lexicon()
        let s = Array(text.unicodeScalars)
        let expressions = DateRecognizer(lexicon: lexicon).expressions(in: s)
        return DocumentDateFinder(lexicon: lexicon).find(in: s, expressions: expressions)
    }

    @Test func aLabelledMastheadDateWins() throws {
        let r = try #require(try Self.find("记者从4月24日发布会了解到。\n来源:东方网 发布时间:2022-04-25 09:07\n截至10月10日"))
        #expect(r.date == PartialDate(year: 2022, month: 4, day: 25))
        #expect(!r.yearInferred)
    }

    @Test func aDateAtALineStartIsAFooterDate() throws {
        let r = try #require(try Self.find("我省上半年空气质量明显改善。\n2018-07-14 PM2.5平均浓度同比下降"))
        #expect(r.date == PartialDate(year: 2018, month: 7, day: 14))
    }

    @Test func aDatelineGivesMonthAndDayOnly() throws {
        let r = try #require(try Self.find("新华社北京4月11日电 (记者申铖)财政部11日对外发布通知称。"))
        #expect(r.date == PartialDate(year: nil, month: 4, day: 11))
        #expect(r.date.iso == "XXXX-04-11")
    }

    @Test func aReportingPeriodStandsInForAMissingYearAndSaysSo() throws {
        let r = try #require(try Self.find("本报讯 2月23日，召开山西省2023年度考试工作会议。2009年他获得学位。"))
        #expect(r.date.year == 2023)
        #expect(r.yearInferred)
    }

    @Test func aPageWithNoFindableDateInventsNothing() throws {
        #expect(try Self.find("3月12日，村民在收获羊肚菌。去年以来，全村共建大棚63栋。") == nil)
        let context = try EntityTestSupport.context("3月12日，村民在收获羊肚菌。去年以来，全村共建大棚63栋。")
        #expect(context.documentDate == nil)
        #expect(context.documentRecord.date == nil)
        let dates = context.entities.filter { $0.type == .date }
        #expect(dates.map(\.normalized) == ["XXXX-03-12", nil])
    }

    @Test func theDocumentDateResolvesRelativeDates() throws {
        let context = try EntityTestSupport.context("时间:2018-02-23\n昨日，省旅游发展委员会通报：今年春节，较去年增加。")
        #expect(context.documentRecord.date == "2018-02-23")
        let byMention = Dictionary(context.entities.filter { $0.type == .date }.map { ($0.mention, $0.normalized) },
                                   uniquingKeysWith: { a, _ in a })
        #expect(byMention["昨日"] == "2018-02-22")
        #expect(byMention["今年春节"] == "2018-02-16")  // 春节 2018 was February 16
        #expect(byMention["去年"] == "2017")
    }
}
