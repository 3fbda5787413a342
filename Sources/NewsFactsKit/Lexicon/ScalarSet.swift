/// An immutable set of code points with a constant-time membership test, built once from a table.
///
/// Membership is tested for every scalar of every document (punctuation classes, the Traditional and
/// Simplified votes), where hashing into a `Set` would dominate the stage's time: the Basic Multilingual
/// Plane is a bitmap, and only the rare supplementary-plane members go through a `Set`.
///
/// - Complexity: membership O(1).
public struct ScalarSet: Sendable {
    /// One bit per BMP code point.
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// Members above U+FFFF.
    private var astral = Set<UInt32>()

    /// An empty set.
    public init() {}

    /// A set of the given scalars.
    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { insert(scalar) }
    }

    /// Adds a scalar.
    public mutating func insert(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x10000 {
            bits[Int(v >> 6)] |= 1 << UInt64(v & 63)
        } else {
            astral.insert(v)
        }
    }

    /// Whether `scalar` is a member.
    @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }
}
