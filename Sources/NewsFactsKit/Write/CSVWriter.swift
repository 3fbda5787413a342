/// Writes each table to `<table>.csv` (or `<table>.excel.csv`): one header row, one row per record,
/// columns in schema order (see `CSVDialect` for the layout).
public final class CSVWriter: TableFileWriter {
    /// CSV.
    public let format = OutputFormat.csv
    /// The layout written.
    public let dialect: CSVDialect

    /// One table's file and its repeated texts.
    private final class Table {
        let file: AtomicFile
        var cache: RepeatedTextCache

        init(file: AtomicFile, columns: Int) {
            self.file = file
            cache = RepeatedTextCache(columns: columns)
        }
    }

    private var tables: [String: Table] = [:]
    /// The table of the previous record: records come in runs of one table, so this spares the lookup.
    private var last: (name: String, table: Table)?
    private var row = ByteBuffer()

    /// Opens one temporary file per table in `directory` and writes its header.
    public init(directory: String, tables: [TableSchema], dialect: CSVDialect = .rfc4180) throws {
        self.dialect = dialect
        for table in tables {
            let file = try AtomicFile(path: directory + "/" + table.name + dialect.fileSuffix)
            self.tables[table.name] = Table(file: file, columns: table.columns.count)
            var header: [UInt8] = dialect.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
            CSVText.appendRow(table.columns.map { .string($0.name) }, dialect: .rfc4180, to: &header)
            try file.write(header)
        }
    }

    /// The final paths.
    public var paths: [String] { tables.values.map(\.file.path).sorted() }

    /// Appends one record as a row.
    public func write(_ values: [FieldValue], schema: TableSchema) throws {
        let table: Table
        if let last, last.name == schema.name {
            table = last.table
        } else {
            guard let found = tables[schema.name] else { return }
            table = found
            last = (schema.name, found)
        }
        Self.encode(values, neutralize: dialect.neutralizesFormulas, cache: &table.cache, into: &row)
        try row.withBytes { try table.file.write($0) }
    }

    /// One row as `CSVText.appendRow` writes it, with repeated texts from the cache.
    private static func encode(_ values: [FieldValue], neutralize: Bool, cache: inout RepeatedTextCache,
                               into row: inout ByteBuffer) {
        row.removeAll()
        for i in values.indices {
            if i > 0 { row.append(0x2C) }
            switch values[i] {
            case .null: break
            case .string(let s): cache.append(s, column: i, to: &row) { $1.appendCSVCell($0, neutralize: neutralize) }
            case .integer(let n): row.appendDecimal(n)
            case .number(let n): row.append(utf8: n.decimal)
            case .bool(let b): row.append(b ? trueText : falseText)
            }
        }
        row.append(0x0D)
        row.append(0x0A)
    }

    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)

    /// The open file of every table, in table-name order.
    public var tableFiles: [AtomicFile] {
        tables.keys.sorted().compactMap { tables[$0]?.file }
    }
}
