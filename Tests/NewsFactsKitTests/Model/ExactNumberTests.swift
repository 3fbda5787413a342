import Testing
@testable import NewsFactsKit

@Suite struct ExactNumberTests {
    @Test(arguments: [
        (3_640_000_000.0, "3640000000"),
        (4.8, "4.8"),
        (0.7, "0.7"),
        (1.4e10, "14000000000"),
        (5333333.33, "5333333.33"),
        (-2.5, "-2.5"),
        (1e-7, "0.0000001"),
        (1.5e22, "15000000000000000000000"),
    ])
    func canonicalDecimalHasNoExponent(value: Double, expected: String) {
        #expect(ExactNumber(value).decimal == expected)
    }

    @Test func unsafeIntegersAreNotWrittenAsJSONNumbers() {
        #expect(ExactNumber(9_007_199_254_740_992).isSafeDouble)
        #expect(!ExactNumber(9_007_199_254_740_994).isSafeDouble)
        #expect(!ExactNumber(.infinity).isSafeDouble)
        #expect(ExactNumber(0.1).isSafeDouble)
    }
}
