/// Writes each table to `<table>.jsonl`: UTF-8 without BOM, LF, one object per line, keys in schema order.
public final class JSONLinesWriter: TableFileWriter {
    /// JSON Lines.
    public let format = OutputFormat.jsonl

    /// One table's file, its keys encoded once, and its repeated texts.
    private final class Table {
        let file: AtomicFile
        /// Every column's `"name":`, one after the other: key `i` is `keys[keyStarts[i]..<keyStarts[i + 1]]`.
        let keys: [UInt8]
        let keyStarts: [Int]
        var cache: RepeatedTextCache

        init(file: AtomicFile, schema: TableSchema) {
            self.file = file
            var keys: [UInt8] = []
            var starts = [0]
            for key in JSONText.keys(of: schema) {
                keys += key
                starts.append(keys.count)
            }
            self.keys = keys
            keyStarts = starts
            cache = RepeatedTextCache(columns: schema.columns.count)
        }
    }

    private var tables: [String: Table] = [:]
    /// The table of the previous record: records come in runs of one table, so this spares the lookup.
    private var last: (name: String, table: Table)?
    private var line = ByteBuffer()

    /// Opens one temporary file per table in `directory`.
    public init(directory: String, tables: [TableSchema]) throws {
        for table in tables {
            self.tables[table.name] = Table(file: try AtomicFile(path: directory + "/" + table.name + ".jsonl"), schema: table)
        }
    }

    /// The final paths.
    public var paths: [String] { tables.values.map(\.file.path).sorted() }

    /// Appends one record as a line.
    public func write(_ values: [FieldValue], schema: TableSchema) throws {
        let table: Table
        if let last, last.name == schema.name {
            table = last.table
        } else {
            guard let found = tables[schema.name] else { return }
            table = found
            last = (schema.name, found)
        }
        Self.encode(values, keys: table.keys, keyStarts: table.keyStarts, cache: &table.cache, into: &line)
        try line.withBytes { try table.file.write($0) }
    }

    /// One line: the object of `JSONText.appendObject` and a line feed, with repeated texts from the cache.
    private static func encode(_ values: [FieldValue], keys: [UInt8], keyStarts: [Int], cache: inout RepeatedTextCache,
                               into line: inout ByteBuffer) {
        line.removeAll()
        line.append(0x7B)
        keys.withUnsafeBufferPointer { keys in
            for i in 0..<keyStarts.count - 1 {
                if i > 0 { line.append(0x2C) }
                line.append(UnsafeBufferPointer(rebasing: keys[keyStarts[i]..<keyStarts[i + 1]]))
                guard i < values.count else {
                    line.append(nullText)
                    continue
                }
                switch values[i] {
                case .null: line.append(nullText)
                case .string(let s): cache.append(s, column: i, to: &line) { $1.appendJSONString($0) }
                case .integer(let n): line.appendDecimal(n)
                case .number(let n):
                    if n.isSafeDouble { line.append(utf8: n.decimal) } else { line.appendJSONString(n.decimal) }
                case .bool(let b): line.append(b ? trueText : falseText)
                }
            }
        }
        line.append(0x7D)
        line.append(0x0A)
    }

    private static let nullText = Array("null".utf8)
    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)

    /// The open file of every table, in table-name order.
    public var tableFiles: [AtomicFile] {
        tables.keys.sorted().compactMap { tables[$0]?.file }
    }
}
