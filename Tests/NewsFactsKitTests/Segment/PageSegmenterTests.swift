import Testing
@testable import NewsFactsKit

/// The segmenter's bounds on hostile layouts: no sentence (and so no fact's `context`) longer than
/// `sentence-max`, wherever the text lacks stops; long marker lines are not headlines.
@Suite struct PageSegmenterTests {
    static let limit = 1000

    /// The sentences and articles of a text after decode, normalize and segment.
    static func segment(_ text: String) throws -> DocumentContext {
        var context = DocumentContext(input: InputDocument(doc: "t.txt", path: "t.txt", bytes: Array(text.utf8)))
        TextDecoder().run(&context)
        try TextNormalizer().run(&context)
        try PageSegmenter().run(&context)
        return context
    }

    @Test func theLimitIsTheResourceValue() throws {
        #expect(try SegmentLexicon.load().sentenceMax == Self.limit)
    }

    /// 2,600 characters without a stop, a clause break every 100: cut after the last break in each
    /// window, so the pieces are 1000, 1000 and 600 long (breaks at 100, 200, …, 1000 in each).
    @Test func aRunWithoutStopsIsCutAfterAClauseBreak() throws {
        let clause = String(repeating: "很", count: 99) + "，"
        let text = String(repeating: clause, count: 26)
        let context = try Self.segment(text)
        #expect(context.sentences.map(\.range) == [0..<1000, 1000..<2000, 2000..<2600])
        for s in context.sentences.dropLast() {
            #expect(context.text.scalars[s.range.upperBound - 1] == "，")
        }
    }

    /// No clause break at all: cut at the limit exactly.
    @Test func aRunWithoutBreaksIsCutAtTheLimit() throws {
        let context = try Self.segment(String(repeating: "字", count: 2500))
        #expect(context.sentences.map(\.range) == [0..<1000, 1000..<2000, 2000..<2500])
    }

    /// A number crossing the limit stays whole: the cut moves before it.
    @Test func aNumberCrossingTheLimitIsNotSplit() throws {
        let text = String(repeating: "字", count: 990) + "12345678901234567890" + String(repeating: "字", count: 200)
        let context = try Self.segment(text)
        #expect(context.sentences.map(\.range) == [0..<990, 990..<1210])
    }

    /// Sentence ends still cut first; short sentences are untouched.
    @Test func ordinarySentencesAreUntouched() throws {
        let context = try Self.segment("今年增长5%。投资3亿元！\n")
        #expect(context.sentences.map(\.range) == [0..<7, 7..<13])
    }

    /// A line that starts with a section marker but runs on for thousands of characters is body text:
    /// neither its headline (copied into every fact) nor one sentence.
    @Test func aLongMarkerLineIsNoHeadline() throws {
        let text = "■" + String(repeating: "投资3亿元。", count: 400)
        let context = try Self.segment(text)
        #expect(context.articles.allSatisfy { $0.headline == nil })
        #expect(context.sentences.count == 400)
        let short = try Self.segment("■ 要闻\n投资3亿元。\n")
        #expect(short.articles.first?.headline != nil)
    }

    /// One megabyte-scale line of number-dense text through the whole pipeline: every fact's context is
    /// bounded, so the output grows linearly with the input.
    @Test func contextsOfAnEndlessLineAreBounded() throws {
        let text = String(repeating: "全市投资3亿元，增长5%，", count: 3_000)
        let pipeline = try SharedPipeline.standard.get()
        let context = pipeline.process(text: text)
        #expect(context.facts.count >= 3000)
        #expect(context.facts.allSatisfy { $0.context.unicodeScalars.count <= Self.limit })
        #expect(context.facts.allSatisfy { ($0.headline?.unicodeScalars.count ?? 0) <= Self.limit })
    }

    /// Many short articles (heading, body, heading, …): each heading starts an article.
    @Test func manyShortArticles() throws {
        let text = String(repeating: "本地新闻\n全市投资3亿元。\n", count: 3000)
        let context = try Self.segment(text)
        #expect(context.articles.count == 3000)
        #expect(context.sentences.count == 6000)
    }
}
