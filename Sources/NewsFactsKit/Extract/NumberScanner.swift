/// Finds every number in a text: Arabic, full-width, Chinese and financial numerals, mixed forms,
/// fractions, percentages and other proportions, ranges and approximations.
///
/// The scanner reads characters through the tables of `Resources/numbers/` (see `NumberTables`); it
/// names no word itself. It accepts raw text as well as normalized text: full-width digits, Traditional
/// characters (萬 億 兩 點 負) and financial forms are in the tables.
///
///     let scanner = try NumberScanner()
///     scanner.scan("全市89所学校，总投资1.14亿元，增长百分之十三点二")
///     // 89 (arabic), 114000000 (mixed, multiplier 1e8), 13.2 (percent)
///
/// Choices worth knowing:
/// - Dates written with separators (`2022-04-25`, `2009/02/18`, `2022.4.25`) are three plain numbers,
///   never a range, a fraction or a decimal; the date extractor recognizes them later.
/// - Digits glued to a Latin letter or to a code character (`PM2.5`, `G20`, `COVID-19`, `%28` in a
///   URL, `id=17859`) are skipped: they are parts of names and codes, not amounts. Letters after a
///   number (`14GW`, `5G`) are units or names and are left to the resolver.
/// - `一` is a number (the resolver drops the indefinite article); words such as `一切`, `统一`, `四川`
///   are not (`not-numbers.tsv`). A lone financial digit (`陆`, `伍`), a lone `零` and two adjacent digits
///   that are not a range pair (`九九`, `五四`) are not numbers.
///
/// - Complexity: O(n) in the scanned length: one table read per character; only characters that can
///   begin a number start a (short) parse.
public struct NumberScanner: Sendable {
    let tables: NumberTables

    /// A scanner over the shared tables (read from the resources on first use).
    public init() throws {
        tables = try NumberTables.shared()
    }

    /// A scanner over given tables (tests).
    init(tables: NumberTables) {
        self.tables = tables
    }

    /// The numbers in `range` of `scalars`, in text order; offsets index into `scalars`.
    ///
    /// Nothing outside `range` is read, so scanning a text sentence by sentence gives the same numbers as
    /// long as no number crosses a sentence boundary.
    public func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [NumberMention] {
        let lower = max(0, range.lowerBound)
        let upper = min(scalars.count, range.upperBound)
        guard lower < upper else { return [] }
        let text = ScanText(scalars: scalars, lower: lower, upper: upper)
        var found: [NumberMention] = []
        var i = lower
        var lastEnd = -1
        while i < upper {
            let roles = tables.entry(scalars[i]).roles
            if roles.isDisjoint(with: NumberTables.Role.start) {
                i += 1
                continue
            }
            switch number(in: text, at: i, previousEnd: lastEnd) {
            case .none:
                i += 1
            case let .skip(end):
                i = max(end, i + 1)
            case let .found(numbers, end):
                found.append(contentsOf: numbers.map(\.mention))
                lastEnd = end
                i = max(end, i + 1)
            }
        }
        return found
    }

    /// The numbers in a string; offsets are code point offsets into `text`.
    public func scan(_ text: String) -> [NumberMention] {
        let scalars = Array(text.unicodeScalars)
        return scan(scalars, in: 0..<scalars.count)
    }

    /// What the scanner made of the text at one position.
    enum Outcome {
        /// Nothing begins here.
        case none
        /// Something begins here that is not a number (a code, a word); go on at `end`.
        case skip(Int)
        /// Numbers (one, or the parts of a date) ending at `end`.
        case found([ScannedNumber], end: Int)
    }

    /// The number (or date parts, or nothing) beginning at `i`.
    private func number(in text: ScanText, at i: Int, previousEnd: Int) -> Outcome {
        let s = text.scalars
        let roles = tables.entry(s[i]).roles
        if startsArabic(text, at: i) {
            // A point after letters, digits or another point (`v.2`, `...9`) does not begin a decimal.
            if roles.contains(.decimal) && i > text.lower
                && tables.has(s[i - 1], [.letter, .arabic, .decimal]) { return .none }
            if let glueEnd = gluedCodeEnd(text, at: i) { return .skip(glueEnd) }
            if let parts = dateParts(text, at: i) { return .found(parts, end: parts[parts.count - 1].range.upperBound) }
        } else if roles.contains(.decimal) {
            return .none
        }
        // A bare unit right after a number does not begin another (五十千 is 五十, not 五十 and 千).
        if i == previousEnd && roles.contains(.unit) && !roles.contains(.digit) { return .none }

        switch single(text, at: i) {
        case .none: return .none
        case let .skip(end): return .skip(end)
        case let .number(first):
            if let wordEnd = excludedWordEnd(text, covering: i), first.end <= wordEnd {
                return .skip(wordEnd)
            }
            if let range = self.range(text, from: first) { return .found([range], end: range.end) }
            return .found([first], end: first.end)
        }
    }

    /// Whether a number beginning at `i` begins with Arabic digits (possibly after a sign or a point).
    private func startsArabic(_ text: ScanText, at i: Int) -> Bool {
        let s = text.scalars
        if tables.has(s[i], .arabic) { return true }
        guard i + 1 < text.upper else { return false }
        if tables.has(s[i], [.decimal, .negative, .positive]) && tables.has(s[i + 1], .arabic) { return true }
        return i + 2 < text.upper && tables.has(s[i], [.negative, .positive]) && tables.has(s[i + 1], .decimal)
            && tables.has(s[i + 2], .arabic)
    }

    /// When the digits at `i` are glued to a code (a letter or code character before them, or `.`, `/`,
    /// `-` between them and a letter), the end of that code; else nil.
    private func gluedCodeEnd(_ text: ScanText, at i: Int) -> Int? {
        let s = text.scalars
        guard i > text.lower else { return nil }
        let before = tables.entry(s[i - 1]).roles
        let glued = before.contains(.letter) || before.contains(.codeJoiner)
            || (i - 2 >= text.lower && !before.isDisjoint(with: [.decimal, .slash, .negative])
                && tables.has(s[i - 2], .letter))
        guard glued else { return nil }
        var end = i
        while end < text.upper, tables.has(s[end], [.letter, .arabic, .decimal, .negative, .positive]) { end += 1 }
        return max(end, i + 1)
    }

    /// The end of a not-number word (一切, 统一, 四川) covering position `i`, unless a listed continuation
    /// cancels it (十分钟).
    func excludedWordEnd(_ text: ScanText, covering i: Int) -> Int? {
        let s = text.scalars
        guard tables.has(s[i], .notNumberPart), let offsets = tables.notNumberOffsets[s[i].value] else { return nil }
        var best: Int?
        for offset in offsets where i - offset >= text.lower {
            for match in tables.notNumbers.matches(in: s, from: i - offset, limit: text.upper) where match.end > i {
                if tables.exclusions[match.payload].unless.hasMatch(in: s, from: match.end, limit: text.upper) {
                    continue
                }
                best = max(best ?? match.end, match.end)
            }
        }
        return best
    }
}

/// The scalars being scanned and the bounds the scanner may read.
struct ScanText {
    let scalars: [Unicode.Scalar]
    let lower: Int
    let upper: Int
}
