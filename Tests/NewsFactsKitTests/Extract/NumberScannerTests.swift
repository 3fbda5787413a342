import Testing
@testable import NewsFactsKit

/// What one marked number should read as.
struct ExpectedNumber: Sendable {
    var value: Double
    var max: Double?
    var form: NumberMention.Form = .cardinal
    var more = false
    var script: NumberMention.Script?
    var multiplier: Double?
    /// The exact decimal text, where rounding would hide an error.
    var decimal: String?
    var proportion: ExpectedProportion?
}

/// The proportion a number should carry: kind, the whole amount as written, the value in its terms.
struct ExpectedProportion: Sendable {
    var kind: NumberMention.Proportion.Kind
    var text: String
    var value: Double
}

/// One scanner case: a text with every number it holds marked, and what each reads as.
struct NumberCase: Sendable, CustomTestStringConvertible {
    var marked: String
    var expected: [ExpectedNumber]
    var testDescription: String { marked }
}

private func n(_ marked: String, _ value: Double, max: Double? = nil, form: NumberMention.Form = .cardinal,
               more: Bool = false, script: NumberMention.Script? = nil, multiplier: Double? = nil,
               decimal: String? = nil, proportion: ExpectedProportion? = nil) -> NumberCase {
    NumberCase(marked: marked, expected: [ExpectedNumber(value: value, max: max, form: form, more: more, script: script,
                                                         multiplier: multiplier, decimal: decimal, proportion: proportion)])
}

private func many(_ marked: String, _ values: Double...) -> NumberCase {
    NumberCase(marked: marked, expected: values.map { ExpectedNumber(value: $0) })
}

@Suite struct NumberScannerTests {
    let scanner: NumberScanner

    init() throws {
        scanner = try NumberScanner()
    }

    // MARK: - Forms

    static let arabic: [NumberCase] = [
        n("全市⟦89⟧所学校", 89, script: .arabic, multiplier: 1),
        n("征集意见建议⟦4932⟧条", 4932),
        n("共⟦1,200⟧人", 1200, decimal: "1200"),
        n("平均随访期为⟦7.7⟧年", 7.7, decimal: "7.7"),
        n("合计⟦10,000.233⟧元", 10000.233, decimal: "10000.233"),
        n("全市⟦８９⟧所学校", 89, script: .arabic),
        n("共⟦１,２００⟧人", 1200),  // (the normalizer folds １，２００ to 1,200 before the scanner sees it)
        n("长⟦２．５⟧米", 2.5),
        n("占⟦16﹒1%⟧", 16.1, form: .percent),
        n("天数为⟦0⟧", 0),
        n("共⟦1,050,000,000⟧元", 1_050_000_000),
        n("约⟦2e5⟧个", 200_000),
        n("系数⟦.5⟧", 0.5),
        n("增长⟦4.800⟧", 4.8, decimal: "4.8"),
    ]

    static let chinese: [NumberCase] = [
        n("构建⟦六⟧项机制", 6, script: .chinese),
        n("⟦两⟧项收入", 2),
        n("第⟦二十三⟧届", 23),
        n("⟦一万四千二百九十七⟧台", 14297, decimal: "14297"),
        n("⟦一千零一⟧夜", 1001),
        n("⟦一百零十万⟧", 1_100_000),
        n("⟦二〇二二⟧年", 2022),
        n("⟦一九九一⟧年", 1991),
        n("⟦廿三⟧日", 23),
        n("⟦卅五⟧", 35),
        n("⟦壹佰伍拾⟧元", 150),
        n("⟦贰仟叁佰⟧元", 2300),
        n("⟦陆万⟧元", 60000),
        n("⟦兩千⟧人", 2000),
        n("⟦四十萬⟧人", 400_000, multiplier: 1e4),
        n("⟦四亿五千六百四十二万零一十五⟧", 456_420_015),
        n("⟦四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二⟧", 4_569_831_148_725_382,
          decimal: "4569831148725382"),
        n("⟦四万万⟧同胞", 400_000_000),
        n("⟦二十一万亿⟧", 21e12, multiplier: 1e12),
        n("⟦五兆六十二亿⟧", 5_006_200_000_000),
        n("⟦四百五⟧", 450),
        n("⟦一万三⟧", 13000),
        n("年过⟦半百⟧", 50),
        n("⟦零点五⟧", 0.5),
        n("⟦十⟧斤", 10),
        n("⟦千三⟧", 1300),
    ]

