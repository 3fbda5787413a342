import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The durable record of the documents a run has finished, kept in the hidden folder `.newsfacts/`
/// of the output folder, so that a run killed at any point can be resumed and shards can be merged.
///
/// - `journal`: a header, then `JournalChunk`s appended as documents finish, in output order. Each is
///   written with one `write` as soon as its document is done, so a killed process loses nothing that
///   was written; it is `fsync`ed at least once a second (and at the end), so a power failure loses at
///   most the last second. A chunk cut short or damaged by a crash fails its length or CRC check and
///   is cut off when the journal is opened again; an attempt at a document without its `end` chunk is
///   ignored (the document is done again).
/// - `index`: written (atomically) when a run completes: one line per document in output order,
///   `start<TAB>end<TAB>doc`, the extent of its chunks. `newsfacts merge` reads it.
/// - `lock`: held with `flock` while a run writes the folder, so two runs cannot write one folder.
///
/// Only the thread that created it uses a journal.
final class RunJournal {
    /// A journal that cannot be used.
    struct Failure: Error, CustomStringConvertible {
        /// A sentence for a person.
        var description: String
    }

    /// The hidden folder's name.
    static let folderName = ".newsfacts"
    /// The journal file's name.
    static let journalName = "journal"
    /// The index file's name.
    static let indexName = "index"
    /// What starts every journal: the format, the versions whose records it holds and whether they
    /// include entities (`--no-entities` writes other records for the same file). Same length either way.
    static func header(entities: Bool) -> [UInt8] {
        var out = ByteWriter()
        out.bytes.append(contentsOf: Array("NFJOURNL".utf8))
        out.u32(1)
        out.string(ExtractionRun.version)
        out.string(ExtractionRun.schemaVersion)
        out.u8(entities ? 1 : 0)
        return out.bytes
    }

    /// This journal's header.
    private let header: [UInt8]

    /// The hidden folder.
    let directory: String
    /// Documents finished by earlier attempts, by the hash of their path.
    private(set) var finished: [UInt64: JournalExtent] = [:]
    /// Why an existing journal was not used, if it was not.
    private(set) var discarded: String?
    /// The next attempt number (larger than any in the journal).
    private(set) var nextAttempt: UInt64 = 1
    private var fd: Int32 = -1
    private var lockFD: Int32 = -1
    private(set) var size = 0
    private var lastSync = ContinuousClock.now

    /// Opens the journal of `output`, creating the folder. With `resume`, reads what earlier runs
    /// finished (every chunk whole in the last `verifiedTail` bytes, only the document part of the
    /// others); otherwise starts an empty journal.
    init(output: String, resume: Bool, entities: Bool = true,
         verifiedTail: Int = RunJournal.defaultVerifiedTail) throws {
        directory = output + "/" + Self.folderName
        header = Self.header(entities: entities)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(directory): \(error.localizedDescription)")
        }
        lockFD = open(directory + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lockFD >= 0 else { throw Self.ioFailure("open", directory + "/lock") }
        guard flock(lockFD, LOCK_EX | LOCK_NB) == 0 else {
            close(lockFD)
            throw Failure(description: "another newsfacts run is writing to \(output)")
        }
        // The index describes a finished journal; whatever happens now changes the journal. An index
        // half written by a killed run is dropped too.
        unlink(directory + "/" + Self.indexName)
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        where entry.hasPrefix("." + Self.indexName + ".tmp-") {
            unlink(directory + "/" + entry)
        }
        let path = directory + "/" + Self.journalName
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.ioFailure("open", path) }
        if resume {
            try scan(verifiedTail: verifiedTail)
        } else {
            try reset()
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
        if lockFD >= 0 { close(lockFD) }
    }

