/// An immutable one-to-one map of code points, built once from a resource table.
///
/// Lookups are the hot path of normalization (every scalar of every document passes through two maps),
/// so the Basic Multilingual Plane is a flat array indexed by code point and only the rare
/// supplementary-plane entries go through a dictionary. A bitmap of the mapped BMP code points (8 KiB,
/// against the array's 256 KiB) answers for the great majority that are not mapped without touching
/// the array, which stays out of the cache.
///
/// - Complexity: lookup O(1).
struct ScalarMap: Sendable {
    /// Marks "no entry" in `bmp`.
    private static let none = UInt32.max
    /// Targets for U+0000…U+FFFF; `none` where unmapped.
    private var bmp: [UInt32]
    /// One bit per mapped BMP code point.
    private var present = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// Targets for code points above U+FFFF.
    private var astral: [UInt32: UInt32] = [:]
    /// The number of entries.
    private(set) var count = 0

    /// An empty map.
    init() {
        bmp = [UInt32](repeating: Self.none, count: 0x10000)
    }

    /// The target of `scalar`, or nil when it is not mapped.
    @inline(__always)
    subscript(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x10000 && present[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0 { return nil }
        let target = v < 0x10000 ? bmp[Int(v)] : astral[v] ?? Self.none
        return target == Self.none ? nil : Unicode.Scalar(target)
    }

    /// Whether `scalar` has an entry.
    func contains(_ scalar: Unicode.Scalar) -> Bool { self[scalar] != nil }

    /// Sets (or replaces) the entry for `scalar`.
    mutating func set(_ scalar: Unicode.Scalar, to target: Unicode.Scalar) {
        let v = scalar.value
        let old: UInt32
        if v < 0x10000 {
            old = bmp[Int(v)]
            bmp[Int(v)] = target.value
            present[Int(v >> 6)] |= 1 << UInt64(v & 63)
        } else {
            old = astral.updateValue(target.value, forKey: v) ?? Self.none
        }
        if old == Self.none { count += 1 }
    }

    /// Every entry, in no particular order (for building derived tables).
    var entries: [(from: Unicode.Scalar, to: Unicode.Scalar)] {
        var result: [(Unicode.Scalar, Unicode.Scalar)] = []
        for (v, target) in bmp.enumerated() where target != Self.none {
            if let from = Unicode.Scalar(UInt32(v)), let to = Unicode.Scalar(target) { result.append((from, to)) }
        }
        for (v, target) in astral {
            if let from = Unicode.Scalar(v), let to = Unicode.Scalar(target) { result.append((from, to)) }
        }
        return result
    }
}
