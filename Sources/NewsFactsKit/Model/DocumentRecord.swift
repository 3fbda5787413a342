/// One line per input file in `documents.jsonl`, whatever happened to it.
public struct DocumentRecord: Sendable, Hashable {
    /// What became of a document.
    public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
        /// Decoded and processed.
        case ok
        /// Readable but holds no text.
        case empty
        /// Could not be read or decoded; `message` says why.
        case error
    }

    /// The input file's path relative to the input root (the `doc` of its records).
    public var doc: String
    /// The path as found on disk (absolute or as given on the command line).
    public var path: String
    /// Size in bytes, if the file could be read.
    public var bytes: Int?
    /// SHA-256 of the bytes, lower-case hex, if read.
    public var sha256: String?
    /// The detected encoding (`UTF-8`, `UTF-8 BOM`, `UTF-16LE`, `GB18030`, …).
    public var encoding: String?
    /// Code points in the decoded text (BOM excluded).
    public var characters: Int?
    /// Articles found on the page.
    public var articles: Int
    /// Facts written.
    public var facts: Int
    /// Entities written.
    public var entities: Int
    /// Records rejected by validation.
    public var rejects: Int
    /// The document's own date (masthead or dateline), ISO 8601, if found.
    public var date: String?
    /// What became of it.
    public var status: Status
    /// Why, for `empty` and `error`; warnings otherwise.
    public var message: String?

    /// Creates a document record.
    public init(doc: String, path: String, bytes: Int? = nil, sha256: String? = nil, encoding: String? = nil,
                characters: Int? = nil, articles: Int = 0, facts: Int = 0, entities: Int = 0, rejects: Int = 0,
                date: String? = nil, status: Status, message: String? = nil) {
        self.doc = doc
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.encoding = encoding
        self.characters = characters
        self.articles = articles
        self.facts = facts
        self.entities = entities
        self.rejects = rejects
        self.date = date
        self.status = status
        self.message = message
    }
}

extension DocumentRecord: OutputRecord {
    /// The columns of `documents`.
    public static let schema = TableSchema(name: "documents", recordElement: "document", key: "doc", columns: [
        .init("doc", .string, "input file path relative to the input root"),
        .init("path", .string, "path of the file as read"),
        .init("bytes", .integer, nullable: true, minimum: 0, "size in bytes"),
        .init("sha256", .string, nullable: true, pattern: .sha256, "SHA-256 of the file, lower-case hex"),
        .init("encoding", .string, nullable: true, "detected encoding"),
        .init("characters", .integer, nullable: true, minimum: 0, "code points of decoded text, BOM excluded"),
        .init("articles", .integer, minimum: 0, "articles found"),
        .init("facts", .integer, minimum: 0, "facts written"),
        .init("entities", .integer, minimum: 0, "entities written"),
        .init("rejects", .integer, minimum: 0, "records rejected by validation"),
        .init("date", .string, nullable: true, pattern: .isoPeriod, "the document's own date, ISO 8601"),
        .init("status", .string, allowed: Status.allCases.map(\.rawValue), "ok, empty or error"),
        .init("message", .string, nullable: true, "why, for empty and error; warnings otherwise"),
    ])

    /// The values in schema order.
    public var fieldValues: [FieldValue] {
        [
            .string(doc), .string(path), .optional(bytes), .optional(sha256), .optional(encoding),
            .optional(characters), .integer(articles), .integer(facts), .integer(entities), .integer(rejects),
            .optional(date), .string(status.rawValue), .optional(message),
        ]
    }
}
