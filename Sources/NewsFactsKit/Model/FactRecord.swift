/// One numeric fact, with its provenance, as written to `facts.jsonl`, `facts.csv` and the XML.
public struct FactRecord: Sendable, Hashable {
    /// A stable identifier: the document key and the span (`doc#start-end`).
    public var id: String
    /// The input file's path relative to the input root.
    public var doc: String
    /// Code point offset of the first character of the mention in the decoded original text.
    public var start: Int
    /// Code point offset one past the mention's last character.
    public var end: Int
    /// The original text of the quantity (`text[start..<end]`).
    public var mention: String
    /// The amount with multipliers applied.
    public var value: ExactNumber
    /// The upper end of a range, else nil.
    public var valueMax: ExactNumber?
    /// The unit or classifier as written, without multiplier; nil for a bare count.
    public var unit: String?
    /// What sort of amount.
    public var kind: FactKind
    /// How the amount relates to the true one.
    public var qualifier: Qualifier
    /// The denominator of a rate or price, as written.
    public var per: String?
    /// Whether the amount is a change or the level after one.
    public var change: Change?
    /// The thing counted or measured, copied from the sentence.
    public var subject: String?
    /// The value in the canonical unit (money and physical measures).
    public var normalizedValue: ExactNumber?
    /// The canonical unit (`W`, `kg`, `m2`, `s`, `CNY`, …).
    public var normalizedUnit: String?
    /// The index of the article (0-based) within the page.
    public var article: Int
    /// The article's headline, if one was found.
    public var headline: String?
    /// The sentence holding the fact, with layout line breaks removed.
    public var context: String
    /// The normalized place the fact is about, if known.
    public var place: String?
    /// How `place` was found.
    public var placeSource: AttributionSource?
    /// The ISO 8601 period the fact refers to, if known.
    public var date: String?
    /// How `date` was found.
    public var dateSource: AttributionSource?

    /// Creates a fact; the optional fields default to absent.
    public init(
        id: String, doc: String, start: Int, end: Int, mention: String, value: ExactNumber,
        valueMax: ExactNumber? = nil, unit: String?, kind: FactKind, qualifier: Qualifier = .exact,
        per: String? = nil, change: Change? = nil, subject: String? = nil,
        normalizedValue: ExactNumber? = nil, normalizedUnit: String? = nil,
        article: Int = 0, headline: String? = nil, context: String = "",
        place: String? = nil, placeSource: AttributionSource? = nil,
        date: String? = nil, dateSource: AttributionSource? = nil
    ) {
        self.id = id
        self.doc = doc
        self.start = start
        self.end = end
        self.mention = mention
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
        self.per = per
        self.change = change
        self.subject = subject
        self.normalizedValue = normalizedValue
        self.normalizedUnit = normalizedUnit
        self.article = article
        self.headline = headline
        self.context = context
        self.place = place
        self.placeSource = placeSource
        self.date = date
        self.dateSource = dateSource
    }
}

extension FactRecord: OutputRecord {
    /// The columns of `facts`, GUIDELINES §1 first, then provenance and attribution.
    public static let schema = TableSchema(name: "facts", recordElement: "fact", key: "id", columns: [
        .init("id", .string, "stable identifier: doc#start-end"),
        .init("doc", .string, "input file path relative to the input root"),
        .init("start", .integer, minimum: 0, "code point offset of the mention in the decoded original text"),
        .init("end", .integer, minimum: 1, "code point offset one past the mention"),
        .init("mention", .string, "the quantity as written: text[start:end]"),
        .init("value", .number, "the amount with multipliers applied"),
        .init("value_max", .number, nullable: true, "upper end of a range"),
        .init("unit", .string, nullable: true, "unit or classifier as written, without multiplier"),
        .init("kind", .string, allowed: FactKind.allCases.map(\.rawValue), "what sort of amount"),
        .init("qualifier", .string, allowed: Qualifier.allCases.map(\.rawValue), "relation of the stated to the true amount"),
        .init("per", .string, nullable: true, "denominator of a rate or price, as written"),
        .init("change", .string, nullable: true, allowed: Change.allCases.map(\.rawValue), "change or level after a change"),
        .init("subject", .string, nullable: true, "the thing counted or measured, from the sentence"),
        .init("normalized_value", .number, nullable: true, "value in the canonical unit"),
        .init("normalized_unit", .string, nullable: true, "canonical unit: W, V, VA, Wh, kg, m, m2, m3, s, m/s, μg/m3, CNY, USD, …"),
        .init("article", .integer, minimum: 0, "0-based index of the article within the page"),
        .init("headline", .string, nullable: true, "headline of that article"),
        .init("context", .string, "the sentence holding the fact, layout line breaks removed"),
        .init("place", .string, nullable: true, "normalized place the fact is about"),
        .init("place_source", .string, nullable: true, allowed: AttributionSource.allCases.map(\.rawValue), "where place was found"),
        .init("date", .string, nullable: true, pattern: .isoPeriod, "ISO 8601 period the fact refers to"),
        .init("date_source", .string, nullable: true, allowed: AttributionSource.allCases.map(\.rawValue), "where date was found"),
    ])

    /// The values in schema order.
    public var fieldValues: [FieldValue] {
        [
            .string(id), .string(doc), .integer(start), .integer(end), .string(mention),
            .number(value), .optional(valueMax), .optional(unit), .string(kind.rawValue),
            .string(qualifier.rawValue), .optional(per), .optional(change?.rawValue), .optional(subject),
            .optional(normalizedValue), .optional(normalizedUnit), .integer(article), .optional(headline),
            .string(context), .optional(place), .optional(placeSource?.rawValue), .optional(date),
            .optional(dateSource?.rawValue),
        ]
    }
}
