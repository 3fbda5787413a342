/// The files of a run, in output order (sorted by `doc`), held compactly: every `doc` back to back in
/// one byte buffer and a fixed-size entry per file, about 40 bytes plus the name.
///
/// A 10 GB archive of news pages is a million or two files; as `[InputFile]` (three heap objects each)
/// the list alone would take hundreds of megabytes. `InputFile` values are made one at a time as the
/// run reaches them.
public struct InputList: Sendable {
    private struct Entry: Sendable {
        /// Where the doc's bytes start in `names`.
        var start: Int
        /// The size of the file when walked, or -1 for a path that cannot be used.
        var size: Int64
        /// The doc's length in bytes.
        var length: Int32
        /// The input the file was found under.
        var root: Int32
        /// An index into `extras`, or -1.
        var extra: Int32
        /// Whether the input itself is the file (its path is the root; its doc the last component).
        var isRoot: Bool
    }

    /// What only a few entries need.
    private struct Extra: Sendable {
        /// The raw path relative to the root, where it differs from the doc's bytes (invalid UTF-8,
        /// control characters or `%` in a name).
        var rawRelative: [UInt8]?
        /// Why the path cannot be used.
        var problem: String?
    }

    private var names: [UInt8] = []
    private var entries: [Entry] = []
    private var extras: [Extra] = []
    private var roots: [[UInt8]] = []

    /// An empty list.
    public init() {}

    /// The number of files.
    public var count: Int { entries.count }

    /// The sum of the sizes of the files when walked.
    public var totalBytes: Int {
        entries.reduce(0) { $0 + Int(max(0, $1.size)) }
    }

    /// The file at `index`.
    public subscript(index: Int) -> InputFile {
        let entry = entries[index]
        let docBytes = Array(names[entry.start..<entry.start + Int(entry.length)])
        let doc = String(decoding: docBytes, as: UTF8.self)
        let extra = entry.extra >= 0 ? extras[Int(entry.extra)] : nil
        let root = roots[Int(entry.root)]
        // An input named on the command line is shown as given; a path found in a folder is made printable.
        if entry.isRoot {
            return InputFile(doc: doc, path: String(decoding: root, as: UTF8.self), rawPath: root, problem: extra?.problem)
        }
        let relative = extra?.rawRelative ?? docBytes
        // An unreadable input folder itself is listed with an empty relative path.
        let raw = relative.isEmpty ? root : root + [0x2F] + relative
        return InputFile(doc: doc, path: InputFile.printable(raw), rawPath: raw, problem: extra?.problem)
    }

    /// The size of the file at `index` when walked (0 for a path that cannot be used).
    public func size(at index: Int) -> Int {
        Int(max(0, entries[index].size))
    }

    /// The doc of the file at `index` as UTF-8 bytes.
    func docBytes(at index: Int) -> ArraySlice<UInt8> {
        let entry = entries[index]
        return names[entry.start..<entry.start + Int(entry.length)]
    }

    /// Adds the input `root` itself as a file (or as a path that cannot be used).
    mutating func addRoot(_ root: [UInt8], doc: [UInt8], size: Int, problem: String? = nil) {
        roots.append(root)
        append(doc: doc, rawRelative: nil, root: roots.count - 1, isRoot: true, size: size, problem: problem)
    }

    /// Starts a folder input; the files under it are added with `addFile(relative:size:problem:)`.
    mutating func beginFolder(_ root: [UInt8]) {
        roots.append(root)
    }

    /// Adds a file found under the folder begun last, by its raw path relative to that folder.
    mutating func addFile(relative: [UInt8], size: Int, problem: String? = nil) {
        let doc = Array(InputFile.printable(relative).utf8)
        append(doc: doc, rawRelative: doc == relative ? nil : relative, root: roots.count - 1, isRoot: false,
               size: size, problem: problem)
    }

    private mutating func append(doc: [UInt8], rawRelative: [UInt8]?, root: Int, isRoot: Bool, size: Int,
                                 problem: String?) {
        var extra: Int32 = -1
        if rawRelative != nil || problem != nil {
            extras.append(Extra(rawRelative: rawRelative, problem: problem))
            extra = Int32(extras.count - 1)
        }
        entries.append(Entry(start: names.count, size: problem == nil ? Int64(size) : -1,
                             length: Int32(doc.count), root: Int32(root), extra: extra, isRoot: isRoot))
        names.append(contentsOf: doc)
    }

    /// Sorts the files by `doc` (UTF-8 byte order); files with the same doc keep the order they were
    /// found in, so the output order never depends on the sorting algorithm.
    mutating func sort() {
        entries = sortedOrder().map { entries[$0] }
    }

    /// Makes every `doc` unique as `DocKeys` does, in the order the files were added (the first keeps
    /// its doc, later ones get `~2`, `~3`, …), then sorts. A list without duplicates (the usual case) is
    /// sorted once and builds no set of keys.
    mutating func sortWithUniqueDocs() {
        let order = sortedOrder()
        let hasDuplicates = order.indices.dropFirst().contains { docBytes(at: order[$0 - 1]) == docBytes(at: order[$0]) }
        guard hasDuplicates else {
            entries = order.map { entries[$0] }
            return
        }
        var keys = DocKeys()
        for i in entries.indices {
            let old = Array(docBytes(at: i))
            let claimed = Array(keys.claim(String(decoding: old, as: UTF8.self)).utf8)
            guard claimed != old else { continue }
            entries[i].start = names.count
            entries[i].length = Int32(claimed.count)
            names.append(contentsOf: claimed)
            guard !entries[i].isRoot else { continue }
            // The doc no longer spells the path: keep the path's bytes (relative to the root) apart.
            if entries[i].extra >= 0 {
                let e = Int(entries[i].extra)
                if extras[e].rawRelative == nil { extras[e].rawRelative = old }
            } else {
                extras.append(Extra(rawRelative: old, problem: nil))
                entries[i].extra = Int32(extras.count - 1)
            }
        }
        sort()
    }

    /// The entries' indices in doc order, ties in the order they were added.
    private func sortedOrder() -> [Int] {
        names.withUnsafeBufferPointer { buffer -> [Int] in
            entries.indices.sorted { a, b in
                let x = entries[a]
                let y = entries[b]
                let left = UnsafeBufferPointer(rebasing: buffer[x.start..<x.start + Int(x.length)])
                let right = UnsafeBufferPointer(rebasing: buffer[y.start..<y.start + Int(y.length)])
                if left.elementsEqual(right) { return a < b }
                return left.lexicographicallyPrecedes(right)
            }
        }
    }

    /// The files of one shard, in the same order.
    public func filtered(to shard: Shard) -> InputList {
        var copy = self
        copy.entries = entries.indices.filter { shard.contains(doc: docBytes(at: $0)) }.map { entries[$0] }
        return copy
    }
}
