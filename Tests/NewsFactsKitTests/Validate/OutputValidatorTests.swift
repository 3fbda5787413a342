import Foundation
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// `OutputValidator` passes a fresh run and names file, line, record and field of a corruption.
@Suite(.serialized) struct OutputValidatorTests {
    private static func validate(_ directory: String) throws -> OutputReport {
        OutputValidator(directory: directory, rules: try RecordRules()).run()
    }

    /// A corruption: in `file`, the first `find` becomes `replace`; the report must blame `blamed`
    /// (and the record and field, where given).
    struct Corruption: Sendable, CustomTestStringConvertible {
        var file: String
        var find: String
        var replace: String
        var blamed: String
        var record: String?
        var field: String?
        var testDescription: String { "\(file): \(find.prefix(30)) → \(replace.prefix(30))" }
    }

    static let firstFact = HardCases().facts[0].id

    static let corruptions: [Corruption] = [
        .init(file: "facts.jsonl", find: "\"value\":1200,", replace: "\"value\":1201,", blamed: "facts.jsonl", record: firstFact, field: "value"),
        .init(file: "facts.csv", find: ",1200,,", replace: ",1201,,", blamed: "facts.csv", record: firstFact, field: "value"),
        .init(file: "facts.excel.csv", find: ",1200,,", replace: ",1201,,", blamed: "facts.excel.csv", record: firstFact, field: "value"),
        .init(file: "newsfacts.xml", find: "<value>1200</value>", replace: "<value>1201</value>", blamed: "newsfacts.xml", record: firstFact, field: "value"),
        .init(file: "entities.jsonl", find: "\"role\":\"记者", replace: "\"role\":\"编辑", blamed: "entities.jsonl", field: "role"),
        .init(file: "entities.csv", find: "140221", replace: "140222", blamed: "entities.csv", field: "adcode"),
        .init(file: "newsfacts.xml", find: "<kind>count</kind>", replace: "<kind>amount</kind>", blamed: "newsfacts.xml"),
        .init(file: "newsfacts.xml", find: "<mention escaped=\"true\">7\\u0001", replace: "<mention escaped=\"true\">7\\u0002", blamed: "newsfacts.xml", field: "mention"),
        .init(file: "facts.jsonl", find: "\"kind\":\"count\"", replace: "\"kind\":\"amount\"", blamed: "facts.jsonl", record: firstFact, field: "kind"),
        .init(file: "facts.jsonl", find: "{\"id\"", replace: "{\"doc\":\"x\",\"id\"", blamed: "facts.jsonl"),
        .init(file: "facts.csv", find: "\"1,200人\"", replace: "1,200人", blamed: "facts.csv"),
        .init(file: "documents.csv", find: "\r\n", replace: "\n", blamed: "documents.csv"),
        .init(file: "documents.jsonl", find: "\"facts\":16", replace: "\"facts\":15", blamed: "documents.jsonl", field: "facts"),
        .init(file: "facts.excel.csv", find: "'=SUM", replace: "=SUM", blamed: "facts.excel.csv", record: nil, field: nil),
        .init(file: "manifest.json", find: "\"entities\": 6", replace: "\"entities\": 7", blamed: "manifest.json", field: "counts.entities"),
        .init(file: "manifest.json", find: "\"excel\": true", replace: "\"excel\": false", blamed: "facts.excel.csv"),
    ]

    @Test func aFreshRunIsValid() throws {
        let out = try OutputFolder.hardCases(seeds: true)
        defer { OutputFolder.remove(out) }
        let report = try Self.validate(out)
        #expect(report.isValid, "\(report.text)")
        #expect(report.records["facts"] == HardCases().facts.count + (try OutputFolder.seedRecords().facts.count))
        #expect(report.records["rejects"] == 2)
        #expect(report.files.count == 13)
    }

