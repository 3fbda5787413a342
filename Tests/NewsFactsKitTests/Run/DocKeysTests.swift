import Testing
@testable import NewsFactsKit

@Suite struct DocKeysTests {
    /// Claims in order; expected keys worked out by hand from the rule (first keeps, then ~2, ~3, …,
    /// skipping keys already taken).
    @Test(arguments: [
        (["x.txt", "y.txt"], ["x.txt", "y.txt"]),
        (["x.txt", "x.txt", "x.txt"], ["x.txt", "x.txt~2", "x.txt~3"]),
        (["x.txt", "x.txt~2", "x.txt"], ["x.txt", "x.txt~2", "x.txt~3"]),
        (["x.txt~2", "x.txt", "x.txt", "x.txt~2"], ["x.txt~2", "x.txt", "x.txt~3", "x.txt~2~2"]),
        (["a/b.txt", "a/b.txt", "b.txt"], ["a/b.txt", "a/b.txt~2", "b.txt"]),
    ])
    func keysAreUniqueAndStable(docs: [String], expected: [String]) {
        var keys = DocKeys()
        #expect(docs.map { keys.claim($0) } == expected)
    }

    @Test func manyDuplicatesStayFast() {
        var keys = DocKeys()
        let claimed = (0..<20_000).map { _ in keys.claim("index.txt") }
        #expect(Set(claimed).count == 20_000)
        #expect(claimed.last == "index.txt~20000")
    }
}
