import Testing
import NewsFactsTestSupport
@testable import NewsFactsKit

/// The record rules: each broken record is caught with the reason the documentation gives, and every
/// hard-case record passes. Expected reasons come from `RejectReason`'s documentation and GUIDELINES §1–2.
@Suite struct RecordRulesTests {
    static let text = "全市共有89所学校，总投资36.4亿元。"
    static let scope = RecordScope(doc: "a.txt", source: SourceText(text), articles: 1)
    static let rules = RecordRules(units: NormalizedUnits([.measure: ["kg", "W"], .percent: ["%"], .duration: ["s"]]))

    /// A valid fact: 89所 at 4..<7.
    static func fact(_ change: (inout FactRecord) -> Void = { _ in }) -> FactRecord {
        var fact = FactRecord(id: "a.txt#4-7", doc: "a.txt", start: 4, end: 7, mention: "89所", value: ExactNumber(89),
                              unit: "所", kind: .count, subject: "学校", context: "全市共有89所学校，")
        change(&fact)
        return fact
    }

    static let brokenFacts: [(String, @Sendable (inout FactRecord) -> Void, RejectReason)] = [
        ("span text", { $0.mention = "89个" }, .spanMismatch),
        ("span beyond text", { $0.end = 99; $0.id = "a.txt#4-99" }, .spanOutOfRange),
        ("empty span", { $0.end = 4; $0.id = "a.txt#4-4" }, .spanOutOfRange),
        ("negative start", { $0.start = -1; $0.id = "a.txt#-1-7" }, .fieldMinimum),
        ("id", { $0.id = "a.txt#4-8" }, .idMalformed),
        ("doc", { $0.doc = "b.txt"; $0.id = "b.txt#4-7" }, .docMismatch),
        ("value_max below value", { $0.valueMax = ExactNumber(88) }, .valueRange),
        ("NaN", { $0.value = ExactNumber(.nan) }, .numberNonFinite),
        ("infinite", { $0.value = ExactNumber(.infinity) }, .numberNonFinite),
        ("exponent text", { $0.value = ExactNumber(double: 89, decimal: "8.9e1") }, .numberMalformed),
        ("count normalized", { $0.normalizedValue = ExactNumber(89); $0.normalizedUnit = "个" }, .normalizedUnexpected),
        ("only normalized_value", { $0.kind = .measure; $0.normalizedValue = ExactNumber(89) }, .normalizedIncomplete),
        ("only normalized_unit", { $0.kind = .measure; $0.normalizedUnit = "kg" }, .normalizedIncomplete),
        ("measure unit", { $0.kind = .measure; $0.normalizedValue = ExactNumber(89); $0.normalizedUnit = "斤" }, .normalizedUnit),
        ("money unit", { $0.kind = .money; $0.normalizedValue = ExactNumber(89); $0.normalizedUnit = "元" }, .normalizedUnit),
        ("money lower case", { $0.kind = .money; $0.normalizedValue = ExactNumber(89); $0.normalizedUnit = "cny" }, .normalizedUnit),
        ("place without source", { $0.place = "山西省" }, .attributionIncomplete),
        ("date source without date", { $0.dateSource = .document }, .attributionIncomplete),
        ("date not ISO", { $0.date = "2023年"; $0.dateSource = .sentence }, .fieldPattern),
        ("article", { $0.article = 1 }, .articleOutOfRange),
        ("empty subject", { $0.subject = "" }, .fieldEmpty),
        ("empty context", { $0.context = "" }, .fieldEmpty),
        ("NUL", { $0.subject = "学\u{0}校" }, .fieldNUL),
    ]

    @Test func aValidFactPasses() {
        #expect(Self.rules.check(Self.fact(), scope: Self.scope).isEmpty)
        let money = Self.fact {
            $0 = FactRecord(id: "a.txt#13-19", doc: "a.txt", start: 13, end: 19, mention: "36.4亿元",
                            value: ExactNumber(3_640_000_000), unit: "元", kind: .money,
                            normalizedValue: ExactNumber(3_640_000_000), normalizedUnit: "HKD", context: "总投资36.4亿元。")
        }
        #expect(Self.rules.check(money, scope: Self.scope).isEmpty)
    }

    @Test func brokenFactsAreCaughtWithTheirReason() {
        for (label, change, reason) in Self.brokenFacts {
            let problems = Self.rules.check(Self.fact(change), scope: Self.scope)
            #expect(problems.map(\.reason).contains(reason), "\(label): \(problems)")
        }
    }

