import Foundation

/// Re-checks an output folder as `newsfacts validate DIR` does.
///
/// - `manifest.json` against its JSON Schema; its counts against the files; every format it lists
///   present, and no output file it does not list (a stale file from another run).
/// - Each table's files: JSONL line by line against the JSON Schema (`JSONLRowSource`), CSV and its
///   Excel variant by header, field count and cell types (`CSVRowSource`), `newsfacts.xml` against the
///   XSD through libxml2 (`XMLRecordReader`).
/// - The same records everywhere: row by row, field by field, against the reference file of the table
///   (its JSONL, else its CSV), so that the first difference names file, line, record and field.
/// - The record rules (`RecordRules`) on the reference rows, with what `documents` says of each
///   document (length, articles); keys unique; every `doc` in `documents`; each document's counts
///   equal to the records written for it.
///
/// - With `checkSources`, every span against the original text of its document.
///
/// Files are streamed; memory grows only with the number of keys and documents.
public struct OutputValidator {
    /// The folder checked.
    public var directory: String
    /// The record rules.
    public var rules: RecordRules
    /// The tables expected.
    public var tables: [TableSchema] = ExtractionRun.tables
    /// Whether to read the input files named in `documents` and compare every span with the text
    /// (`text[start:end] == mention`); a file that is missing or changed is noted and skipped.
    public var checkSources = false

    /// Creates a validator for a folder.
    public init(directory: String, rules: RecordRules) {
        self.directory = directory
        self.rules = rules
    }

    /// What is known of one document from `documents`, and what the other tables hold for it.
    private struct DocumentTally {
        var characters: Int?
        var articles: Int
        var bytes: Int
        var status: DocumentRecord.Status
        var declared: [String: Int]
        var found: [String: Int] = [:]
        var line: Int
    }

    /// Runs every check.
    public func run() -> OutputReport {
        var report = OutputReport(directory: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            report.add(directory, "is not a folder")
            return report
        }
        let manifest = checkManifest(&report)
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        let formats = manifest?.formats ?? Set(OutputFormat.allCases.filter { format in
            tables.contains { present.contains(fileName($0, format)) } || (format == .xml && present.contains(XMLWriter.fileName))
        })
        let excel = manifest?.excel ?? tables.contains { present.contains($0.name + CSVDialect.excel.fileSuffix) }
        checkFilesPresent(formats: formats, excel: excel, present: present, &report)

        var documents: [String: DocumentTally] = [:]
        let texts = checkSources ? SourceTexts() : nil
        var rejectedByTable: [String: Int] = [:]
        var written: [String: Int] = [:]
        // documents first: the other tables are checked against what it says of each document.
        let ordered = tables.filter { $0.name == DocumentRecord.schema.name } + tables.filter { $0.name != DocumentRecord.schema.name }
        for table in ordered {
            var sources: [any RowSource] = []
            if formats.contains(.jsonl), present.contains(table.name + ".jsonl"),
               let source = jsonlSource(table, quiet: false, &report) {
                sources.append(source)
            }
            if formats.contains(.csv), present.contains(table.name + CSVDialect.rfc4180.fileSuffix) {
                sources.append(CSVRowSource(directory: directory, schema: table, dialect: .rfc4180, report: &report))
            }
            if excel, present.contains(table.name + CSVDialect.excel.fileSuffix) {
                sources.append(CSVRowSource(directory: directory, schema: table, dialect: .excel, report: &report))
            }
            report.files += sources.map(\.file)
            guard !sources.isEmpty else { continue }
            var keys = Set<String>()
            compareInLockstep(sources, table, &report) { row, file, report in
                guard let values = row.values else { return }
                check(values, table: table, line: row.line, file: file, keys: &keys, documents: &documents,
                      texts: texts, rejectedByTable: &rejectedByTable, &report)
            }
            written[table.name] = report.records[table.name]
        }

        if formats.contains(.xml), present.contains(XMLWriter.fileName) {
            report.files.append(XMLWriter.fileName)
            checkXML(present: present, formats: formats, excel: excel, &report)
        }

        checkTallies(documents, &report)
        if let texts {
            report.notes.append("spans compared with the text of \(texts.checked.count) documents")
            if !texts.unchecked.isEmpty {
                report.notes.append("\(texts.unchecked.count) documents' files are missing or changed; their spans were checked against their length only")
            }
        }
        if let manifest { checkManifestCounts(manifest, written: written, rejected: rejectedByTable, documents: documents, &report) }
        return report
    }

    // MARK: - Manifest

    private struct Manifest {
        var formats: Set<OutputFormat>
        var excel: Bool
        var json: JSONValue
    }

