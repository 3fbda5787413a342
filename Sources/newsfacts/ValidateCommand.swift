import ArgumentParser
import Foundation
import NewsFactsKit

/// `newsfacts validate [DIR]`: re-checks an output folder.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an output folder: schemas, CSV layout, XML against the XSD, and the same records in every format.",
        discussion: """
        Prints every problem as FILE:LINE: record KEY: FIELD: MESSAGE (at most 50 per file), then a verdict. \
        Exit codes: 0 every check held; 1 problems were found; 2 usage error (no such folder).
        """
    )

    @Argument(help: "The output folder.")
    var directory: String = "output"

    @Flag(name: .long, help: "Print only the problems and the verdict line when there are problems; nothing when valid.")
    var quiet = false

    @Flag(name: .long, help: "Also read the input files named in documents (if unchanged) and compare every mention with the text.")
    var sources = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("no such folder: \(directory)")
        }
    }

    func run() throws {
        let rules: RecordRules
        do {
            rules = try RecordRules()
        } catch {
            FileHandle.standardError.write(Data("newsfacts: \(error)\n".utf8))
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        var validator = OutputValidator(directory: directory, rules: rules)
        validator.checkSources = sources
        let report = validator.run()
        if !(quiet && report.isValid) {
            FileHandle.standardOutput.write(Data(report.text.utf8))
        }
        if !report.isValid { throw ExitCode(ExitStatus.documentsFailed.rawValue) }
    }
}
