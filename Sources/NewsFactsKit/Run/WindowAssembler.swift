/// Puts the windows of a file read in windows back together as one document, in the collector (which
/// sees them in order): moves each window's records to whole-text offsets and whole-page article
/// numbers, and sums what the document record says.
///
/// Offsets: every `start`, `end` and the span in every `id` gain the window's base offset, so they are
/// code points of the whole decoded file. Articles: a window's articles are numbered after those of
/// the windows before it (a window with text counts at least one). A reject's `record` (JSON text) is
/// moved the same way; its `message` keeps the window's own numbers.
struct WindowAssembler {
    /// The file.
    let file: InputFile
    /// The attempt number of its chunks.
    let attempt: UInt64
    private var articleBase = 0
    private var characters = 0
    private var summary = RunSummary()
    private var date: String?
    private var encoding: TextEncoding?
    private var warnings: [String] = []
    private var seen = Set<String>()
    private var more = 0

    /// The most distinct warnings of the windows listed in the document's message.
    static let warningLimit = 20

    private static let facts = ExtractionRun.tables[TableRow.table(of: FactRecord.self)]
    private static let entities = ExtractionRun.tables[TableRow.table(of: EntityRecord.self)]
    private static let factTable = TableRow.table(of: FactRecord.self)
    private static let entityTable = TableRow.table(of: EntityRecord.self)
    private static let rejectTable = TableRow.table(of: RejectRecord.self)

    /// Starts a document.
    init(file: InputFile, attempt: UInt64) {
        self.file = file
        self.attempt = attempt
    }

    /// Takes the next window; returns its rows in whole-document terms.
    mutating func add(_ output: WindowOutput) -> [TableRow] {
        let base = output.window.base
        let articles = articleBase
        var rows = output.rows
        for i in rows.indices {
            switch rows[i].table {
            case Self.factTable:
                rows[i].values = Self.shifted(rows[i].values, schema: Self.facts, base: base, articles: articles)
            case Self.entityTable:
                rows[i].values = Self.shifted(rows[i].values, schema: Self.entities, base: base, articles: articles)
            case Self.rejectTable:
                rows[i].values = Self.shiftedReject(rows[i].values, base: base, articles: articles)
            default:
                break
            }
        }
        characters += output.characters
        articleBase += output.characters > 0 ? max(output.articles, 1) : 0
        summary.add(output.summary)
        if output.window.index == 0 {
            date = output.date
            encoding = output.window.encoding
        }
        for warning in output.warnings where seen.insert(warning).inserted {
            if warnings.count < Self.warningLimit { warnings.append(warning) } else { more += 1 }
        }
        return rows
    }

    /// The document record, once the last window is in.
    func document(_ end: WindowedFileEnd) -> (DocumentRecord, RunSummary) {
        var problems = end.diagnostics.filter { $0.severity >= .warning }.map(\.message)
        if let emptiness = end.emptiness { problems.append(emptiness) }
        if let failure = end.readFailure { problems.append("\(failure); the text before it was processed") }
        problems += warnings
        if more > 0 { problems.append("and \(more) other warnings") }
        let status: DocumentRecord.Status = end.readFailure != nil ? .error : end.emptiness != nil ? .empty : .ok
        let record = DocumentRecord(
            doc: file.doc, path: file.path, bytes: end.bytes, sha256: end.sha256, encoding: encoding?.rawValue,
            characters: characters, articles: articleBase, facts: summary.facts, entities: summary.entities,
            rejects: summary.rejects, date: date, status: status, message: problems.isEmpty ? nil : problems.joined(separator: "; "))
        var counts = RunSummary()
        counts.add(record)
        counts.rejectedByTable = summary.rejectedByTable
        return (record, counts)
    }

    /// A fact's or entity's values with its span and article moved.
    private static func shifted(_ values: [FieldValue], schema: TableSchema, base: Int, articles: Int) -> [FieldValue] {
        var values = values
        var start = 0
        var end = 0
        for (i, column) in schema.columns.enumerated() where i < values.count {
            switch (column.name, values[i]) {
            case ("start", .integer(let s)): start = s + base; values[i] = .integer(start)
            case ("end", .integer(let e)): end = e + base; values[i] = .integer(end)
            case ("article", .integer(let a)): values[i] = .integer(a + articles)
            default: break
            }
        }
        if let i = schema.columns.firstIndex(where: { $0.name == "id" }), i < values.count,
           case .string(let id) = values[i] {
            values[i] = .string(shiftedID(id, start: start, end: end))
        }
        return values
    }

    /// `doc#S-E` or `doc#type:S-E` with the new span: everything up to the last `#` and, after it, up
    /// to a `:` stays.
    static func shiftedID(_ id: String, start: Int, end: Int) -> String {
        guard let hash = id.lastIndex(of: "#") else { return id }
        let tail = id[id.index(after: hash)...]
        let keep = tail.lastIndex(of: ":").map { id[...$0] } ?? id[...hash]
        return keep + "\(start)-\(end)"
    }

    /// A reject with the JSON of its record moved (facts and entities only; a rejected document date
    /// has no offsets).
    private static func shiftedReject(_ values: [FieldValue], base: Int, articles: Int) -> [FieldValue] {
        let schema = RejectRecord.schema
        guard let tableColumn = schema.columns.firstIndex(where: { $0.name == "table" }),
              let recordColumn = schema.columns.firstIndex(where: { $0.name == "record" }),
              recordColumn < values.count, case .string(let table) = values[tableColumn],
              case .string(let json) = values[recordColumn],
              table == facts.name || table == entities.name,
              case .object(var members) = try? JSONParser.parse(json) else { return values }
        var start = 0
        var end = 0
        for i in members.indices {
            switch (members[i].0, members[i].1) {
            case ("start", .integer(let s)): start = s + base; members[i].1 = .integer(start)
            case ("end", .integer(let e)): end = e + base; members[i].1 = .integer(end)
            case ("article", .integer(let a)): members[i].1 = .integer(a + articles)
            default: break
            }
        }
        if let i = members.firstIndex(where: { $0.0 == "id" }), case .string(let id) = members[i].1 {
            members[i].1 = .string(shiftedID(id, start: start, end: end))
        }
        var values = values
        values[recordColumn] = .string(JSONValue.object(members).compactText)
        return values
    }
}
