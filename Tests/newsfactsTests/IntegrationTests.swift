import Foundation
import NewsFactsTestSupport
import Testing

/// Loads real outputs into the real tools (PostgreSQL, SQLite, DuckDB, xmllint, jsonschema, LibreOffice)
/// through `scripts/integration/load_test.py`, which starts a throwaway PostgreSQL server itself.
///
/// A missing tool fails the test with the script's message; `.ci/run` installs them all. For local
/// development only, `NEWSFACTS_SKIP_INTEGRATION=1` turns these tests off explicitly.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["NEWSFACTS_SKIP_INTEGRATION"] != "1"))
struct IntegrationTests {
    /// The Python that has duckdb and jsonschema: `NEWSFACTS_PYTHON`, the `.venv` that `.ci/run` makes, or python3.
    static var python: String {
        if let explicit = ProcessInfo.processInfo.environment["NEWSFACTS_PYTHON"], !explicit.isEmpty { return explicit }
        let venv = Binary.packageRoot.appendingPathComponent(".venv/bin/python3").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "/usr/bin/python3"
    }

    static func load(_ output: String, _ extra: [String] = []) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Binary.packageRoot.appendingPathComponent("scripts/integration/load_test.py").path, output] + extra
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        switch process.terminationStatus {
        case 0: break
        case 3: Issue.record("a tool the integration test needs is missing (run .ci/run, or set NEWSFACTS_SKIP_INTEGRATION=1 to skip locally):\n\(text)")
        default: Issue.record("the loaders disagree with the JSONL:\n\(text)")
        }
    }

    @Test func seedOutputsLoadEverywhere() throws {
        let out = try Binary.temporaryDirectory()
        defer { OutputFolder.remove(out) }
        let run = try Binary.run(["extract", "--out", out, "--excel", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Binary.run(["validate", out, "--quiet"]).status == 0)
        try Self.load(out)
    }

    @Test func hardCasesLoadEverywhere() throws {
        let out = try OutputFolder.hardCases(seeds: true)
        defer { OutputFolder.remove(out) }
        let validate = try Binary.run(["validate", out])
        #expect(validate.status == 0, "\(validate.stdout)")
        try Self.load(out, ["--require-cjk"])
    }
}
