import Testing
@testable import NewsFactsKit

/// Traditional input: the normalize stage maps it to Simplified (here a one-for-one stand-in); the
/// recognizers match the Simplified text, records quote the original and normalize in Simplified.
@Suite struct TraditionalInputTests {
    static let text = "中新社瀋陽3月22日電 (記者 沈殿成)今年前2個月,遼寧省進出口貿易總值123.7億美元。高雄縣長楊秋興說。"

    @Test func recordsQuoteTheOriginalAndNormalizeInSimplified() throws {
        let context = try EntityTestSupport.context(Self.text, normalizer: TraditionalTestNormalizer())
        let e = context.entities
        let byMention = Dictionary(e.map { ($0.mention, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byMention["中新社"]?.type == .organization)
        #expect(byMention["瀋陽"]?.type == .place)
        #expect(byMention["瀋陽"]?.normalized == "辽宁省沈阳市")
        #expect(byMention["遼寧省"]?.normalized == "辽宁省")
        #expect(byMention["記者"] == nil)
        #expect(byMention["沈殿成"]?.type == .person)
        #expect(byMention["沈殿成"]?.role == "記者")  // the role as written
        #expect(byMention["3月22日"]?.normalized == "XXXX-03-22")
        #expect(byMention["今年前2個月"]?.normalized == "XXXX-01/XXXX-02")
        #expect(byMention["楊秋興"]?.type == .person)
        for r in e {
            #expect(SourceText(Self.text).string(r.start..<r.end) == r.mention)
        }
    }
}
