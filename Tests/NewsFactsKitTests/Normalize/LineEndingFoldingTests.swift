import Testing
@testable import NewsFactsKit

@Suite struct LineEndingFoldingTests {
    @Test func crlfAndCrBecomeOneLineFeed() {
        let source = SourceText("甲\r\n乙\r丙\n丁\u{2028}戊\u{0C}己")
        var text = NormalizedText(identity: source)
        LineEndingFolding().apply(&text)
        #expect(text.string(0..<text.count) == "甲\n乙\n丙\n丁\n戊\n己")
        // The first \n stands for both scalars of \r\n.
        #expect(text.originalRange(1..<2) == 1..<3)
        #expect(source.string(text.originalRange(0..<3)) == "甲\r\n乙")
        // After it, every scalar maps one back: 乙 at original 3, the lone \r at 4.
        #expect(text.originalRange(2..<3) == 3..<4)
        #expect(text.originalRange(3..<4) == 4..<5)
    }

    @Test func textWithOnlyLineFeedsIsUntouched() {
        var text = NormalizedText(identity: SourceText("甲\n乙"))
        LineEndingFolding().apply(&text)
        #expect(text.string(0..<text.count) == "甲\n乙")
        #expect(text.originalRange(0..<3) == 0..<3)
    }
}
