/// One entity mention (person, place, organization, date), as written to `entities.jsonl`.
public struct EntityRecord: Sendable, Hashable {
    /// A stable identifier: the document key, the type and the span.
    public var id: String
    /// The input file's path relative to the input root.
    public var doc: String
    /// Code point offset of the mention in the decoded original text.
    public var start: Int
    /// Code point offset one past the mention.
    public var end: Int
    /// The original text (`text[start..<end]`).
    public var mention: String
    /// The entity type.
    public var type: EntityType
    /// ISO 8601 for dates, the full administrative path for places, else nil.
    public var normalized: String?
    /// A person's role as the text states it (`记者`, `市长`), else nil.
    public var role: String?
    /// The PRC administrative division code of a place, if resolved.
    public var adcode: String?
    /// The index of the article (0-based) within the page.
    public var article: Int

    /// Creates an entity record.
    public init(id: String, doc: String, start: Int, end: Int, mention: String, type: EntityType,
                normalized: String? = nil, role: String? = nil, adcode: String? = nil, article: Int = 0) {
        self.id = id
        self.doc = doc
        self.start = start
        self.end = end
        self.mention = mention
        self.type = type
        self.normalized = normalized
        self.role = role
        self.adcode = adcode
        self.article = article
    }
}

extension EntityRecord: OutputRecord {
    /// The columns of `entities` (GUIDELINES §2 plus provenance).
    public static let schema = TableSchema(name: "entities", recordElement: "entity", key: "id", columns: [
        .init("id", .string, "stable identifier: doc#type:start-end"),
        .init("doc", .string, "input file path relative to the input root"),
        .init("start", .integer, minimum: 0, "code point offset of the mention in the decoded original text"),
        .init("end", .integer, minimum: 1, "code point offset one past the mention"),
        .init("mention", .string, "the entity as written: text[start:end]"),
        .init("type", .string, allowed: EntityType.allCases.map(\.rawValue), "entity type"),
        .init("normalized", .string, nullable: true, "ISO 8601 date, or full administrative path of a place"),
        .init("role", .string, nullable: true, "a person's role as stated"),
        .init("adcode", .string, nullable: true, pattern: .adcode, "PRC administrative division code of a place"),
        .init("article", .integer, minimum: 0, "0-based index of the article within the page"),
    ])

    /// The values in schema order.
    public var fieldValues: [FieldValue] {
        [
            .string(id), .string(doc), .integer(start), .integer(end), .string(mention),
            .string(type.rawValue), .optional(normalized), .optional(role), .optional(adcode), .integer(article),
        ]
    }
}
