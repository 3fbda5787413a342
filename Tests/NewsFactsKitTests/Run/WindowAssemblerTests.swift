import Testing
@testable import NewsFactsKit

/// Moving a window's records to whole-document offsets.
@Suite struct WindowAssemblerTests {
    @Test(arguments: [
        ("a.txt#3-7", 103, 107, "a.txt#103-107"),
        ("a.txt#person:3-5", 103, 105, "a.txt#person:103-105"),
        ("odd#name:x.txt#date:0-4", 10, 14, "odd#name:x.txt#date:10-14"),
    ])
    func ids(_ id: String, _ start: Int, _ end: Int, _ expected: String) {
        #expect(WindowAssembler.shiftedID(id, start: start, end: end) == expected)
    }

    @Test func compactJSONWritesARecordBackByteForByte() throws {
        let fact = FactRecord(id: "a.txt#5-11", doc: "a.txt", start: 5, end: 11, mention: "36.4亿元",
                              value: ExactNumber(3_640_000_000), valueMax: ExactNumber(double: 1e21, decimal: "1000000000000000000000"),
                              unit: "元", kind: .money, subject: "总\"投资\"\n\u{2028}", normalizedValue: ExactNumber(0.5),
                              article: 2, context: "项目总投资36.4亿元。")
        let json = JSONText.object(fact)
        #expect(try JSONParser.parse(json).compactText == json)
    }

    @Test func windowsRecordsMoveByTheirBase() {
        let file = InputFile(doc: "big.txt", path: "/in/big.txt", rawPath: Array("/in/big.txt".utf8))
        var assembler = WindowAssembler(file: file, attempt: 1)
        func output(index: Int, base: Int, articles: Int, fact: FactRecord, reject: RejectRecord?) -> WindowOutput {
            let window = TextWindow(file: file, attempt: 1, index: index, base: base, scalars: [], encoding: .utf8, bytes: 10)
            var rows = [TableRow(fact)]
            if let reject { rows.append(TableRow(reject)) }
            return WindowOutput(window: window, rows: rows, characters: 100, articles: articles, summary: RunSummary(),
                                date: index == 0 ? "2023-04-11" : "2024", warnings: ["w"])
        }
        let fact = FactRecord(id: "big.txt#5-11", doc: "big.txt", start: 5, end: 11, mention: "36.4亿元",
                              value: ExactNumber(3_640_000_000), unit: "元", kind: .money, article: 1)
        _ = assembler.add(output(index: 0, base: 0, articles: 2, fact: fact, reject: nil))
        let reject = RejectRecord(table: "facts", doc: "big.txt", stage: .resolve, reason: "span.mismatch",
                                  message: "m", record: JSONText.object(fact))
        let rows = assembler.add(output(index: 1, base: 100, articles: 3, fact: fact, reject: reject))
        let values = rows[0].values
        let columns = FactRecord.schema.columns.map(\.name)
        func value(_ name: String) -> FieldValue? { columns.firstIndex(of: name).map { values[$0] } }
        #expect(value("id") == .string("big.txt#105-111"))
        #expect(value("start") == .integer(105))
        #expect(value("end") == .integer(111))
        #expect(value("article") == .integer(3))
        var moved = fact
        moved.id = "big.txt#105-111"
        moved.start = 105
        moved.end = 111
        moved.article = 3
        let recordColumn = RejectRecord.schema.columns.firstIndex { $0.name == "record" } ?? 0
        #expect(rows[1].values[recordColumn] == .string(JSONText.object(moved)))
        let end = WindowedFileEnd(bytes: 20, sha256: "x", marked: false, diagnostics: [], emptiness: nil, readFailure: nil)
        let (document, _) = assembler.document(end)
        #expect(document.characters == 200)
        #expect(document.articles == 5)
        #expect(document.date == "2023-04-11")
        #expect(document.message == "w")
    }
}
