import Foundation
import Glibc
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// Issue 7's end-to-end test: `newsfacts extract` over a folder holding every hostile input beside the
/// seeds. Whatever is thrown at it, the run finishes with exit 1, every input has its line in
/// `documents.jsonl` with a status and a clear message, the seeds' records are byte for byte those of
/// a clean run, `validate --sources` passes, the real loaders take the output (unless
/// `NEWSFACTS_SKIP_INTEGRATION=1`, as for `IntegrationTests`), and nothing is written outside `--out`.
@Suite(.serialized) struct HostileInputTests {
    /// How the run is started: directly, or (as root) through `setpriv` without the capabilities that
    /// bypass permission bits, so that `chmod 000` means something.
    struct Launch {
        var prefix: [String]
        var permissionsEnforced: Bool
        var note: String?

        static func detect() -> Launch {
            if geteuid() != 0 { return Launch(prefix: [], permissionsEnforced: true) }
            let setpriv = "/usr/bin/setpriv"
            let drop = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]
            guard FileManager.default.isExecutableFile(atPath: setpriv),
                  let probe = try? OutputFolder.temporary("probe") else {
                return Launch(prefix: [], permissionsEnforced: false,
                              note: "root without setpriv: permission-denied cases are read like any file")
            }
            defer { try? FileManager.default.removeItem(atPath: probe) }
            let file = probe + "/locked.txt"
            FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
            chmod(file, 0)
            let result = try? Command.run(drop + ["/bin/cat", file])
            if let result, result.status != 0 {
                return Launch(prefix: drop, permissionsEnforced: true,
                              note: "root: the run drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (setpriv) so that chmod 000 is enforced")
            }
            return Launch(prefix: [], permissionsEnforced: false,
                          note: "root and setpriv cannot drop capabilities here: permission-denied cases are read like any file")
        }
    }

    /// `documents.jsonl` by doc.
    static func documents(_ out: String) throws -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for line in try jsonLines(out + "/documents.jsonl") {
            let value = try JSONParser.parse(line)
            if let doc = value["doc"]?.stringValue { result[doc] = value }
        }
        return result
    }

    /// The lines of a JSON Lines file, as bytes.
    static func jsonLines(_ path: String) throws -> [[UInt8]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return data.split(separator: 0x0A).map { Array($0) }
    }

    /// The lines of `file` in `out` whose `doc` is one of `docs`, byte for byte.
    static func lines(_ out: String, _ file: String, docs: Set<String>) throws -> [[UInt8]] {
        try jsonLines(out + "/" + file).filter { line in
            guard let doc = (try? JSONParser.parse(line))?["doc"]?.stringValue else { return false }
            return docs.contains(doc)
        }
    }

    /// Every path under `folder` (links not followed) with its type and size, except `skip`.
    static func snapshot(_ folder: String, skip: String) -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            let path = folder + "/" + relative
            if path == skip || path.hasPrefix(skip + "/") { enumerator?.skipDescendants(); continue }
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            result[relative] = "\(st.st_mode & S_IFMT) \(st.st_size)"
        }
        return result
    }

    /// The files every run with all formats and `--excel` writes, and nothing else.
    static let outputFiles: Set<String> = Set(["facts", "entities", "documents", "rejects"].flatMap {
        [$0 + ".jsonl", $0 + ".csv", $0 + ".excel.csv"]
    } + ["newsfacts.xml", "manifest.json", ".newsfacts"])

    @Test func theRunAccountsForEveryHostileInput() throws {
        let launch = Launch.detect()
        if let note = launch.note { print("HostileInputTests: \(note)") }
        let folder = try HostileFolder(permissionsEnforced: launch.permissionsEnforced)
        // NEWSFACTS_KEEP_HOSTILE=1 keeps the folder (inputs and outputs) for a look by hand.
        let keep = ProcessInfo.processInfo.environment["NEWSFACTS_KEEP_HOSTILE"] == "1"
        defer { if keep { print("HostileInputTests: kept \(folder.root)") } else { folder.remove() } }
        for note in folder.notes { print("HostileInputTests: \(note)") }
        let out = folder.root + "/out"
        let clean = folder.root + "/clean"

        let before = Self.snapshot(folder.root, skip: out)
        // The zz- files change once the run opens the first seed: by then it has listed them, and it
        // reaches them only after the long line.
        let watcher = try OpenWatcher(folder: folder.input, name: folder.seeds[0]) { folder.changeDuringRun() }
        let run = try Command.run(launch.prefix + [Binary.executable.path, "extract", folder.input, "--out", out, "--excel"])
        watcher.stop()

        #expect(run.status == 1, "exit \(run.status)\n\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"), "\(run.stderr)")
        #expect(watcher.fired, "the run never opened \(folder.seeds[0]), so the zz- files did not change during it")

        // Every input has its line, with the status and message the spec asks for.
        let documents = try Self.documents(out)
        #expect(documents.count == folder.seeds.count + folder.expectations.count,
                "documents: \(documents.keys.sorted())")
        for expected in folder.expectations {
            let record = expected.prefix
                ? documents.first { $0.key.hasPrefix(expected.doc) }?.value
                : documents[expected.doc]
            guard let record else {
                Issue.record("no documents line for \(expected); lines: \(documents.keys.sorted())")
                continue
            }
            #expect(record["status"]?.stringValue == expected.status, "\(expected): \(record)")
            if let message = expected.message {
                #expect(record["message"]?.stringValue?.contains(message) == true, "\(expected): \(record)")
            }
            if expected.status != "ok" {
                #expect((record["message"]?.stringValue ?? "").count > 10, "\(expected) has no clear message: \(record)")
            }
            if let encoding = expected.encoding {
                #expect(record["encoding"]?.stringValue == encoding, "\(expected): \(record)")
            }
        }
        for seed in folder.seeds { #expect(documents[seed]?["status"]?.stringValue == "ok") }
        let grown = documents["zz-grows.txt"]?["sha256"]?.stringValue
        #expect(grown == SHA256Hasher.hex(of: folder.grownBytes), "zz-grows.txt was read before or while it changed")

        // The seeds' records are those of a run over the seeds alone, byte for byte.
        let cleanRun = try Command.newsfacts(["extract", HostileFolder.seedFolder, "--out", clean, "--quiet"])
        #expect(cleanRun.status == 0, "\(cleanRun.stderr)")
        for file in ["facts.jsonl", "entities.jsonl"] {
            let seeds = Set(folder.seeds)
            let hostile = try Self.lines(out, file, docs: seeds)
            let alone = try Self.jsonLines(clean + "/" + file)
            #expect(!alone.isEmpty)
            #expect(hostile == alone, "\(file): the seeds' records differ beside the hostile inputs")
        }

        // The output is valid, spans included, and nothing was written anywhere but --out.
        let validate = try Command.newsfacts(["validate", out, "--sources"])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out)) == Self.outputFiles)
        var after = Self.snapshot(folder.root, skip: out)
        after = after.filter { !$0.key.hasPrefix("clean") }
        let changed = Set(before.keys).symmetricDifference(after.keys)
            .union(before.keys.filter { after[$0] != nil && after[$0] != before[$0] })
        #expect(changed.allSatisfy { $0.hasPrefix("input/zz-") }, "changed outside --out: \(changed.sorted())")

        // The real loaders (PostgreSQL, SQLite, DuckDB, xmllint, jsonschema, LibreOffice) take it too.
        if ProcessInfo.processInfo.environment["NEWSFACTS_SKIP_INTEGRATION"] != "1" {
            try IntegrationTests.load(out)
        }

        try Self.checkXMLCharacters(out + "/newsfacts.xml")
        try Self.checkExcelCells(out)
        try Self.checkNumbers(out)
        try Self.checkLongLine(out)
    }

    /// Every character of the XML is one XML 1.0 allows, and no character reference names one it does not.
    static func checkXMLCharacters(_ path: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let text = String(validating: Array(bytes), as: UTF8.self) else {
            Issue.record("newsfacts.xml is not UTF-8")
            return
        }
        let illegal = text.unicodeScalars.filter { !XMLTextNotation.isLegal($0.value) }
        #expect(illegal.isEmpty, "newsfacts.xml holds \(illegal.map { String($0.value, radix: 16) })")
        var rest = Substring(text)
        while let amp = rest.range(of: "&#") {
            rest = rest[amp.upperBound...]
            let hex = rest.first == "x"
            let digits = (hex ? rest.dropFirst() : rest).prefix { $0.isHexDigit }
            if let value = UInt32(digits, radix: hex ? 16 : 10) {
                #expect(XMLTextNotation.isLegal(value), "newsfacts.xml refers to U+\(String(value, radix: 16))")
            }
        }
        #expect(text.contains("escaped=\"true\""), "the XML-illegal characters of the hostile inputs were not escaped")
    }

    /// No text cell of an Excel CSV begins with a character a spreadsheet reads as a formula.
    static func checkExcelCells(_ out: String) throws {
        var sawFormulaName = false
        for schema in ExtractionRun.tables {
            let reader = try CSVReader(path: out + "/" + schema.name + ".excel.csv")
            _ = try reader.next()
            while let record = try reader.next() {
                for (column, field) in zip(schema.columns, record.fields) where column.type == .string {
                    guard let first = field.text.unicodeScalars.first else { continue }
                    #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first),
                            "\(schema.name).excel.csv line \(record.line) \(column.name): \(field.text)")
                    if field.text.hasPrefix("'=HYPERLINK") { sawFormulaName = true }
                }
            }
        }
        #expect(sawFormulaName, "the =HYPERLINK file name was not written with its leading '")
    }

    /// The 400-digit number and 1e999 are kept exactly (as text), -0 is 0.
    static func checkNumbers(_ out: String) throws {
        let facts = try lines(out, "facts.jsonl", docs: ["numbers.txt"]).map { try JSONParser.parse($0) }
        func value(of mention: String) -> JSONValue? {
            facts.first { $0["mention"]?.stringValue == mention }?["value"]
        }
        let nines = String(repeating: "9", count: 400)
        #expect(value(of: nines + "元") == .string(nines), "\(facts)")
        #expect(value(of: "1e999元") == .string("1" + String(repeating: "0", count: 999)), "\(facts)")
        #expect(value(of: "-0元") == .integer(0), "\(facts)")
        let text = try String(contentsOfFile: out + "/facts.jsonl", encoding: .utf8)
        #expect(!text.contains("Infinity") && !text.contains("NaN") && !text.contains("e+"))
    }

    /// The line without breaks gives facts, each with a bounded context.
    static func checkLongLine(_ out: String) throws {
        let facts = try lines(out, "facts.jsonl", docs: ["long-line.txt"]).map { try JSONParser.parse($0) }
        #expect(facts.count > 1000)
        let longest = facts.map { $0["context"]?.stringValue?.unicodeScalars.count ?? 0 }.max() ?? 0
        #expect(longest <= 1000, "a context of \(longest) characters")
    }

    /// `--follow-symlinks` follows links out of the tree, and a link back into it does not loop.
    @Test func followSymlinksFollowsOutsideAndNeverLoops() throws {
        let root = try OutputFolder.temporary("links")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/input"
        let outside = root + "/outside"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try HostileFolder.write(Array("here.txt".utf8), in: input, Array(HostileFolder.page(1).utf8))
        try HostileFolder.write(Array("secret.txt".utf8), in: outside, Array(HostileFolder.page(2).utf8))
        #expect(symlink(outside + "/secret.txt", input + "/outside.txt") == 0)
        #expect(symlink(outside, input + "/outside-dir") == 0)
        #expect(symlink(input, outside + "/back") == 0)
        #expect(symlink(outside, outside + "/self") == 0)

        let plain = try Command.newsfacts(["extract", input, "--out", root + "/plain", "--quiet"])
        #expect(plain.status == 1)
        let notFollowed = try Self.documents(root + "/plain")
        #expect(Set(notFollowed.keys) == ["here.txt", "outside.txt", "outside-dir"])
        #expect(notFollowed["outside.txt"]?["message"]?.stringValue?.contains("--follow-symlinks") == true)

        let followed = try Command.newsfacts(["extract", input, "--out", root + "/followed", "--follow-symlinks", "--quiet"])
        let documents = try Self.documents(root + "/followed")
        #expect(documents["here.txt"]?["status"]?.stringValue == "ok")
        #expect(documents["outside.txt"]?["status"]?.stringValue == "ok")
        #expect(documents["outside-dir/secret.txt"]?["status"]?.stringValue == "ok")
        // outside-dir/back leads to the input root and outside-dir/self to outside-dir: both already walked.
        #expect(documents["outside-dir/back"]?["message"]?.stringValue?.contains("already walked") == true, "\(documents.keys.sorted())")
        #expect(documents["outside-dir/self"]?["message"]?.stringValue?.contains("already walked") == true)
        #expect(documents.count == 5, "\(documents.keys.sorted())")
        #expect(followed.status == 1)
        #expect(try Command.newsfacts(["validate", root + "/followed"]).status == 0)
    }

    /// Two inputs with the same relative path get distinct docs: the first keeps it, the next gets ~2.
    @Test func duplicateRelativePathsGetDistinctDocs() throws {
        let root = try OutputFolder.temporary("dups")
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (folder, n) in [("a", 1), ("b", 2), ("c", 3)] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            try HostileFolder.write(Array("x.txt".utf8), in: root + "/" + folder, Array(HostileFolder.page(n).utf8))
        }
        // A real file named like a renamed duplicate does not collide either.
        try HostileFolder.write(Array("x.txt~2".utf8), in: root + "/c", Array(HostileFolder.page(4).utf8))
        let out = root + "/out"
        let run = try Command.newsfacts(["extract", root + "/b/x.txt", root + "/a/x.txt", root + "/c", "--include", "x.txt*",
                                  "--out", out, "--quiet"], in: URL(fileURLWithPath: root))
        #expect(run.status == 0, "\(run.stderr)")
        let documents = try Self.documents(out)
        // b/x.txt came first on the command line; c/x.txt~2 is walked after c/x.txt.
        #expect(documents["x.txt"]?["path"]?.stringValue == root + "/b/x.txt")
        #expect(documents["x.txt~2"]?["path"]?.stringValue == root + "/a/x.txt")
        #expect(documents["x.txt~3"]?["path"]?.stringValue == root + "/c/x.txt")
        #expect(documents["x.txt~2~2"]?["path"]?.stringValue == root + "/c/x.txt~2")
        #expect(documents.count == 4)
        let validate = try Command.newsfacts(["validate", out, "--sources"])
        #expect(validate.status == 0, "\(validate.stdout)")
        // The facts of each file carry its own doc: 2 of each page.
        let facts = try Self.jsonLines(out + "/facts.jsonl").map { try JSONParser.parse($0) }
        for doc in ["x.txt", "x.txt~2", "x.txt~3", "x.txt~2~2"] {
            #expect(facts.filter { $0["doc"]?.stringValue == doc }.count == 2, "\(doc)")
        }
    }
}
