import Foundation
@testable import NewsFactsKit

/// Runs the library over the seed pages into a temporary folder and scores it with `scripts/score.py`.
enum Scorer {
    /// The package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The scorer's JSON result for a fresh run over `seeds/`.
    static func scoreSeeds() throws -> [String: Any] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("newsfacts-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let seeds = packageRoot.appendingPathComponent("seeds").path
        let options = ExtractOptions(inputs: [seeds], output: out.path, formats: [.jsonl])
        _ = try ExtractionRun(options: options, pipeline: try Pipeline.standard()).run()
        guard let gold = Bundle.module.url(forResource: "Fixtures/gold", withExtension: nil) else {
            throw ScorerError.missing("Fixtures/gold")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", packageRoot.appendingPathComponent("scripts/score.py").path,
                             "--gold", gold.path, "--pred", out.path, "--docs", seeds, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ScorerError.missing("scorer output")
        }
        return object
    }

    enum ScorerError: Error {
        case missing(String)
    }
}
