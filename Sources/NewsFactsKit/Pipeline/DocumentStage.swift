/// One pass of the per-document pipeline: it reads what earlier stages provided and adds its part.
///
/// Stages report problems as diagnostics on the context; they never throw for bad input. A stage that
/// finds the document unusable sets `context.status` to `.error` or `.empty`, which ends the pipeline.
public protocol DocumentStage: Sendable {
    /// The stage this pass belongs to (several passes may share one, such as the extractors).
    var stage: StageName { get }
    /// Runs the pass over one document.
    func run(_ context: inout DocumentContext)
}
