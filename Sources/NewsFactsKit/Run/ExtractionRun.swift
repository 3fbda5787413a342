import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One `extract` run: walks the inputs, runs the pipeline over every file and streams the records to
/// the writers, then writes the manifest.
public struct ExtractionRun: Sendable {
    /// The output folder could not be created or written; nothing was left under a final name.
    public struct OutputFailure: Error, CustomStringConvertible {
        /// A sentence for a person.
        public var description: String
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

    /// Runs to completion and returns the counts; throws `OutputFailure` when the output cannot be written.
    public func run() throws -> RunSummary {
        let started = Date()
        let clock = ContinuousClock.now
        let out = options.output
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw OutputFailure(description: "cannot create output folder \(out): \(error.localizedDescription)")
        }
        var writers: [any RecordWriter] = []
        do {
            for format in options.formats {
                switch format {
                case .jsonl: writers.append(try JSONLinesWriter(directory: out, tables: Self.tables))
                case .csv: writers.append(try CSVWriter(directory: out, tables: Self.tables))
                case .xml: writers.append(try XMLWriter(directory: out))
                }
            }
            if options.excel {
                writers.append(try CSVWriter(directory: out, tables: Self.tables, dialect: .excel))
            }
        } catch {
            writers.forEach { $0.discard() }
            throw OutputFailure(description: "cannot write to output folder \(out): \(error)")
        }

        var summary = RunSummary()
        let files = InputWalker(include: options.include, followSymlinks: options.followSymlinks).files(in: options.inputs)
        do {
            for file in files {
                let context = process(file)
                let document = context.documentRecord
                summary.add(document)
                summary.add(rejects: context.rejects)
                for writer in writers {
                    try StageTimer.measure("write \(writer.format.rawValue)") {
                        for fact in context.facts { try writer.write(fact) }
                        for entity in context.entities { try writer.write(entity) }
                        for reject in context.rejects { try writer.write(reject) }
                        try writer.write(document)
                    }
                }
            }
            summary.seconds = Double((ContinuousClock.now - clock).components.attoseconds) / 1e18
                + Double((ContinuousClock.now - clock).components.seconds)
            let manifest = JSONValue.object([
                ("tool", .string("newsfacts")),
                ("version", .string(Self.version)),
                ("schema_version", .string(Self.schemaVersion)),
                ("options", options.manifestValue),
                ("started", .string(Self.timestamp(started))),
                ("finished", .string(Self.timestamp(Date()))),
                ("counts", summary.manifestValue),
                ("tables", summary.tablesManifestValue),
            ])
            let manifestFile = try AtomicFile(path: out + "/manifest.json")
            try manifestFile.write(manifest.prettyText)
            // Everything is written and synced under temporary names before any final name changes, so
            // a full disk fails the run here and leaves the previous run's files as they were. A previous
            // manifest goes before the renames: a folder caught between them has no manifest, which
            // `validate` reports as a run that did not finish.
            for writer in writers { try writer.seal() }
            try manifestFile.seal()
            if unlink(out + "/manifest.json") != 0, errno != ENOENT {
                throw AtomicFile.IOError(path: out + "/manifest.json", operation: "remove the previous", code: errno)
            }
            for writer in writers { try writer.commit() }
            try manifestFile.commit()
        } catch {
            writers.forEach { $0.discard() }
            throw OutputFailure(description: "cannot write to output folder \(out): \(error)")
        }
        return summary
    }

    /// Reads and processes one file; read failures become an `error` document.
    public func process(_ file: InputFile) -> DocumentContext {
        if let problem = file.problem {
            return Self.failed(file, problem)
        }
        switch StageTimer.measure("read", { Self.read(file.rawPath) }) {
        case .success(let bytes):
            return pipeline.process(InputDocument(doc: file.doc, path: file.path, bytes: bytes))
        case .failure(let error):
            return Self.failed(file, error.description)
        }
    }

    private static func failed(_ file: InputFile, _ message: String) -> DocumentContext {
        var context = DocumentContext(input: InputDocument(doc: file.doc, path: file.path, bytes: []))
        context.status = .error
        context.report(.decode, .error, "input.unreadable", message)
        return context
    }

    /// Reads a whole file by raw path.
    ///
    /// Opened non-blocking and refused unless it is (still) a regular file, so that a file replaced by a
    /// FIFO or a device after it was listed cannot hang the run. A file that changes while it is read
    /// (size or modification time differ before and after) is read once more; if it changes again it is
    /// refused, because its bytes would match no version of the file.
    static func read(_ rawPath: [UInt8]) -> Result<[UInt8], AtomicFile.IOError> {
        let printable = InputFile.printable(rawPath)
        let fd = withCString(rawPath) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        if fd < 0 {
            let code = errno
            return .failure(.init(path: printable, operation: "open", code: code,
                                  detail: code == ENOENT ? "no such file (it was listed, then removed or renamed)" : nil))
        }
        defer { close(fd) }
        for attempt in 1...2 {
            var before = stat()
            guard fstat(fd, &before) == 0 else { return .failure(.init(path: printable, operation: "examine", code: errno)) }
            guard (before.st_mode & S_IFMT) == S_IFREG else {
                return .failure(.init(path: printable, operation: "read", code: EINVAL,
                                      detail: "it is no longer a regular file (replaced after it was listed)"))
            }
            if attempt == 2, lseek(fd, 0, SEEK_SET) != 0 {
                return .failure(.init(path: printable, operation: "rewind", code: errno))
            }
            var bytes: [UInt8] = []
            if before.st_size > 0 { bytes.reserveCapacity(Int(before.st_size)) }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { raw -> Int in
                    guard let base = raw.baseAddress else { return 0 }
                    return Glibc.read(fd, base, raw.count)
                }
                if n < 0 {
                    if errno == EINTR { continue }
                    return .failure(.init(path: printable, operation: "read", code: errno))
                }
                if n == 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
            }
            var after = stat()
            guard fstat(fd, &after) == 0 else { return .failure(.init(path: printable, operation: "examine", code: errno)) }
            let unchanged = before.st_size == after.st_size && Int(after.st_size) == bytes.count
                && before.st_mtim.tv_sec == after.st_mtim.tv_sec && before.st_mtim.tv_nsec == after.st_mtim.tv_nsec
            if unchanged { return .success(bytes) }
        }
        return .failure(.init(path: printable, operation: "read", code: EAGAIN,
                              detail: "it changed while being read, twice; run again when it is complete"))
    }

    /// An RFC 3339 UTC timestamp.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
