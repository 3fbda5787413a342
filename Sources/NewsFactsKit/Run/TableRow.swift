/// One output record as every writer receives it: the table (an index into `ExtractionRun.tables`)
/// and its values in column order.
struct TableRow: Sendable {
    /// The index of the table in `ExtractionRun.tables`.
    var table: Int
    /// The values, one per column.
    var values: [FieldValue]

    /// The row of a record.
    init<R: OutputRecord>(_ record: R) {
        self.table = ExtractionRun.tables.firstIndex { $0.name == R.schema.name } ?? 0
        self.values = record.fieldValues
    }

    /// A row of given values.
    init(table: Int, values: [FieldValue]) {
        self.table = table
        self.values = values
    }

    /// The table's index in `ExtractionRun.tables` for a record type.
    static func table<R: OutputRecord>(of type: R.Type) -> Int {
        ExtractionRun.tables.firstIndex { $0.name == R.schema.name } ?? 0
    }
}