    @Test func withoutTheTextOnlyBoundsAreChecked() {
        let scope = RecordScope(doc: "a.txt", characters: 20, articles: 1)
        #expect(Self.rules.check(Self.fact { $0.mention = "别的" }, scope: scope).isEmpty)
        #expect(Self.rules.check(Self.fact { $0.end = 21; $0.id = "a.txt#4-21" }, scope: scope).map(\.reason) == [.spanOutOfRange])
    }

    static func entity(_ change: (inout EntityRecord) -> Void = { _ in }) -> EntityRecord {
        var entity = EntityRecord(id: "a.txt#place:0-2", doc: "a.txt", start: 0, end: 2, mention: "全市", type: .place)
        change(&entity)
        return entity
    }

    static let brokenEntities: [(String, @Sendable (inout EntityRecord) -> Void, RejectReason)] = [
        ("id without type", { $0.id = "a.txt#0-2" }, .idMalformed),
        ("span text", { $0.mention = "全国" }, .spanMismatch),
        ("role on a place", { $0.role = "记者" }, .fieldNotApplicable),
        ("adcode on a person", { $0.type = .person; $0.id = "a.txt#person:0-2"; $0.adcode = "140221" }, .fieldNotApplicable),
        ("normalized on a person", { $0.type = .person; $0.id = "a.txt#person:0-2"; $0.normalized = "x" }, .fieldNotApplicable),
        ("date not ISO", { $0.type = .date; $0.id = "a.txt#date:0-2"; $0.normalized = "2月23日" }, .normalizedMalformed),
        ("adcode form", { $0.adcode = "14-02" }, .fieldPattern),
    ]

    @Test func brokenEntitiesAreCaughtWithTheirReason() {
        for (label, change, reason) in Self.brokenEntities {
            let problems = Self.rules.check(Self.entity(change), scope: Self.scope)
            #expect(problems.map(\.reason).contains(reason), "\(label): \(problems)")
        }
        #expect(Self.rules.check(Self.entity(), scope: Self.scope).isEmpty)
        let date = Self.entity { $0.type = .date; $0.id = "a.txt#date:0-2"; $0.normalized = "2025-01/2025-03" }
        #expect(Self.rules.check(date, scope: Self.scope).isEmpty)
    }

    @Test func schemaChecksCatchTypesAndEnums() {
        var values = Self.fact().fieldValues
        values[8] = .string("amount")
        values[2] = .string("4")
        values[6] = .bool(true)
        let reasons = Self.rules.checkFields(values, schema: FactRecord.schema).map(\.reason)
        #expect(reasons == [.fieldType, .fieldType, .fieldEnum])
        #expect(Self.rules.checkFields(Array(values.prefix(3)), schema: FactRecord.schema).map(\.reason) == [.fieldType])
        values = Self.fact().fieldValues
        values[0] = .null
        #expect(Self.rules.checkFields(values, schema: FactRecord.schema).map(\.reason) == [.fieldNull])
    }

    @Test func everyHardCaseIsValidAndEveryInvalidOneIsCaught() throws {
        let cases = HardCases()
        let scope = RecordScope(doc: HardCases.fileName, source: SourceText(cases.text), articles: cases.articles)
        let rules = try RecordRules()
        for fact in cases.facts {
            #expect(rules.check(fact, scope: scope).isEmpty, "\(fact.id): \(rules.check(fact, scope: scope))")
        }
        for entity in cases.entities {
            #expect(rules.check(entity, scope: scope).isEmpty, "\(entity.id): \(rules.check(entity, scope: scope))")
        }
        for (fact, reason) in cases.invalid {
            #expect(rules.check(fact, scope: scope).first?.reason == reason)
        }
    }

    @Test func theUnitTableLoads() throws {
        let units = try NormalizedUnits()
        #expect(units.allows("W", for: .measure))
        #expect(units.allows("s", for: .duration))
        #expect(units.allows("USD", for: .money))
        #expect(!units.allows("W", for: .count))
        #expect(!units.allows("kg", for: .percent))
    }

    /// The validator accepts exactly the canonical units of the resolver's unit table (and ISO currency
    /// codes for money), and rejects others.
    @Test func canonicalUnitsComeFromTheUnitTable() throws {
        let units = try NormalizedUnits()
        #expect(units.allows("W", for: .measure))
        #expect(units.allows("kg", for: .measure))
        #expect(units.allows("s", for: .duration))
        #expect(units.allows("CNY", for: .money) && units.allows("MOP", for: .money))
        #expect(!units.allows("furlong", for: .measure))
        #expect(!units.allows("kg", for: .duration))
        #expect(!units.allows("cny", for: .money))
    }
}
