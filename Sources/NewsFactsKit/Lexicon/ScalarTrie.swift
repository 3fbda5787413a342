/// A trie over Unicode scalars for dictionary lookup in a scalar array: every word that starts at a
/// position, or the longest one; built with `reversed: true`, the longest word that ends at a position.
///
/// Edges live in one open-addressing hash table keyed by (node, scalar) with a multiplicative hash
/// (the standard `Dictionary`'s seeded SipHash cost a third of entity extraction). Every trie keeps a
/// bitmap of the BMP scalars that start a word (8 KiB): `mayStart(with:)`, which the recognizers call at
/// nearly every character, reads one bit there. A trie whose words start with many different scalars
/// (the gazetteer) also gets its root's BMP children in a flat array once it has `flatRootThreshold` of
/// them, since nearly every lookup starts there; the others keep the root in the hash table, because the
/// flat array is 256 KiB to allocate and clear, far more than a small word list (or a document's few
/// names, `flatRoot: false`) is worth, and clearing forty of them was most of the start-up time.
///
/// - Complexity: `matches(in:at:)` is O(k) for the longest word length k, independent of the number
///   of words.
public struct ScalarTrie<Value: Sendable>: Sendable {
    private var rootChildren: [Int32] = []
    /// Whether the root may get a flat array.
    private let flatRootAllowed: Bool
    /// Root edges in the hash table so far (until the flat array takes them).
    private var rootEdges = 0
    /// Root children from which the flat array pays for itself.
    static var flatRootThreshold: Int { 512 }
    /// One bit per BMP scalar that starts a stored word.
    private var rootBits = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var edges = EdgeTable()
    private var values: [Value?] = [nil]
    /// Whether a word ends at each node: tested while walking, so that a value (often an array) is
    /// fetched, and retained, only for the match returned.
    private var terminal: [Bool] = [false]
    /// Whether words are stored reversed, for matching backward from an end (`longestMatch(in:endingAt:)`).
    public let reversed: Bool

    /// An empty trie; `flatRoot: false` for one that never gets a flat root array (see the type's summary).
    public init(reversed: Bool = false, flatRoot: Bool = true) {
        flatRootAllowed = flatRoot
        self.reversed = reversed
    }

    /// A trie of words and values; a later duplicate replaces an earlier one.
    public init(_ entries: some Sequence<(String, Value)>, reversed: Bool = false) {
        self.init(reversed: reversed)
        for (word, value) in entries { insert(word, value) }
    }

    /// The number of words stored.
    public private(set) var count = 0

