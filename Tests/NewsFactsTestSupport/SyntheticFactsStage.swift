import NewsFactsKit

/// A pipeline pass for benchmarks: one valid money fact per sentence of a text made of the sentence
/// `SyntheticFactsStage.sentence` repeated, with exact spans, so that a run produces as many facts as
/// wanted and every one passes validation.
public struct SyntheticFactsStage: DocumentStage {
    /// It produces records, as resolve does.
    public let stage = StageName.resolve
    /// The repeated sentence; the fact is `36.4亿元` at offset 5.
    public static let sentence = "项目总投资36.4亿元，建成后年产值可达50亿元。"

    /// Creates the stage.
    public init() {}

    /// A document text of `count` sentences.
    public static func text(sentences count: Int) -> String {
        String(repeating: sentence, count: count)
    }

    /// One fact per whole sentence of the text.
    public func run(_ context: inout DocumentContext) {
        let length = Self.sentence.unicodeScalars.count
        let doc = context.input.doc
        let count = context.source.count / length
        context.facts.reserveCapacity(count)
        for i in 0..<count {
            let start = i * length + 5
            let value = ExactNumber(3_640_000_000)
            context.facts.append(FactRecord(
                id: "\(doc)#\(start)-\(start + 6)", doc: doc, start: start, end: start + 6, mention: "36.4亿元",
                value: value, unit: "元", kind: .money, subject: "总投资", normalizedValue: value, normalizedUnit: "CNY",
                context: Self.sentence, place: "山西省大同市阳高县", placeSource: .document, date: "2023", dateSource: .document))
        }
    }
}
