/// Where a finished document's chunks lie in the journal, and the SHA-256 of the file they came from.
struct JournalExtent: Sendable, Hashable {
    /// The offset of the document's first chunk.
    var start: Int
    /// The offset just past its last chunk.
    var end: Int
    /// The file's SHA-256, as 32 raw bytes in four words (hex text would take three times the memory
    /// in a journal of a million documents); nil when the file could not be read.
    var sha256: SHA256Words?
}
