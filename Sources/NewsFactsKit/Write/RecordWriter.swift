/// A sink for output records in one format: it streams rows to temporary files and renames them into
/// place on `commit()`.
///
/// Every writer receives the same rows in the same order, so the formats hold identical records.
public protocol RecordWriter: AnyObject {
    /// The format this writer produces.
    var format: OutputFormat { get }
    /// The final paths of the files it writes.
    var paths: [String] { get }
    /// Appends one record of a table.
    func write(_ values: [FieldValue], schema: TableSchema) throws
    /// Finishes every file and syncs it to disk under its temporary name (where a full disk shows).
    func seal() throws
    /// Finishes every file (sealing it if needed) and renames it to its final name.
    func commit() throws
    /// Removes the temporary files.
    func discard()
}

extension RecordWriter {
    /// Appends one record.
    public func write<R: OutputRecord>(_ record: R) throws {
        try write(record.fieldValues, schema: R.schema)
    }
}
