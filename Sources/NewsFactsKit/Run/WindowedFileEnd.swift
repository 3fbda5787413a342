/// What is known of a file read in windows once all of it is read.
struct WindowedFileEnd: Sendable {
    /// Its size in bytes.
    var bytes: Int
    /// Its SHA-256 (lower-case hex), computed as it was read.
    var sha256: String
    /// Whether a byte-order mark announced the encoding.
    var marked: Bool
    /// Decode problems over the whole file (ill-formed sequences, NULs), with whole-text offsets.
    var diagnostics: [Diagnostic]
    /// Why the file counts as empty (only whitespace), if it does.
    var emptiness: String?
    /// Why reading stopped before the end, if it did.
    var readFailure: String?
}
