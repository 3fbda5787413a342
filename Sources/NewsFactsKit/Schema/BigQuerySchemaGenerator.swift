/// BigQuery table schemas (`bq load --schema=schemas/bigquery/facts.json`), generated from the
/// `TableSchema`s: one JSON array of `{name, type, mode, description}` per table.
///
/// Amounts are `FLOAT64`: `NUMERIC` keeps only 9 decimals and `BIGNUMERIC` 76 digits, and a load fails
/// on a value it cannot hold; the exact digits stay in the JSONL and CSV text.
public enum BigQuerySchemaGenerator {
    /// The schema file of a table.
    public static func schema(for table: TableSchema) -> JSONValue {
        .array(table.columns.map { column in
            let type: String
            switch column.type {
            case .string: type = "STRING"
            case .integer: type = "INT64"
            case .number: type = "FLOAT64"
            case .boolean: type = "BOOL"
            }
            return .object([
                ("name", .string(column.name)),
                ("type", .string(type)),
                ("mode", .string(column.nullable ? "NULLABLE" : "REQUIRED")),
                ("description", .string(column.summary)),
            ])
        })
    }
}
