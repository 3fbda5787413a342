import ArgumentParser
import Foundation
import NewsFactsKit

/// `newsfacts merge OUT SHARD_DIR...`: combines the outputs of `extract --shard K/N` runs.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the output folders of extract --shard 1/N … N/N into one, as a single run would have written it.",
        discussion: """
        Needs every shard of one partition, each finished (with its manifest.json and .newsfacts/ journal). \
        Exit codes: 0 merged, every document processed; 1 merged, but some documents failed or records were \
        rejected; 2 the folders are not the complete shards of one run; 3 the output could not be written.
        """
    )

    @Argument(help: "The merged output folder.")
    var output: String

    @Argument(help: "The shards' output folders.")
    var shards: [String] = []

    @Flag(name: .long, help: "Print no summary.")
    var quiet = false

    func validate() throws {
        if shards.isEmpty { throw ValidationError("give the shard folders to merge after the output folder") }
    }

    func run() throws {
        let summary: RunSummary
        do {
            summary = try ShardMerge(output: output, shards: shards).run()
        } catch {
            FileHandle.standardError.write(Data("newsfacts: \(error)\n".utf8))
            switch error {
            case .shards: throw ExitCode(ExitStatus.usage.rawValue)
            case .output: throw ExitCode(ExitStatus.outputFailed.rawValue)
            }
        }
        if !quiet {
            FileHandle.standardError.write(Data(("newsfacts: merged \(shards.count) shards: " + summary.line.dropFirst("newsfacts: ".count) + "\n").utf8))
        }
        if summary.errors > 0 || summary.rejects > 0 { throw ExitCode(ExitStatus.documentsFailed.rawValue) }
    }
}
