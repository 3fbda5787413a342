/// A record that failed validation, kept with the reason instead of being dropped.
public struct RejectRecord: Sendable, Hashable {
    /// The table the record was meant for (`facts`, `entities`, `documents`).
    public var table: String
    /// The document it came from.
    public var doc: String
    /// The stage that produced the record.
    public var stage: StageName
    /// A stable reason code such as `span.mismatch`.
    public var reason: String
    /// A sentence for a person.
    public var message: String
    /// The rejected record as a JSON object.
    public var record: String

    /// Creates a reject.
    public init(table: String, doc: String, stage: StageName, reason: String, message: String, record: String) {
        self.table = table
        self.doc = doc
        self.stage = stage
        self.reason = reason
        self.message = message
        self.record = record
    }
}

extension RejectRecord: OutputRecord {
    /// The columns of `rejects`.
    public static let schema = TableSchema(name: "rejects", recordElement: "reject", columns: [
        .init("table", .string, allowed: ["facts", "entities", "documents"], "table the record was meant for"),
        .init("doc", .string, "input file path relative to the input root"),
        .init("stage", .string, allowed: StageName.allCases.map(\.rawValue), "stage that produced the record"),
        .init("reason", .string, allowed: RejectReason.allCases.map(\.rawValue), "reason code (docs/outputs.md lists them)"),
        .init("message", .string, "why it was rejected"),
        .init("record", .string, "the rejected record as JSON text"),
    ])

    /// The values in schema order.
    public var fieldValues: [FieldValue] {
        [.string(table), .string(doc), .string(stage.rawValue), .string(reason), .string(message), .string(record)]
    }
}
