import Testing
@testable import NewsFactsKit

/// Record ids as GUIDELINES spell them: `doc#start-end` for facts, `doc#type:start-end` for entities.
@Suite struct RecordIDTests {
    @Test(arguments: [
        ("a.txt", nil, 3, 10, "a.txt#3-10"),
        ("2024/人民日报/1.txt", nil, 0, 1, "2024/人民日报/1.txt#0-1"),
        ("hard, \"cases\" <&> 😀.txt", "place", 120, 1234567, "hard, \"cases\" <&> 😀.txt#place:120-1234567"),
        ("", "date", 0, 0, "#date:0-0"),
        ("d", nil, -5, Int.max, "d#-5-9223372036854775807"),
        ("d", "person", Int.min, 10, "d#person:-9223372036854775808-10"),
    ] as [(String, String?, Int, Int, String)])
    func idsAreDocAndSpan(doc: String, infix: String?, start: Int, end: Int, expected: String) {
        let id = RecordID.make(doc: doc, infix: infix, start: start, end: end)
        #expect(id == expected)
        #expect(Array(id.utf8) == Array(expected.utf8))
    }
}
