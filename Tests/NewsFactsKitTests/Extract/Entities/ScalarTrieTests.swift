import Testing
@testable import NewsFactsKit

@Suite struct ScalarTrieTests {
    static let trie: ScalarTrie<Int> = {
        var t = ScalarTrie<Int>()
        t.insert("大同", 1)
        t.insert("大同市", 2)
        t.insert("𠀀字", 3)  // outside the Basic Multilingual Plane
        return t
    }()

    @Test func longestMatchPrefersTheLongerWord() {
        let s = Array("大同市场".unicodeScalars)
        let m = Self.trie.longestMatch(in: s, at: 0)
        #expect(m?.end == 3)
        #expect(m?.value == 2)
    }

    @Test func matchesListsEveryWordShortestFirst() {
        let s = Array("大同市".unicodeScalars)
        #expect(Self.trie.matches(in: s, at: 0).map(\.end) == [2, 3])
        #expect(Self.trie.matches(in: s, at: 1).isEmpty)
    }

    @Test func limitStopsTheMatch() {
        let s = Array("大同市".unicodeScalars)
        #expect(Self.trie.longestMatch(in: s, at: 0, limit: 2)?.value == 1)
    }

    @Test func astralScalarsMatch() {
        let s = Array("𠀀字".unicodeScalars)
        #expect(Self.trie.mayStart(with: s[0]))
        #expect(Self.trie.longestMatch(in: s, at: 0)?.value == 3)
    }

    @Test func mergeCombinesValuesOfTheSameWord() {
        var t = ScalarTrie<[Int]>()
        t.insert("高雄", [1])
        t.insert("高雄", [2], merge: +)
        #expect(t.value(for: "高雄") == [1, 2])
        #expect(t.count == 1)
    }
}
