import Testing
@testable import NewsFactsKit

@Suite struct JSONTextTests {
    private func encode(_ s: String) -> String {
        var out: [UInt8] = []
        JSONText.appendString(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test(arguments: [
        ("学校", "\"学校\""),
        ("a\"b", "\"a\\\"b\""),
        ("a\\b", "\"a\\\\b\""),
        ("a\nb\r\tc", "\"a\\nb\\r\\tc\""),
        ("\u{1}", "\"\\u0001\""),
        ("\u{2028}", "\"\\u2028\""),
        ("a\u{2029}b\u{7F}", "\"a\\u2029b\\u007f\""),
        ("\u{E2}\u{80}", "\"\u{E2}\u{80}\""),
        ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
        ("😀𠀀", "\"😀𠀀\""),
    ])
    func stringsAreEscaped(input: String, expected: String) {
        #expect(encode(input) == expected)
    }

    @Test func bigIntegersBecomeStrings() {
        var out: [UInt8] = []
        JSONText.appendNumber(ExactNumber(double: .infinity, decimal: "1" + String(repeating: "0", count: 400)), to: &out)
        #expect(out.first == UInt8(ascii: "\""))
        out.removeAll()
        JSONText.appendNumber(ExactNumber(14), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "14")
    }

    @Test func objectsKeepSchemaOrder() {
        let record = RejectRecord(table: "facts", doc: "a.txt", stage: .validate, reason: "span.mismatch",
                                  message: "m", record: "{}")
        #expect(JSONText.object(record) == #"{"table":"facts","doc":"a.txt","stage":"validate","reason":"span.mismatch","message":"m","record":"{}"}"#)
    }
}
