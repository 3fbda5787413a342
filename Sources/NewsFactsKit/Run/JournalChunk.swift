/// One entry of the run journal: records of a document and, in the document's last chunk, what the
/// run needs to count it and to skip it on `--resume`.
///
/// A document is written as one chunk, or, when it is read in windows, as one `part` chunk per window
/// and an `end` chunk; all chunks of one attempt at a document carry the same `attempt` number and
/// follow each other in the journal. Only a document whose `end` chunk is in the journal counts as
/// finished.
///
/// On disk: magic `NFCK`, the body's length and CRC-32 (each a little-endian UInt32), then the body:
/// kind, attempt, path, doc, for `end` the SHA-256 and the document's counts, then the rows. A field
/// is a tag byte and its value; a number keeps both its `Double` bits and its exact decimal text, so
/// that a replayed record is the same value the writers saw the first time.
struct JournalChunk: Sendable {
    /// Whether more chunks of the document follow.
    enum Kind: UInt8, Sendable {
        /// Records of a document that continues in the next chunk.
        case part = 1
        /// The document's last chunk.
        case end = 2
    }

    /// The chunk's kind.
    var kind: Kind
    /// The number shared by every chunk of one attempt at a document.
    var attempt: UInt64
    /// The document's `path` (the key for `--resume`).
    var path: String
    /// The document's `doc` (the order of the output).
    var doc: String
    /// The SHA-256 of the file (`end` only; nil when it could not be read).
    var sha256: String?
    /// The document's counts (`end` only).
    var summary = RunSummary()
    /// The records, in output order.
    var rows: [TableRow]

    /// The magic number in front of every chunk (`NFCK` in little-endian order).
    static let magic: UInt32 = 0x4B43_464E
    /// The size of the header in front of the body: magic, length, CRC.
    static let headerSize = 12

    /// The chunk as bytes, header included.
    func encoded() -> [UInt8] {
        var body = ByteWriter()
        body.u8(kind.rawValue)
        body.u64(attempt)
        body.string(path)
        body.string(doc)
        if kind == .end {
            body.string(sha256 ?? "")
            Self.encode(summary, into: &body)
        }
        body.u32(UInt32(rows.count))
        for row in rows { Self.encode(row, into: &body) }
        var out = ByteWriter()
        out.bytes.reserveCapacity(body.bytes.count + Self.headerSize)
        out.u32(Self.magic)
        out.u32(UInt32(body.bytes.count))
        out.u32(CRC32.checksum(body.bytes))
        out.bytes.append(contentsOf: body.bytes)
        return out.bytes
    }

    /// Reads a chunk body (after its header); nil if it is malformed.
    static func decode(body: UnsafeRawBufferPointer, rows wanted: Bool = true) -> JournalChunk? {
        var reader = ByteReader(body)
        guard let kindByte = reader.u8(), let kind = Kind(rawValue: kindByte), let attempt = reader.u64(),
              let path = reader.string(), let doc = reader.string() else { return nil }
        var chunk = JournalChunk(kind: kind, attempt: attempt, path: path, doc: doc, rows: [])
        if kind == .end {
            guard let sha = reader.string(), let summary = decodeSummary(&reader) else { return nil }
            chunk.sha256 = sha.isEmpty ? nil : sha
            chunk.summary = summary
        }
        guard wanted else { return chunk }
        guard let count = reader.u32() else { return nil }
        chunk.rows.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let row = decodeRow(&reader) else { return nil }
            chunk.rows.append(row)
        }
        return reader.atEnd ? chunk : nil
    }

    private static func encode(_ summary: RunSummary, into out: inout ByteWriter) {
        // 3: ok, but decoded with repairs or with a note (what --strict counts).
        let status: UInt8 = summary.errors > 0 ? 2 : summary.empty > 0 ? 1 : summary.warned > 0 ? 3 : 0
        out.u8(status)
        out.i64(summary.bytes)
        out.i64(summary.facts)
        out.i64(summary.entities)
        out.i64(summary.rejects)
        let tables = summary.rejectedByTable.sorted { $0.key < $1.key }
        out.u32(UInt32(tables.count))
        for (table, count) in tables {
            out.string(table)
            out.i64(count)
        }
    }

    private static func decodeSummary(_ reader: inout ByteReader) -> RunSummary? {
        guard let status = reader.u8(), status <= 3, let bytes = reader.i64(), let facts = reader.i64(),
              let entities = reader.i64(), let rejects = reader.i64(), let tables = reader.u32() else { return nil }
        var summary = RunSummary()
        summary.files = 1
        switch status {
        case 0: summary.ok = 1
        case 1: summary.empty = 1
        case 3:
            summary.ok = 1
            summary.warned = 1
        default: summary.errors = 1
        }
        summary.bytes = bytes
        summary.facts = facts
        summary.entities = entities
        summary.rejects = rejects
        for _ in 0..<tables {
            guard let table = reader.string(), let count = reader.i64() else { return nil }
            summary.rejectedByTable[table] = count
        }
        return summary
    }

    private enum Tag: UInt8 {
        case null = 0, string, integer, number, no, yes
    }

    private static func encode(_ row: TableRow, into out: inout ByteWriter) {
        out.u8(UInt8(row.table))
        out.u32(UInt32(row.values.count))
        for value in row.values {
            switch value {
            case .null:
                out.u8(Tag.null.rawValue)
            case .string(let s):
                out.u8(Tag.string.rawValue)
                out.string(s)
            case .integer(let i):
                out.u8(Tag.integer.rawValue)
                out.i64(i)
            case .number(let n):
                out.u8(Tag.number.rawValue)
                out.u64(n.double.bitPattern)
                out.string(n.decimal)
            case .bool(let b):
                out.u8(b ? Tag.yes.rawValue : Tag.no.rawValue)
            }
        }
    }

    private static func decodeRow(_ reader: inout ByteReader) -> TableRow? {
        guard let table = reader.u8(), Int(table) < ExtractionRun.tables.count, let count = reader.u32() else { return nil }
        var values: [FieldValue] = []
        values.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let tagByte = reader.u8(), let tag = Tag(rawValue: tagByte) else { return nil }
            switch tag {
            case .null: values.append(.null)
            case .string:
                guard let s = reader.string() else { return nil }
                values.append(.string(s))
            case .integer:
                guard let i = reader.i64() else { return nil }
                values.append(.integer(i))
            case .number:
                guard let bits = reader.u64(), let decimal = reader.string() else { return nil }
                values.append(.number(ExactNumber(double: Double(bitPattern: bits), decimal: decimal)))
            case .no: values.append(.bool(false))
            case .yes: values.append(.bool(true))
            }
        }
        return TableRow(table: Int(table), values: values)
    }
}
