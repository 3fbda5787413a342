import NewsFactsKit

/// A pipeline pass that stands in for the extractors on the hard-case document: it sets the text (so
/// that the test does not depend on how the decoder treats control characters) and the records, valid
/// and invalid, for the validate stage to sort.
public struct HardCaseStage: DocumentStage {
    /// It produces records, as resolve does.
    public let stage = StageName.resolve

    /// Creates the stage.
    public init() {}

    /// Fills the context of the hard-case document; leaves any other document alone.
    public func run(_ context: inout DocumentContext) {
        guard context.input.doc == HardCases.fileName else { return }
        let cases = HardCases(doc: context.input.doc)
        context.source = SourceText(cases.text)
        context.status = .ok
        context.articles = (0..<cases.articles).map { Article(index: $0, range: 0..<1) }
        context.facts = cases.facts + cases.invalid.map(\.0)
        context.entities = cases.entities
        context.documentDate = cases.documentDate
    }
}
