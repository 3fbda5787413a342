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
    /// Whether plain Arabic numbers (`89`, `36.4亿`, `81%`) and lone Chinese digits (`三年`) take the
    /// short path; tests turn it off to check that both paths read the same.
    let fastPath: Bool

    /// A scanner over the shared tables (read from the resources on first use).
    public init() throws {
        tables = try NumberTables.shared()
        fastPath = true
    }

    /// A scanner over given tables (tests).
    init(tables: NumberTables, fastPath: Bool = true) {
        self.tables = tables
        self.fastPath = fastPath
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
        found.reserveCapacity((upper - lower) / 32 + 1)
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
            case let .found(number):
                found.append(number.mention)
                lastEnd = number.end
                i = max(number.end, i + 1)
            case let .parts(numbers):
                found.append(contentsOf: numbers.map(\.mention))
                lastEnd = numbers.last?.end ?? i + 1
                i = max(lastEnd, i + 1)
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
        /// One number.
        case found(ScannedNumber)
        /// The parts of a date written with separators.
        case parts([ScannedNumber])
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
            if fastPath, let plain = plainArabic(text, at: i) { return .found(plain) }
            if let parts = dateParts(text, at: i) { return .parts(parts) }
        } else if roles.contains(.decimal) {
            return .none
        }
        // A bare unit right after a number does not begin another (五十千 is 五十, not 五十 and 千).
        if i == previousEnd && roles.contains(.unit) && !roles.contains(.digit) { return .none }
        if fastPath, let lone = loneChineseDigit(text, at: i) { return .found(lone) }

        switch single(text, at: i) {
        case .none: return .none
        case let .skip(end): return .skip(end)
        case let .number(first):
            if let wordEnd = excludedWordEnd(text, covering: i), first.end <= wordEnd {
                return .skip(wordEnd)
            }
            return .found(self.range(text, from: first) ?? first)
        }
    }

    /// The common case, read without the general parser: Arabic digits (and decimals), then at most
    /// multipliers (`36.4亿`, `4.78万亿`) or a one-character percent sign (`81%`), then a character that
    /// cannot continue a number. Anything else goes to the general parser, which reads the same for
    /// these (a test checks that both paths agree).
    private func plainArabic(_ text: ScanText, at i: Int) -> ScannedNumber? {
        let s = text.scalars
        guard tables.has(s[i], .arabic), !tables.has(s[i], .notNumberPart) else { return nil }
        var j = i
        var value = DecimalDigits()
        var fractionDigits = 0
        var integerDigits = 0
        var firstDigit: UInt8 = 0
        while j < text.upper, tables.has(s[j], .arabic) {
            let digit = UInt8(tables.entry(s[j]).value)
            if integerDigits == 0 { firstDigit = digit }
            integerDigits += 1
            value.appendDigit(digit)
            j += 1
        }
        if j + 1 < text.upper, tables.has(s[j], .decimal), tables.has(s[j + 1], .arabic) {
            j += 1
            while j < text.upper, tables.has(s[j], .arabic) {
                fractionDigits += 1
                value.add(DecimalDigits(digit: Int(tables.entry(s[j]).value), power: -fractionDigits))
                j += 1
            }
        }
        var number = ScannedNumber(range: i..<j, low: Amount(value))
        number.hasArabic = true
        number.leadingZero = integerDigits > 1 && firstDigit == 0 && fractionDigits == 0
        // 万, 亿, 万亿: at most two in a row, none of them the prefix of a unit (兆瓦).
        var power = 0
        var run = 0
        while run < 2, j < text.upper, tables.has(s[j], .multiplier), !tables.has(s[j], .unitPrefix) {
            power += Int(tables.entry(s[j]).value)
            run += 1
            j += 1
        }
        if run > 0 {
            guard !value.isZero else { return nil }
            number.low = Amount(value.shifted(by: power))
            number.multiplierPower = power
            number.hasChinese = true
            number.leadingZero = false
        } else if j < text.upper, tables.has(s[j], .joinStart),
                  let match = tables.suffixMarkers.longestMatch(in: s, from: j, limit: text.upper),
                  match.end == j + 1, case let .form(form) = tables.markers[match.payload].form,
                  !tables.markers[match.payload].notBefore.hasMatch(in: s, from: match.end, limit: text.upper) {
            number.form = form
            number.leadingZero = false
            j += 1
        }
        if continues(text, at: j) { return nil }
        number.range = i..<j
        return number
    }

    /// Whether the character at `j` may continue the number before it. A separator or point continues
    /// only before a digit (`1,200`, `36.4`, `2009/02`); before anything else (`89，`, `12.`) it is
    /// punctuation.
    private func continues(_ text: ScanText, at j: Int) -> Bool {
        guard j < text.upper else { return false }
        let roles = tables.entry(text.scalars[j]).roles.intersection(NumberTables.Role.continuesArabic)
        if roles.isEmpty { return false }
        if roles.isSubset(of: [.group, .decimal, .slash]) {
            return j + 1 < text.upper && tables.has(text.scalars[j + 1], .arabic)
        }
        return true
    }

    /// A lone Chinese digit before a character that cannot continue it (`一个`, `三年`, `两项`), read
    /// without the general parser; words such as 一切 are still excluded.
    private func loneChineseDigit(_ text: ScanText, at i: Int) -> ScannedNumber? {
        let s = text.scalars
        let entry = tables.entry(s[i])
        guard entry.roles.contains(.digit), entry.roles.contains(.standalone), !entry.roles.contains(.zero) else {
            return nil
        }
        if i + 1 < text.upper && tables.has(s[i + 1], NumberTables.Role.continuesChinese) { return nil }
        if excludedWordEnd(text, covering: i) != nil { return nil }
        var number = ScannedNumber(range: i..<i + 1, low: Amount(DecimalDigits(digit: Int(entry.value))))
        number.hasChinese = true
        return number
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
