import Foundation
import Testing
@testable import NewsFactsKit

/// Each `ValuePattern` has a regex for the schema files and a scanner for the validator; both must
/// accept exactly the strings the documentation describes.
@Suite struct ValuePatternTests {
    static let cases: [(ValuePattern, String, Bool)] = [
        (.decimal, "0", true), (.decimal, "-0", false), (.decimal, "12", true), (.decimal, "-12", true),
        (.decimal, "012", false), (.decimal, "1.5", true), (.decimal, "1.50", false), (.decimal, "0.001", true),
        (.decimal, "-0.5", true), (.decimal, ".5", false), (.decimal, "5.", false), (.decimal, "1e5", false),
        (.decimal, "+1", false), (.decimal, "NaN", false), (.decimal, "", false), (.decimal, "1" + String(repeating: "0", count: 400), true),
        (.decimal, "1.0", false), (.decimal, "0.0", false), (.decimal, "00", false), (.decimal, "-", false),
        (.sha256, String(repeating: "a", count: 64), true), (.sha256, String(repeating: "A", count: 64), false),
        (.sha256, String(repeating: "0", count: 63), false), (.sha256, String(repeating: "g", count: 64), false),
        (.isoPeriod, "2023", true), (.isoPeriod, "2023-02", true), (.isoPeriod, "2023-02-23", true),
        (.isoPeriod, "XXXX-03-12", true), (.isoPeriod, "2018-W04", true), (.isoPeriod, "2018-W54", false),
        (.isoPeriod, "2025-01/2025-03", true), (.isoPeriod, "2018-01-22/2018-01-28", true),
        (.isoPeriod, "2023-13", false), (.isoPeriod, "2023-00", false), (.isoPeriod, "2023-02-32", false),
        (.isoPeriod, "12345", false), (.isoPeriod, "202", false), (.isoPeriod, "2023/", false), (.isoPeriod, "2023-2-3", false),
        (.isoPeriod, "XXX1", false), (.isoPeriod, "2023-XX-11", true), (.isoPeriod, "XXXX-XX-11", true), (.isoPeriod, "2023-X1", false),
        (.isoPeriod, "2023-02-XX", false), (.isoPeriod, "2023-02-23T10:00", false), (.isoPeriod, "2023/2024/2025", false),
        (.adcode, "140221", true), (.adcode, "140221001", true), (.adcode, "140221001001", true),
        (.adcode, "14022", false), (.adcode, "1402210", false), (.adcode, "14022a", false),
    ]

    @Test func scannerAndRegexAgreeWithTheDocumentation() throws {
        for (pattern, text, valid) in Self.cases {
            #expect(pattern.matches(text) == valid, "\(pattern) scanner on '\(text.prefix(30))'")
            let regex = try NSRegularExpression(pattern: JSONSchemaGenerator.anchored(pattern))
            let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(found == valid, "\(pattern) regex on '\(text.prefix(30))'")
        }
    }

    @Test(arguments: [
        ("1", "2", -1), ("2", "1", 1), ("10", "9", 1), ("-10", "-9", -1), ("-1", "1", -1), ("1.5", "1.25", 1),
        ("0.1", "0.10001", -1), ("5", "5", 0), ("1" + String(repeating: "0", count: 400), "1" + String(repeating: "0", count: 399) + "1", -1),
    ])
    func decimalsCompareExactly(a: String, b: String, order: Int) {
        #expect(ExactNumber.compareDecimals(a, b) == order)
    }

    @Test func nonCanonicalDecimalsDoNotCompare() {
        #expect(ExactNumber.compareDecimals("1e5", "1") == nil)
    }
}
