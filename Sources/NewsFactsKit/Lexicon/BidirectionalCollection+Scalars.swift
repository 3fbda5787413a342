extension BidirectionalCollection where Element == Unicode.Scalar {
    /// Whether the collection ends with `suffix`, scalar by scalar (no `String`, no normalization).
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && zip(reversed(), suffix.reversed()).allSatisfy { $0 == $1 }
    }
}
