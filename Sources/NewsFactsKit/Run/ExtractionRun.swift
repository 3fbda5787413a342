import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One `extract` run: lists the inputs, runs the pipeline over every file on all cores and streams the
/// records to the writers in input order, keeping a journal so that an interrupted run can resume;
/// then writes the manifest.
///
/// The threads and what passes between them:
///
///     feeder ──(work queue)──▶ workers × jobs ──▶ reorder buffer ──▶ collector ──▶ writer × format
///       reads files, decodes      pipeline           by sequence       journal,      JSONL, CSV,
///       large ones in windows                                          index         XML, Excel
///
/// The feeder takes a share of a fixed in-flight budget for every piece of work and the collector
/// gives it back, so memory does not grow with the number or the size of the files. The collector
/// takes results strictly in input order, so the output is the same byte for byte whatever `jobs` is.
/// The collector runs on the calling thread and owns the journal; each writer lives on its own thread.
public struct ExtractionRun: Sendable {
    /// The output folder could not be created or written; nothing was left under a final name.
    public struct OutputFailure: Error, CustomStringConvertible {
        /// A sentence for a person.
        public var description: String
    }

    /// The run was stopped by a `RunInterrupt` before it finished; no output file was replaced.
    public struct Interrupted: Error, CustomStringConvertible {
        /// Documents finished (in the journal) when the run stopped.
        public var done: Int
        /// Documents the run had to process.
        public var total: Int
        /// The output folder.
        public var output: String

        /// A sentence for a person, with how to continue.
        public var description: String {
            "interrupted: \(done) of \(total) documents were finished and are kept in \(output)/.newsfacts; "
                + "no output file was replaced. Run the same command with --resume to continue."
        }
    }

    /// The tool's version, recorded in the manifest.
    public static let version = "0.1.0"
    /// The version of the record schemas, recorded in the manifest and the XML root.
    public static let schemaVersion = "1.0"
    /// The tables every run writes.
    public static let tables = [FactRecord.schema, EntityRecord.schema, DocumentRecord.schema, RejectRecord.schema]

    /// What to do.
    public var options: ExtractOptions
    /// The per-document pipeline.
    public var pipeline: Pipeline

    /// Creates a run.
    public init(options: ExtractOptions, pipeline: Pipeline) {
        self.options = options
        self.pipeline = pipeline
    }

    /// Runs to completion and returns the counts; throws `OutputFailure` when the output cannot be
    /// written. `progress`, if given, is called every `interval` from another thread.
    /// `interrupt`, if given, can stop the run early: it then throws `Interrupted`.
    public func run(progressInterval interval: Duration = .milliseconds(250),
                    progress: (@Sendable (RunProgress) -> Void)? = nil,
                    interrupt: RunInterrupt? = nil) throws -> RunSummary {
        let started = Date()
        let clock = ContinuousClock.now
        let out = options.output
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw OutputFailure(description: "cannot create output folder \(out): \(error.localizedDescription)")
        }
        let journal: RunJournal
        do {
            journal = try RunJournal(output: out, resume: options.resume, entities: options.entities)
        } catch {
            throw OutputFailure(description: "cannot write to output folder \(out): \(error)")
        }
        // The previous run's files, manifest included, stay as they are until every new file is
        // sealed (see the end of the run), so a run that fails leaves them intact and valid.
        Self.removeTemporaryFiles(in: out)
        let cutter: WindowCutter
        do {
            cutter = try WindowCutter()
        } catch {
            throw OutputFailure(description: "cannot read the segmenter's tables: \(error)")
        }

        var files = InputWalker(include: options.include, followSymlinks: options.followSymlinks).list(in: options.inputs)
        if let shard = options.shard { files = files.filtered(to: shard) }

        let outputs: OutputSet
        let index: IndexFile
        do {
            outputs = try OutputSet(directory: out, formats: options.formats, excel: options.excel)
            index = try journal.startIndex()
        } catch {
            throw OutputFailure(description: "cannot write to output folder \(out): \(error)")
        }