    private func checkManifest(_ report: inout OutputReport) -> Manifest? {
        let file = "manifest.json"
        guard let data = FileManager.default.contents(atPath: directory + "/" + file) else {
            report.add(file, "is missing; a finished run always writes it")
            return nil
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(Array(data))
        } catch {
            report.add(file, "not JSON: \(error)")
            return nil
        }
        do {
            let validator = try JSONSchemaValidator(schema: ManifestSchema.schema)
            for violation in validator.validate(json) {
                report.add(file, field: violation.path.isEmpty ? nil : violation.path, violation.message + " (JSON Schema)")
            }
        } catch {
            report.add(file, "cannot apply the manifest schema: \(error)")
        }
        guard case .array(let list)? = json["options"]?["formats"] else { return nil }
        let formats = Set(list.compactMap { $0.stringValue.flatMap(OutputFormat.init(rawValue:)) })
        let excel = json["options"]?["excel"] == .bool(true)
        return Manifest(formats: formats, excel: excel, json: json)
    }

    private func checkManifestCounts(_ manifest: Manifest, written: [String: Int], rejected: [String: Int],
                                     documents: [String: DocumentTally], _ report: inout OutputReport) {
        let file = "manifest.json"
        func expect(_ path: [String], _ actual: Int?, _ what: String) {
            guard let actual else { return }
            var node: JSONValue? = manifest.json
            for key in path { node = node?[key] }
            guard case .integer(let stated)? = node else { return }
            if stated != actual {
                report.add(file, field: path.joined(separator: "."), "says \(stated), but \(what) holds \(actual)")
            }
        }
        expect(["counts", "files"], written["documents"], "documents")
        expect(["counts", "facts"], written["facts"], "facts")
        expect(["counts", "entities"], written["entities"], "entities")
        expect(["counts", "rejects"], written["rejects"], "rejects")
        for table in ["facts", "entities", "documents"] {
            expect(["tables", table, "written"], written[table], table)
            if written["rejects"] != nil {
                expect(["tables", table, "rejected"], rejected[table] ?? 0, "rejects for \(table)")
            }
        }
        expect(["tables", "rejects", "written"], written["rejects"], "rejects")
        if written["documents"] != nil {
            for status in DocumentRecord.Status.allCases {
                expect(["counts", status.rawValue], documents.values.filter { $0.status == status }.count,
                       "documents with status \(status.rawValue)")
            }
            expect(["counts", "bytes"], documents.values.reduce(0) { $0 + $1.bytes }, "the sum of documents' bytes")
        }
    }

    private func checkFilesPresent(formats: Set<OutputFormat>, excel: Bool, present: Set<String>, _ report: inout OutputReport) {
        for table in tables {
            for format in OutputFormat.allCases where format != .xml {
                let name = fileName(table, format)
                if formats.contains(format), !present.contains(name) { report.add(name, "is missing") }
                if !formats.contains(format), present.contains(name) {
                    report.add(name, "is not among the manifest's formats: it is left from another run")
                }
            }
            let excelName = table.name + CSVDialect.excel.fileSuffix
            if excel, !present.contains(excelName) { report.add(excelName, "is missing") }
            if !excel, present.contains(excelName) { report.add(excelName, "the manifest has no --excel: it is left from another run") }
        }
        if formats.contains(.xml), !present.contains(XMLWriter.fileName) { report.add(XMLWriter.fileName, "is missing") }
        if !formats.contains(.xml), present.contains(XMLWriter.fileName) {
            report.add(XMLWriter.fileName, "is not among the manifest's formats: it is left from another run")
        }
        for name in present.sorted() where name.hasPrefix(".") && name.contains(".tmp-") {
            report.add(name, "a temporary file of an unfinished run")
        }
    }

    private func fileName(_ table: TableSchema, _ format: OutputFormat) -> String {
        switch format {
        case .jsonl: return table.name + ".jsonl"
        case .csv: return table.name + CSVDialect.rfc4180.fileSuffix
        case .xml: return XMLWriter.fileName
        }
    }

    // MARK: - Tables

    private func jsonlSource(_ table: TableSchema, quiet: Bool, _ report: inout OutputReport) -> JSONLRowSource? {
        do {
            let validator = try JSONSchemaValidator(schema: JSONSchemaGenerator.schema(for: table))
            return try JSONLRowSource(directory: directory, schema: table, validator: validator, quiet: quiet)
        } catch {
            if !quiet { report.add(table.name + ".jsonl", "\(error)") }
            return nil
        }
    }

