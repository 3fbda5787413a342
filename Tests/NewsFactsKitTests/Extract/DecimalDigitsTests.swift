import Testing
@testable import NewsFactsKit

@Suite struct DecimalDigitsTests {
    @Test(arguments: [
        ([UInt8]([1, 2, 0, 0]), [UInt8](), "1200"),
        ([3, 6], [4], "36.4"),
        ([0, 0, 7], [], "7"),
        ([0], [0, 5, 0], "0.05"),
        ([], [5], "0.5"),
        ([0], [], "0"),
        ([1, 0], [0, 0], "10"),
    ])
    func canonicalText(integer: [UInt8], fraction: [UInt8], expected: String) {
        #expect(DecimalDigits(integer: integer, fraction: fraction).text == expected)
    }

    @Test func addsWithCarryAcrossPlaces() {
        var value = DecimalDigits(integer: [9, 9, 9])
        value.add(DecimalDigits(digit: 1))
        #expect(value.text == "1000")
        value.add(DecimalDigits(digit: 5, power: -2))
        #expect(value.text == "1000.05")
        value.add(DecimalDigits(integer: [9, 9, 9, 9], fraction: [9, 5]))
        #expect(value.text == "11000")
    }

    @Test func growsPastSixtyFourBitsWithoutLosingDigits() {
        var value = DecimalDigits(integer: [UInt8](repeating: 9, count: 19))
        value.add(DecimalDigits(digit: 1))
        #expect(value.text == "1" + String(repeating: "0", count: 19))
        value.add(DecimalDigits(digit: 3, power: -30))
        #expect(value.text == "1" + String(repeating: "0", count: 19) + "." + String(repeating: "0", count: 29) + "3")
    }

    @Test func shiftsByPowersOfTen() {
        let value = DecimalDigits(integer: [1], fraction: [1, 4])
        #expect(value.shifted(by: 8).text == "114000000")
        #expect(value.shifted(by: -3).text == "0.00114")
    }

    @Test func convertsToDoubleExactlyOrThroughText() {
        #expect(DecimalDigits(integer: [3, 6], fraction: [4]).shifted(by: 8).double == 3.64e9)
        #expect(DecimalDigits(integer: [1], fraction: [1]).double == 1.1)
        // 21 digits: beyond a UInt64 significand, parsed from text.
        let long = DecimalDigits(integer: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1])
        #expect(long.text == "123456789012345678901")
        #expect(long.double == Double("123456789012345678901"))
        #expect(DecimalDigits(digit: 1, power: 400).double == .infinity)
        #expect(DecimalDigits(digit: 1, power: 400).exactNumber(negative: true).decimal.hasPrefix("-1000"))
    }

    @Test func readsPlainDecimalText() {
        #expect(DecimalDigits(text: "0.5")?.text == "0.5")
        #expect(DecimalDigits(text: "5")?.text == "5")
        #expect(DecimalDigits(text: "5.") != nil)
        #expect(DecimalDigits(text: "a") == nil)
        #expect(DecimalDigits(text: "1.2.3") == nil)
        #expect(DecimalDigits(text: "") == nil)
    }
}
