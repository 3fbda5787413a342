/// Normalize stage: builds the matching text and its offset map from the original.
///
/// First version: identity. (Width folding, Traditional→Simplified and layout repair land with the
/// normalize work.)
public struct TextNormalizer: DocumentStage {
    /// Normalization belongs to the normalize stage.
    public let stage = StageName.normalize

    /// Creates the normalizer.
    public init() {}

    /// Sets `context.text` from `context.source`.
    public func run(_ context: inout DocumentContext) {
        context.text = NormalizedText(identity: context.source)
    }
}
