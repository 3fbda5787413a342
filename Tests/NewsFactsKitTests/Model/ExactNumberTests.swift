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

    /// Moving the decimal point (Chinese multipliers, unit factors): leading and trailing zeros dropped,
    /// no `-0`, what follows a second point ignored, as the decimal text rules say.
    @Test(arguments: [
        ("1.25", 2, "125"), ("1.25", 1, "12.5"), ("1.25", 5, "125000"), ("-1.25", -3, "-0.00125"),
        ("36.4", 8, "3640000000"), ("0.5", -2, "0.005"), ("007.500", -1, "0.75"), ("1", 0, "1"),
        ("0", 5, "0"), ("-0.0", 1, "0"), ("-0.05", 1, "-0.5"), ("12.3.4", 1, "123"), ("", 2, "0"),
        ("-", 1, "0"), ("100", -2, "1"), ("100", -3, "0.1"), ("9", 30, "9" + String(repeating: "0", count: 30)),
    ])
    func decimalPointMoves(mantissa: String, exponent: Int, expected: String) {
        #expect(ExactNumber.shift(mantissa, by: exponent) == expected)
    }

    @Test func unsafeIntegersAreNotWrittenAsJSONNumbers() {
        #expect(ExactNumber(9_007_199_254_740_992).isSafeDouble)
        #expect(!ExactNumber(9_007_199_254_740_994).isSafeDouble)
        #expect(!ExactNumber(.infinity).isSafeDouble)
        #expect(ExactNumber(0.1).isSafeDouble)
    }
}
