import Testing
@testable import NewsFactsKit

/// One expected fact: the marked span gives its mention; the rest are its fields.
struct ExpectedFact: CustomStringConvertible, Sendable {
    var value: Double
    var unit: String?
    var kind: FactKind
    var qualifier: Qualifier = .exact
    var change: Change? = nil
    var valueMax: Double? = nil
    var per: String? = nil
    var subject: String? = nil
    var normalized: Double? = nil
    var normalizedUnit: String? = nil

    var description: String { "\(value) \(unit ?? "-") \(kind) \(qualifier)" }
}

/// Table-driven tests of the Resolve stage through the whole pipeline: which numbers become facts and
/// with which fields. Inputs mark the expected mention spans (`全市⟦89所⟧学校`); every other number in
/// the input must yield no fact. Expected values come from GUIDELINES §1, not from the program.
@Suite struct FactResolverTests {
    static let cases: [(String, [ExpectedFact])] = [
        // Counts with classifiers, lists, approximations.
        ("全市⟦89所⟧学校获市级称号。", [.init(value: 89, unit: "所", kind: .count, subject: "学校")]),
        ("开展活动，征集意见建议⟦4932条⟧。", [.init(value: 4932, unit: "条", kind: .count, subject: "意见建议")]),
        ("成立⟦15个⟧党总支、⟦53个⟧党支部、⟦140个⟧党小组。", [
            .init(value: 15, unit: "个", kind: .count, subject: "党总支"),
            .init(value: 53, unit: "个", kind: .count, subject: "党支部"),
            .init(value: 140, unit: "个", kind: .count, subject: "党小组"),
        ]),
        ("目前，⟦2000多名⟧党员干部参与社区服务。", [.init(value: 2000, unit: "名", kind: .count, qualifier: .moreThan, subject: "党员干部")]),
        ("服务新就业群体⟦千余人次⟧。", [.init(value: 1000, unit: "人次", kind: .count, qualifier: .moreThan)]),
        ("全村常住人口⟦104户⟧⟦165人⟧。", [
            .init(value: 104, unit: "户", kind: .count), .init(value: 165, unit: "人", kind: .count),
        ]),
        ("引入社会组织⟦9家⟧、社会工作者⟦78名⟧。", [
            .init(value: 9, unit: "家", kind: .count, subject: "社会组织"),
            .init(value: 78, unit: "名", kind: .count, subject: "社会工作者"),
        ]),
        ("开展志愿服务活动⟦180余次⟧。", [.init(value: 180, unit: "次", kind: .count, qualifier: .moreThan)]),
        ("有⟦两类⟧组合与风险相关。", [.init(value: 2, unit: "类", kind: .count)]),
        ("识别出⟦五大类⟧常见的添加剂组合。", [.init(value: 5, unit: "大类", kind: .count)]),
        ("共建大棚⟦63栋⟧。", [.init(value: 63, unit: "栋", kind: .count, subject: "大棚")]),
        // Money.
        ("总投资⟦36.4亿元⟧的项目即将建成。", [.init(value: 3_640_000_000, unit: "元", kind: .money, subject: "总投资", normalized: 3_640_000_000, normalizedUnit: "CNY")]),
        ("鸡蛋一斤⟦4.8元⟧。", [.init(value: 4.8, unit: "元", kind: .money, per: "斤", subject: "鸡蛋", normalized: 4.8, normalizedUnit: "CNY")]),
        ("特价芹菜低至每斤⟦1.69元⟧。", [.init(value: 1.69, unit: "元", kind: .money, per: "斤")]),
        ("前两天特价大白菜每斤不到⟦0.7元⟧。", [
            .init(value: 0.7, unit: "元", kind: .money, qualifier: .lessThan, per: "斤"),
        ]),
        ("春节期间⟦6元左右⟧。", [.init(value: 6, unit: "元", kind: .money, qualifier: .approx)]),
        ("蛋价⟦5元以下⟧比较便宜。", [.init(value: 5, unit: "元", kind: .money, qualifier: .lessThan)]),
        ("进出口贸易总值⟦123.7亿美元⟧。", [.init(value: 12_370_000_000, unit: "美元", kind: .money, normalized: 12_370_000_000, normalizedUnit: "USD")]),
        ("成交均价⟦53060元/㎡⟧。", [.init(value: 53060, unit: "元", kind: .money, per: "㎡")]),
        ("手里只剩⟦5毛钱⟧。", [.init(value: 5, unit: "毛", kind: .money, normalized: 0.5, normalizedUnit: "CNY")]),
        ("中央补贴⟦120万⟧用于改造。", [.init(value: 1_200_000, unit: nil, kind: .money)]),
        // Percentages, points, multiples, tenths.
        ("物业费缴纳率上升至⟦81%⟧。", [.init(value: 81, unit: "%", kind: .percent, change: .increaseTo, subject: "物业费缴纳率")]),
        ("投诉率下降⟦27%⟧。", [.init(value: 27, unit: "%", kind: .percent, change: .decreaseBy, subject: "投诉率")]),
        // A subject never starts inside a date (the walk back from the number stops at the date's digit).
        ("4月份幸运博彩毛收入为⟦183.4亿澳门元⟧。", [.init(value: 18_340_000_000, unit: "澳门元", kind: .money, subject: "幸运博彩毛收入",
                                               normalized: 18_340_000_000, normalizedUnit: "MOP")]),
        // A generic reference to the place is not part of the subject; 全村 alone is.
        ("该市常住人口为⟦357.6万人⟧。", [.init(value: 3_576_000, unit: "人", kind: .count, subject: "常住人口")]),
        ("今年我省粮食总产量达到⟦720亿斤⟧。", [.init(value: 72_000_000_000, unit: "斤", kind: .measure, subject: "粮食总产量",
                                            normalized: 36_000_000_000, normalizedUnit: "kg")]),
        // A change from a dated starting point: the subject stands before 由/从, past the time phrase and 的.
        ("失业率由上一季的⟦3.1%⟧轻微上升至⟦3.2%⟧。", [
            .init(value: 3.1, unit: "%", kind: .percent, subject: "失业率"),
            .init(value: 3.2, unit: "%", kind: .percent, change: .increaseTo, subject: "失业率"),
        ]),
        ("城镇化率从去年的⟦60.5%⟧提高到⟦62%⟧。", [
            .init(value: 60.5, unit: "%", kind: .percent, subject: "城镇化率"),
            .init(value: 62, unit: "%", kind: .percent, change: .increaseTo, subject: "城镇化率"),
        ]),
        ("并网时长同比压缩⟦20%⟧。", [.init(value: 20, unit: "%", kind: .percent, change: .decreaseBy, subject: "并网时长")]),
        ("必须有至少⟦5%⟧的研究对象摄入。", [
            .init(value: 5, unit: "%", kind: .percent, qualifier: .atLeast, subject: "研究对象"),
        ]),
        ("按年上升⟦百分之5.5⟧。", [.init(value: 5.5, unit: "%", kind: .percent, change: .increaseBy)]),
        ("高于全国⟦0.6个百分点⟧。", [.init(value: 0.6, unit: "个百分点", kind: .percent)]),
        ("钢材出口以增幅⟦1.1倍⟧居首。", [.init(value: 1.1, unit: "倍", kind: .percent, change: .increaseBy)]),
        ("相当于总投资的⟦3倍以上⟧。", [.init(value: 3, unit: "倍", kind: .percent, qualifier: .atLeast)]),
        ("销货价值上升⟦三成一⟧。", [.init(value: 3.1, unit: "成", kind: .percent, change: .increaseBy)]),
        ("回复到疫前的⟦七成半⟧水平。", [.init(value: 7.5, unit: "成", kind: .percent)]),
        ("超市货品销货价值下跌⟦半成⟧。", [.init(value: 0.5, unit: "成", kind: .percent, change: .decreaseBy)]),
        ("同比增长超⟦8成⟧。", [.init(value: 8, unit: "成", kind: .percent, qualifier: .moreThan, change: .increaseBy)]),
        ("教育支出分别同比增长⟦18.9%⟧、⟦39.6%⟧和⟦41.3%⟧。", [
            .init(value: 18.9, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 39.6, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 41.3, unit: "%", kind: .percent, change: .increaseBy),
        ]),
        ("收入按月增加⟦16.1%⟧至⟦34.82亿元⟧。", [
            .init(value: 16.1, unit: "%", kind: .percent, change: .increaseBy),
            .init(value: 3_482_000_000, unit: "元", kind: .money, change: .increaseTo),
        ]),
        // Measures.
        ("年产⟦14GW⟧光伏电池。", [.init(value: 14, unit: "GW", kind: .measure, subject: "光伏电池", normalized: 1.4e10, normalizedUnit: "W")]),
        ("模拟⟦10千伏⟧架空线路断电。", [.init(value: 10, unit: "千伏", kind: .measure, subject: "架空线路", normalized: 10_000, normalizedUnit: "V")]),
        ("新增并网容量⟦100万千瓦以上⟧。", [.init(value: 1_000_000, unit: "千瓦", kind: .measure, qualifier: .atLeast, normalized: 1e9, normalizedUnit: "W")]),
        ("年产量稳定在⟦1.14亿吨左右⟧。", [.init(value: 114_000_000, unit: "吨", kind: .measure, qualifier: .approx, normalized: 1.14e11, normalizedUnit: "kg")]),
        ("建设灌溉项目⟦8000亩⟧。", [.init(value: 8000, unit: "亩", kind: .measure, normalized: 5_333_333.333, normalizedUnit: "m2")]),
        ("购买了⟦10斤⟧鸡蛋。", [.init(value: 10, unit: "斤", kind: .measure, subject: "鸡蛋", normalized: 5, normalizedUnit: "kg")]),
        ("PM2.5平均浓度为⟦60微克/立方米⟧。", [.init(value: 60, unit: "微克/立方米", kind: .measure, normalized: 60, normalizedUnit: "μg/m3")]),
        ("水果总产量⟦1430万t⟧。", [.init(value: 14_300_000, unit: "t", kind: .measure, normalized: 1.43e10, normalizedUnit: "kg")]),
        ("缴获近⟦一吨半⟧冰毒。", [.init(value: 1.5, unit: "吨", kind: .measure, qualifier: .lessThan)]),
        // Ages and durations.
        ("窑沟村⟦66岁⟧的葛永金老人说。", [.init(value: 66, unit: "岁", kind: .age, subject: "葛永金老人")]),
        ("⟦60岁及以上⟧人口占⟦80%⟧。", [
            .init(value: 60, unit: "岁", kind: .age, qualifier: .atLeast),
            .init(value: 80, unit: "%", kind: .percent),
        ]),
        ("平均随访期为⟦7.7年⟧。", [.init(value: 7.7, unit: "年", kind: .duration, subject: "平均随访期", normalized: 7.7 * 31_536_000, normalizedUnit: "s")]),
        ("故障隔离均不超过⟦1小时⟧。", [
            .init(value: 1, unit: "小时", kind: .duration, qualifier: .atMost, normalized: 3600, normalizedUnit: "s"),
        ]),
        ("全省平均达标天数为⟦90天⟧。", [.init(value: 90, unit: "天", kind: .count)]),
        // Exclusions: dates, ordinals, codes, slogans, formulas, the indefinite 一.
        ("2月23日，山西省2023年度考试在2009年开始。", []),
        ("省第二批科技博士服务团获第六届二等奖。", []),
        ("北京10086客服中心和12345平台受理投诉。", []),
        ("参与繁峙县十二五规划研究。", []),
        ("增加患2型糖尿病风险，PM2.5浓度下降。", []),
        ("以“1363”发展布局为抓手，实现“两升一降”目标。", []),
        ("“1+3+5+N”低空经济基础设施体系。", []),
        ("力争实现“双1小时”应急标准。", []),
        ("探索出一条新路子，一位负责人说，一台台机器唱起了歌。", []),
        ("前年腊月的一天，他在90年代读三年级。", []),
        ("居全省前三位，这两天很冷。", []),
        ("每万名城镇常住人口配备社区工作者不少于⟦18人⟧。", [
            .init(value: 18, unit: "人", kind: .count, qualifier: .atLeast, subject: "社区工作者"),
        ]),
        ("推动千家万户参与，树立四个意识。", []),
        ("2022年初，全村⟦104户⟧全部纳入改造范围。", [.init(value: 104, unit: "户", kind: .count)]),
    ]

