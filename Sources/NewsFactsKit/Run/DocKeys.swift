/// Makes every input's `doc` unique: it is the primary key of `documents` and part of every record id.
///
/// A `doc` is the path relative to its input root (a file given by name has its file name), so two
/// inputs can yield the same one: `extract a/x.txt b/x.txt`, or two folders holding `x.txt`. The first
/// to claim a key (in the order the inputs are given, then the walk's byte order within a folder) keeps
/// it; each later one gets `~2`, `~3`, … appended, the smallest suffix not taken yet. The same command
/// line over the same files therefore always gives the same keys.
public struct DocKeys: Sendable {
    private var taken = Set<String>()
    /// Per key, the suffix to try next: every smaller one is taken, and the set only grows, so
    /// thousands of `index.txt` do not make claiming quadratic.
    private var next: [String: Int] = [:]

    /// An empty set of keys.
    public init() {}

    /// `doc` if it is still free, else `doc~N` with the smallest free N ≥ 2; the result is taken.
    public mutating func claim(_ doc: String) -> String {
        if taken.insert(doc).inserted { return doc }
        var n = next[doc] ?? 2
        while !taken.insert("\(doc)~\(n)").inserted { n += 1 }
        next[doc] = n + 1
        return "\(doc)~\(n)"
    }
}