    /// The text files of a table, read again quietly, for the XML comparison.
    private func referenceSources(_ table: TableSchema, formats: Set<OutputFormat>, excel: Bool, present: Set<String>) -> [any RowSource] {
        var ignored = OutputReport(directory: directory)
        var sources: [any RowSource] = []
        if formats.contains(.jsonl), present.contains(table.name + ".jsonl"), let source = jsonlSource(table, quiet: true, &ignored) {
            sources.append(source)
        }
        if formats.contains(.csv), present.contains(table.name + CSVDialect.rfc4180.fileSuffix) {
            sources.append(CSVRowSource(directory: directory, schema: table, dialect: .rfc4180, quiet: true, report: &ignored))
        }
        if excel, present.contains(table.name + CSVDialect.excel.fileSuffix) {
            sources.append(CSVRowSource(directory: directory, schema: table, dialect: .excel, quiet: true, report: &ignored))
        }
        return sources
    }

    /// Reads the files of a table together, comparing each row with the one most files agree on (the
    /// first file's on a tie), so that a corruption in one file is blamed on that file; `each` sees that
    /// base row.
    private func compareInLockstep(_ sources: [any RowSource], _ table: TableSchema,
                                   _ report: inout OutputReport, each: (Row, String, inout OutputReport) -> Void) {
        guard let reference = sources.first else { return }
        var open = Array(repeating: true, count: sources.count)
        var referenceRows = 0
        while let first = reference.next(&report) {
            referenceRows += 1
            var rows: [(Row, String)] = [(first, reference.file)]
            for (i, other) in sources.enumerated().dropFirst() where open[i] {
                guard let row = other.next(&report) else {
                    report.add(other.file, "has \(referenceRows - 1) records; \(reference.file) has more")
                    open[i] = false
                    continue
                }
                rows.append((row, other.file))
            }
            if let values = first.values, rows.dropFirst().allSatisfy({ Self.same(values, $0.0.values) }) {
                // The usual case: every file agrees with the reference.
                each(first, reference.file, &report)
                continue
            }
            guard let base = Self.majority(rows) else { continue }
            each(base.0, base.1, &report)
            for (row, file) in rows where file != base.1 {
                compare(base.0, base.1, row, file, table, &report)
            }
        }
        for (i, other) in sources.enumerated().dropFirst() where open[i] {
            if let extra = other.next(&report) {
                var more = 1
                while other.next(&report) != nil { more += 1 }
                report.add(other.file, line: extra.line, "has \(more) more records than \(reference.file) (\(referenceRows))")
            }
        }
        report.records[table.name] = referenceRows
    }

    /// Whether two rows hold the same data.
    private static func same(_ a: [FieldValue], _ b: [FieldValue]?) -> Bool {
        guard let b, a.count == b.count else { return false }
        return zip(a, b).allSatisfy { $0.sameDatum(as: $1) }
    }

    /// The row that most of `rows` hold (broken rows never win; the earliest wins a tie).
    private static func majority(_ rows: [(Row, String)]) -> (Row, String)? {
        var best: (Row, String)?
        var bestVotes = 0
        for candidate in rows {
            guard let values = candidate.0.values else { continue }
            let votes = rows.filter { same(values, $0.0.values) }.count
            if votes > bestVotes {
                best = candidate
                bestVotes = votes
            }
        }
        return best
    }

    /// Reports every field in which `theirs` differs from the reference row.
    private func compare(_ ours: Row, _ ourFile: String, _ theirs: Row, _ theirFile: String, _ table: TableSchema,
                         _ report: inout OutputReport) {
        guard let a = ours.values, let b = theirs.values else { return }
        let key = table.recordKey(a)
        for (i, column) in table.columns.enumerated() where i < a.count && i < b.count && !a[i].sameDatum(as: b[i]) {
            report.add(theirFile, line: theirs.line, record: key, field: column.name,
                       "is \(b[i].reportText); \(ourFile):\(ours.line) has \(a[i].reportText)")
        }
    }

