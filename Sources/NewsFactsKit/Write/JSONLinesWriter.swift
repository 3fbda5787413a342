/// Writes each table to `<table>.jsonl`: UTF-8 without BOM, LF, one object per line, keys in schema order.
public final class JSONLinesWriter: RecordWriter {
    /// JSON Lines.
    public let format = OutputFormat.jsonl
    private var files: [String: AtomicFile] = [:]
    private var keys: [String: [[UInt8]]] = [:]
    private var line: [UInt8] = []

    /// Opens one temporary file per table in `directory`.
    public init(directory: String, tables: [TableSchema]) throws {
        for table in tables {
            files[table.name] = try AtomicFile(path: directory + "/" + table.name + ".jsonl")
            keys[table.name] = JSONText.keys(of: table)
        }
        line.reserveCapacity(4096)
    }

    /// The final paths.
    public var paths: [String] { files.values.map(\.path).sorted() }

    /// Appends one record as a line.
    public func write(_ values: [FieldValue], schema: TableSchema) throws {
        guard let file = files[schema.name] else { return }
        line.removeAll(keepingCapacity: true)
        JSONText.appendObject(values, keys: keys[schema.name] ?? JSONText.keys(of: schema), to: &line)
        line.append(0x0A)
        try file.write(line)
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
