/// The character and word classes the segmenter uses, read from `Resources/segment/segment.tsv`.
public struct SegmentLexicon: Sendable {
    /// Punctuation that ends a sentence.
    public let sentenceEnd: ScalarSet
    /// Ellipsis characters (a run of two ends a sentence).
    public let ellipsis: ScalarSet
    /// Closing quotes and brackets that stay with the sentence they close.
    public let closers: ScalarSet
    /// Final characters that mark a line as body text.
    public let lineFinal: ScalarSet
    /// First characters of section labels and furniture lines.
    public let headingMarkers: ScalarSet
    /// Words that open a byline or dateline.
    public let bylineStarts: [[Unicode.Scalar]]
    /// The longest line that can be a headline.
    public let headlineMax: Int
    /// The longest sentence; longer runs without a sentence end are cut (see `PageSegmenter`).
    public let sentenceMax: Int
    /// Characters after which an over-long sentence is preferably cut.
    public let clauseBreaks: ScalarSet

    /// Loads the classes from the resource file.
    public static func load() throws -> SegmentLexicon {
        var classes: [String: [String]] = [:]
        for row in try ResourceFile.rows("segment/segment.tsv") where row.count >= 2 {
            classes[row[0]] = row[1].split(separator: " ").map(String.init)
        }
        func chars(_ name: String) -> ScalarSet {
            ScalarSet((classes[name] ?? []).compactMap { $0.unicodeScalars.first })
        }
        return SegmentLexicon(
            sentenceEnd: chars("sentence-end"), ellipsis: chars("ellipsis"), closers: chars("closer"),
            lineFinal: chars("line-final"), headingMarkers: chars("heading-marker"),
            bylineStarts: (classes["byline-start"] ?? []).map { Array($0.unicodeScalars) }
                .sorted { $0.count > $1.count },
            headlineMax: Int(classes["headline-max"]?.first ?? "") ?? 42,
            sentenceMax: max(2, Int(classes["sentence-max"]?.first ?? "") ?? 1000),
            clauseBreaks: chars("clause-break"))
    }
}
