import Testing
@testable import NewsFactsKit

@Suite struct NormalizedTextTests {
    @Test func identityMapsEveryOffsetToItself() {
        let source = SourceText("全市89所学校")
        let text = NormalizedText(identity: source)
        #expect(text.count == 7)
        #expect(text.originalRange(2..<5) == 2..<5)
        #expect(source.string(text.originalRange(2..<5)) == "89所")
    }

    @Test func droppedCharactersWidenTheOriginalRange() {
        // "14\n0个": the layout break is dropped in the normalized text.
        let source = SourceText("14\n0个")
        var text = NormalizedText()
        for (i, s) in source.scalars.enumerated() where s != "\n" {
            text.append(s, originalStart: i, originalEnd: i + 1)
        }
        #expect(text.string(0..<4) == "140个")
        #expect(text.originalRange(0..<4) == 0..<5)
        #expect(source.string(text.originalRange(0..<4)) == "14\n0个")
        #expect(text.normalizedIndex(atOrAfter: 3) == 2)
    }

    @Test func emptyRangesMapToAPoint() {
        let text = NormalizedText(identity: SourceText("abc"))
        #expect(text.originalRange(1..<1) == 1..<1)
        #expect(text.originalRange(3..<3) == 3..<3)
        #expect(NormalizedText().originalRange(0..<0) == 0..<0)
    }
}