    static let mixed: [NumberCase] = [
        n("总投资⟦36.4亿⟧元", 3_640_000_000, script: .mixed, multiplier: 1e8, decimal: "3640000000"),
        n("产量⟦1.14亿⟧吨左右", 114_000_000, multiplier: 1e8),
        n("⟦100万⟧千瓦以上", 1_000_000, multiplier: 1e4),
        n("⟦3万4000⟧人", 34000, multiplier: 1),
        n("⟦5千⟧元", 5000),
        n("⟦1,100.9亿⟧", 110_090_000_000),
        n("⟦4.78万亿⟧", 4.78e12, multiplier: 1e12),
        n("⟦2千零30万⟧", 20_300_000),
        n("⟦25万6千⟧", 256_000),
        n("⟦１１.92亿⟧", 1_192_000_000),
    ]

    static let approximations: [NumberCase] = [
        n("⟦2000多⟧名党员干部", 2000, more: true, script: .arabic),
        n("⟦500余万⟧", 5_000_000, more: true, multiplier: 1e4),
        n("⟦千余⟧人次", 1000, more: true),
        n("⟦十多万⟧人", 100_000, more: true, multiplier: 1e4),
        n("⟦十几⟧个", 10, more: true),
        n("⟦二十来⟧岁", 20, more: true),
        n("⟦23亿余⟧亩", 2_300_000_000, more: true, multiplier: 1e8),
        n("⟦1万多亿⟧元", 1e12, more: true, multiplier: 1e12),
        n("⟦100+⟧", 100, more: true),
        n("⟦几十万⟧人", 100_000, more: true),
        n("⟦二十几万⟧", 200_000, more: true),
        n("⟦一百零几万⟧", 1_000_000, more: true),
        n("⟦80多⟧个", 80, more: true),
    ]

    static let fractions: [NumberCase] = [
        n("⟦三分之一⟧", 1.0 / 3, form: .fraction),
        n("⟦五分之一⟧的人", 0.2, form: .fraction),
        n("占⟦3/5⟧", 0.6, form: .fraction),
        n("⟦-3/2⟧", -1.5, form: .fraction),
        n("⟦一又二分之一⟧", 1.5, form: .fraction),
        n("⟦十分之一⟧", 0.1, form: .fraction),
        n("⟦一百分之二⟧", 0.02, form: .fraction),
        n("⟦负一又二分之一⟧", -1.5, form: .fraction),
        n("⟦１６分之5⟧", 0.3125, form: .fraction),
    ]

    static let percentages: [NumberCase] = [
        n("缴纳率上升至⟦81%⟧", 81, form: .percent, script: .arabic),
        n("增长⟦81％⟧", 81, form: .percent),
        n("⟦百分之四十⟧", 40, form: .percent, script: .chinese),
        n("⟦百分之5.5⟧", 5.5, form: .percent, script: .arabic),
        n("⟦百分之十三点二⟧", 13.2, form: .percent),
        n("⟦百分之十三點二⟧", 13.2, form: .percent),
        n("⟦负百分之三⟧", -3, form: .percent),
        n("⟦5‰⟧", 5, form: .permille),
        n("⟦千分之五⟧", 5, form: .permille),
        n("下降⟦-22.2%⟧", -22.2, form: .percent),
        n("约⟦5 %⟧", 5, form: .percent),
        n("⟦百分之百⟧", 100, form: .percent),
        n("⟦负3.9%⟧", -3.9, form: .percent),
    ]