    @Test(arguments: cases)
    func factsOfASentence(marked: String, expected: [ExpectedFact]) throws {
        let input = MarkedText(marked)
        let facts = try SharedPipeline.facts(input.text)
        let spans = facts.map { $0.start..<$0.end }
        #expect(spans == input.spans, "\(input.text): got \(facts.map(\.mention))")
        guard spans == input.spans else { return }
        for (fact, want) in zip(facts, expected) {
            #expect(abs(fact.value.double - want.value) <= 1e-6 * max(1, abs(want.value)), "\(fact.mention) value \(fact.value)")
            #expect(fact.unit == want.unit, "\(fact.mention) unit")
            #expect(fact.kind == want.kind, "\(fact.mention) kind")
            #expect(fact.qualifier == want.qualifier, "\(fact.mention) qualifier")
            #expect(fact.change == want.change, "\(fact.mention) change")
            if let per = want.per { #expect(fact.per == per, "\(fact.mention) per") }
            if let subject = want.subject {
                // The subject must hold the expected noun and not run on by more than a word (a verb after
                // it, 研究对象摄入, is tolerated: nothing marks where a noun ends without a dictionary).
                let got = fact.subject ?? ""
                #expect(got.contains(subject) && got.count <= subject.count + 2, "\(fact.mention) subject \(got)")
            }
            if let normalized = want.normalized {
                #expect(abs((fact.normalizedValue?.double ?? .nan) - normalized) <= 1e-3 * max(1, normalized), "\(fact.mention) normalized")
                #expect(fact.normalizedUnit == want.normalizedUnit, "\(fact.mention) normalized unit")
            }
            if let max = want.valueMax { #expect(fact.valueMax?.double == max) }
        }
    }

    /// Every qualifier word of the data file, before the number or after the unit, sets its qualifier.
    @Test func everyQualifierWord() throws {
        for row in try ResourceFile.rows("resolve/qualifiers.tsv") where row.count >= 3 {
            let word = row[0]
            let text = row[1] == "before" ? "产量\(word)5吨。" : "产量5吨\(word)。"
            let facts = try SharedPipeline.facts(text)
            let want = Qualifier(rawValue: row[2]) ?? .exact
            #expect(facts.count == 1, "\(text): \(facts.map(\.mention))")
            if let fact = facts.first {
                #expect(fact.qualifier == want, "\(text): \(fact.qualifier)")
                // An after-word marked none (起来, 内资) blocks a shorter qualifier and stays out of the mention.
                let blocks = Qualifier(rawValue: row[2]) == nil
                if row[1] == "after" { #expect(fact.mention.hasSuffix(word) != blocks, "\(text): mention \(fact.mention)") }
            }
        }
    }

    /// Every change word of the data file, right before an amount, sets its change.
    @Test func everyChangeWord() throws {
        for row in try ResourceFile.rows("resolve/changes.tsv") where row.count >= 2 {
            let text = "收入同比\(row[0])12%。"
            let facts = try SharedPipeline.facts(text)
            #expect(facts.count == 1, "\(text): \(facts.map(\.mention))")
            #expect(facts.first?.change == Change(rawValue: row[1]), "\(text): \(facts.first?.change?.rawValue ?? "nil")")
        }
    }

    /// Every exclusion word before a number stops it from being a fact.
    @Test func everyExcludingWordBeforeANumber() throws {
        for row in try ResourceFile.rows("resolve/exclusions.tsv") where row.count >= 2 && row[0] == "before" {
            let note = row.count > 2 ? row[2] : ""
            guard note != "none" else { continue }
            let text = "。\(row[1])3个单位。"
            let facts = try SharedPipeline.facts(text)
            #expect(facts.isEmpty, "\(text): \(facts.map(\.mention))")
        }
    }

    /// A blocker after a number wins over a unit of the same length.
    @Test func everyBlockerWord() throws {
        for row in try ResourceFile.rows("resolve/exclusions.tsv") where row.count >= 2 && row[0] == "blocker" {
            let text = "共有3\(row[1])。"
            let facts = try SharedPipeline.facts(text)
            #expect(facts.isEmpty, "\(text): \(facts.map(\.mention))")
        }
    }
}
