/// One part of a partition of the input files, chosen with `--shard K/N`.
///
/// A file belongs to shard `K` when the 64-bit FNV-1a hash of its `doc` (UTF-8) modulo `N` is `K - 1`.
/// The hash depends on nothing but the doc, so every shard of the same inputs agrees on the partition
/// whatever machine, order or scheduling it runs on, and `newsfacts merge` can put the parts back in
/// the order of a single run.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based number of this shard.
    public var index: Int
    /// How many shards there are.
    public var count: Int

    /// A shard, if `1 ≤ index ≤ count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// Whether the file with this doc belongs to the shard.
    public func contains(doc: some Sequence<UInt8>) -> Bool {
        Int(Self.hash(doc) % UInt64(count)) == index - 1
    }

    /// Whether the file with this doc belongs to the shard.
    public func contains(doc: String) -> Bool {
        contains(doc: doc.utf8)
    }

    /// 64-bit FNV-1a: tiny, stable across platforms and releases (unlike `Hasher`, which is seeded
    /// per process), and well spread for paths that differ only in their last characters.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
