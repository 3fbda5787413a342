import Foundation
import Glibc
import NewsFactsTestSupport
import Testing

/// End-to-end tests of the streaming run: the same output for any `--jobs`, after `kill -9` and
/// `--resume`, from merged shards, and from a file read in windows; progress only on a terminal.
@Suite struct ScaleTests {
    /// The number of files in the test corpus: enough for a run of a second or two in a debug build,
    /// long enough to be killed at several points.
    static let files = 30

    /// A corpus of recombined seed pages and the output of one plain run over it (made once).
    static let reference: Result<(input: String, output: String), any Error> = Result {
        let input = try Binary.temporaryDirectory()
        try TestCorpus.write(files: files, into: input, maxParagraphs: 16)
        let output = try Binary.temporaryDirectory()
        let run = try Binary.run(["extract", input, "--out", output, "--jobs", "2", "--quiet", "--excel"])
        guard run.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["stderr": run.stderr]) }
        return (input, output)
    }

    /// A larger corpus (400 files) and its plain run, for the stop-signal tests.
    static let longReference: Result<(input: String, output: String), any Error> = Result {
        let input = try Binary.temporaryDirectory()
        try TestCorpus.write(files: 400, into: input, maxParagraphs: 16)
        let output = try Binary.temporaryDirectory()
        let run = try Binary.run(["extract", input, "--out", output, "--jobs", "2", "--quiet", "--excel"])
        guard run.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["stderr": run.stderr]) }
        return (input, output)
    }

    /// The visible files of two output folders that differ; the manifests are compared without their
    /// times and output folder, which differ between any two runs.
    static func differences(_ a: String, _ b: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: a).filter { !$0.hasPrefix(".") }.sorted()
        let others = try FileManager.default.contentsOfDirectory(atPath: b).filter { !$0.hasPrefix(".") }.sorted()
        var different = names == others ? [] : ["file list: \(names) vs \(others)"]
        for name in names where others.contains(name) {
            let x = try Data(contentsOf: URL(fileURLWithPath: a + "/" + name))
            let y = try Data(contentsOf: URL(fileURLWithPath: b + "/" + name))
            let same = name == "manifest.json" ? comparable(x) == comparable(y) : x == y
            if !same { different.append(name) }
        }
        return different
    }

    /// A manifest's lines without `started`, `finished` and `output`.
    static func comparable(_ manifest: Data) -> [Substring] {
        String(decoding: manifest, as: UTF8.self).split(separator: "\n").filter { line in
            !["\"started\"", "\"finished\"", "\"output\""].contains { line.contains($0) }
        }
    }

    @Test func jobsDoNotChangeTheOutput() throws {
        let (input, reference) = try Self.reference.get()
        for jobs in ["1", "4"] {
            let out = try Binary.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: out) }
            let run = try Binary.run(["extract", input, "--out", out, "--jobs", jobs, "--quiet", "--excel"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try Self.differences(reference, out) == [], "--jobs \(jobs)")
        }
        // The comparison can fail: a manifest with other counts differs.
        let manifest = try Data(contentsOf: URL(fileURLWithPath: reference + "/manifest.json"))
        let changed = Data(String(decoding: manifest, as: UTF8.self).replacingOccurrences(of: "\"files\": \(Self.files)", with: "\"files\": \(Self.files - 1)").utf8)
        #expect(Self.comparable(manifest) != Self.comparable(changed))
    }

    /// Where to kill a run: once its journal holds this share of the finished run's journal, or (nil)
    /// as soon as its manifest is being written, during the final renames.
    @Test(arguments: [[0.0], [0.3], [0.7], [0.25, 0.75], [nil]] as [[Double?]])
    func killedRunResumesToTheSameOutput(_ kills: [Double?]) throws {
        let (input, reference) = try Self.reference.get()
        let out = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let journal = out + "/.newsfacts/journal"
        let full = (try FileManager.default.attributesOfItem(atPath: reference + "/.newsfacts/journal")[.size] as? Int) ?? 0
        var killed = 0
        for (i, share) in kills.enumerated() {
            let process = Process()
            process.executableURL = Binary.executable
            process.arguments = ["extract", input, "--out", out, "--jobs", "2", "--quiet", "--excel"] + (i > 0 ? ["--resume"] : [])
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning && Date() < deadline {
                let size = (try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? 0
                let committing = (try? FileManager.default.contentsOfDirectory(atPath: out))?.contains { $0.hasPrefix(".manifest.json.tmp-") } ?? false
                if let share, share == 0 || Double(size) >= share * Double(full) { break }
                if share == nil && committing { break }
                usleep(1000)
            }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            // Whatever the moment, no final file is ever half written: each is complete or absent.
            for name in try FileManager.default.contentsOfDirectory(atPath: out) where !name.hasPrefix(".") {
                let mine = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
                let theirs = try Data(contentsOf: URL(fileURLWithPath: reference + "/" + name))
                #expect(name == "manifest.json" || mine == theirs, "\(name) after a kill")
            }
        }
        let resume = try Binary.run(["extract", input, "--out", out, "--jobs", "2", "--excel", "--resume"])
        #expect(resume.status == 0, "\(resume.stderr)")
        #expect(try Self.differences(reference, out) == [])
        // No temporary file is left behind.
        let hidden = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }
        #expect(hidden == [".newsfacts"])
        if kills.contains(where: { ($0 ?? 1) > 0 }) && killed > 0 {
            #expect(resume.stderr.contains("resumed from the journal"), "\(resume.stderr)")
        }
        print("kill -9 at \(kills): killed \(killed) times; resumed: \(resume.stderr)")
    }

    /// SIGINT in mid-run: the run finishes the files in flight, replaces no output file, exits 130 and
    /// says how to resume; `--resume` then gives the uninterrupted output. SIGTERM likewise, with 143.
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func aStopSignalEndsCleanlyAndResumes(_ signal: Int32, _ status: Int32) throws {
        // A corpus large enough (a few seconds) for the signal to arrive well before the end.
        let (input, reference) = try Self.longReference.get()
        let out = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        // A previous run's files (of one input file) must survive the interrupted run untouched.
        let one = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: one) }
        let first = try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".txt") }.sorted()[0]
        try FileManager.default.copyItem(atPath: input + "/" + first, toPath: one + "/" + first)
        #expect(try Binary.run(["extract", one, "--out", out, "--quiet"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: out + "/facts.jsonl"))

        let process = Process()
        process.executableURL = Binary.executable
        process.arguments = ["extract", input, "--out", out, "--jobs", "2", "--excel"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Once this run's temporary files exist (they are made after the handlers are installed), and
        // a moment more for some documents to finish.
        let temporary = ".facts.jsonl.tmp-\(process.processIdentifier)"
        let deadline = Date().addingTimeInterval(60)
        var started = false
        while process.isRunning && Date() < deadline {
            if (try? FileManager.default.contentsOfDirectory(atPath: out))?.contains(temporary) == true {
                started = true
                break
            }
            usleep(1000)
        }
        usleep(300_000)
        try #require(started && process.isRunning, "the run finished before it could be interrupted")
        kill(process.processIdentifier, signal)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == status, "signal \(signal): \(stderr)")
        #expect(stderr.contains("interrupted:") && stderr.contains("--resume"), "\(stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/facts.jsonl")) == before)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }
        #expect(hidden == [".newsfacts"], "temporary files left: \(hidden)")

        let resume = try Binary.run(["extract", input, "--out", out, "--jobs", "2", "--excel", "--resume"])
        #expect(resume.status == 0, "\(resume.stderr)")
        #expect(resume.stderr.contains("resumed from the journal"), "\(resume.stderr)")
        #expect(try Self.differences(reference, out) == [])
    }

    @Test func mergedShardsEqualASingleRun() throws {
        let (input, reference) = try Self.reference.get()
        var shards: [String] = []
        defer { for folder in shards { try? FileManager.default.removeItem(atPath: folder) } }
        var documents = 0
        for k in 1...3 {
            let out = try Binary.temporaryDirectory()
            shards.append(out)
            let run = try Binary.run(["extract", input, "--out", out, "--shard", "\(k)/3", "--jobs", "1", "--quiet", "--excel"])
            #expect(run.status == 0, "\(run.stderr)")
            let lines = try String(contentsOfFile: out + "/documents.jsonl", encoding: .utf8).split(separator: "\n")
            #expect(!lines.isEmpty, "shard \(k)/3 is empty")
            documents += lines.count
        }
        #expect(documents == Self.files)
        let merged = try Binary.temporaryDirectory()
        shards.append(merged)
        // In any order of the folders.
        let run = try Binary.run(["merge", merged, shards[2], shards[0], shards[1]])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.differences(reference, merged) == [])
        #expect(try Binary.run(["validate", merged, "--quiet"]).status == 0)
        // The merged folder has a journal of its own: resuming it processes nothing again.
        let resumed = try Binary.run(["extract", input, "--out", merged, "--resume", "--excel"])
        #expect(resumed.stderr.contains("\(Self.files) files resumed from the journal"), "\(resumed.stderr)")
        #expect(try Self.differences(reference, merged) == [])
        // A missing shard is refused.
        let partial = try Binary.run(["merge", merged + "-partial", shards[0], shards[1]])
        #expect(partial.status == 2)
        #expect(partial.stderr.contains("3/3"))
    }

    @Test func progressOnlyOnATerminal() throws {
        let (input, _) = try Self.reference.get()
        let out = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let base = ["extract", input, "--out", out, "--jobs", "2"]
        let terminal = try Self.runOnTerminal(base)
        #expect(terminal.contains("\(Self.files)/\(Self.files) files"), "\(terminal)")
        #expect(terminal.contains("MB/s"))
        #expect(terminal.contains("\r"))
        let quiet = try Self.runOnTerminal(base + ["--quiet"])
        #expect(quiet.isEmpty, "\(quiet)")
        let piped = try Binary.run(base)
        #expect(!piped.stderr.contains("files  "), "\(piped.stderr)")
        #expect(piped.stderr.contains("\(Self.files) files (\(Self.files) ok"))
        let forced = try Binary.run(base + ["--progress"])
        #expect(forced.stderr.contains("\(Self.files)/\(Self.files) files"), "\(forced.stderr)")
        #expect(!forced.stderr.contains("\r"))
    }

    /// Runs the binary with stderr on a pseudo-terminal (made by Python's `pty`, as Glibc's pty calls
    /// are not visible from Swift); returns what it wrote there.
    static func runOnTerminal(_ arguments: [String]) throws -> String {
        let script = """
        import os, pty, subprocess, sys
        master, slave = pty.openpty()
        process = subprocess.Popen(sys.argv[1:], stderr=slave, stdout=subprocess.DEVNULL)
        os.close(slave)
        out = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        process.wait()
        sys.stdout.buffer.write(out)
        """
        let run = try Binary.run(["-c", script, Binary.executable.path] + arguments, executable: "/usr/bin/env", prefix: ["python3"])
        return run.stdout
    }

    /// A file read in windows gives the records of the same text read whole: the same spans, values,
    /// units and sentences. What belongs to the page (article numbers, headlines, place and date by
    /// article or document) may differ, since each window is read as a page of its own.
    @Test(arguments: ["UTF-8", "UTF-16LE", "GB18030"])
    func windowedFileGivesTheSameRecords(_ encoding: String) throws {
        let input = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: input) }
        // One long line: sentences only, no line break, so windows end after a sentence.
        let sentences = try TestCorpus.seedParagraphs().filter { $0.contains("。") }
        let text = sentences.prefix(40).joined()
        var bytes = Array(text.utf8)
        switch encoding {
        case "UTF-16LE": bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case "GB18030": bytes = try #require(EncodedBytes.iconv(text, to: "GB18030"))
        default: break
        }
        try Data(bytes).write(to: URL(fileURLWithPath: input + "/long.txt"))
        let whole = try Binary.temporaryDirectory()
        let windowed = try Binary.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: whole)
            try? FileManager.default.removeItem(atPath: windowed)
        }
        #expect(try Binary.run(["extract", input, "--out", whole, "--format", "jsonl"]).status == 0)
        let run = try Binary.run(["extract", input, "--out", windowed, "--format", "jsonl", "--window-bytes", "3000"])
        #expect(run.status == 0, "\(run.stderr)")
        let pageFields: Set<String> = ["article", "headline", "place", "place_source", "date", "date_source"]
        let a = try Self.records(whole + "/facts.jsonl", without: pageFields)
        let b = try Self.records(windowed + "/facts.jsonl", without: pageFields)
        #expect(a.count > 20)
        Self.expectSame(a, b, "facts")
        // Entities: places are settled against the page, relative dates against its date.
        let entityFields: Set<String> = ["article", "normalized", "adcode"]
        let ea = try Self.records(whole + "/entities.jsonl", without: entityFields).filter { !$0.contains("\"type\":\"place\"") }
        let eb = try Self.records(windowed + "/entities.jsonl", without: entityFields).filter { !$0.contains("\"type\":\"place\"") }
        #expect(ea.count > 20)
        Self.expectSame(ea, eb, "entities")
        // The document record counts the whole file, and it was indeed read in several windows.
        let da = try String(contentsOfFile: whole + "/documents.jsonl", encoding: .utf8)
        let db = try String(contentsOfFile: windowed + "/documents.jsonl", encoding: .utf8)
        for field in ["\"bytes\":\(bytes.count),", "\"characters\":\(text.unicodeScalars.count),", "\"encoding\":\"\(encoding)\""] {
            #expect(da.contains(field) && db.contains(field), "\(field)")
        }
        let articles = { (s: String) in s.components(separatedBy: "\"articles\":").last?.prefix { $0.isNumber } ?? "" }
        #expect((Int(articles(db)) ?? 0) > (Int(articles(da)) ?? 0), "\(db)")
        let sha = { (s: String) in s.components(separatedBy: "\"sha256\":").last?.prefix(66) ?? "" }
        #expect(sha(da) == sha(db))
    }

    /// The same records; on failure, only the first that differs.
    static func expectSame(_ a: [String], _ b: [String], _ what: String) {
        #expect(a.count == b.count, "\(what): \(a.count) vs \(b.count) records")
        if let i = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) {
            Issue.record("\(what) differ first at record \(i): \(a[i]) vs \(b[i])")
        }
    }

    /// Each JSON Lines record as canonical text without the given keys.
    static func records(_ path: String, without keys: Set<String>) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let kept = object.filter { !keys.contains($0.key) }
            let data = try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
    }
}
