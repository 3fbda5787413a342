/// The per-document pipeline: an ordered list of passes over one `DocumentContext`.
///
/// The order is the data flow, one line per pass:
///
///     Decode     bytes → original text, encoding, SHA-256
///     Normalize  width, Traditional→Simplified, layout repair; keeps the map to the original
///     Segment    articles (headline, byline, body) and sentences
///     Extract    numbers; then entities (persons, places, organizations, dates)
///     Resolve    numbers → facts (unit, kind, qualifier, change, per, subject, normalization);
///                entity records; attribution of place and date
///     Validate   every record checked; failures become rejects with a reason
///
/// Write is not a pass: the run streams each finished context to the record writers in input order.
public struct Pipeline: Sendable {
    /// The passes, in order.
    public let stages: [any DocumentStage]

    /// A pipeline of explicit passes (tests use partial pipelines).
    public init(stages: [any DocumentStage]) {
        self.stages = stages
    }

    /// The standard pipeline, with every resource table loaded once.
    ///
    /// With `entities` false (`--no-entities`) it makes no entity records and attributes no fact to a
    /// place or date; it still recognizes names, because the facts depend on them (a number inside a
    /// name is not an amount), so the facts are the same, with `place` and `date` null.
    public static func standard(entities: Bool = true) throws -> Pipeline {
        let resolvers: [any DocumentStage] = entities ? [EntityResolver(), AttributionResolver()] : []
        return Pipeline(stages: [
            TextDecoder(),
            try TextNormalizer(),
            try PageSegmenter(),
            try NumberExtractor(),
            try EntityExtractor(),
            try FactResolver(),
        ] + resolvers + [
            try RecordValidator(),
        ])
    }

    /// Runs every pass over one document; stops early when a pass marks it `error` or `empty`.
    public func process(_ input: InputDocument) -> DocumentContext {
        var context = DocumentContext(input: input)
        run(&context)
        return context
    }

    /// Runs every pass over a context prepared by the caller; stops early when a pass marks it `error`
    /// or `empty`.
    public func run(_ context: inout DocumentContext) {
        if StageTimer.isEnabled { return runTimed(&context) }
        for pass in stages {
            pass.run(&context)
            if context.status != .ok { break }
        }
    }

    /// `run(_:)` with every pass's CPU time charged to the stage timer (`NEWSFACTS_STAGE_TIMES`).
    private func runTimed(_ context: inout DocumentContext) {
        // A window of a large file comes decoded, without its bytes; the run counts those.
        if !context.input.bytes.isEmpty || context.source.count == 0 {
            StageTimer.shared.addDocument(bytes: context.input.bytes.count)
        }
        for pass in stages {
            StageTimer.measure("\(pass.stage.rawValue) \(type(of: pass))") { pass.run(&context) }
            if context.status != .ok { break }
        }
    }

    /// Runs the pipeline over a string, as if it were a UTF-8 file named `doc` (tests, embedding).
    public func process(text: String, doc: String = "inline.txt") -> DocumentContext {
        process(InputDocument(doc: doc, path: doc, bytes: Array(text.utf8)))
    }
}
