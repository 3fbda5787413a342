/// JSON Schema (draft 2020-12) documents for the JSON Lines tables, generated from their `TableSchema`s.
///
/// Every column is required (null stands for absent) and no other key is allowed. Numbers are JSON
/// numbers, or decimal strings where a `Double` cannot hold them (beyond ±2^53, or more digits than
/// it keeps); text is never empty. The patterns are `ValuePattern.regex`, anchored.
public enum JSONSchemaGenerator {
    /// The meta-schema every generated schema declares.
    public static let metaSchema = "https://json-schema.org/draft/2020-12/schema"

    /// The `$id` of a table's or the manifest's schema.
    public static func id(_ name: String) -> String {
        "urn:newsfacts:schema:\(ExtractionRun.schemaVersion):\(name)"
    }

    /// The schema of one line of `<table>.jsonl`.
    public static func schema(for table: TableSchema) -> JSONValue {
        .object([
            ("$schema", .string(metaSchema)),
            ("$id", .string(id(table.name))),
            ("title", .string("NewsFacts \(table.name): one JSON object per line of \(table.name).jsonl")),
            ("description", .string("Schema version \(ExtractionRun.schemaVersion). Generated from the record model by `newsfacts schemas`; do not edit.")),
            ("type", .string("object")),
            ("properties", .object(table.columns.map { ($0.name, property(for: $0)) })),
            ("required", .array(table.columns.map { .string($0.name) })),
            ("additionalProperties", .bool(false)),
        ])
    }

    /// The schema of one column's value.
    static func property(for column: TableSchema.Column) -> JSONValue {
        var members: [(String, JSONValue)] = [("description", .string(column.summary))]
        var types: [String]
        switch column.type {
        case .string: types = ["string"]
        case .integer: types = ["integer"]
        case .number: types = ["number", "string"]
        case .boolean: types = ["boolean"]
        }
        if column.nullable { types.append("null") }
        members.append(("type", types.count == 1 ? .string(types[0]) : .array(types.map { .string($0) })))
        if let allowed = column.allowed {
            var values = allowed.map { JSONValue.string($0) }
            if column.nullable { values.append(.null) }
            members.append(("enum", .array(values)))
        }
        if column.type == .string, column.allowed == nil {
            members.append(("minLength", .integer(1)))
        }
        let pattern = column.type == .number ? ValuePattern.decimal : column.pattern
        if let pattern {
            members.append(("pattern", .string(anchored(pattern))))
        }
        if let minimum = column.minimum {
            members.append(("minimum", .integer(minimum)))
        }
        return .object(members)
    }

    /// A `ValuePattern`'s regex anchored at both ends, as JSON Schema patterns are not.
    public static func anchored(_ pattern: ValuePattern) -> String {
        "^(" + pattern.regex + ")$"
    }
}
