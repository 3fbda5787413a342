/// Extract pass: every number in the normalized text, for the resolver to turn into facts.
///
/// Scans sentence by sentence when the segmenter has found sentences (a number never spans two), else
/// the whole text; `context.numbers` is sorted by start.
public struct NumberExtractor: DocumentStage {
    /// Number extraction belongs to the extract stage.
    public let stage = StageName.extract
    private let scanner: NumberScanner

    /// Loads the number tables (once per process).
    public init() throws {
        scanner = try NumberScanner()
    }

    /// Sets `context.numbers`; reports a note for each value too large for a `Double` (kept exactly as
    /// decimal text, never silently rounded to infinity).
    public func run(_ context: inout DocumentContext) {
        let scalars = context.text.scalars
        var numbers: [NumberMention] = []
        if context.sentences.isEmpty {
            numbers = scanner.scan(scalars, in: 0..<scalars.count)
        } else {
            for sentence in context.sentences {
                numbers.append(contentsOf: scanner.scan(scalars, in: sentence.range))
            }
        }
        numbers.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        for number in numbers where !number.value.double.isFinite || !(number.valueMax?.double.isFinite ?? true) {
            context.report(.extract, .note, "extract.number-overflow",
                           "number beyond the range of a double, kept as exact decimal text (\(number.value.decimal.prefix(40))…)",
                           offset: context.text.originalOffset(number.range.lowerBound))
        }
        context.numbers = numbers
    }
}