        let jobs = max(1, options.jobs)
        let work = BlockingQueue<(item: WorkItem, cost: Int)>(capacity: 4 * jobs + 4)
        let results = ReorderBuffer()
        // Enough pieces to keep every worker busy while the collector writes; bytes for a few windows.
        let budget = InFlightBudget(items: 16 * jobs + 16, bytes: max(64 << 20, (jobs + 2) * options.windowBytes))
        let ticker = ProgressTicker(totalFiles: files.count, totalBytes: files.totalBytes, interval: interval,
                                    report: progress)
        let feeder = RunFeeder(files: files, windowBytes: max(1, options.windowBytes), finished: journal.finished,
                               firstAttempt: journal.nextAttempt, cutter: cutter, work: work, results: results,
                               budget: budget)
        // On interrupt the feeder stops at its next acquire, the workers skip what they have not begun
        // and the collector stops at once: what it has journaled stays for --resume, the rest is
        // discarded (a worker in mid-document finishes that one document first).
        interrupt?.onRequest {
            budget.cancel()
            results.cancel()
            work.close()
        }
        let feederThread = RunThread("newsfacts-feed") { feeder.run() }
        let worker = RunWorker(pipeline: pipeline)
        let workers = (0..<jobs).map { n in
            RunThread("newsfacts-work-\(n)") {
                while let (item, cost) = work.pop() {
                    if interrupt?.isRequested == true { continue }
                    results.put(item.sequence, worker.process(item), cost: cost)
                }
            }
        }

        var summary = RunSummary()
        if let note = journal.discarded { summary.notes.append(note) }
        do {
            try collect(results, budget: budget, journal: journal, outputs: outputs, index: index,
                        ticker: ticker, summary: &summary)
        } catch {
            budget.cancel()
            results.cancel()
            work.close()
            feederThread.join()
            workers.forEach { $0.join() }
            ticker.stop(reporting: false)
            outputs.discard()
            try? journal.sync()
            if let failure = error as? OutputFailure { throw failure }
            throw OutputFailure(description: "cannot write to output folder \(out): \(error)")
        }
        feederThread.join()
        workers.forEach { $0.join() }
        if let interrupt, interrupt.isRequested {
            ticker.stop(reporting: false)
            outputs.discard()
            do {
                try journal.sync()
            } catch {
                throw OutputFailure(description: "cannot write to output folder \(out): \(error)")
            }
            throw Interrupted(done: summary.files, total: files.count, output: out)
        }
        ticker.stop()