    /// Stores `value` for `word`; `merge` combines it with a value already stored for the same word.
    public mutating func insert(_ word: String, _ value: Value, merge: (Value, Value) -> Value = { _, new in new }) {
        var node: Int32 = 0
        var empty = true
        for scalar in reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars) {
            empty = false
            node = child(of: node, scalar, create: true)
        }
        guard !empty else { return }
        if let old = values[Int(node)] {
            values[Int(node)] = merge(old, value)
        } else {
            values[Int(node)] = value
            terminal[Int(node)] = true
            count += 1
        }
    }

    /// The value stored for exactly `word`, if any.
    public func value(for word: String) -> Value? {
        var node: Int32 = 0
        for scalar in reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars) {
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
        var best: (end: Int, node: Int32)?
        while i < stop {
            node = child(of: node, scalars[i])
            if node == 0 { break }
            i += 1
            if terminal[Int(node)] { best = (i, node) }
        }
        guard let best, let value = values[Int(best.node)] else { return nil }
        return (best.end, value)
    }

    /// Whether `scalars[range]` is exactly a stored word (no allocation).
    public func contains(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= scalars.count, !range.isEmpty else { return false }
        var node: Int32 = 0
        for i in range {
            node = child(of: node, scalars[i])
            if node == 0 { return false }
        }
        return terminal[Int(node)]
    }

    /// The longest stored word that ends just before `end` (reaching back no further than `floor`), as
    /// (value, length). The trie must have been built reversed.
    public func longestMatch(in scalars: [Unicode.Scalar], endingAt end: Int, floor: Int = 0) -> (value: Value, length: Int)? {
        guard reversed else { return nil }
        var node: Int32 = 0
        var i = min(end, scalars.count) - 1
        var best: (node: Int32, length: Int)?
        while i >= max(0, floor) {
            node = child(of: node, scalars[i])
            if node == 0 { break }
            if terminal[Int(node)] { best = (node, end - i) }
            i -= 1
        }
        guard let best, let value = values[Int(best.node)] else { return nil }
        return (value, best.length)
    }

    /// The longest stored word that starts at `start`, as (value, length).
    @inline(__always)
    public func longestWord(in scalars: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> (value: Value, length: Int)? {
        longestMatch(in: scalars, at: start, limit: limit).map { (value: $0.value, length: $0.end - start) }
    }

    /// Every stored word that starts at `start`, shortest first, as (value, length).
    public func allWords(in scalars: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> [(value: Value, length: Int)] {
        matches(in: scalars, at: start, limit: limit).map { (value: $0.value, length: $0.end - start) }
    }

    /// Whether `word` is stored.
    public func contains(_ word: String) -> Bool {
        value(for: word) != nil
    }

    /// Whether any stored word starts with `scalar` (a cheap pre-check before a lookup).
    @inline(__always)
    public func mayStart(with scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x10000 { return rootBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return edges.find(Self.key(0, scalar)) != 0
    }

    @inline(__always)
    private func child(of node: Int32, _ scalar: Unicode.Scalar) -> Int32 {
        if node == 0 && scalar.value < 0x10000 {
            if scalar.value < UInt32(truncatingIfNeeded: rootChildren.count) { return rootChildren[Int(scalar.value)] }
            if !mayStart(with: scalar) { return 0 }
        }
        return edges.find(Self.key(node, scalar))
    }

    /// The edge key of (node, scalar); the root's keys carry bit 62, so no key is 0 (an empty slot)
    /// even for U+0000.
    @inline(__always)
    private static func key(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        node == 0 ? 1 << 62 | UInt64(scalar.value) : UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar.value)
    }

    private mutating func child(of node: Int32, _ scalar: Unicode.Scalar, create: Bool) -> Int32 {
        let existing = child(of: node, scalar)
        if existing != 0 { return existing }
        let new = Int32(values.count)
        values.append(nil)
        terminal.append(false)
        if node == 0 && scalar.value < 0x10000 {
            rootBits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
        }
        if node == 0 && scalar.value < UInt32(truncatingIfNeeded: rootChildren.count) {
            rootChildren[Int(scalar.value)] = new
        } else {
            edges.insert(Self.key(node, scalar), new)
            if node == 0 && scalar.value < 0x10000 {
                rootEdges += 1
                if flatRootAllowed && rootEdges == Self.flatRootThreshold { makeRootFlat() }
            }
        }
        return new
    }

    /// Copies the root's BMP children into the flat array (they stay in the hash table too, unused).
    private mutating func makeRootFlat() {
        var flat = [Int32](repeating: 0, count: 0x10000)
        edges.forEach { key, node in
            let value = key & 0x1F_FFFF
            if key >> 62 == 1, value < 0x10000 { flat[Int(value)] = node }
        }
        rootChildren = flat
    }
}

/// A hash map from edge keys to child nodes: open addressing, linear probing, power-of-two capacity,
/// at most half full. Keys are never 0 (a node's index is at least 1 in every non-root key, and root
/// keys carry bit 62), so 0 marks an empty slot.
struct EdgeTable: Sendable {
    private var keys = [UInt64](repeating: 0, count: 16)
    private var nodes = [Int32](repeating: 0, count: 16)
    private var used = 0

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child stored for `key`, or 0.
    @inline(__always)
    func find(_ key: UInt64) -> Int32 {
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return nodes[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    /// Calls `body` with every (key, node) stored.
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for (key, node) in zip(keys, nodes) where key != 0 { body(key, node) }
    }

    /// Stores `node` for `key` (build time only).
    mutating func insert(_ key: UInt64, _ node: Int32) {
        if (used + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { used += 1 }
        keys[i] = key
        nodes[i] = node
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldNodes = nodes
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        nodes = [Int32](repeating: 0, count: oldKeys.count * 2)
        used = 0
        for (k, n) in zip(oldKeys, oldNodes) where k != 0 { insert(k, n) }
    }
}
