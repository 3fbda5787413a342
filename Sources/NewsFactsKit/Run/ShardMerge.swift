import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `newsfacts merge OUT SHARD...`: puts the outputs of `extract --shard K/N` runs together into one
/// output folder, the same as a single run over all the inputs would have written.
///
/// Each shard's journal holds its documents' records and its index their order; the merge walks the
/// indexes together in `doc` order (every shard is sorted by doc, and a doc belongs to exactly one
/// shard) and replays each document's records into fresh writers, so every format comes out byte for
/// byte as a single run writes it. The manifest is the shards' (their options, `shard` null) with the
/// counts summed, `output` the merged folder, `started` the earliest shard's start. The chunks are
/// also copied into a journal of the merged folder (renumbered, as every shard numbers its own), so it
/// can be resumed or merged again like any output folder.
public struct ShardMerge: Sendable {
    /// Why the shards cannot be merged, or the output cannot be written.
    public enum Failure: Error, CustomStringConvertible {
        /// The folders are not the finished shards of one partition.
        case shards(String)
        /// The output folder cannot be written.
        case output(String)

        /// A sentence for a person.
        public var description: String {
            switch self {
            case .shards(let s), .output(let s): s
            }
        }
    }

    /// The merged output folder.
    public var output: String
    /// The shards' output folders.
    public var shards: [String]

    /// Creates a merge.
    public init(output: String, shards: [String]) {
        self.output = output
        self.shards = shards
    }

    /// One shard being read.
    private final class Source {
        let folder: String
        let fd: Int32
        let index: LineReader
        var current: (extent: Range<Int>, doc: String)?

        init(folder: String) throws(Failure) {
            self.folder = folder
            let hidden = folder + "/" + RunJournal.folderName
            guard let index = LineReader(path: hidden + "/" + RunJournal.indexName) else {
                throw .shards("\(folder) holds no finished run (no \(RunJournal.folderName)/\(RunJournal.indexName)); run or resume its extract first")
            }
            self.index = index
            fd = open(hidden + "/" + RunJournal.journalName, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw .shards("cannot open the journal of \(folder)") }
            var header = [UInt8](repeating: 0, count: RunJournal.header(entities: true).count)
            let n = header.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
            // Whether with entities or not, every shard's manifest must say the same (checkPartition).
            guard n == header.count,
                  header == RunJournal.header(entities: true) || header == RunJournal.header(entities: false) else {
                close(fd)
                throw .shards("the journal of \(folder) was written by another version of newsfacts")
            }
        }

        deinit {
            close(fd)
        }

        func advance() throws(Failure) {
            guard let line = index.next(), !line.isEmpty else {
                current = nil
                return
            }
            guard let entry = IndexFile.parse(line[...]) else { throw .shards("\(folder): damaged index line '\(line)'") }
            current = entry
        }
    }

    /// Merges; returns the counts of the merged output.
    public func run() throws(Failure) -> RunSummary {
        let clock = ContinuousClock.now
        guard !shards.isEmpty else { throw .shards("no shard folders given") }
        let manifests = try shards.map(readManifest)
        let options = try checkPartition(manifests)
        let sources = try shards.map { folder throws(Failure) -> Source in
            let source = try Source(folder: folder)
            try source.advance()
            return source
        }

        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw .output("cannot create output folder \(output): \(error.localizedDescription)")
        }
        let journal: RunJournal
        do {
            journal = try RunJournal(output: output, resume: false,
                                     entities: Self.member(options, "entities") != .bool(false))
        } catch {
            throw .output("\(error)")
        }
        unlink(output + "/" + RunManifest.fileName)
        ExtractionRun.removeTemporaryFiles(in: output)
        let formats = Self.strings(options, "formats").compactMap(OutputFormat.init)
        let excel = Self.member(options, "excel") == .bool(true)
        let outputs: OutputSet
        let index: IndexFile
        do {
            outputs = try OutputSet(directory: output, formats: formats, excel: excel)
            index = try journal.startIndex()
        } catch {
            throw .output("cannot write to output folder \(output): \(error)")
        }

