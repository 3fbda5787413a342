import Testing
@testable import NewsFactsKit

/// The strict JSON reader: exact numbers, ordered keys, and every laxity refused.
@Suite struct JSONParserTests {
    @Test func numbersKeepTheirExactValue() throws {
        let huge = "1" + String(repeating: "0", count: 400)
        let value = try JSONParser.parse("{\"a\":1,\"b\":-0.5,\"c\":\"\(huge)\",\"d\":\(huge),\"e\":1.4e10,\"f\":2.50}")
        #expect(value["a"] == .integer(1))
        #expect(value["b"] == .number(ExactNumber(double: -0.5, decimal: "-0.5")))
        #expect(value["c"] == .string(huge))
        guard case .number(let d)? = value["d"], case .number(let e)? = value["e"], case .number(let f)? = value["f"] else {
            Issue.record("numbers not parsed as numbers")
            return
        }
        #expect(d.decimal == huge)
        #expect(e.decimal == "14000000000")
        #expect(f.decimal == "2.5")
    }

    @Test func keysKeepTheirOrder() throws {
        guard case .object(let members) = try JSONParser.parse("{\"z\":1,\"a\":2,\"m\":null}") else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.0) == ["z", "a", "m"])
    }

    @Test func escapesDecode() throws {
        #expect(try JSONParser.parse(#""a\"b\\c\/d\n\r\t\b\f\u0001\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\n\r\t\u{8}\u{C}\u{1}é😀"))
    }

    @Test(arguments: [
        "", "{", "{\"a\":1,}", "[1,]", "{\"a\":1}x", "{\"a\" 1}", "NaN", "Infinity", "-", "01", "1.", ".5", "1e",
        "\"\u{1}\"", "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "{\"a\":1,\"a\":2}", "tru", "'a'",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func laxTextIsRefused(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func whatTheWriterWritesReadsBack() throws {
        let record = RecordRulesTests.fact { $0.subject = "\"引号\"\n\u{1}\u{2028}😀" }
        let parsed = try JSONParser.parse(JSONText.object(record))
        #expect(parsed["subject"] == .string("\"引号\"\n\u{1}\u{2028}😀"))
        #expect(parsed["value"] == .integer(89))
    }
}
