/// The records of a whole document, ready for the writers and the journal.
///
/// Workers make it, so that turning records into rows and encoding the journal chunk run on every
/// core instead of in the collector.
struct DocumentOutput: Sendable {
    /// The document's key.
    var doc: String
    /// Facts, entities, rejects, then the document record.
    var rows: [TableRow]
    /// The journal chunk holding the same rows.
    var chunk: [UInt8]
    /// The document's counts.
    var summary: RunSummary

    /// The output of a processed document.
    init(_ context: DocumentContext, attempt: UInt64) {
        self.init(document: context.documentRecord, facts: context.facts, entities: context.entities,
                  rejects: context.rejects, attempt: attempt)
    }

    /// The output of a document record and its records.
    init(document: DocumentRecord, facts: [FactRecord] = [], entities: [EntityRecord] = [],
         rejects: [RejectRecord] = [], attempt: UInt64) {
        var rows: [TableRow] = []
        rows.reserveCapacity(facts.count + entities.count + rejects.count + 1)
        for fact in facts { rows.append(TableRow(fact)) }
        for entity in entities { rows.append(TableRow(entity)) }
        for reject in rejects { rows.append(TableRow(reject)) }
        rows.append(TableRow(document))
        var summary = RunSummary()
        summary.add(document)
        summary.add(rejects: rejects)
        self.doc = document.doc
        self.rows = rows
        self.summary = summary
        self.chunk = JournalChunk(kind: .end, attempt: attempt, path: document.path, doc: document.doc,
                                  sha256: document.sha256, summary: summary, rows: rows).encoded()
    }
}
