import Foundation
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// JSONL, CSV, the Excel CSV and the XML of one run hold the same records, field for field and code
/// point for code point, and those are the records the pipeline produced.
@Suite struct CrossFormatTests {
    /// Reads every row of a table from one format.
    static func rows(_ directory: String, _ table: TableSchema, _ format: String) throws -> [[FieldValue]?] {
        var report = OutputReport(directory: directory)
        var rows: [[FieldValue]?] = []
        switch format {
        case "xml":
            let reader = try XMLRecordReader(path: directory + "/newsfacts.xml", xsd: try XSDGenerator.schema(),
                                             tables: ExtractionRun.tables, schemaVersion: ExtractionRun.schemaVersion)
            while let record = reader.next() {
                if record.table.name == table.name { rows.append(record.values) }
            }
            #expect(reader.takeProblems().isEmpty)
        case "jsonl":
            let source = try JSONLRowSource(directory: directory, schema: table,
                                            validator: try JSONSchemaValidator(schema: JSONSchemaGenerator.schema(for: table)))
            while let row = source.next(&report) { rows.append(row.values) }
        default:
            let dialect: CSVDialect = format == "excel" ? .excel : .rfc4180
            let source = CSVRowSource(directory: directory, schema: table, dialect: dialect, report: &report)
            while let row = source.next(&report) { rows.append(row.values) }
        }
        #expect(report.problems.isEmpty, "\(report.text)")
        return rows
    }

    /// Exact equality: numbers by decimal text, strings by code points (Swift's `==` on strings would
    /// forgive a writer that normalized `e\u{301}` to `é`).
    static func same(_ a: [FieldValue], _ b: [FieldValue]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            if case .string(let s) = x, case .string(let t) = y { return s.unicodeScalars.elementsEqual(t.unicodeScalars) }
            return x.sameDatum(as: y)
        }
    }

    @Test func everyFormatHoldsThePipelinesRecords() throws {
        let out = try OutputFolder.hardCases(seeds: true)
        defer { OutputFolder.remove(out) }
        let cases = HardCases()
        let seeds = try OutputFolder.seedRecords()
        let expected: [String: [[FieldValue]]] = [
            "facts": (seeds.facts + cases.facts).map(\.fieldValues),
            "entities": (seeds.entities + cases.entities).map(\.fieldValues),
        ]
        for table in ExtractionRun.tables {
            let jsonl = try Self.rows(out, table, "jsonl")
            #expect(!jsonl.contains { $0 == nil }, "\(table.name).jsonl has a broken row")
            for format in ["csv", "excel", "xml"] {
                let other = try Self.rows(out, table, format)
                #expect(other.count == jsonl.count, "\(table.name) \(format): \(other.count) rows, jsonl \(jsonl.count)")
                for (i, (a, b)) in zip(jsonl, other).enumerated() {
                    guard let a, let b else {
                        Issue.record("\(table.name) \(format) row \(i + 1) is broken")
                        continue
                    }
                    #expect(Self.same(a, b), "\(table.name) \(format) row \(i + 1) differs from the JSONL")
                }
            }
            if let want = expected[table.name] {
                let got = jsonl.compactMap { $0 }
                #expect(got.count == want.count, "\(table.name): \(got.count) written, \(want.count) expected")
                for (g, w) in zip(got, want) {
                    #expect(Self.same(g, w), "\(table.name): a record changed on its way out: \(w.first?.reportText ?? "")")
                }
            }
        }
        // The invalid hard cases are in rejects, with their reasons, in every format.
        let rejects = try Self.rows(out, RejectRecord.schema, "xml").compactMap { $0.flatMap(RejectRecord.init(fieldValues:)) }
        #expect(rejects.map(\.reason) == cases.invalid.map(\.1.rawValue))
        #expect(rejects.allSatisfy { $0.stage == .resolve && $0.table == "facts" })
    }

    @Test func typedRecordsSurviveTheirFieldValues() {
        let cases = HardCases()
        for fact in cases.facts { #expect(FactRecord(fieldValues: fact.fieldValues) == fact) }
        for entity in cases.entities { #expect(EntityRecord(fieldValues: entity.fieldValues) == entity) }
        let document = DocumentRecord(doc: "a", path: "b", bytes: 1, sha256: nil, encoding: "UTF-8", characters: 3,
                                      articles: 1, facts: 2, entities: 3, rejects: 4, date: "2023", status: .ok, message: "m")
        #expect(DocumentRecord(fieldValues: document.fieldValues) == document)
        let reject = RejectRecord(table: "facts", doc: "a", stage: .resolve, reason: "span.mismatch", message: "m", record: "{}")
        #expect(RejectRecord(fieldValues: reject.fieldValues) == reject)
    }
}
