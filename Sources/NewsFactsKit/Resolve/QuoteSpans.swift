/// The quoted phrases of a text (“…”, ‘…’, 「…」, 『…』, "…", '…'), found once per document.
///
/// Numbers inside a short quoted phrase are names or slogans (“六联六共”, “双1小时”), not amounts.
struct QuoteSpans: Sendable {
    /// The inner ranges of the quotes, sorted by start.
    private(set) var ranges: [Range<Int>] = []

    /// The closing mark of an opening quote mark, else nil (a switch: this runs on every character, where
    /// a dictionary lookup hashed each one).
    private static func closing(of c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "“": return "”"
        case "‘": return "’"
        case "「": return "」"
        case "『": return "』"
        default: return nil
        }
    }

    /// Finds the quotes of a text; a quote never spans a line break.
    init(_ text: [Unicode.Scalar]) {
        var open: [(Unicode.Scalar, Int)] = []
        var asciiOpen: Int? = nil
        var singleOpen: Int? = nil
        for (i, c) in text.enumerated() {
            if c == "\n" { open.removeAll(); asciiOpen = nil; singleOpen = nil; continue }
            if Self.closing(of: c) != nil {
                open.append((c, i))
            } else if let top = open.last, Self.closing(of: top.0) == c {
                ranges.append(top.1 + 1..<i)
                open.removeLast()
            } else if c == "\"" {
                if let start = asciiOpen { ranges.append(start + 1..<i); asciiOpen = nil } else { asciiOpen = i }
            } else if c == "'" {
                // '三个必须': an ASCII single quote opens only before Chinese text (not an apostrophe: China's).
                if let start = singleOpen {
                    ranges.append(start + 1..<i)
                    singleOpen = nil
                } else if i + 1 < text.count, TextClass.isIdeograph(text[i + 1]) {
                    singleOpen = i
                }
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
    }

    /// The innermost quote holding `range`, if any.
    func quote(containing range: Range<Int>) -> Range<Int>? {
        var best: Range<Int>? = nil
        for r in ranges {
            if r.lowerBound > range.lowerBound { break }
            if r.lowerBound <= range.lowerBound, range.upperBound <= r.upperBound {
                if best == nil || r.count < (best?.count ?? Int.max) { best = r }
            }
        }
        return best
    }
}
