/// One input file as read from disk: its key, its path and its bytes.
public struct InputDocument: Sendable {
    /// The path relative to the input root; the `doc` of every record from this file.
    public var doc: String
    /// The path as found (for messages and `documents.jsonl`).
    public var path: String
    /// The raw bytes.
    public var bytes: [UInt8]

    /// Creates an input document.
    public init(doc: String, path: String, bytes: [UInt8]) {
        self.doc = doc
        self.path = path
        self.bytes = bytes
    }
}