    private func checkXML(present: Set<String>, formats: Set<OutputFormat>, excel: Bool, _ report: inout OutputReport) {
        let file = XMLWriter.fileName
        let reader: XMLRecordReader
        do {
            reader = try XMLRecordReader(path: directory + "/" + file, xsd: try XSDGenerator.schema(tables: tables),
                                         tables: tables, schemaVersion: ExtractionRun.schemaVersion)
        } catch {
            report.add(file, "\(error)")
            return
        }
        var references: [String: [any RowSource]] = [:]
        var exhausted = Set<String>()
        var counts: [String: Int] = [:]
        var ignored = OutputReport(directory: directory)
        func flush() {
            for problem in reader.takeProblems() { report.add(file, line: problem.line, problem.message) }
        }
        while let record = reader.next() {
            flush()
            let name = record.table.name
            counts[name, default: 0] += 1
            guard !exhausted.contains(name) else { continue }
            if references[name] == nil {
                references[name] = referenceSources(record.table, formats: formats, excel: excel, present: present)
            }
            guard let sources = references[name], let reference = sources.first else { continue }
            let rows = sources.map { $0.next(&ignored) }
            guard let first = rows.first, first != nil else {
                report.add(file, line: record.line, "has more \(name) records than \(reference.file)")
                exhausted.insert(name)
                continue
            }
            let candidates = zip(rows, sources).compactMap { row, source in row.map { ($0, source.file) } }
            if let values = record.values, let first = candidates.first, Self.same(values, first.0.values),
               candidates.dropFirst().allSatisfy({ Self.same(values, $0.0.values) }) {
                continue
            }
            guard let base = Self.majority(candidates) else { continue }
            compare(base.0, base.1, Row(values: record.values, line: record.line), file, record.table, &report)
        }
        flush()
        for (name, sources) in references.sorted(by: { $0.key < $1.key }) where !exhausted.contains(name) {
            if let reference = sources.first, reference.next(&ignored) != nil {
                report.add(file, "has \(counts[name] ?? 0) \(name) records; \(reference.file) has more")
            }
        }
        for table in tables where counts[table.name] == nil && (report.records[table.name] ?? 0) > 0 {
            report.add(file, "has no \(table.name) records; the other formats have \(report.records[table.name] ?? 0)")
        }
    }

    // MARK: - Records

    private func check(_ values: [FieldValue], table: TableSchema, line: Int, file: String, keys: inout Set<String>,
                       documents: inout [String: DocumentTally], texts: SourceTexts?, rejectedByTable: inout [String: Int],
                       _ report: inout OutputReport) {
        let key = table.recordKey(values)
        if let key, table.key != nil, !keys.insert(key).inserted {
            report.add(file, line: line, record: key, field: table.key, "repeats an earlier record's key (\(RejectReason.idDuplicate.rawValue))")
        }
        let doc = table.index(of: "doc").flatMap { values[$0].stringValue }
        var scope = RecordScope(doc: nil)
        if table.name != DocumentRecord.schema.name, let doc {
            if var tally = documents[doc] {
                tally.found[table.name, default: 0] += 1
                documents[doc] = tally
                let text = table.name == FactRecord.schema.name || table.name == EntityRecord.schema.name
                    ? texts?.text(for: doc) : nil
                scope = RecordScope(characters: tally.characters, source: text, articles: tally.articles)
            } else {
                report.add(file, line: line, record: key, field: "doc", "\(RecordRules.quoted(doc)) has no row in documents")
            }
        }
        var problems: [RecordProblem] = []
        switch table.name {
        case FactRecord.schema.name:
            if let fact = FactRecord(fieldValues: values) { problems = rules.check(fact, scope: scope) }
        case EntityRecord.schema.name:
            if let entity = EntityRecord(fieldValues: values) { problems = rules.check(entity, scope: scope) }
        case DocumentRecord.schema.name:
            if let document = DocumentRecord(fieldValues: values) {
                problems = rules.check(document, scope: scope)
                texts?.register(document)
                if documents[document.doc] == nil {
                    documents[document.doc] = DocumentTally(
                        characters: document.characters, articles: document.articles, bytes: document.bytes ?? 0,
                        status: document.status,
                        declared: ["facts": document.facts, "entities": document.entities, "rejects": document.rejects],
                        line: line)
                }
            }
        case RejectRecord.schema.name:
            if let reject = RejectRecord(fieldValues: values) {
                problems = rules.checkFields(values, schema: table)
                rejectedByTable[reject.table, default: 0] += 1
                if case .object? = try? JSONParser.parse(reject.record) {} else {
                    problems.append(RecordProblem(.fieldType, field: "record", "is not a JSON object"))
                }
            }
        default:
            problems = rules.checkFields(values, schema: table)
        }
        for problem in problems {
            report.add(file, line: line, record: key, field: problem.field, "\(problem.message) (\(problem.reason.rawValue))")
        }
    }

    private func checkTallies(_ documents: [String: DocumentTally], _ report: inout OutputReport) {
        for (doc, tally) in documents.sorted(by: { $0.value.line < $1.value.line }) {
            for table in ["facts", "entities", "rejects"] {
                let declared = tally.declared[table] ?? 0
                let found = tally.found[table] ?? 0
                if declared != found, tablesChecked(table) {
                    report.add(DocumentRecord.schema.name + ".jsonl", line: tally.line, record: doc, field: table,
                               "says \(declared), but \(table) holds \(found) for this document")
                }
            }
        }
    }

    private func tablesChecked(_ table: String) -> Bool {
        tables.contains { $0.name == table }
    }
}
