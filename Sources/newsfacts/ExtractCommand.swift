import ArgumentParser
import Foundation
import NewsFactsKit

/// `newsfacts extract [INPUT ...] [--out DIR]`: the main job.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract facts and entities from files and folders into an output folder.",
        discussion: """
        Documents are processed on --jobs threads; the output is the same whatever --jobs is. The run keeps \
        a journal in OUT/.newsfacts: after an interruption (even kill -9), --resume skips the documents \
        already finished. --shard K/N processes one part of the inputs; `newsfacts merge` puts the parts together.
        """
    )

    @Argument(help: "Files or folders to read (folders are walked recursively). Default: seeds")
    var inputs: [String] = []

    @Option(name: .long, help: "Output folder.")
    var out: String = "output"

    @Option(name: .long, help: "Glob a file name must match in walked folders (repeatable).")
    var include: [String] = []

    @Option(name: .long, help: "Comma-separated output formats: jsonl, csv, xml.")
    var format: String = "jsonl,csv,xml"

    @Flag(name: .long, help: "Also write <table>.excel.csv for spreadsheets (BOM; cells starting =, +, -, @, tab or CR get a leading ').")
    var excel = false

    @Flag(name: .long, help: "Follow symbolic links that point outside the input folders.")
    var followSymlinks = false

    @Option(name: .long, help: "Documents processed at once. Default: the number of processors.")
    var jobs: Int?

    @Flag(name: .long, help: "Continue an interrupted run in the same --out folder: unchanged documents it finished are not processed again.")
    var resume = false

    @Option(name: .long, help: "Process only part K of N of the inputs (1 ≤ K ≤ N), by a stable hash of each file's path; combine the parts with `newsfacts merge`.")
    var shard: String?

    @Flag(name: .long, help: "Show the progress line even when stderr is not a terminal.")
    var progress = false

    @Flag(name: .long, help: "Print no progress and no summary.")
    var quiet = false

    @Flag(name: .customLong("no-entities"), help: "Facts only: no entity records and no place or date on the facts (about 1.3x faster; the facts are otherwise the same).")
    var noEntities = false

    @Option(name: .long, help: .hidden)
    var windowBytes: Int?

    @Flag(name: .long, help: "Exit 1 also when a document is empty or was decoded with repairs (invalid bytes replaced, NUL characters).")
    var strict = false

    func validate() throws {
        for name in format.split(separator: ",") where OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces)) == nil {
            throw ValidationError("unknown format '\(name)'; use jsonl, csv or xml")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, such as 2/8") }
        if let windowBytes, windowBytes < 16 { throw ValidationError("--window-bytes must be at least 16") }
        if quiet && progress { throw ValidationError("--quiet and --progress contradict each other") }
        // A path that is not there at all is a mistyped argument (or a mistyped subcommand, since
        // extract is the default one), not an input to account for: exit 2 before anything is written.
        for input in inputs {
            var st = stat()
            if lstat(input, &st) != 0, errno == ENOENT {
                throw ValidationError("no such file or folder: \(input)")
            }
        }
    }

    func run() throws {
        let formats = format.split(separator: ",").compactMap { OutputFormat(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        let options = ExtractOptions(
            inputs: inputs.isEmpty ? ["seeds"] : inputs, output: out,
            include: include.isEmpty ? ["*.txt"] : include, formats: formats, followSymlinks: followSymlinks,
            excel: excel, jobs: jobs ?? ExtractOptions.defaultJobs, resume: resume, shard: shard.flatMap(Shard.init),
            windowBytes: windowBytes ?? ExtractOptions.defaultWindowBytes, entities: !noEntities)
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline.standard(entities: !noEntities)
        } catch {
            FileHandle.standardError.write(Data("newsfacts: \(error)\n".utf8))
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        let line = ProgressLine(mode: quiet ? .off : progress ? .on : .automatic)
        let summary: RunSummary
        let stop = StopSignals()
        defer { stop.restore() }
        do {
            summary = try ExtractionRun(options: options, pipeline: pipeline)
                .run(progressInterval: line.interval, progress: line.report, interrupt: stop.interrupt)
            line.finish()
        } catch let interrupted as ExtractionRun.Interrupted {
            line.finish()
            FileHandle.standardError.write(Data("newsfacts: \(interrupted)\n".utf8))
            throw ExitCode(stop.signal == SIGTERM ? ExitStatus.terminated.rawValue : ExitStatus.interrupted.rawValue)
        } catch {
            line.finish()
            FileHandle.standardError.write(Data("newsfacts: \(error)\n".utf8))
            throw ExitCode(ExitStatus.outputFailed.rawValue)
        }
        if !quiet {
            for note in summary.notes { FileHandle.standardError.write(Data("newsfacts: \(note)\n".utf8)) }
            FileHandle.standardError.write(Data((summary.line + "\n").utf8))
        }
        if StageTimer.isEnabled { FileHandle.standardError.write(Data(StageTimer.shared.report().utf8)) }
        if summary.errors > 0 || summary.rejects > 0 { throw ExitCode(ExitStatus.documentsFailed.rawValue) }
        if strict, summary.empty > 0 || summary.warned > 0 {
            FileHandle.standardError.write(Data("newsfacts: --strict: \(summary.empty) empty, \(summary.warned) decoded with repairs (see documents)\n".utf8))
            throw ExitCode(ExitStatus.documentsFailed.rawValue)
        }
    }
}
