import Foundation
import Testing

/// End-to-end tests of the built `newsfacts` binary: exit codes and output files.
@Suite struct CommandLineTests {
    @Test func unknownFormatIsAUsageError() throws {
        let result = try Binary.run(["extract", "--format", "yaml", "--out", Binary.temporaryDirectory()])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown format"))
    }
}

/// `--no-entities`: the same facts as a full run, without entity records or place and date; a journal
/// of the other kind is never resumed from.
@Suite struct NoEntitiesTests {
    /// The facts of an output folder, one JSON object per line, without the attribution fields.
    static func factsWithoutAttribution(_ folder: String) throws -> [String] {
        try ScaleTests.records(folder + "/facts.jsonl", without: ["place", "place_source", "date", "date_source"])
    }

    @Test func sameFactsNoEntities() throws {
        let full = try Binary.temporaryDirectory()
        let factsOnly = try Binary.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: full)
            try? FileManager.default.removeItem(atPath: factsOnly)
        }
        #expect(try Binary.run(["extract", "seeds", "--out", full, "--quiet"]).status == 0)
        let run = try Binary.run(["extract", "seeds", "--out", factsOnly, "--quiet", "--no-entities"])
        #expect(run.status == 0, "\(run.stderr)")
        let fullFacts = try Self.factsWithoutAttribution(full)
        #expect(fullFacts.count > 50)
        #expect(try Self.factsWithoutAttribution(factsOnly) == fullFacts)
        // The seeds' facts are attributed in a full run, not in this one.
        let text = try String(contentsOfFile: factsOnly + "/facts.jsonl", encoding: .utf8)
        #expect(text.contains("\"place\":null") && !text.contains("\"place\":\"山西省"))
        #expect(try String(contentsOfFile: full + "/facts.jsonl", encoding: .utf8).contains("\"place\":\"山西省"))
        #expect(try String(contentsOfFile: factsOnly + "/entities.jsonl", encoding: .utf8).isEmpty)
        let manifest = try String(contentsOfFile: factsOnly + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"entities\": false"))
        #expect(try Binary.run(["validate", factsOnly, "--quiet"]).status == 0)

        // Resuming the full run's folder without entities starts over instead of copying its records.
        let resumed = try Binary.run(["extract", "seeds", "--out", full, "--no-entities", "--resume"])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("starting over"), "\(resumed.stderr)")
        #expect(!resumed.stderr.contains("resumed from the journal"), "\(resumed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: full + "/facts.jsonl"))
                == Data(contentsOf: URL(fileURLWithPath: factsOnly + "/facts.jsonl")))
    }
}
