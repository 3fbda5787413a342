import ArgumentParser
import Foundation
import NewsFactsKit

/// `newsfacts schemas [--out DIR] [--check]`: writes (or checks) the schema files of the outputs.
struct SchemasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemas",
        abstract: "Write the JSON Schemas, XSD and SQL/BigQuery schemas of the output files.",
        discussion: "With --check, writes nothing and exits 1 if a file in the folder differs from what this version generates."
    )

    @Option(name: .long, help: "Folder to write the schema files into.")
    var out: String = "schemas"

    @Flag(name: .long, help: "Compare the folder with the generated files instead of writing.")
    var check = false

    func run() throws {
        do {
            if check {
                let differences = try SchemaFiles.differences(in: out)
                for path in differences {
                    FileHandle.standardError.write(Data("newsfacts: \(out)/\(path) differs from the generated schema\n".utf8))
                }
                if !differences.isEmpty {
                    FileHandle.standardError.write(Data("newsfacts: run `newsfacts schemas --out \(out)` to regenerate\n".utf8))
                    throw ExitCode(ExitStatus.documentsFailed.rawValue)
                }
            } else {
                try SchemaFiles.write(to: out)
            }
        } catch let code as ExitCode {
            throw code
        } catch {
            FileHandle.standardError.write(Data("newsfacts: \(error)\n".utf8))
            throw ExitCode(ExitStatus.outputFailed.rawValue)
        }
    }
}
