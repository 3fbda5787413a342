/// One window of a file too large to hold whole: decoded text cut at a line or sentence end, with
/// its place in the whole text.
struct TextWindow: Sendable {
    /// The file.
    var file: InputFile
    /// The attempt number shared by all chunks of the document in the journal.
    var attempt: UInt64
    /// The window's number in the file, from 0.
    var index: Int
    /// The code point offset of the window's first scalar in the whole text.
    var base: Int
    /// The window's text.
    var scalars: [Unicode.Scalar]
    /// The file's encoding, detected on its first window.
    var encoding: TextEncoding
    /// Bytes of the file this window accounts for (for progress).
    var bytes: Int
    /// Set on the file's last window: what only the whole file tells.
    var end: WindowedFileEnd?
}
