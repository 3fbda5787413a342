/// A trie over Unicode scalars for longest-match lookups of words in a scalar array.
///
/// Built once from a word list; lookups walk the text forward from a position (`longestMatch(in:at:)`)
/// or backward from an end (`longestMatch(in:endingAt:)` on a trie built with `reversed: true`).
///
/// - Complexity: a lookup is O(k) for the longest word length k; no allocation.
public struct ScalarTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [UInt32: Int32] = [:]
        var value: Value?
    }

    private var nodes: [Node] = [Node()]
    /// Whether the words were inserted reversed (for backward matching).
    public let reversed: Bool
    /// The number of words.
    public private(set) var count = 0

    /// An empty trie.
    public init(reversed: Bool = false) {
        self.reversed = reversed
    }

    /// A trie of words with values; a later duplicate replaces an earlier one.
    public init(_ entries: some Sequence<(String, Value)>, reversed: Bool = false) {
        self.init(reversed: reversed)
        for (word, value) in entries { insert(word, value) }
    }

    /// Adds a word.
    public mutating func insert(_ word: String, _ value: Value) {
        let scalars = reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars)
        guard !scalars.isEmpty else { return }
        var node = 0
        for s in scalars {
            if let next = nodes[node].children[s.value] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = nodes.count - 1
                nodes[node].children[s.value] = Int32(next)
                node = next
            }
        }
        if nodes[node].value == nil { count += 1 }
        nodes[node].value = value
    }

    /// The longest word starting at `start` (and ending at or before `limit`), with its length.
    public func longestMatch(in text: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> (value: Value, length: Int)? {
        let end = min(limit ?? text.count, text.count)
        var node = 0
        var best: (Value, Int)? = nil
        var i = start
        while i < end, let next = nodes[node].children[text[i].value] {
            node = Int(next)
            i += 1
            if let v = nodes[node].value { best = (v, i - start) }
        }
        return best.map { (value: $0.0, length: $0.1) }
    }

    /// Every word starting at `start`, shortest first, with lengths.
    public func allMatches(in text: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> [(value: Value, length: Int)] {
        let end = min(limit ?? text.count, text.count)
        var node = 0
        var result: [(value: Value, length: Int)] = []
        var i = start
        while i < end, let next = nodes[node].children[text[i].value] {
            node = Int(next)
            i += 1
            if let v = nodes[node].value { result.append((value: v, length: i - start)) }
        }
        return result
    }

    /// The longest word ending just before `end` (not reaching before `floor`); the trie must be reversed.
    public func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, floor: Int = 0) -> (value: Value, length: Int)? {
        precondition(reversed, "backward matching needs a reversed trie")
        var node = 0
        var best: (Value, Int)? = nil
        var i = end - 1
        while i >= max(0, floor), i < text.count, let next = nodes[node].children[text[i].value] {
            node = Int(next)
            if let v = nodes[node].value { best = (v, end - i) }
            i -= 1
        }
        return best.map { (value: $0.0, length: $0.1) }
    }

    /// Whether `word` is in the trie.
    public func contains(_ word: String) -> Bool {
        let scalars = reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars)
        var node = 0
        for s in scalars {
            guard let next = nodes[node].children[s.value] else { return false }
            node = Int(next)
        }
        return nodes[node].value != nil
    }
}
