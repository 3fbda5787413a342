import Testing
@testable import NewsFactsKit

@Suite struct NumberTablesTests {
    @Test func theShippedTablesLoad() throws {
        let tables = try NumberTables.shared()
        #expect(tables.has("万", .multiplier))
        #expect(tables.has("两", .counting))
        #expect(!tables.has("陆", .standalone))
        #expect(tables.isPair("三", "四"))
        #expect(!tables.isPair("九", "九"))
    }

    /// A reader that serves the shipped tables except one file.
    private func reader(replacing file: String, with rows: [[String]]) -> (String) throws -> [[String]] {
        { path in path.hasSuffix(file) ? rows : try NumberTables.resourceRows(path) }
    }

    @Test(arguments: [
        ("numerals.tsv", [["一", "digitz", "1"]]),
        ("numerals.tsv", [["一二", "digit", "1"]]),
        ("numerals.tsv", [["一", "digit", "x"]]),
        ("connectors.tsv", [["至", "bridge"]]),
        ("connectors.tsv", [["余余", "approx"]]),
        ("connectors.tsv", [["三", "pair"]]),
        ("markers.tsv", [["%", "middle", "percent"]]),
        ("markers.tsv", [["%", "suffix", "percent", "10"]]),
        ("markers.tsv", [["成", "suffix", "tenths", "<=10", "half"]]),
        ("unit-prefixes.tsv", [["千千", "瓦"]]),
        ("not-numbers.tsv", [[""]]),
    ])
    func aMalformedRowIsAnError(file: String, rows: [[String]]) {
        #expect(throws: NumberTables.TableError.self) {
            _ = try NumberTables(loadingFrom: reader(replacing: file, with: rows))
        }
    }

    @Test func aWordAddedToTheDataIsNoLongerANumber() throws {
        // The scanner names no word: a row in not-numbers.tsv is all it takes.
        let before = NumberScanner(tables: try NumberTables.shared())
        #expect(before.scan("三叶草").count == 1)
        let rows = try NumberTables.resourceRows("numbers/not-numbers.tsv") + [["三叶草"]]
        let after = NumberScanner(tables: try NumberTables(loadingFrom: reader(replacing: "not-numbers.tsv", with: rows)))
        #expect(after.scan("三叶草").isEmpty)
    }
}
