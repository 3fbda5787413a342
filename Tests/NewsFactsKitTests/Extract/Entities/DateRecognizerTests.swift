import Testing
@testable import NewsFactsKit

@Suite struct DateRecognizerTests {
    static func expressions(_ text: String) throws -> [DateExpression] {
        DateRecognizer(lexicon: try EntityTestSupport.lexicon()).expressions(in: Array(text.unicodeScalars))
    }

    /// (text, document date, span as written, ISO form), checked by hand against GUIDELINES §2.
    @Test(arguments: [
        ("2023年2月23日，会议召开", PartialDate(year: nil), "2023年2月23日", "2023-02-23"),
        ("2月23日，我市召开", PartialDate(year: 2023), "2月23日", "2023-02-23"),
        ("2022年初，全村纳入", PartialDate(year: 2023), "2022年初", "2022-01"),
        ("一季度黑龙江增长", PartialDate(year: 2025), "一季度", "2025-01/2025-03"),
        ("1-2月收入增长", PartialDate(year: 2025), "1-2月", "2025-01/2025-02"),
        ("3月末贷款余额", PartialDate(year: 2025), "3月末", "2025-03"),
        ("7月中旬就能上市", PartialDate(year: 2023), "7月中旬", "2023-07"),
        ("9月份再种一茬", PartialDate(year: 2023), "9月份", "2023-09"),
        ("发布时间:2022-04-25 09:07", PartialDate(year: nil), "2022-04-25", "2022-04-25"),
        ("日期:12-25-2012", PartialDate(year: nil), "12-25-2012", "2012-12-25"),
        ("發佈時間:2009/02/18 12:39", PartialDate(year: nil), "2009/02/18", "2009-02-18"),
        ("1月22日至28日，成交930套", PartialDate(year: 2018), "1月22日至28日", "2018-01-22/2018-01-28"),
        ("(01月22日~01月28日)", PartialDate(year: 2018), "01月22日~01月28日", "2018-01-22/2018-01-28"),
        ("2018年第04周深圳成交", PartialDate(year: nil), "2018年第04周", "2018-W04"),
        ("2013年第三季度以来", PartialDate(year: nil), "2013年第三季度", "2013-07/2013-09"),
        ("2023年度考试录用", PartialDate(year: nil), "2023年度", "2023"),
        ("南昌前8月财政进账", PartialDate(year: 2018), "前8月", "2018-01/2018-08"),
        ("今年前2个月，辽宁", PartialDate(year: 2010), "今年前2个月", "2010-01/2010-02"),
        ("今年1-8月，全市", PartialDate(year: 2018), "今年1-8月", "2018-01/2018-08"),
        ("去年，窑沟村", PartialDate(year: 2023), "去年", "2022"),
        ("去年12月底放宽", PartialDate(year: 2023, month: 1, day: 3), "去年12月底", "2022-12"),
        ("上月博彩收入", PartialDate(year: 2023, month: 1, day: 3), "上月", "2022-12"),
        ("昨日，记者从", PartialDate(year: 2023, month: 2, day: 24), "昨日", "2023-02-23"),
        ("上周成交1325套", PartialDate(year: 2018, month: 1, day: 29), "上周", "2018-01-22/2018-01-28"),
        ("一月零售总销货", PartialDate(year: 2026), "一月", "2026-01"),
        ("首三个月博彩统计", PartialDate(year: 2016), "首三个月", "2016-01/2016-03"),
        ("2024年第四季本地生产总值", PartialDate(year: nil), "2024年第四季", "2024-10/2024-12"),
        // Holidays after a year, from published calendars: 春节 2023 was January 22, 2024 February 10,
        // 2018 February 16 (its golden week the eve to the sixth day); 中秋 2024 September 17;
        // 端午 2025 May 31; 除夕 2024 February 9.
        ("今年春节，全市", PartialDate(year: 2023), "今年春节", "2023-01-22"),
        ("明年春节前完工", PartialDate(year: 2023), "明年春节", "2024-02-10"),
        ("今年春节黄金周接待游客", PartialDate(year: 2018), "今年春节黄金周", "2018-02-15/2018-02-21"),
        ("2024年中秋节当天", PartialDate(year: nil), "2024年中秋节", "2024-09-17"),
        ("今年端午假日", PartialDate(year: 2025), "今年端午", "2025-05-31"),
        ("2024年除夕夜", PartialDate(year: nil), "2024年除夕", "2024-02-09"),
        ("去年国庆黄金周期间", PartialDate(year: 2020), "去年国庆黄金周", "2019-10-01/2019-10-07"),
    ] as [(String, PartialDate, String, String)])
    func dateIsFoundAndNormalized(text: String, document: PartialDate, mention: String, iso: String) throws {
        let found = try Self.expressions(text)
        let scalars = Array(text.unicodeScalars)
        let e = try #require(found.first, "no date in \(text)")
        #expect(EntityScalars.string(scalars, e.range) == mention)
        #expect(e.iso(document: document) == iso)
    }

    @Test(arguments: ["8年间完成投资", "60年来，天津港", "2000多名党员干部", "省第二批科技博士", "连续9个月增长",
                      "近日，在山东", "目前，基地种植", "近年来，全市", "新增风电光伏14GW"])
    func notADate(text: String) throws {
        #expect(try Self.expressions(text).isEmpty)
    }

    /// A lunar month after a year is part of the date but has no Gregorian form; a holiday alone is not
    /// dated (its year is often another than the page's); a holiday after an unknown year stays open.
    @Test func lunarMonthsAndHolidaysWithoutAYear() throws {
        let lunar = try #require(try Self.expressions("前年腊月，他回到").first)
        #expect(EntityScalars.string(Array("前年腊月，他回到".unicodeScalars), lunar.range) == "前年腊月")
        #expect(lunar.iso(document: PartialDate(year: 2023)) == nil)
        #expect(try Self.expressions("春节期间，全市").isEmpty)
        let holiday = try #require(try Self.expressions("今年春节，全市").first)
        #expect(holiday.iso(document: nil) == nil)
    }

    @Test func relativeDatesStayOpenWithoutADocumentDate() throws {
        let e = try #require(try Self.expressions("去年，窑沟村").first)
        #expect(e.iso(document: nil) == nil)
        let d = try #require(try Self.expressions("昨日，记者").first)
        #expect(d.iso(document: PartialDate(year: 2023)) == nil)  // the day is not known: nothing invented
    }

    @Test func aYearlessDateIsWrittenWithXXXX() throws {
        let e = try #require(try Self.expressions("3月12日，会议").first)
        #expect(e.iso(document: nil) == "XXXX-03-12")
    }

    @Test func aBareDayTakesTheMonthOfTheDateBeforeIt() throws {
        let context = try EntityTestSupport.context("新华社北京4月11日电 (记者申铖)财政部11日对外发布通知。")
        let dates = context.entities.filter { $0.type == .date }
        #expect(dates.map(\.mention) == ["4月11日", "11日"])
        #expect(dates.map(\.normalized) == ["XXXX-04-11", "XXXX-04-11"])
    }

    @Test func samePeriodTakesTheMonthsOfThePeriodBefore() throws {
        let context = try EntityTestSupport.context("发布时间:2018-07-14\n我省上半年空气质量改善，与2017年同期持平。")
        let dates = context.entities.filter { $0.type == .date }
        #expect(dates.first { $0.mention == "2017年同期" }?.normalized == "2017-01/2017-06")
        #expect(dates.first { $0.mention == "上半年" }?.normalized == "2018-01/2018-06")
    }
}
