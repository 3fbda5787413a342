import ArgumentParser
import Foundation
import NewsFactsKit

/// `newsfacts extract [INPUT ...] [--out DIR]`: the main job.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract facts and entities from files and folders into an output folder."
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

    @Flag(name: .long, help: "Print no summary.")
    var quiet = false

    @Flag(name: .long, help: "Exit 1 also when a document is empty or was decoded with repairs (invalid bytes replaced, NUL characters).")
    var strict = false

    func validate() throws {
        for name in format.split(separator: ",") where OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces)) == nil {
            throw ValidationError("unknown format '\(name)'; use jsonl, csv or xml")
        }
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
            excel: excel)
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline.standard()
        } catch {
            FileHandle.standardError.write(Data("newsfacts: \(error)\n".utf8))
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        let summary: RunSummary
        do {
            summary = try ExtractionRun(options: options, pipeline: pipeline).run()
        } catch {
            FileHandle.standardError.write(Data("newsfacts: \(error)\n".utf8))
            throw ExitCode(ExitStatus.outputFailed.rawValue)
        }
        if !quiet { FileHandle.standardError.write(Data((summary.line + "\n").utf8)) }
        if StageTimer.isEnabled { FileHandle.standardError.write(Data(StageTimer.shared.report().utf8)) }
        if summary.errors > 0 || summary.rejects > 0 { throw ExitCode(ExitStatus.documentsFailed.rawValue) }
        if strict, summary.empty > 0 || summary.warned > 0 {
            FileHandle.standardError.write(Data("newsfacts: --strict: \(summary.empty) empty, \(summary.warned) decoded with repairs (see documents)\n".utf8))
            throw ExitCode(ExitStatus.documentsFailed.rawValue)
        }
    }
}
