import Foundation

/// The word tables of the Resolve stage, loaded once from `Resources/units/` and `Resources/resolve/`.
///
/// Forward tries match words starting at a position (units after a number, qualifiers after a unit);
/// reversed tries match words ending at a position (qualifiers, change words and fillers before a number).
public struct ResolveLexicon: Sendable {
    /// Units and classifiers by normalized text; a spelling may have several readings (块: money after a
    /// money word, else a classifier), in order of preference.
    public let units: ScalarTrie<[UnitEntry]>
    /// Money subunits by main unit (元 → 角 0.1, 分 0.01): 五元三毛 is 5.3 元.
    public let moneySubunits: [String: ScalarTrie<Double>]
    /// Currency signs written before a number (reversed), with their currency.
    public let currencySigns: ScalarTrie<String>
    /// Qualifier words standing before a number.
    public let qualifiersBefore: ScalarTrie<Qualifier?>
    /// Qualifier words standing after a unit (part of the mention); nil blocks a shorter word (内资 is not 内).
    public let qualifiersAfter: ScalarTrie<Qualifier?>
    /// Change words standing before an amount.
    public let changes: ScalarTrie<Change>
    /// Change words, forward (a subject read after an amount stops at one: 1平方公里增至…).
    public let changesForward: ScalarTrie<Change>
    /// Change words that name the rate itself (增速, 增幅): a subject keeps them (游客接待量增幅).
    public let changeNouns: ScalarTrie<Bool>
    /// Words that may stand between a link word and its amount.
    public let fillers: ScalarTrie<Bool>
    /// Words before a number that make it not an amount (value: the reason, nil for a blocker of shorter words).
    public let excludedBefore: ScalarTrie<String?>
    /// Words after a number that win over a unit of the same or shorter length.
    public let blockers: ScalarTrie<String>
    /// Words after a number that win over a unit only when a word follows them (三期工程, not 培训班15期，).
    public let blockersBeforeWord: ScalarTrie<String>
    /// Fixed phrases beginning with a numeral that count nothing.
    public let slogans: ScalarTrie<Bool>
    /// The longest quoted phrase treated as a name or slogan.
    public let quoteMax: Int
    /// Characters that glue numbers into formulas or codes.
    public let formulaMarks: ScalarSet
    /// Words after which a unit-less number is money.
    public let moneyContext: ScalarTrie<Bool>
    /// Words that mark a region's currency (value: the currency code) or a mainland page (value: nil).
    public let regionMarkers: ScalarTrie<String?>
    /// Words that end a subject noun phrase (forward).
    public let subjectStops: ScalarTrie<Bool>
    /// The same, reversed (backward).
    public let subjectStopsBackward: ScalarTrie<Bool>
    /// Words that hold a stop character but belong to a noun phrase (在校, 可靠, 比重), forward.
    public let subjectKeeps: ScalarTrie<Bool>
    /// Words right before a number that make it negative (零下).
    public let negativeBefore: ScalarTrie<Bool>
    /// Characters that follow the hour of a clock time (9时30分): the number after them is minutes.
    public let clockMarks: ScalarSet
    /// Comparison words (比, 较): a phrase between one and the amount is the basis of comparison.
    public let comparisons: ScalarTrie<Bool>
    /// Predicates that end a clause before an amount's own clause (出口额居首，达到…).
    public let clausePredicates: ScalarTrie<Bool>
    /// Denominator nouns after 每 and a number (每万人口, 每百户).
    public let perNouns: ScalarTrie<Bool>
    /// Characters that write a number's digits and multipliers (from the scanner's `numerals.tsv`).
    public let numerals: ScalarSet
    /// Characters that add a half to an amount after its unit (一吨半) or inside it (两个半小时).
    public let halves: ScalarSet
    /// Characters before `一天`/`一年` that make 一 the indefinite article (的一天).
    public let indefiniteBefore: ScalarSet
    /// Words that separate the items of a list of amounts (、 和 及).
    public let listSeparators: ScalarTrie<Bool>
    /// Words that end a time phrase (前段时间, 春节期间): such a phrase is never a subject.
    public let temporalEndings: ScalarTrie<Bool>
    /// Numerals that, alone before a classifier, read as ordinals (二次, 二期).
    public let ordinalNumerals: ScalarSet
    /// Words that open the starting point of a change (由, 从): `失业率由上一季的3.1%…` reads its
    /// subject before them when a time phrase and 的 stand between them and the amount.
    public let fromMarkers: ScalarSet
    /// Verbs of share (占) that a percentage's subject reads across (玉米产量占全省粮食产量的70%).
    public let shareVerbs: ScalarTrie<Bool>
    /// Words that pair a list of amounts with a list of items (分别).
    public let respectively: ScalarTrie<Bool>
    /// Separators between listed items (、 和 及).
    public let itemSeparators: ScalarTrie<Bool>