        summary.seconds = Self.seconds(since: clock)
        do {
            try journal.sync()
            let manifest = RunManifest.value(options: options.manifestValue, started: Self.timestamp(started),
                                             finished: Self.timestamp(Date()), summary: summary)
            let manifestFile = try AtomicFile(path: out + "/manifest.json")
            try manifestFile.write(manifest.prettyText)
            // Everything is written and synced under temporary names before any final name changes, so
            // a full disk fails the run here and leaves the previous run's files as they were. A previous
            // manifest goes before the renames: a folder caught between them has no manifest, which
            // `validate` reports as a run that did not finish.
            try outputs.seal()
            try manifestFile.seal()
            if unlink(out + "/manifest.json") != 0, errno != ENOENT {
                throw AtomicFile.IOError(path: out + "/manifest.json", operation: "remove the previous", code: errno)
            }
            try outputs.commit()
            try index.commit()
            try manifestFile.commit()
        } catch {
            outputs.discard()
            throw OutputFailure(description: "cannot write to output folder \(out): \(error)")
        }
        return summary
    }

    /// Reads and processes one file on the calling thread (tests, embedding); read failures become an
    /// `error` document. Unlike `run`, a large file is processed whole, not in windows.
    public func process(_ file: InputFile) -> DocumentContext {
        if let problem = file.problem {
            return RunWorker.failed(file, problem)
        }
        switch InputReader.readWhole(file) {
        case .success(let bytes):
            return pipeline.process(InputDocument(doc: file.doc, path: file.path, bytes: bytes))
        case .failure(let failure):
            return RunWorker.failed(file, failure.message)
        }
    }

    /// Takes the results in order: journals them, hands the rows to the writers, counts them.
    private func collect(_ results: ReorderBuffer, budget: InFlightBudget, journal: RunJournal, outputs: OutputSet,
                         index: IndexFile, ticker: ProgressTicker, summary: inout RunSummary) throws {
        var sequence = 0
        var windowed: (assembler: WindowAssembler, start: Int)?
        while let (result, cost) = results.take(sequence) {
            switch result {
            case .document(let output):
                let extent = try journal.append(output.chunk)
                try outputs.send(output.rows)
                try index.add(doc: output.doc, extent: extent)
                summary.add(output.summary)
                ticker.advance(files: 1, bytes: output.summary.bytes)
            case .window(let output):
                let window = output.window
                if window.index == 0 {
                    windowed = (WindowAssembler(file: window.file, attempt: window.attempt), journal.size)
                }
                guard let current = windowed else {
                    throw OutputFailure(description: "internal error: a window of \(window.file.path) came without its first")
                }
                var assembler = current.assembler
                let start = current.start
                var rows = assembler.add(output)
                var chunk = JournalChunk(kind: .part, attempt: window.attempt, path: window.file.path,
                                         doc: window.file.doc, rows: rows)
                var counts: RunSummary?
                if let end = window.end {
                    let (document, documentCounts) = assembler.document(end)
                    rows.append(TableRow(document))
                    chunk = JournalChunk(kind: .end, attempt: window.attempt, path: window.file.path, doc: window.file.doc,
                                         sha256: document.sha256, summary: documentCounts, rows: rows)
                    counts = documentCounts
                }
                let extent = try journal.append(chunk.encoded())
                try outputs.send(rows)
                windowed = (assembler, start)
                if let counts {
                    try index.add(doc: window.file.doc, extent: start..<extent.upperBound)
                    summary.add(counts)
                    windowed = nil
                }
                ticker.advance(files: counts == nil ? 0 : 1, bytes: window.bytes)
            case .replay(let file, let extent, let bytes):
                var counted = false
                try journal.chunks(in: extent.start..<extent.end) { chunk in
                    guard chunk.path == file.path else {
                        throw OutputFailure(description: "the journal does not match the inputs (\(chunk.path) where \(file.path) was expected); run again without --resume")
                    }
                    try outputs.send(chunk.rows)
                    if chunk.kind == .end {
                        summary.add(chunk.summary)
                        counted = true
                    }
                }
                guard counted else {
                    throw OutputFailure(description: "the journal entry of \(file.path) is incomplete; run again without --resume")
                }
                try index.add(doc: file.doc, extent: extent.start..<extent.end)
                summary.resumed += 1
                ticker.advance(files: 1, bytes: bytes)
            }
            budget.release(cost)
            sequence += 1
        }
    }

    /// Removes temporary files that a killed run left in the output folder (`.facts.csv.tmp-PID`);
    /// the journal's lock guarantees that no other run is writing them.
    static func removeTemporaryFiles(in directory: String) {
        var names = ["manifest.json", XMLWriter.fileName]
        for table in tables {
            names += [table.name + ".jsonl", table.name + CSVDialect.rfc4180.fileSuffix, table.name + CSVDialect.excel.fileSuffix]
        }
        let prefixes = names.map { "." + $0 + ".tmp-" }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        where prefixes.contains(where: { entry.hasPrefix($0) }) {
            unlink(directory + "/" + entry)
        }
    }

    /// Seconds since `start`.
    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// An RFC 3339 UTC timestamp.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
