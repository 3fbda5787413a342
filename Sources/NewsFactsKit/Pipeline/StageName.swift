/// The stages of the per-document pipeline, in the order they run.
public enum StageName: String, Sendable, Codable, CaseIterable, Comparable {
    case decode, normalize, segment, extract, resolve, validate, write

    /// Stages compare by their position in the pipeline.
    public static func < (lhs: StageName, rhs: StageName) -> Bool {
        let order = StageName.allCases
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
