/// A prefix tree over Unicode scalars, for the number scanner's multi-character words (markers,
/// connectors, unit prefixes, words that are not numbers).
///
/// Unlike the general `ScalarTrie` of the resolver, it can match across inline spaces (`百 分 之`, as the
/// Recognizers cases write them) and stores only an index into the caller's table, so the scanner's
/// tables stay plain arrays. Built once from a resource table; lookups walk the text in place, with no
/// `String` made.
struct NumberTrie: Sendable {
    private struct Node: Sendable {
        var children: [UInt32: Int32] = [:]
        var payload: Int32 = -1
    }

    private var nodes: [Node] = [Node()]
    /// A 1024-bit filter of first characters (by scalar value modulo 1024): most lookups start at a
    /// character no word begins with and end here, without hashing.
    private var firstFilter = [UInt64](repeating: 0, count: 16)

    /// An empty trie.
    init() {}

    /// Whether no word has been inserted.
    var isEmpty: Bool { nodes.count == 1 && nodes[0].payload < 0 }

    /// Adds `word` with a payload (the index of its row in the caller's table); a repeated word keeps
    /// the first payload.
    mutating func insert(_ word: [Unicode.Scalar], payload: Int) {
        guard let first = word.first else { return }
        let bucket = Int(first.value & 1023)
        firstFilter[bucket >> 6] |= 1 << UInt64(bucket & 63)
        var node = 0
        for scalar in word {
            if let next = nodes[node].children[scalar.value] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = nodes.count - 1
                nodes[node].children[scalar.value] = Int32(next)
                node = next
            }
        }
        if nodes[node].payload < 0 { nodes[node].payload = Int32(payload) }
    }

    /// The longest word starting at `start` and ending at or before `limit`: its payload and end offset.
    ///
    /// With `skippingSpace`, inline spaces may stand between the word's characters (`百 分 之`), never
    /// before its first one.
    ///
    /// - Complexity: O(length of the longest word), one dictionary lookup per character.
    func longestMatch(in scalars: [Unicode.Scalar], from start: Int, limit: Int,
                      skippingSpace: Bool = false) -> (payload: Int, end: Int)? {
        guard start < limit, mayBegin(scalars[start]) else { return nil }
        var node = 0
        var i = start
        var best: (payload: Int, end: Int)?
        while i < limit {
            var j = i
            if skippingSpace && i > start {
                while j < limit && NumberTables.isInlineSpace(scalars[j]) { j += 1 }
                if j >= limit { break }
            }
            guard let next = nodes[node].children[scalars[j].value] else { break }
            node = Int(next)
            i = j + 1
            if nodes[node].payload >= 0 { best = (Int(nodes[node].payload), i) }
        }
        return best
    }

    /// Every word starting at `start` (ending at or before `limit`), shortest first, as payload and end.
    func matches(in scalars: [Unicode.Scalar], from start: Int, limit: Int) -> [(payload: Int, end: Int)] {
        guard start < limit, mayBegin(scalars[start]) else { return [] }
        var node = 0
        var i = start
        var found: [(payload: Int, end: Int)] = []
        while i < limit, let next = nodes[node].children[scalars[i].value] {
            node = Int(next)
            i += 1
            if nodes[node].payload >= 0 { found.append((Int(nodes[node].payload), i)) }
        }
        return found
    }

    /// Whether some word may begin with `scalar` (false positives possible, no false negatives).
    @inline(__always)
    func mayBegin(_ scalar: Unicode.Scalar) -> Bool {
        let bucket = Int(scalar.value & 1023)
        return firstFilter[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
    }

    /// Whether some word starts at `start`.
    func hasMatch(in scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Bool {
        longestMatch(in: scalars, from: start, limit: limit) != nil
    }
}