    static let ranges: [NumberCase] = [
        n("⟦3至5⟧年", 3, max: 5),
        n("⟦3-5⟧年", 3, max: 5),
        n("⟦三到五⟧年", 3, max: 5, script: .chinese),
        n("⟦10-15万⟧吨", 100_000, max: 150_000, multiplier: 1e4),
        n("⟦三四⟧个", 3, max: 4),
        n("⟦七八十⟧人", 70, max: 80),
        n("⟦十五六⟧岁", 15, max: 16),
        n("⟦一两⟧天", 1, max: 2),
        n("⟦三四十万⟧", 300_000, max: 400_000),
        n("⟦3%-5%⟧", 3, max: 5, form: .percent),
        n("⟦3-5%⟧", 3, max: 5, form: .percent),
        n("⟦百分之三到五⟧", 3, max: 5, form: .percent),
        n("⟦百分之三到百分之五⟧", 3, max: 5, form: .percent),
        n("⟦5000-1万⟧元", 5000, max: 10000),
        n("⟦2019-2020⟧年度", 2019, max: 2020),
        n("⟦3～5⟧天", 3, max: 5),
        n("⟦3 - 5⟧天", 3, max: 5),
    ]

    static let signsAndDecimals: [NumberCase] = [
        n("⟦负3⟧", -3),
        n("气温⟦-5⟧度", -5),
        n("⟦−3.5⟧", -3.5),
        n("⟦负三十二⟧", -32),
        n("⟦十五点七⟧", 15.7),
        n("⟦五百六十一點七六億⟧澳門元", 56_176_000_000, decimal: "56176000000"),
        n("⟦两千万点五五四四⟧", 20_000_000.5544),
        n("⟦四百亿点零五⟧", 40_000_000_000.05),
        n("⟦负0.2⟧", -0.2),
    ]

    static let proportions: [NumberCase] = [
        n("占⟦八⟧成", 8, proportion: ExpectedProportion(kind: .tenths, text: "八成", value: 8)),
        n("上升⟦三⟧成一", 3, proportion: ExpectedProportion(kind: .tenths, text: "三成一", value: 3.1)),
        n("⟦七⟧成半水平", 7, proportion: ExpectedProportion(kind: .tenths, text: "七成半", value: 7.5)),
        n("下跌⟦半⟧成", 0.5, proportion: ExpectedProportion(kind: .tenths, text: "半成", value: 0.5)),
        n("打⟦七五⟧折", 7.5, proportion: ExpectedProportion(kind: .tenths, text: "七五折", value: 7.5)),
        n("⟦75⟧折", 7.5, proportion: ExpectedProportion(kind: .tenths, text: "75折", value: 7.5)),
        n("提高⟦0.6⟧个百分点", 0.6, proportion: ExpectedProportion(kind: .percentagePoints, text: "0.6个百分点", value: 0.6)),
        n("下跌⟦四⟧個百分點", 4, proportion: ExpectedProportion(kind: .percentagePoints, text: "四個百分點", value: 4)),
        n("⟦万分之三⟧", 0.0003, form: .fraction,
          proportion: ExpectedProportion(kind: .partsPer, text: "万分之三", value: 3)),
        n("⟦8⟧成以上", 8, proportion: ExpectedProportion(kind: .tenths, text: "8成", value: 8)),
        // Not a tenths marker: 成员 (members), and 27 is beyond ten tenths.
        n("⟦两⟧成员国", 2),
        n("欧盟⟦27⟧成员国", 27),
        n("打⟦十⟧折", 10),
    ]

    static let separateNumbers: [NumberCase] = [
        many("⟦2022⟧-⟦04⟧-⟦25⟧", 2022, 4, 25),
        many("⟦2009⟧/⟦02⟧/⟦18⟧", 2009, 2, 18),
        many("⟦2022⟧.⟦4⟧.⟦25⟧", 2022, 4, 25),
        many("⟦2022⟧-⟦04⟧", 2022, 4),
        many("⟦15⟧个党总支、⟦53⟧个党支部、⟦140⟧个党小组", 15, 53, 140),
        many("⟦104⟧户⟦165⟧人", 104, 165),
        many("⟦1⟧, ⟦234⟧, ⟦567⟧", 1, 234, 567),
        many("⟦二百三十三⟧，⟦五百七十七⟧", 233, 577),
        many("⟦两百⟧点⟦两⟧", 200, 2),
        many("⟦八⟧点⟦三十⟧分", 8, 30),
        many("⟦1⟧分地⟦5千⟧元", 1, 5000),
        many("⟦2222⟧.⟦2222⟧.⟦22222⟧.⟦222⟧", 2222, 2222, 22222, 222),
        many("⟦五十⟧千", 50),
        many("⟦09⟧:⟦07⟧", 9, 7),
    ]

