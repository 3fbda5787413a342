import Foundation
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// The run journal: chunks read back as written, a crash's torn tail and unfinished attempts ignored.
@Suite struct JournalTests {
    /// A row with every kind of value, including text that JSON, CSV and XML each find awkward.
    static let row = TableRow(table: 0, values: [
        .string("doc#1-2"), .null, .integer(-42), .integer(Int.max),
        .number(ExactNumber(double: 1e20, decimal: "100000000000000000000")),
        .number(ExactNumber(0.1)), .bool(true), .bool(false), .string(""),
        .string("逗号,引号\"换行\n\r\u{0}😀\u{2028}"),
    ])

    static func chunk(_ kind: JournalChunk.Kind, attempt: UInt64, path: String, rows: [TableRow] = [row]) -> JournalChunk {
        var summary = RunSummary()
        summary.files = 1
        summary.ok = 1
        summary.bytes = 1234
        summary.facts = 1
        summary.rejectedByTable = ["entities": 2]
        return JournalChunk(kind: kind, attempt: attempt, path: path, doc: "sub/a.txt",
                            sha256: String(repeating: "ab", count: 32), summary: summary, rows: rows)
    }

    @Test func chunkReadsBackAsWritten() throws {
        let original = Self.chunk(.end, attempt: 7, path: "/in/sub/a.txt")
        let bytes = original.encoded()
        let body = Array(bytes[JournalChunk.headerSize...])
        let decoded = try #require(body.withUnsafeBytes { JournalChunk.decode(body: $0) })
        #expect(decoded.kind == .end && decoded.attempt == 7 && decoded.path == "/in/sub/a.txt" && decoded.doc == "sub/a.txt")
        #expect(decoded.sha256 == original.sha256)
        #expect(decoded.summary == original.summary)
        #expect(decoded.rows.count == 1)
        #expect(decoded.rows[0].values == Self.row.values)
        // The exact decimal text survives, not just the double.
        if case .number(let n) = decoded.rows[0].values[4] { #expect(n.decimal == "100000000000000000000") }
        // Damage anywhere in the body fails the CRC.
        var damaged = bytes
        damaged[bytes.count - 3] ^= 0x20
        #expect(CRC32.checksum(Array(damaged[JournalChunk.headerSize...])) != CRC32.checksum(body))
    }

    @Test func crcOfAKnownText() {
        // The check value of CRC-32/ISO-HDLC.
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    /// Whole chunks (`verifiedTail` covering the journal) or only their document part (0).
    @Test(arguments: [RunJournal.defaultVerifiedTail, 0])
    func resumeSeesFinishedDocumentsOnly(verifiedTail: Int) throws {
        let out = try OutputFolder.temporary("journal")
        defer { try? FileManager.default.removeItem(atPath: out) }
        var extents: [Range<Int>] = []
        do {
            let journal = try RunJournal(output: out, resume: false)
            extents.append(try journal.append(Self.chunk(.end, attempt: 1, path: "/in/a.txt").encoded()))
            // A document read in windows: two parts and its end.
            let start = journal.size
            try journal.append(Self.chunk(.part, attempt: 2, path: "/in/big.txt").encoded())
            try journal.append(Self.chunk(.part, attempt: 2, path: "/in/big.txt").encoded())
            extents.append(start..<(try journal.append(Self.chunk(.end, attempt: 2, path: "/in/big.txt").encoded()).upperBound))
            // An attempt killed before its end chunk.
            try journal.append(Self.chunk(.part, attempt: 3, path: "/in/cut.txt").encoded())
            // And a chunk cut short by the kill.
            let torn = Self.chunk(.end, attempt: 4, path: "/in/torn.txt").encoded()
            try journal.append(Array(torn[..<(torn.count / 2)]))
        }
        let journal = try RunJournal(output: out, resume: true, verifiedTail: verifiedTail)
        #expect(journal.finished.count == 2)
        #expect(journal.finished[Shard.hash("/in/a.txt".utf8)]?.start == extents[0].lowerBound)
        let big = try #require(journal.finished[Shard.hash("/in/big.txt".utf8)])
        #expect(big.start..<big.end == extents[1])
        #expect(big.sha256 == SHA256Words(hex: String(repeating: "ab", count: 32)))
        #expect(journal.finished[Shard.hash("/in/cut.txt".utf8)] == nil)
        #expect(journal.nextAttempt == 4)
        var kinds: [JournalChunk.Kind] = []
        try journal.chunks(in: big.start..<big.end) { kinds.append($0.kind) }
        #expect(kinds == [.part, .part, .end])
        // The torn tail was cut off: what is appended now follows the last whole chunk.
        let next = try journal.append(Self.chunk(.end, attempt: 5, path: "/in/next.txt").encoded())
        #expect(next.lowerBound > extents[1].upperBound)
        let size = (try FileManager.default.attributesOfItem(atPath: out + "/.newsfacts/journal")[.size] as? Int) ?? 0
        #expect(size == next.upperBound)
    }

    @Test func aSecondRunCannotWriteTheSameFolder() throws {
        let out = try OutputFolder.temporary("journal")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let first = try RunJournal(output: out, resume: false)
        #expect(throws: RunJournal.Failure.self) { try RunJournal(output: out, resume: true) }
        _ = first
    }

    @Test func anotherVersionsJournalIsNotUsed() throws {
        let out = try OutputFolder.temporary("journal")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: out + "/.newsfacts", withIntermediateDirectories: true)
        try Data("NFJOURNL\u{2}\0\0\0something else".utf8).write(to: URL(fileURLWithPath: out + "/.newsfacts/journal"))
        let journal = try RunJournal(output: out, resume: true)
        #expect(journal.finished.isEmpty)
        #expect(journal.discarded != nil)
    }
}
