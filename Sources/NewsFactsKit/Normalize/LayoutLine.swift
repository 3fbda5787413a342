/// One non-blank line of a page and the evidence it gives about where sentences end.
struct LayoutLine {
    /// Index of the first non-blank scalar (in the text being repaired).
    let start: Int
    /// Index after the last non-blank scalar.
    let end: Int
    /// Blanks (spaces, tabs) before `start` on this line.
    let indent: Int
    /// Display width in columns: CJK and full-width characters count two, others one. Fixed-width
    /// layouts wrap by columns, not by characters.
    let width: Int
    /// A markdown heading (`# …`) or a boxed line (`| … |`).
    let isHeading: Bool
    /// Starts with a bullet or a list number (`■`, `一、`, `3.`, `（二）`).
    let isListItem: Bool
    /// Starts (after a bullet or bracket) with a byline word: `本报讯`, `记者`, `来源`.
    let startsWithByline: Bool
    /// A short byline, dateline or source line (starts with a byline word, no sentence-final punctuation).
    let isByline: Bool
    /// Ends with sentence-final punctuation (closing quotes, brackets and a bracketed note aside).
    let endsFinal: Bool
    /// Ends with punctuation that stops inside a sentence, or with an opening bracket or quote.
    let endsInside: Bool
    /// Leaves an opening bracket or quote unclosed.
    let unclosed: Bool
    /// Holds strong sentence-final punctuation before its end: body text, not a headline.
    let finalInside: Bool
    /// Holds a clause comma (not a thousands separator): body text, not a headline.
    let clauseInside: Bool
    /// Holds any sentence-final punctuation.
    let anyFinal: Bool
    /// Begins with punctuation that cannot begin a sentence, or with a closing quote or bracket.
    let startsInside: Bool
    /// Holds no letter, digit or ideograph (`……`, `***`, `———`).
    let symbolsOnly: Bool
    /// The first and last non-blank scalars.
    let first: Unicode.Scalar
    /// See `first`.
    let last: Unicode.Scalar

    /// Could be a headline: no sentence punctuation at all (no final stop, no clause comma).
    var headlineLike: Bool { !anyFinal && !clauseInside && !endsInside }

    /// Reads the evidence of the line `start ..< end` (non-empty, trimmed) of `s`; `flagTable` is
    /// `c`'s class bits of the BMP (see `LayoutClasses.withFlagTable`).
    init(_ s: UnsafeBufferPointer<Unicode.Scalar>, start: Int, end: Int, indent: Int, classes c: borrowing LayoutClasses,
         flagTable: UnsafeBufferPointer<UInt8>) {
        self.start = start
        self.end = end
        self.indent = indent
        first = s[start]
        last = s[end - 1]

        var width = 0
        var depth = 0
        var finalInside = false
        var clauseInside = false
        var anyFinal = false
        var symbolsOnly = true
        typealias Flag = LayoutClasses.Flag
        for i in start..<end {
            let scalar = s[i]
            width += scalar.value < 0x1100 ? 1 : (Self.isWide(scalar.value) ? 2 : 1)
            let flags = scalar.value < 0x10000 ? flagTable[Int(scalar.value)] : 0
            if flags != 0 {
                if flags & Flag.opening != 0 {
                    depth += 1
                } else if flags & Flag.closing != 0 {
                    depth = max(0, depth - 1)
                }
                if flags & Flag.final != 0 { anyFinal = true }
                // A strong stop at the very start closes the previous line's sentence; at the end it is
                // `endsFinal`'s business. A comma between digits is a thousands separator.
                if i > start && i < end - 1 {
                    if flags & Flag.strongFinal != 0 { finalInside = true }
                    if flags & Flag.clause != 0 && !(Self.isDigit(s[i - 1]) && Self.isDigit(s[i + 1])) {
                        clauseInside = true
                    }
                }
            }
            if symbolsOnly && Self.isWordCharacter(scalar) { symbolsOnly = false }
        }
        self.width = width
        self.finalInside = finalInside
        self.clauseInside = clauseInside
        self.anyFinal = anyFinal
        self.symbolsOnly = symbolsOnly
        unclosed = depth > 0
        endsFinal = Self.endsFinal(s, start, end, c, nested: true)
        endsInside = c.nonFinal.contains(last) || c.opening.contains(last)
        startsInside = c.noStart.contains(first) || c.closing.contains(first)
        isHeading = first == "#" || (first == "|" && last == "|" && end - start > 1)
        isListItem = Self.isListItem(s, start, end, c)
        startsWithByline = Self.startsWithByline(s, start, end, c)
        isByline = startsWithByline && !anyFinal && width <= 80
    }

    /// Whether the line ends a sentence: final punctuation, possibly followed by closing quotes or
    /// brackets (`。”`), or by a bracketed note (`。（完）`, `。(刘雪峰)`).
    private static func endsFinal(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ c: LayoutClasses,
                                  nested: Bool) -> Bool {
        var j = end - 1
        while j > start && c.closing.contains(s[j]) { j -= 1 }
        if c.final.contains(s[j]) { return true }
        guard nested, c.closing.contains(s[end - 1]) else { return false }
        // A bracketed note of at most 30 characters: look for its opening bracket.
        var k = end - 2
        while k > start && end - k <= 32 {
            if c.opening.contains(s[k]) { return endsFinal(s, start, k, c, nested: false) }
            k -= 1
        }
        return false
    }

    /// Whether the line starts with a bullet or a list number.
    private static func isListItem(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ c: LayoutClasses) -> Bool {
        if c.bullet.contains(s[start]) { return true }
        // Markdown bullets need a space after them: "-5%" is a number, "- 5%" an item.
        if (s[start] == "-" || s[start] == "*" || s[start] == "+") && start + 1 < end && s[start + 1] == " " {
            return true
        }
        var i = start
        if c.opening.contains(s[i]) { i += 1 }  // （二）
        let numerals = i
        while i < end && i - numerals < 3 && c.listNumeral.contains(s[i]) { i += 1 }
        guard i > numerals, i < end, c.listMarkEnd.contains(s[i]) || c.closing.contains(s[i]) else { return false }
        // "1.5%" is a number, not item 1; a list mark is not followed by a digit.
        if s[i] == "." || s[i] == "．" {
            return i + 1 < end && s[i + 1].properties.numericType == nil
        }
        return true
    }

    /// Whether the line starts (after an optional bullet or bracket) with a byline word.
    private static func startsWithByline(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ c: LayoutClasses) -> Bool {
        var i = start
        while i < end && i - start < 2 && (c.bullet.contains(s[i]) || c.opening.contains(s[i]) || s[i] == " ") { i += 1 }
        for word in c.bylineStart where i + word.count <= end {
            if zip(s[i..<(i + word.count)], word).allSatisfy({ $0 == $1 }) { return true }
        }
        return false
    }

    /// An ASCII digit (width folding has made full-width digits ASCII).
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x30 < 10 }

    /// A letter, digit or ideograph; the common ranges are tested before Unicode's property tables.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x9FFF: true
        case 0...0x7F: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// East Asian wide and full-width characters (UAX #11, simplified), plus the general punctuation
    /// block (— “ ” …), which Chinese fonts set full width.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2010...0x206F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
