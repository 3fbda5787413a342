import Foundation
import NewsFactsTestSupport
import Testing

/// `newsfacts validate` and `newsfacts schemas` as a user runs them: exit codes and what they print.
@Suite struct ValidateCommandTests {
    /// A fresh seed run with every output, the Excel variant included.
    private static func seedRun() throws -> String {
        let out = try Binary.temporaryDirectory()
        let result = try Binary.run(["extract", "--out", out, "--excel", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    @Test func aFreshRunIsValid() throws {
        let out = try Self.seedRun()
        defer { OutputFolder.remove(out) }
        let result = try Binary.run(["validate", out])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("valid: "))
        #expect(result.stdout.contains("newsfacts.xml"))
    }

    /// One field flipped in one format of a copy: the report names the file, the record and the field.
    @Test(arguments: [
        ("documents.jsonl", "\"characters\":6424", "\"characters\":6425", "characters"),
        ("documents.csv", ",6424,", ",6425,", "characters"),
        ("documents.excel.csv", ",6424,", ",6425,", "characters"),
        ("newsfacts.xml", "<characters>6424</characters>", "<characters>6425</characters>", "characters"),
    ])
    func aFlippedFieldIsNamed(file: String, find: String, replace: String, field: String) throws {
        let out = try Self.seedRun()
        defer { OutputFolder.remove(out) }
        try Self.flip(out + "/" + file, find, replace)
        let result = try Binary.run(["validate", out])
        #expect(result.status == 1)
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix(file + ":") }
        #expect(line?.contains("record '000_5e18d6df73b2dd94.txt'") == true, "\(result.stdout)")
        #expect(line?.contains(" \(field): ") == true, "\(result.stdout)")
        #expect(result.stdout.contains("INVALID"))
    }

    @Test(arguments: ["facts.jsonl", "facts.csv", "facts.excel.csv", "newsfacts.xml"])
    func aFlippedFactIsNamed(file: String) throws {
        let out = try OutputFolder.hardCases()
        defer { OutputFolder.remove(out) }
        let (find, replace) = file == "newsfacts.xml" ? ("<value>1200</value>", "<value>1300</value>")
            : file.hasSuffix(".jsonl") ? ("\"value\":1200,", "\"value\":1300,") : (",1200,,", ",1300,,")
        try Self.flip(out + "/" + file, find, replace)
        let result = try Binary.run(["validate", out])
        #expect(result.status == 1)
        let id = HardCases().facts[0].id
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix(file + ":") }
        #expect(line?.contains(id) == true && line?.contains(" value: ") == true, "\(result.stdout)")
    }

    @Test func aMissingFolderIsAUsageError() throws {
        let result = try Binary.run(["validate", "/nonexistent/newsfacts-output"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such folder"))
    }

    @Test func checkedInSchemasAreCurrentAndADifferenceIsCaught() throws {
        #expect(try Binary.run(["schemas", "--check", "--out", "schemas"]).status == 0)
        let copy = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        #expect(try Binary.run(["schemas", "--out", copy]).status == 0)
        try Self.flip(copy + "/postgres.sql", "numeric", "double precision")
        let result = try Binary.run(["schemas", "--check", "--out", copy])
        #expect(result.status == 1)
        #expect(result.stderr.contains("postgres.sql"))
    }

    /// Replaces the first `find` in a file, byte for byte (a String round trip would drop a BOM).
    static func flip(_ path: String, _ find: String, _ replace: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let range = data.range(of: Data(find.utf8)) else {
            Issue.record("\(find) not found in \(path)")
            return
        }
        var changed = data
        changed.replaceSubrange(range, with: Data(replace.utf8))
        try changed.write(to: URL(fileURLWithPath: path))
    }
}
