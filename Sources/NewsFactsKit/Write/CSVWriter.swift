/// Writes each table to `<table>.csv` (or `<table>.excel.csv`): one header row, one row per record,
/// columns in schema order (see `CSVDialect` for the layout).
public final class CSVWriter: RecordWriter {
    /// CSV.
    public let format = OutputFormat.csv
    /// The layout written.
    public let dialect: CSVDialect
    private var files: [String: AtomicFile] = [:]
    private var row: [UInt8] = []

    /// Opens one temporary file per table in `directory` and writes its header.
    public init(directory: String, tables: [TableSchema], dialect: CSVDialect = .rfc4180) throws {
        self.dialect = dialect
        row.reserveCapacity(4096)
        for table in tables {
            let file = try AtomicFile(path: directory + "/" + table.name + dialect.fileSuffix)
            files[table.name] = file
            row.removeAll(keepingCapacity: true)
            if dialect.byteOrderMark { row.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
            CSVText.appendRow(table.columns.map { .string($0.name) }, dialect: .rfc4180, to: &row)
            try file.write(row)
        }
    }

    /// The final paths.
    public var paths: [String] { files.values.map(\.path).sorted() }

    /// Appends one record as a row.
    public func write(_ values: [FieldValue], schema: TableSchema) throws {
        guard let file = files[schema.name] else { return }
        row.removeAll(keepingCapacity: true)
        CSVText.appendRow(values, dialect: dialect, to: &row)
        try file.write(row)
    }

    /// Flushes and syncs every file under its temporary name.
    public func seal() throws {
        for name in files.keys.sorted() { try files[name]?.seal() }
    }

    /// Renames every file into place.
    public func commit() throws {
        for name in files.keys.sorted() { try files[name]?.commit() }
    }

    /// Removes the temporary files.
    public func discard() {
        for file in files.values { file.discard() }
    }
}