    /// Loads every table.
    public static func load() throws -> ResolveLexicon {
        var units: [(String, [UnitEntry])] = []
        for row in try ResourceFile.rows("units/units.tsv") where row.count >= 2 {
            guard let kind = FactKind(rawValue: row[1]) else { continue }
            let canonical = row.count > 2 && !row[2].isEmpty ? row[2] : nil
            let factor = row.count > 3 ? Double(row[3]) : nil
            let flags = row.count > 4 ? UnitEntry.Flags.parse(row[4]) : []
            let recordAs = row.count > 5 && !row[5].isEmpty ? row[5] : nil
            let entry = UnitEntry(text: row[0], kind: kind, canonical: canonical, factor: factor, flags: flags, recordAs: recordAs)
            units.append((row[0], [entry]))
            if flags.contains(.caseInsensitive) {
                for variant in Set([row[0].lowercased(), row[0].uppercased()]) where variant != row[0] {
                    units.append((variant, [entry]))
                }
            }
        }
        for row in try ResourceFile.rows("units/classifiers.tsv") where !row.isEmpty {
            let flags = row.count > 1 ? UnitEntry.Flags.parse(row[1]) : []
            units.append((row[0], [UnitEntry(text: row[0], kind: .count, canonical: nil, factor: nil, flags: flags, recordAs: nil)]))
        }

        let signs = try ResourceFile.rows("units/currency-symbols.tsv").compactMap { row -> (String, String)? in
            row.count >= 2 ? (row[0], row[1]) : nil
        }
        var subunits: [String: ScalarTrie<Double>] = [:]
        for row in try ResourceFile.rows("units/money-subunits.tsv") where row.count >= 3 {
            guard let factor = Double(row[2]) else { continue }
            subunits[row[0], default: ScalarTrie()].insert(row[1], factor)
        }
        var before: [(String, Qualifier?)] = []
        var after: [(String, Qualifier?)] = []
        for row in try ResourceFile.rows("resolve/qualifiers.tsv") where row.count >= 3 {
            let q = Qualifier(rawValue: row[2])
            if row[1] == "before" { before.append((row[0], q)) }
            if row[1] == "after" { after.append((row[0], q)) }
        }
        let changeRows = try ResourceFile.rows("resolve/changes.tsv")
        let changes = changeRows.compactMap { row -> (String, Change)? in
            guard row.count >= 2, let c = Change(rawValue: row[1]) else { return nil }
            return (row[0], c)
        }
        let changeNouns = changeRows.compactMap { row -> (String, Bool)? in row.count >= 3 && row[2] == "noun" ? (row[0], true) : nil }
        let fillers = try ResourceFile.rows("resolve/fillers.tsv").compactMap { $0.first.map { ($0, true) } }

        var excludedBefore: [(String, String?)] = []
        var blockers: [(String, String)] = []
        var blockersBeforeWord: [(String, String)] = []
        var slogans: [(String, Bool)] = []
        var quoteMax = 10
        var formula = ScalarSet()
        for row in try ResourceFile.rows("resolve/exclusions.tsv") where row.count >= 2 {
            let note = row.count > 2 ? row[2] : ""
            switch row[0] {
            case "before": excludedBefore.append((row[1], note == "none" ? nil : note))
            case "blocker": blockers.append((row[1], note))
            case "blocker-before-word": blockersBeforeWord.append((row[1], note))
            case "slogan": slogans.append((row[1], true))
            case "quote-max": quoteMax = Int(row[1]) ?? quoteMax
            case "formula": for c in row[1].unicodeScalars { formula.insert(c) }
            default: break
            }
        }

        var money: [(String, Bool)] = []
        var currencies: [(String, [[Unicode.Scalar]])] = []
        var mainland: [[Unicode.Scalar]] = []
        var indefinite = ScalarSet()
        var separators: [(String, Bool)] = []
        var temporal: [(String, Bool)] = []
        var ordinalNumerals = ScalarSet()
        var fromMarkers = ScalarSet()
        var respectively: [(String, Bool)] = []
        var shareVerbs: [(String, Bool)] = []
        var itemSeparators: [(String, Bool)] = []
        var negativeBefore: [(String, Bool)] = []
        var clock = ScalarSet()
        var comparisons: [(String, Bool)] = []
        var perNouns: [(String, Bool)] = []
        var predicates: [(String, Bool)] = []
        for row in try ResourceFile.rows("resolve/contexts.tsv") where row.count >= 2 {
            switch row[0] {
            case "money": money += row[1].split(separator: " ").map { (String($0), true) }
            case "currency" where row.count >= 3:
                currencies.append((row[1], row[2].split(separator: " ").map { Array($0.unicodeScalars) }))
            case "mainland": mainland = row[1].split(separator: " ").map { Array($0.unicodeScalars) }
            case "indefinite-before": for c in row[1].split(separator: " ").compactMap({ $0.unicodeScalars.first }) { indefinite.insert(c) }
            case "list-separator": separators += row[1].split(separator: " ").map { (String($0), true) }
            case "temporal": temporal += row[1].split(separator: " ").map { (String($0), true) }
            case "share": shareVerbs += row[1].split(separator: " ").map { (String($0), true) }
            case "respectively": respectively += row[1].split(separator: " ").map { (String($0), true) }
            case "item-separator": itemSeparators += row[1].split(separator: " ").map { (String($0), true) }
            case "negative-before": negativeBefore += row[1].split(separator: " ").map { (String($0), true) }
            case "clock": for c in row[1].split(separator: " ").compactMap({ $0.unicodeScalars.first }) { clock.insert(c) }
            case "comparison": comparisons += row[1].split(separator: " ").map { (String($0), true) }
            case "clause-predicate": predicates += row[1].split(separator: " ").map { (String($0), true) }
            case "per-noun": perNouns += row[1].split(separator: " ").map { (String($0), true) }
            case "ordinal-numeral": for c in row[1].split(separator: " ").compactMap({ $0.unicodeScalars.first }) { ordinalNumerals.insert(c) }
            case "from-marker": for c in row[1].split(separator: " ").compactMap({ $0.unicodeScalars.first }) { fromMarkers.insert(c) }
            default: break
            }
        }
        var stops: [String] = []
        var keeps: [String] = []
        for row in try ResourceFile.rows("resolve/subject-stops.tsv") where !row.isEmpty {
            if row.count > 1, row[1] == "keep" { keeps.append(row[0]) } else { stops.append(row[0]) }
        }

        var numerals = ScalarSet()
        var halves = ScalarSet()
        for row in try ResourceFile.rows("numbers/numerals.tsv") where row.count >= 2 {
            guard let c = row[0].unicodeScalars.first else { continue }
            if ["arabic", "digit", "unit", "tens", "multiplier"].contains(row[1]) { numerals.insert(c) }
            if row[1] == "half" { halves.insert(c) }
        }

        return ResolveLexicon(
            units: {
                var trie = ScalarTrie<[UnitEntry]>()
                for (word, entries) in units { trie.insert(word, entries) { $0 + $1 } }
                return trie
            }(),
            moneySubunits: subunits,
            currencySigns: ScalarTrie(signs, reversed: true),
            qualifiersBefore: ScalarTrie(before, reversed: true),
            qualifiersAfter: ScalarTrie(after),
            changes: ScalarTrie(changes, reversed: true),
            changesForward: ScalarTrie(changes),
            changeNouns: ScalarTrie(changeNouns, reversed: true),
            fillers: ScalarTrie(fillers, reversed: true),
            excludedBefore: ScalarTrie(excludedBefore, reversed: true),
            blockers: ScalarTrie(blockers),
            blockersBeforeWord: ScalarTrie(blockersBeforeWord),
            slogans: ScalarTrie(slogans),
            quoteMax: quoteMax,
            formulaMarks: formula,
            moneyContext: ScalarTrie(money, reversed: true),
            regionMarkers: ScalarTrie(currencies.flatMap { c in c.1.map { (String(String.UnicodeScalarView($0)), Optional(c.0)) } }
                + mainland.map { (String(String.UnicodeScalarView($0)), String?.none) }),
            subjectStops: ScalarTrie(stops.map { ($0, true) }),
            subjectStopsBackward: ScalarTrie(stops.map { ($0, true) }, reversed: true),
            subjectKeeps: ScalarTrie(keeps.map { ($0, true) }),
            negativeBefore: ScalarTrie(negativeBefore, reversed: true),
            clockMarks: clock,
            comparisons: ScalarTrie(comparisons, reversed: true),
            clausePredicates: ScalarTrie(predicates, reversed: true),
            perNouns: ScalarTrie(perNouns),
            numerals: numerals,
            halves: halves,
            indefiniteBefore: indefinite,
            listSeparators: ScalarTrie(separators),
            temporalEndings: ScalarTrie(temporal, reversed: true),
            ordinalNumerals: ordinalNumerals,
            fromMarkers: fromMarkers,
            shareVerbs: ScalarTrie(shareVerbs, reversed: true),
            respectively: ScalarTrie(respectively, reversed: true),
            itemSeparators: ScalarTrie(itemSeparators))
    }
}
