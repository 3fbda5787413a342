/// The quoted phrases of a text (“…”, ‘…’, 「…」, 『…』, "…"), found once per document.
///
/// Numbers inside a short quoted phrase are names or slogans (“六联六共”, “双1小时”), not amounts.
struct QuoteSpans: Sendable {
    /// The inner ranges of the quotes, sorted by start.
    private(set) var ranges: [Range<Int>] = []

    private static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "‘": "’", "「": "」", "『": "』"]
    /// Every character the scan acts on (quotes and line feed): the others skip the dictionary lookups.
    private static let relevant = ScalarSet(Array(pairs.keys) + Array(pairs.values) + ["\"", "\n"])

    /// Finds the quotes of a text; a quote never spans a line break.
    init(_ text: [Unicode.Scalar]) {
        var open: [(Unicode.Scalar, Int)] = []
        var asciiOpen: Int? = nil
        for (i, c) in text.enumerated() where Self.relevant.contains(c) {
            if c == "\n" { open.removeAll(); asciiOpen = nil; continue }
            if Self.pairs[c] != nil {
                open.append((c, i))
            } else if let top = open.last, Self.pairs[top.0] == c {
                ranges.append(top.1 + 1..<i)
                open.removeLast()
            } else if c == "\"" {
                if let start = asciiOpen { ranges.append(start + 1..<i); asciiOpen = nil } else { asciiOpen = i }
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
