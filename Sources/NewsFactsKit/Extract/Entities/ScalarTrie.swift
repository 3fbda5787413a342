/// A trie over Unicode scalars for dictionary lookup in a scalar array: every word that starts at a
/// position, or the longest one.
///
/// Edges live in one hash table keyed by (node, scalar); the root's children in the Basic Multilingual
/// Plane are a flat array, since nearly every lookup starts there and most fail at once.
///
/// - Complexity: `matches(in:at:)` is O(k) for the longest word length k, independent of the number
///   of words.
public struct ScalarTrie<Value: Sendable>: Sendable {
    private var rootChildren: [Int32]
    private var edges: [UInt64: Int32] = [:]
    private var values: [Value?] = [nil]

    /// An empty trie.
    public init() {
        rootChildren = [Int32](repeating: 0, count: 0x10000)
    }

    /// The number of words stored.
    public private(set) var count = 0

    /// Stores `value` for `word`; `merge` combines it with a value already stored for the same word.
    public mutating func insert(_ word: String, _ value: Value, merge: (Value, Value) -> Value = { _, new in new }) {
        var node: Int32 = 0
        var empty = true
        for scalar in word.unicodeScalars {
            empty = false
            node = child(of: node, scalar, create: true)
        }
        guard !empty else { return }
        if let old = values[Int(node)] {
            values[Int(node)] = merge(old, value)
        } else {
            values[Int(node)] = value
            count += 1
        }
    }

    /// The value stored for exactly `word`, if any.
    public func value(for word: String) -> Value? {
        var node: Int32 = 0
        for scalar in word.unicodeScalars {
            node = child(of: node, scalar)
            if node == 0 { return nil }
        }
        return values[Int(node)]
    }

    /// Every stored word that starts at `start`, shortest first, as (end offset, value).
    public func matches(in scalars: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> [(end: Int, value: Value)] {
        var found: [(end: Int, value: Value)] = []
        let stop = min(limit ?? scalars.count, scalars.count)
        var node: Int32 = 0
        var i = start
        while i < stop {
            node = child(of: node, scalars[i])
            if node == 0 { break }
            i += 1
            if let v = values[Int(node)] { found.append((i, v)) }
        }
        return found
    }

    /// The longest stored word that starts at `start`, as (end offset, value).
    public func longestMatch(in scalars: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> (end: Int, value: Value)? {
        let stop = min(limit ?? scalars.count, scalars.count)
        var node: Int32 = 0
        var i = start
        var best: (end: Int, value: Value)?
        while i < stop {
            node = child(of: node, scalars[i])
            if node == 0 { break }
            i += 1
            if let v = values[Int(node)] { best = (i, v) }
        }
        return best
    }

    /// Whether any stored word starts with `scalar` (a cheap pre-check before a lookup).
    @inline(__always)
    public func mayStart(with scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 ? rootChildren[Int(scalar.value)] != 0 : edges[UInt64(scalar.value)] != nil
    }

    @inline(__always)
    private func child(of node: Int32, _ scalar: Unicode.Scalar) -> Int32 {
        if node == 0 && scalar.value < 0x10000 { return rootChildren[Int(scalar.value)] }
        return edges[UInt64(node) << 21 | UInt64(scalar.value)] ?? 0
    }

    private mutating func child(of node: Int32, _ scalar: Unicode.Scalar, create: Bool) -> Int32 {
        let existing = child(of: node, scalar)
        if existing != 0 { return existing }
        let new = Int32(values.count)
        values.append(nil)
        if node == 0 && scalar.value < 0x10000 {
            rootChildren[Int(scalar.value)] = new
        } else {
            edges[UInt64(node) << 21 | UInt64(scalar.value)] = new
        }
        return new
    }
}