    @Test(arguments: corruptions)
    func aCorruptionIsNamed(_ corruption: Corruption) throws {
        let out = try OutputFolder.hardCases()
        defer { OutputFolder.remove(out) }
        let path = out + "/" + corruption.file
        // Bytes, not a String round trip, which would drop the Excel variant's BOM.
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let range = try #require(data.range(of: Data(corruption.find.utf8)), "\(corruption.find) not in \(corruption.file)")
        data.replaceSubrange(range, with: Data(corruption.replace.utf8))
        try data.write(to: URL(fileURLWithPath: path))
        let report = try Self.validate(out)
        #expect(!report.isValid)
        let blamed = report.problems.filter { $0.file == corruption.blamed }
        #expect(!blamed.isEmpty, "\(corruption.blamed) not blamed:\n\(report.text)")
        if let record = corruption.record {
            #expect(blamed.contains { $0.record == record }, "record \(record) not named:\n\(report.text)")
        }
        if let field = corruption.field {
            #expect(blamed.contains { $0.field == field }, "field \(field) not named:\n\(report.text)")
        }
        #expect(blamed.allSatisfy { $0.file == "manifest.json" || $0.line != nil || $0.message.contains("manifest") || $0.message.contains("records") },
                "a problem without a line:\n\(report.text)")
    }

    @Test func leftoversAndMissingFilesAreNamed() throws {
        let out = try OutputFolder.hardCases(formats: [.jsonl, .csv], excel: false)
        defer { OutputFolder.remove(out) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: out + "/newsfacts.xml"))
        try Data().write(to: URL(fileURLWithPath: out + "/.facts.jsonl.tmp-1"))
        try FileManager.default.removeItem(atPath: out + "/entities.csv")
        let report = try Self.validate(out)
        let files = Set(report.problems.map(\.file))
        #expect(files == ["newsfacts.xml", ".facts.jsonl.tmp-1", "entities.csv"], "\(report.text)")
    }

    @Test func aFolderThatIsNotThereIsAProblem() throws {
        let report = try Self.validate("/nonexistent/newsfacts")
        #expect(!report.isValid)
    }

    @Test func rowCountsMustAgree() throws {
        let out = try OutputFolder.hardCases(excel: false)
        defer { OutputFolder.remove(out) }
        let path = out + "/entities.jsonl"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try (lines.dropFirst().joined(separator: "\n")).write(toFile: path, atomically: true, encoding: .utf8)
        let report = try Self.validate(out)
        #expect(report.problems.contains { $0.file == "entities.csv" && $0.message.contains("more records") }, "\(report.text)")
        #expect(report.problems.contains { $0.file == "newsfacts.xml" }, "\(report.text)")
    }

    /// A mention changed the same way in every format passes the format checks (its length is right)
    /// but not `--sources`, which reads the input file; a changed input file is only noted.
    @Test func sourcesCatchAMentionThatAllFormatsAgreeOn() throws {
        let out = try OutputFolder.hardCases()
        defer { OutputFolder.remove(out) }
        for file in ["entities.jsonl", "entities.csv", "entities.excel.csv", "newsfacts.xml"] {
            let path = out + "/" + file
            var data = try Data(contentsOf: URL(fileURLWithPath: path))
            let range = try #require(data.range(of: Data("潘红".utf8)))
            data.replaceSubrange(range, with: Data("潘绿".utf8))
            try data.write(to: URL(fileURLWithPath: path))
        }
        #expect(try Self.validate(out).isValid)
        var validator = OutputValidator(directory: out, rules: try RecordRules())
        validator.checkSources = true
        let report = validator.run()
        let problem = report.problems.first { $0.field == "mention" }
        #expect(problem?.file == "entities.jsonl" && problem?.message.contains("span.mismatch") == true, "\(report.text)")

        try Data("changed".utf8).write(to: URL(fileURLWithPath: out + "-input/" + HardCases.fileName))
        let unchecked = validator.run()
        #expect(unchecked.isValid, "\(unchecked.text)")
        #expect(unchecked.notes.contains { $0.contains("missing or changed") })
    }
}
