/// Counts of one extraction run, for the manifest, the stderr summary and the exit code.
public struct RunSummary: Sendable, Hashable {
    /// Input files accounted for.
    public var files = 0
    /// Documents processed without error.
    public var ok = 0
    /// Documents with no text.
    public var empty = 0
    /// Documents that could not be read or decoded.
    public var errors = 0
    /// Documents processed, but with a warning (invalid bytes replaced, NUL characters, …).
    public var warned = 0
    /// Bytes read.
    public var bytes = 0
    /// Facts written.
    public var facts = 0
    /// Entities written.
    public var entities = 0
    /// Records rejected by validation.
    public var rejects = 0
    /// Records rejected by validation, by the table they were meant for.
    public var rejectedByTable: [String: Int] = [:]
    /// Wall-clock seconds.
    public var seconds = 0.0
    /// Documents taken from the journal of an earlier, interrupted run (`--resume`) instead of being
    /// processed again; not in the manifest, which is the same however the run got there.
    public var resumed = 0
    /// Things the person running the tool should know (a journal that could not be used).
    public var notes: [String] = []

    /// Creates an empty summary.
    public init() {}

    /// Adds one finished document.
    public mutating func add(_ record: DocumentRecord) {
        files += 1
        switch record.status {
        case .ok:
            ok += 1
            if record.message != nil, record.rejects == 0 { warned += 1 }
        case .empty: empty += 1
        case .error: errors += 1
        }
        bytes += record.bytes ?? 0
        facts += record.facts
        entities += record.entities
        rejects += record.rejects
    }

    /// Adds the counts of other documents (a document's own counts, or a shard's).
    public mutating func add(_ other: RunSummary) {
        files += other.files
        ok += other.ok
        empty += other.empty
        errors += other.errors
        warned += other.warned
        bytes += other.bytes
        facts += other.facts
        entities += other.entities
        rejects += other.rejects
        for (table, count) in other.rejectedByTable { rejectedByTable[table, default: 0] += count }
    }

    /// Counts the rejects of one finished document by table.
    public mutating func add(rejects: [RejectRecord]) {
        for reject in rejects { rejectedByTable[reject.table, default: 0] += 1 }
    }

    /// Records written and rejected per table, as recorded in the manifest's `tables`.
    public var tablesManifestValue: JSONValue {
        func counts(_ written: Int, _ table: String) -> JSONValue {
            .object([("written", .integer(written)), ("rejected", .integer(rejectedByTable[table] ?? 0))])
        }
        return .object([
            ("facts", counts(facts, "facts")),
            ("entities", counts(entities, "entities")),
            ("documents", counts(files, "documents")),
            ("rejects", .object([("written", .integer(rejects))])),
        ])
    }

    /// The one-line summary printed to stderr.
    public var line: String {
        let rate = seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0
        return "newsfacts: \(files) files (\(ok) ok, \(empty) empty, \(errors) failed), \(facts) facts, "
            + "\(entities) entities, \(rejects) rejected in \(String(format1: seconds)) s (\(String(format1: rate)) MB/s)"
            + (resumed > 0 ? "; \(resumed) files resumed from the journal" : "")
    }

    /// The counts as recorded in the manifest.
    public var manifestValue: JSONValue {
        .object([
            ("files", .integer(files)), ("ok", .integer(ok)), ("empty", .integer(empty)),
            ("error", .integer(errors)), ("bytes", .integer(bytes)), ("facts", .integer(facts)),
            ("entities", .integer(entities)), ("rejects", .integer(rejects)),
        ])
    }
}

extension String {
    /// A number with one decimal.
    init(format1 value: Double) {
        let scaled = (value * 10).rounded()
        let whole = Int(scaled / 10)
        let tenth = Int(abs(scaled).truncatingRemainder(dividingBy: 10))
        self = "\(whole).\(tenth)"
    }
}
