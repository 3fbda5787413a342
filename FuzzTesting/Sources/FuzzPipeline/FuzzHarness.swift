import Foundation
import NewsFactsKit

/// What every fuzz input goes through, and the properties that must hold; a broken property aborts,
/// which libFuzzer reports as a crash with the input that caused it.
///
/// 1. The whole per-document pipeline (decode → … → validate stage) over the bytes as one file.
/// 2. Every record: offsets inside the decoded text, `mention` equal to the text at its offsets,
///    unique ids; the document record's counts equal to the records.
/// 3. In memory: every record as a JSON Lines object that parses back with all its keys; every text
///    field's XML escaped form free of characters XML 1.0 forbids and decoding back to the text; every
///    CSV row (both dialects) ending in CRLF, and no Excel text cell starting with a formula character.
/// 4. On disk, for one input in `NEWSFACTS_FUZZ_DISK` (default 8; 1 = every input, 0 = never): a real
///    extraction run over a folder holding the bytes as a file, into a scratch folder on tmpfs, writing
///    every format; then `newsfacts validate --sources` (the `OutputValidator`) must find nothing, the
///    tool's promise for any input. It costs about fifteen in-memory checks, hence the sampling; which
///    inputs are sampled depends only on their bytes (FNV-1a), so a crash input reproduces.
final class FuzzHarness: Sendable {
    /// Loaded once: resource tables are the slow part of start-up.
    static let shared = FuzzHarness()

    let pipeline: Pipeline
    let rules: RecordRules
    let diskEvery: UInt64
    let scratch: String

    private init() {
        do {
            pipeline = try Pipeline.standard()
            rules = try RecordRules()
        } catch {
            fatalError("cannot load NewsFacts resources: \(error)")
        }
        diskEvery = ProcessInfo.processInfo.environment["NEWSFACTS_FUZZ_DISK"].flatMap { UInt64($0) } ?? 8
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        scratch = base + "/newsfacts-fuzz-\(getpid())"
    }

    /// Runs every check over one input.
    func check(_ bytes: [UInt8]) {
        let context = pipeline.process(InputDocument(doc: "fuzz.txt", path: "fuzz.txt", bytes: bytes))
        checkRecords(context)
        checkEncodings(context)
        if diskEvery > 0, Self.fnv1a(bytes) % diskEvery == 0 { checkRun(bytes) }
    }

    private static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return hash
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("FUZZ PROPERTY BROKEN: \(message)\n".utf8))
        abort()
    }

    private func checkRecords(_ context: DocumentContext) {
        let text = context.source
        var ids = Set<String>()
        func span(_ kind: String, _ id: String, _ start: Int, _ end: Int, _ mention: String) {
            guard 0 <= start, start < end, end <= text.count else {
                fail("\(kind) \(id): offsets \(start)..<\(end) outside the text of \(text.count) characters")
            }
            guard text.string(start..<end) == mention else {
                fail("\(kind) \(id): mention \(mention.debugDescription) is not the text at \(start)..<\(end)")
            }
            guard ids.insert(id).inserted else { fail("\(kind) id \(id) is not unique") }
        }
        for f in context.facts { span("fact", f.id, f.start, f.end, f.mention) }
        for e in context.entities { span("entity", e.id, e.start, e.end, e.mention) }
        let document = context.documentRecord
        guard document.facts == context.facts.count, document.entities == context.entities.count,
              document.rejects == context.rejects.count else {
            fail("document counts \(document.facts)/\(document.entities)/\(document.rejects) differ from the records")
        }
        if document.status == .ok, document.characters != text.count {
            fail("document characters \(String(describing: document.characters)) but the text has \(text.count)")
        }
    }

    private func checkEncodings(_ context: DocumentContext) {
        var rows: [(TableSchema, [FieldValue])] = []
        rows += context.facts.map { (FactRecord.schema, $0.fieldValues) }
        rows += context.entities.map { (EntityRecord.schema, $0.fieldValues) }
        rows += context.rejects.map { (RejectRecord.schema, $0.fieldValues) }
        rows.append((DocumentRecord.schema, context.documentRecord.fieldValues))
        var line: [UInt8] = []
        for (schema, values) in rows {
            line.removeAll(keepingCapacity: true)
            JSONText.appendObject(values, schema: schema, to: &line)
            do {
                let parsed = try JSONParser.parse(line)
                guard case .object(let members) = parsed, members.count == schema.columns.count else {
                    fail("\(schema.name) JSON has the wrong shape: \(String(decoding: line, as: UTF8.self))")
                }
            } catch {
                fail("\(schema.name) JSON does not parse (\(error)): \(String(decoding: line, as: UTF8.self))")
            }
            for dialect in [CSVDialect.rfc4180, CSVDialect.excel] {
                line.removeAll(keepingCapacity: true)
                CSVText.appendRow(values, dialect: dialect, to: &line)
                guard line.suffix(2).elementsEqual([0x0D, 0x0A]) else { fail("\(schema.name) CSV row does not end in CRLF") }
            }
            for case .string(let s) in values {
                let escaped = XMLTextNotation.escape(s)
                guard !escaped.unicodeScalars.contains(where: { !XMLTextNotation.isLegal($0.value) }) else {
                    fail("XML escaped form keeps an illegal character: \(s.debugDescription)")
                }
                guard (try? XMLTextNotation.unescape(escaped)) == s else {
                    fail("XML escaped form does not decode back: \(s.debugDescription)")
                }
                if !dialectCellIsSafe(s) { fail("Excel cell would start with a formula character: \(s.debugDescription)") }
            }
        }
    }

    /// Whether the Excel variant writes `s` so that it does not start with a formula character.
    private func dialectCellIsSafe(_ s: String) -> Bool {
        var cell: [UInt8] = []
        CSVText.appendString(s, neutralize: true, to: &cell)
        let body = cell.first == 0x22 ? cell.dropFirst() : cell[...]
        guard let first = body.first else { return true }
        return ![0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first)
    }

    /// A real run over a folder holding the bytes, then the output validator over its output.
    private func checkRun(_ bytes: [UInt8]) {
        let input = scratch + "/in"
        let output = scratch + "/out"
        let fm = FileManager.default
        try? fm.removeItem(atPath: output)
        do {
            try fm.createDirectory(atPath: input, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: input + "/fuzz.txt"))
        } catch {
            fail("cannot write the scratch input: \(error)")
        }
        let options = ExtractOptions(inputs: [input], output: output, excel: true)
        do {
            _ = try ExtractionRun(options: options, pipeline: pipeline).run()
        } catch {
            fail("the run could not write its output: \(error)")
        }
        var validator = OutputValidator(directory: output, rules: rules)
        validator.checkSources = true
        let report = validator.run()
        guard report.isValid else { fail("newsfacts validate rejects the output:\n\(report.text)") }
    }
}