        var summary = RunSummary()
        do {
            var previous: String?
            var attempt = journal.nextAttempt
            while true {
                var next: Source?
                for source in sources {
                    guard let doc = source.current?.doc else { continue }
                    if let best = next?.current?.doc, !doc.utf8.lexicographicallyPrecedes(best.utf8) {
                        if doc == best { throw Failure.shards("\(doc) is in both \(next?.folder ?? "") and \(source.folder): the shards overlap") }
                        continue
                    }
                    next = source
                }
                guard let source = next, let (extent, doc) = source.current else { break }
                if let previous, doc.utf8.lexicographicallyPrecedes(previous.utf8) {
                    throw Failure.shards("the index of \(source.folder) is not in doc order")
                }
                previous = doc
                var counted = false
                let start = journal.size
                try RunJournal.chunks(fd: source.fd, in: extent, path: source.folder) { chunk in
                    var copy = chunk
                    copy.attempt = attempt
                    try journal.append(copy.encoded())
                    try outputs.send(chunk.rows)
                    if chunk.kind == .end {
                        summary.add(chunk.summary)
                        counted = true
                    }
                }
                guard counted else { throw Failure.shards("the journal of \(source.folder) lacks the end of \(doc)") }
                try index.add(doc: doc, extent: start..<journal.size)
                attempt += 1
                try source.advance()
            }
            try journal.sync()
            summary.seconds = ExtractionRun.seconds(since: clock)
            let started = manifests.compactMap { Self.member($0.json, "started").flatMap(Self.string) }.min() ?? ExtractionRun.timestamp(Date())
            let manifest = RunManifest.value(options: Self.replacing(options, [("output", .string(output)), ("shard", .null)]),
                                             started: started, finished: ExtractionRun.timestamp(Date()), summary: summary)
            let file = try AtomicFile(path: output + "/" + RunManifest.fileName)
            try file.write(manifest.prettyText)
            try outputs.commit()
            try index.commit()
            try file.commit()
        } catch let failure as Failure {
            outputs.discard()
            throw failure
        } catch {
            outputs.discard()
            throw .output("cannot write to output folder \(output): \(error)")
        }
        return summary
    }

    private struct ShardManifest {
        var folder: String
        var json: JSONValue
        var shard: Shard
    }

    private func readManifest(_ folder: String) throws(Failure) -> ShardManifest {
        let path = folder + "/" + RunManifest.fileName
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .shards("\(folder) holds no finished run (no \(RunManifest.fileName)); run or resume its extract first")
        }
        guard let json = try? JSONParser.parse(Array(data)) else { throw .shards("\(path) is not JSON") }
        guard Self.member(json, "version").flatMap(Self.string) == ExtractionRun.version,
              Self.member(json, "schema_version").flatMap(Self.string) == ExtractionRun.schemaVersion else {
            throw .shards("\(folder) was written by another version of newsfacts")
        }
        guard let options = Self.member(json, "options"), let text = Self.member(options, "shard").flatMap(Self.string),
              let shard = Shard(text) else {
            throw .shards("\(folder) is not a shard (its manifest has no options.shard); merge takes the folders of extract --shard K/N runs")
        }
        return ShardManifest(folder: folder, json: json, shard: shard)
    }

    /// The shards' common options, if they are every part of one partition of the same run.
    private func checkPartition(_ manifests: [ShardManifest]) throws(Failure) -> JSONValue {
        let count = manifests[0].shard.count
        var seen: [Int: String] = [:]
        for manifest in manifests {
            guard manifest.shard.count == count else {
                throw .shards("\(manifest.folder) is shard \(manifest.shard) but \(manifests[0].folder) is shard \(manifests[0].shard)")
            }
            if let other = seen[manifest.shard.index] {
                throw .shards("\(other) and \(manifest.folder) are both shard \(manifest.shard)")
            }
            seen[manifest.shard.index] = manifest.folder
        }
        let missing = (1...count).filter { seen[$0] == nil }
        guard missing.isEmpty else {
            throw .shards("shards \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) are missing")
        }
        let common = { (m: ShardManifest) in
            Self.replacing(Self.member(m.json, "options") ?? .null, [("output", .null), ("shard", .null)])
        }
        let first = common(manifests[0])
        for manifest in manifests.dropFirst() where common(manifest) != first {
            throw .shards("\(manifest.folder) was run with other options than \(manifests[0].folder)")
        }
        if let resolved = try? URL(fileURLWithPath: output).resourceValues(forKeys: [.canonicalPathKey]).canonicalPath,
           manifests.contains(where: { (try? URL(fileURLWithPath: $0.folder).resourceValues(forKeys: [.canonicalPathKey]).canonicalPath) == resolved }) {
            throw .shards("the output folder \(output) is one of the shards")
        }
        return Self.member(manifests[0].json, "options") ?? .null
    }

    private static func member(_ value: JSONValue, _ key: String) -> JSONValue? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.0 == key }?.1
    }

    private static func string(_ value: JSONValue) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }

    private static func strings(_ value: JSONValue, _ key: String) -> [String] {
        guard case .array(let items)? = member(value, key) else { return [] }
        return items.compactMap(string)
    }

    private static func replacing(_ value: JSONValue, _ replacements: [(String, JSONValue)]) -> JSONValue {
        guard case .object(var members) = value else { return value }
        for (key, replacement) in replacements {
            if let i = members.firstIndex(where: { $0.0 == key }) { members[i].1 = replacement }
        }
        return .object(members)
    }
}