    /// Appends chunk bytes and returns where they went.
    @discardableResult
    func append(_ bytes: [UInt8]) throws -> Range<Int> {
        let start = size
        try bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                guard let base = raw.baseAddress else { return }
                let n = pwrite(fd, base + done, raw.count - done, off_t(start + done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Self.ioFailure("write", directory + "/" + Self.journalName)
                }
                done += n
            }
        }
        size += bytes.count
        if ContinuousClock.now - lastSync >= .seconds(1) { try sync() }
        return start..<size
    }

    /// Forces what was written to disk.
    func sync() throws {
        guard fsync(fd) == 0 else { throw Self.ioFailure("sync", directory + "/" + Self.journalName) }
        lastSync = ContinuousClock.now
    }

    /// Reads the chunks in `extent`, in order.
    func chunks(in extent: Range<Int>, _ body: (JournalChunk) throws -> Void) throws {
        try Self.chunks(fd: fd, in: extent, path: directory + "/" + Self.journalName, body)
    }

    /// Reads the chunks in `extent` of an open journal file, in order; throws if one is damaged.
    static func chunks(fd: Int32, in extent: Range<Int>, path: String, _ body: (JournalChunk) throws -> Void) throws {
        var offset = extent.lowerBound
        while offset < extent.upperBound {
            guard let (chunk, next) = readChunk(fd: fd, at: offset, rows: true) else {
                throw Failure(description: "\(path) is damaged at byte \(offset)")
            }
            try body(chunk)
            offset = next
        }
    }

    /// Starts the index file of this run (renamed into place by `IndexFile.commit()`).
    func startIndex() throws -> IndexFile {
        try IndexFile(path: directory + "/" + Self.indexName)
    }

    /// Reads the chunk at `offset`: nil if it is incomplete or damaged.
    static func readChunk(fd: Int32, at offset: Int, rows: Bool) -> (JournalChunk, next: Int)? {
        guard let (length, crc) = readHeader(fd: fd, at: offset) else { return nil }
        var body = [UInt8](repeating: 0, count: length)
        guard readFully(fd, &body, at: offset + JournalChunk.headerSize), CRC32.checksum(body) == crc,
              let chunk = body.withUnsafeBytes({ JournalChunk.decode(body: $0, rows: rows) }) else { return nil }
        return (chunk, offset + JournalChunk.headerSize + length)
    }

    /// The length and CRC of the chunk at `offset`, if a chunk header is there.
    private static func readHeader(fd: Int32, at offset: Int) -> (length: Int, crc: UInt32)? {
        var header = [UInt8](repeating: 0, count: JournalChunk.headerSize)
        guard readFully(fd, &header, at: offset) else { return nil }
        let (magic, length, crc) = header.withUnsafeBytes { raw in
            (UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self)),
             UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self)),
             UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        }
        guard magic == JournalChunk.magic else { return nil }
        return (Int(length), crc)
    }

    /// Reads only what a chunk says about its document (not its rows, nor its CRC): a resume of a
    /// journal of many gigabytes reads a few kilobytes per document. Chunks read this way lie before
    /// the journal's last `verifiedTail` bytes, which were synced to disk long before the crash;
    /// their CRCs are checked when their records are replayed.
    private static func readChunkHead(fd: Int32, at offset: Int, fileSize: Int) -> (JournalChunk, next: Int)? {
        guard let (length, _) = readHeader(fd: fd, at: offset) else { return nil }
        let next = offset + JournalChunk.headerSize + length
        guard next <= fileSize else { return nil }
        var head = [UInt8](repeating: 0, count: min(length, 4096))
        guard readFully(fd, &head, at: offset + JournalChunk.headerSize) else { return nil }
        if let chunk = head.withUnsafeBytes({ JournalChunk.decode(body: $0, rows: false) }) { return (chunk, next) }
        // A document key longer than the first 4 KiB: read the whole chunk.
        return readChunk(fd: fd, at: offset, rows: false)
    }

    /// The end of the journal whose chunks a resume reads whole, CRC included: more than a second's
    /// writing (the most a power failure can lose, with a sync every second) of any run.
    static let defaultVerifiedTail = 256 << 20

    private static func readFully(_ fd: Int32, _ buffer: inout [UInt8], at offset: Int) -> Bool {
        let count = buffer.count
        return buffer.withUnsafeMutableBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return count == 0 }
            var done = 0
            while done < count {
                let n = pread(fd, base + done, count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
    }

    /// Empties the journal and writes its header.
    private func reset() throws {
        guard ftruncate(fd, 0) == 0 else { throw Self.ioFailure("truncate", directory + "/" + Self.journalName) }
        size = 0
        finished = [:]
        try append(header)
        try sync()
    }

    /// Reads an existing journal: the documents it finished, and where its last whole chunk ends.
    private func scan(verifiedTail: Int) throws {
        var found = [UInt8](repeating: 0, count: header.count)
        guard Self.readFully(fd, &found, at: 0), found == header else {
            var st = stat()
            if fstat(fd, &st) == 0, st.st_size > 0 {
                discarded = "the journal in \(directory) was written by another version of newsfacts or with(out) --no-entities; starting over"
            }
            try reset()
            return
        }
        var offset = header.count
        var attempt: UInt64?
        var attemptStart = offset
        var highest: UInt64 = 0
        var st = stat()
        let fileSize = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
        func chunk(at offset: Int) -> (JournalChunk, next: Int)? {
            offset < fileSize - verifiedTail
                ? Self.readChunkHead(fd: fd, at: offset, fileSize: fileSize)
                : Self.readChunk(fd: fd, at: offset, rows: false)
        }
        while let (chunk, next) = chunk(at: offset) {
            if chunk.attempt != attempt {
                attempt = chunk.attempt
                attemptStart = offset
            }
            highest = max(highest, chunk.attempt)
            if chunk.kind == .end {
                finished[Shard.hash(chunk.path.utf8)] = JournalExtent(
                    start: attemptStart, end: next, sha256: chunk.sha256.flatMap { SHA256Words(hex: $0) })
            }
            offset = next
        }
        // Whatever follows the last whole chunk is a write cut short by the crash.
        guard ftruncate(fd, off_t(offset)) == 0 else { throw Self.ioFailure("truncate", directory + "/" + Self.journalName) }
        size = offset
        nextAttempt = highest + 1
    }

    private static func ioFailure(_ operation: String, _ path: String) -> Failure {
        Failure(description: "cannot \(operation) \(path): \(String(cString: strerror(errno)))")
    }
}
