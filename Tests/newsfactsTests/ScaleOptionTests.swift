import Foundation
import Testing

/// Usage errors of the scale options are refused before anything is read or written.
@Suite struct ScaleOptionTests {
    @Test(arguments: [
        (["--jobs", "0"], "--jobs"),
        (["--shard", "0/3"], "--shard"),
        (["--shard", "4/3"], "--shard"),
        (["--shard", "two"], "--shard"),
        (["--quiet", "--progress"], "contradict"),
    ])
    func refused(_ options: [String], _ message: String) throws {
        let out = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Binary.run(["extract", "--out", out + "/o"] + options)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/o"))
    }

    @Test func mergeWithoutShardsIsAUsageError() throws {
        let result = try Binary.run(["merge", "/nonexistent-merged"])
        #expect(result.status == 2)
        let notShards = try Binary.run(["merge", "/nonexistent-merged", "/nonexistent-shard"])
        #expect(notShards.status == 2)
        #expect(notShards.stderr.contains("no finished run"), "\(notShards.stderr)")
    }
}
