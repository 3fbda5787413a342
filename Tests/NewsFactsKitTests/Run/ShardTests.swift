import Foundation
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// `--shard K/N`: a partition of the input files by a hash of their doc alone.
@Suite struct ShardTests {
    @Test(arguments: [("1/1", 1, 1), ("2/3", 2, 3), ("12/16", 12, 16)])
    func parses(_ text: String, _ index: Int, _ count: Int) throws {
        let shard = try #require(Shard(text))
        #expect(shard.index == index && shard.count == count)
        #expect(shard.description == text)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "-1/2", "1/", "/2", "1/2/3", "a/b", "1"])
    func rejects(_ text: String) {
        #expect(Shard(text) == nil)
    }

    @Test func hashIsFNV1a64() {
        // The published FNV-1a 64-bit test vectors.
        #expect(Shard.hash("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.hash("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.hash("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test func everyFileIsInExactlyOneShard() {
        let docs = (0..<500).map { "folder/page\($0).txt" }
        var sizes = [0, 0, 0, 0]
        for doc in docs {
            let owners = (1...4).filter { Shard(index: $0, count: 4)?.contains(doc: doc) ?? false }
            #expect(owners.count == 1)
            if let owner = owners.first { sizes[owner - 1] += 1 }
        }
        // Well spread: no shard gets less than half its share.
        #expect(sizes.allSatisfy { $0 > 500 / 8 })
    }

    @Test func listedFilesAreSortedAndShardsKeepTheOrder() throws {
        let folder = try OutputFolder.temporary("shard-input")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let total = try TestCorpus.write(files: 30, into: folder)
        let list = InputWalker().list(in: [folder])
        #expect(list.count == 30)
        #expect(list.totalBytes == total)
        let docs = (0..<list.count).map { list[$0].doc }
        #expect(docs == docs.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(docs.contains("sub/page000.txt"))
        #expect(list[0].path == folder + "/" + list[0].doc)
        var union: [String] = []
        for k in 1...3 {
            let part = list.filtered(to: try #require(Shard(index: k, count: 3)))
            let partDocs = (0..<part.count).map { part[$0].doc }
            #expect(partDocs == partDocs.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            union += partDocs
        }
        #expect(union.sorted() == docs.sorted())
    }
}
