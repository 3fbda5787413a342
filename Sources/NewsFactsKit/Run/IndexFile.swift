/// The index of a completed run's journal: one line per document in output order,
/// `start<TAB>end<TAB>doc`, written under a temporary name and renamed into place at the end.
///
/// A doc never holds a tab or a line break (`InputFile.printable` escapes controls), so the line
/// format needs no quoting.
final class IndexFile {
    private let file: AtomicFile

    /// Starts the file.
    init(path: String) throws {
        file = try AtomicFile(path: path)
    }

    /// Adds a document.
    func add(doc: String, extent: Range<Int>) throws {
        try file.write("\(extent.lowerBound)\t\(extent.upperBound)\t\(doc)\n")
    }

    /// Renames the file into place.
    func commit() throws {
        try file.commit()
    }

    /// One line of an index file: the extent and the doc; nil if it is not one.
    static func parse(_ line: Substring) -> (extent: Range<Int>, doc: String)? {
        let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let start = Int(parts[0]), let end = Int(parts[1]), start <= end else { return nil }
        return (start..<end, String(parts[2]))
    }
}