    static let unitPrefixes: [NumberCase] = [
        n("⟦10⟧千伏", 10),
        n("⟦6824⟧千米", 6824),
        n("⟦300⟧兆瓦", 300),
        n("⟦五⟧千克", 5),
        n("⟦1000万⟧千瓦时", 10_000_000),
        n("⟦30万⟧吨级", 300_000),
    ]

    static let codes: [NumberCase] = [
        n("PM2.5浓度为⟦35⟧微克", 35),
        n("COVID-19病例⟦12⟧例", 12),
        n("H7N9病例⟦3⟧例", 3),
        n("见www.163.com第⟦2⟧版", 2),
        n("q=30%25%20共⟦4⟧个", 4),
    ]

    static let spaced: [NumberCase] = [
        n("⟦一百 五 十 二⟧", 152),
        n("⟦7 万5 千4 百⟧", 75400),
        n("⟦1000  万⟧", 10_000_000),
        n("⟦十 余 万⟧", 100_000, more: true),
        n("⟦四百 点 五⟧", 400.5),
        n("⟦五 分之 一⟧", 0.2, form: .fraction),
    ]

    @Test(arguments: arabic + chinese + mixed + approximations + fractions + percentages + ranges + signsAndDecimals
          + proportions + separateNumbers + unitPrefixes + codes + spaced)
    func readsEveryMarkedNumber(_ testCase: NumberCase) {
        let marked = MarkedText(testCase.marked)
        let found = scanner.scan(marked.text)
        #expect(found.map(\.range) == marked.spans,
                "found \(found.map { marked.string($0.range) }) in \(marked.text)")
        guard found.count == testCase.expected.count else {
            Issue.record("expected \(testCase.expected.count) numbers, found \(found.count)")
            return
        }
        for (mention, expected) in zip(found, testCase.expected) {
            #expect(close(mention.value.double, expected.value), "value \(mention.value) ≠ \(expected.value)")
            if let max = expected.max {
                #expect(mention.valueMax.map { close($0.double, max) } ?? false, "max \(String(describing: mention.valueMax)) ≠ \(max)")
            } else {
                #expect(mention.valueMax == nil, "unexpected max \(String(describing: mention.valueMax))")
            }
            #expect(mention.form == expected.form)
            #expect(mention.moreThan == expected.more)
            if let script = expected.script { #expect(mention.script == script) }
            if let multiplier = expected.multiplier { #expect(mention.multiplier == multiplier) }
            if let decimal = expected.decimal { #expect(mention.value.decimal == decimal) }
            if let proportion = expected.proportion {
                #expect(mention.proportion?.kind == proportion.kind)
                #expect(mention.proportion.map { marked.string($0.range) } == proportion.text)
                #expect(mention.proportion.map { close($0.value.double, proportion.value) } ?? false)
            } else {
                #expect(mention.proportion == nil)
            }
        }
    }

    // MARK: - Not numbers

    static let notNumbers: [String] = [
        "一切", "一些", "统一", "唯一", "万一", "一样", "一起", "一直", "一旦", "一般", "一定", "进一步",
        "四川", "收拾", "陆地", "伍仁", "陆续", "队伍", "放肆", "拾起石子", "零售额",
        "万", "万万", "两两", "阳光九九", "五四青年节", "一一对应", "十分重要", "美味十足", "老百姓", "百货",
        "千方百计", "千家万户", "一带一路", "十四五规划", "两岸", "星期一", "千瓦", "几个", "百分点", "百分比",
        "G20峰会", "COVID-19", "www.163.com", "v2.0", "三五成群", "一成不变", "一国两制",
        "上一篇 下一篇", "百家乐", "秋千", "壹基金", "成百上千", "千百万群众",
    ]

    @Test(arguments: notNumbers)
    func findsNoNumberIn(_ text: String) {
        let found = scanner.scan(text)
        #expect(found.isEmpty, "found \(found.map { MarkedText(text).string($0.range) }) in \(text)")
    }

    // MARK: - Offsets, bounds and hostile input

    @Test func offsetsCountCodePointsNotUTF16() {
        // 😀 is one code point (two UTF-16 units): 89 starts at offset 2.
        let found = scanner.scan("😀共89所")
        #expect(found.map(\.range) == [2..<4])
    }

    @Test func scansOnlyTheGivenRange() {
        let scalars = Array("共12345所".unicodeScalars)
        #expect(scanner.scan(scalars, in: 2..<4).map(\.range) == [2..<4])
        #expect(scanner.scan(scalars, in: 2..<4).first?.value.decimal == "23")
        #expect(scanner.scan(scalars, in: -5..<100).count == 1)
        #expect(scanner.scan(scalars, in: 9..<12).isEmpty)
        #expect(scanner.scan("").isEmpty)
    }

    @Test func hugeNumbersKeepTheirExactDigits() {
        let digits = String(repeating: "7", count: 400)
        let found = scanner.scan("共\(digits)个")
        #expect(found.count == 1)
        #expect(found.first?.value.decimal == digits)
        #expect(found.first?.value.double == .infinity)
        let power = scanner.scan("1e999")
        #expect(power.first?.value.decimal == "1" + String(repeating: "0", count: 999))
        // An exponent of more than four digits is not read: no million-digit numbers from five characters.
        #expect(scanner.scan("1e99999").first?.value.decimal == "1")
    }

    @Test func oddInputDoesNotTrap() {
        let inputs = ["负", "-", "百分之", "分之", "点", "1/0", "0/0", "三分之零", "零分之一", "1e", "2^", ".", "…9",
                      "万万万万万万", String(repeating: "亿", count: 1000), String(repeating: "九", count: 5000),
                      String(repeating: "1,", count: 1000), "\u{0}1\u{FFFF}2", "１２\u{200B}３"]
        for input in inputs {
            _ = scanner.scan(input)
        }
        #expect(scanner.scan("零分之一").allSatisfy { $0.form != .fraction })
        #expect(scanner.scan("1/0").allSatisfy { $0.form != .fraction })
    }

    @Test func approximationsNeedARoundNumber() {
        // 一来 (firstly) and 3多 are no approximations: 余, 多, 来 follow only round numbers.
        #expect(scanner.scan("三十来自各地").first?.moreThan == false)
        #expect(scanner.scan("23多").first?.moreThan == false)
        #expect(scanner.scan("20多").first?.moreThan == true)
    }

    @Test func theShortPathReadsAsTheGeneralParser() throws {
        // Every Recognizers sentence and every table case, read with and without the short path.
        var inputs = Self.notNumbers
        let tables = [Self.arabic, Self.chinese, Self.mixed, Self.approximations, Self.fractions, Self.percentages,
                      Self.ranges, Self.signsAndDecimals, Self.proportions, Self.separateNumbers, Self.unitPrefixes,
                      Self.codes, Self.spaced]
        inputs += tables.joined().map { MarkedText($0.marked).text }
        for file in ["Number_NumberModel.jsonl", "Number_PercentModel.jsonl", "Number_NumberRangeModel.jsonl",
                     "Number_OrdinalModel.jsonl", "NumberWithUnit_CurrencyModel.jsonl", "NumberWithUnit_DimensionModel.jsonl",
                     "NumberWithUnit_AgeModel.jsonl", "NumberWithUnit_TemperatureModel.jsonl"] {
            inputs += try RecognizersSuite.cases(file).map(\.input)
        }
        inputs += ["36.4亿元 81%的 4.78万亿 100万千瓦 0万 3%-5% 5 % 04 2022-04-25 10.6%，", "1.5万余人 300兆瓦 20亿"]
        let general = NumberScanner(tables: try NumberTables.shared(), fastPath: false)
        var differ: [String] = []
        for input in inputs where scanner.scan(input) != general.scan(input) { differ.append(input) }
        #expect(differ.isEmpty, "paths differ on \(differ)")
        #expect(inputs.count > 600)
    }

    private func close(_ a: Double, _ b: Double) -> Bool {
        if a == b { return true }
        return abs(a - b) <= 1e-12 * max(abs(a), abs(b))
    }
}
