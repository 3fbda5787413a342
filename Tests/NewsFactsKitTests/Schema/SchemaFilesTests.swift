import Foundation
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// The checked-in `schemas/` folder is exactly what the code generates, the manifest a run writes
/// fits its schema, and the documentation lists every reject reason.
@Suite struct SchemaFilesTests {
    private static let root = OutputFolder.packageRoot.path

    @Test func checkedInSchemasMatchTheCode() throws {
        let differences = try SchemaFiles.differences(in: Self.root + "/schemas")
        #expect(differences.isEmpty, "schemas/ is out of date (\(differences.joined(separator: ", "))): run `swift run newsfacts schemas --out schemas`")
        let expected = Set(try SchemaFiles.all().map(\.path))
        let enumerator = FileManager.default.enumerator(atPath: Self.root + "/schemas")
        var present = Set<String>()
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: Self.root + "/schemas/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                present.insert(path)
            }
        }
        #expect(present.subtracting(expected).isEmpty, "files in schemas/ that the code does not generate: \(present.subtracting(expected))")
    }

    @Test func everyGeneratedJSONSchemaCompiles() throws {
        for file in try SchemaFiles.all() where file.path.hasSuffix(".schema.json") {
            _ = try JSONSchemaValidator(schema: try JSONParser.parse(file.contents))
        }
    }

    @Test func aRunsManifestFitsItsSchema() throws {
        let out = try OutputFolder.hardCases(formats: [.jsonl], excel: false)
        defer { OutputFolder.remove(out) }
        let manifest = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: out + "/manifest.json"))))
        let violations = try JSONSchemaValidator(schema: ManifestSchema.schema).validate(manifest)
        #expect(violations.isEmpty, "\(violations)")
        #expect(manifest["tables"]?["facts"]?["rejected"] == .integer(2))
        #expect(manifest["tables"]?["facts"]?["written"] == .integer(HardCases().facts.count))
        #expect(manifest["tables"]?["rejects"]?["written"] == .integer(2))
    }

    @Test func theOutputDocumentationListsEveryRejectReason() throws {
        let docs = try String(contentsOfFile: Self.root + "/docs/outputs.md", encoding: .utf8)
        for reason in RejectReason.allCases {
            #expect(docs.contains("`\(reason.rawValue)`"), "docs/outputs.md does not list \(reason.rawValue)")
        }
    }

    @Test func postgresTablesQuoteReservedWords() {
        let sql = SQLSchemaGenerator.script(.postgres)
        #expect(sql.contains("\"end\" bigint NOT NULL"))
        #expect(sql.contains("\"table\" text NOT NULL"))
        #expect(sql.range(of: "CREATE TABLE \"documents\"")?.lowerBound ?? sql.endIndex
                < sql.range(of: "CREATE TABLE \"facts\"")?.lowerBound ?? sql.startIndex)
    }
}
