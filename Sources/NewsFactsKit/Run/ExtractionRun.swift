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
    static func read(_ rawPath: [UInt8]) -> Result<[UInt8], AtomicFile.IOError> {
        let printable = InputFile.printable(rawPath)
        let fd = withCString(rawPath) { open($0, O_RDONLY | O_CLOEXEC) }
        if fd < 0 { return .failure(.init(path: printable, operation: "open", code: errno)) }
        defer { close(fd) }
        var st = stat()
        var bytes: [UInt8] = []
        if fstat(fd, &st) == 0, st.st_size > 0 { bytes.reserveCapacity(Int(st.st_size)) }
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
        return .success(bytes)
    }

    /// An RFC 3339 UTC timestamp.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
