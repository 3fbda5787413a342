import ArgumentParser
import Foundation
import NewsFactsKit

/// The `newsfacts` command: subcommands over the NewsFactsKit library.
struct NewsFactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsfacts",
        abstract: "Extract numeric facts and entities from Chinese news pages.",
        discussion: """
        Exit codes: 0 every document processed (validate: every check held); 1 finished, but some documents \
        failed or records were rejected, or with --strict some were empty or repaired (validate: problems \
        found); 2 usage error; 3 output could not be written (nothing left under a final name).
        """,
        version: ExtractionRun.version,
        subcommands: [ExtractCommand.self, MergeCommand.self, ValidateCommand.self, SchemasCommand.self],
        defaultSubcommand: ExtractCommand.self
    )
}

/// Exit codes of the tool (documented in the README).
enum ExitStatus: Int32 {
    case ok = 0
    case documentsFailed = 1
    case usage = 2
    case outputFailed = 3
    /// Stopped by SIGINT (128 + 2, the shell's convention); `--resume` continues.
    case interrupted = 130
    /// Stopped by SIGTERM (128 + 15).
    case terminated = 143
}

@main
enum Main {
    /// Parses, runs, and maps every error to the documented exit codes (ArgumentParser's own usage
    /// code is 64; NewsFacts promises 2).
    static func main() {
        // A file-size limit (`ulimit -f`) would kill the process with SIGXFSZ in mid-write; ignored, the
        // write fails with EFBIG instead, and the run ends with exit 3 and its temporary files removed.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try NewsFactsCommand.parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = NewsFactsCommand.exitCode(for: error)
            if code == .success {
                print(NewsFactsCommand.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data((NewsFactsCommand.fullMessage(for: error) + "\n").utf8))
            exit(ExitStatus.usage.rawValue)
        }
    }
}
