import Testing
@testable import NewsFactsKit

@Suite struct OverlapPolicyTests {
    /// (spans, indexes kept in text order)
    @Test(arguments: [
        ([0..<2, 0..<12], [1]),                 // 山西 inside 山西财经大学统计学院: the longest wins
        ([8..<12, 0..<12], [1]),                // 燕子山矿 inside 晋能控股煤业集团燕子山矿
        ([0..<3, 2..<5], [0]),                  // equal lengths: the earliest wins
        ([0..<3, 3..<6], [0, 1]),               // touching spans do not overlap
        ([5..<8, 0..<3, 2..<4], [1, 0]),        // kept in text order
        ([0..<2, 0..<2], [0]),                  // the same span twice: the first given wins
        ([4..<4, 0..<1], [1]),                  // empty spans are dropped
    ] as [([Range<Int>], [Int])])
    func longestThenEarliest(spans: [Range<Int>], kept: [Int]) {
        #expect(OverlapPolicy.longestThenEarliest.select(spans) == kept)
    }
}
