import Foundation
import NewsFactsKit

/// Output folders for tests: a real extraction run over the hard-case document (and optionally the
/// seeds), through the real writers, validate stage and manifest.
public enum OutputFolder {
    /// The package root.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh temporary folder.
    public static func temporary(_ label: String = "out") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsfacts-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Runs an extraction over the hard-case document (written as a UTF-8 file) and, with `seeds`, the
    /// seed pages; returns the output folder.
    @discardableResult
    public static func hardCases(into output: String? = nil, seeds: Bool = false,
                                 formats: [OutputFormat] = OutputFormat.allCases, excel: Bool = true) throws -> String {
        let out = try output ?? temporary("out")
        // Beside the output (not inside it), so that `remove(_:)` finds it and validate --sources can read it.
        let input = out + "-input"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let cases = HardCases()
        try Data(cases.text.utf8).write(to: URL(fileURLWithPath: input).appendingPathComponent(HardCases.fileName))
        if seeds {
            let seedFolder = packageRoot.appendingPathComponent("seeds")
            for name in try FileManager.default.contentsOfDirectory(atPath: seedFolder.path) where name.hasSuffix(".txt") {
                try FileManager.default.copyItem(at: seedFolder.appendingPathComponent(name),
                                                 to: URL(fileURLWithPath: input).appendingPathComponent(name))
            }
        }
        var stages = try Pipeline.standard().stages
        let validate = stages.firstIndex { $0.stage == .validate } ?? stages.count
        stages.insert(HardCaseStage(), at: validate)
        let options = ExtractOptions(inputs: [input], output: out, formats: formats, excel: excel)
        _ = try ExtractionRun(options: options, pipeline: Pipeline(stages: stages)).run()
        return out
    }

    /// The records the standard pipeline itself makes of the seed pages, in output order (by file name):
    /// what a run over the seeds must write beside any hard cases.
    public static func seedRecords() throws -> (facts: [FactRecord], entities: [EntityRecord]) {
        let seedFolder = packageRoot.appendingPathComponent("seeds")
        let pipeline = try Pipeline.standard()
        var facts: [FactRecord] = []
        var entities: [EntityRecord] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: seedFolder.path).filter { $0.hasSuffix(".txt") }
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let bytes = try Data(contentsOf: seedFolder.appendingPathComponent(name))
            let context = pipeline.process(InputDocument(doc: name, path: name, bytes: Array(bytes)))
            facts += context.facts
            entities += context.entities
        }
        return (facts, entities)
    }

    /// Removes an output folder made by `hardCases` and its input folder.
    public static func remove(_ output: String) {
        try? FileManager.default.removeItem(atPath: output)
        try? FileManager.default.removeItem(atPath: output + "-input")
    }
}
