import Testing
@testable import NewsFactsKit

@Suite struct NumberExtractorTests {
    @Test func theStandardPipelineFindsNumbersAfterNormalizing() throws {
        let context = try Pipeline.standard().process(text: "全市89所学校，总投资36.4亿元，增长百分之十三点二。")
        #expect(context.numbers.map(\.value.decimal) == ["89", "3640000000", "13.2"])
        #expect(context.numbers.map(\.form) == [.cardinal, .cardinal, .percent])
    }

    @Test func scansSentenceBySentenceAndSortsByStart() throws {
        let text = "增长3%。共12个。"
        var context = DocumentContext(input: InputDocument(doc: "t.txt", path: "t.txt", bytes: Array(text.utf8)))
        context.text = NormalizedText(identity: SourceText(text))
        // Sentences given out of order: the numbers still come out sorted.
        context.sentences = [Sentence(range: 5..<10, article: 0), Sentence(range: 0..<5, article: 0)]
        try NumberExtractor().run(&context)
        #expect(context.numbers.map(\.range) == [2..<4, 6..<8])
    }

    @Test func aSentenceBoundaryEndsANumber() throws {
        // Without sentences 1至5 is one range; a boundary between 1至 and 5 splits it.
        let text = "1至5"
        var whole = DocumentContext(input: InputDocument(doc: "t.txt", path: "t.txt", bytes: Array(text.utf8)))
        whole.text = NormalizedText(identity: SourceText(text))
        var split = whole
        split.sentences = [Sentence(range: 0..<2, article: 0), Sentence(range: 2..<3, article: 0)]
        let extractor = try NumberExtractor()
        extractor.run(&whole)
        extractor.run(&split)
        #expect(whole.numbers.count == 1 && whole.numbers.first?.valueMax?.double == 5)
        #expect(split.numbers.map(\.range) == [0..<1, 2..<3])
    }

    @Test func aNumberBeyondADoubleIsReported() throws {
        let context = try Pipeline.standard().process(text: "共1e999个")
        #expect(context.numbers.count == 1)
        #expect(context.diagnostics.contains { $0.code == "extract.number-overflow" && $0.stage == .extract })
        #expect(context.status == .ok)
    }
}
