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

    /// The headlines of the articles, as (normalized) text: full-width `：` reads `:`.
    static func headlines(_ context: DocumentContext) -> [String?] {
        context.articles.map { a in a.headline.map { EntityScalars.string(context.text.scalars, $0) } }
    }

    /// Markdown headings: a deeper heading (`###`) under an article's `##` title is a subhead of that
    /// article; the headline is the title without its `#` marks.
    @Test func aDeeperMarkdownHeadingIsASubhead() throws {
        let context = try Self.segment("# 专栏\n\n## 某区：擦亮党建品牌\n\n近年来，某区持续推进。\n\n### 坚持轻车快马\n\n完成3个试点街道。\n")
        #expect(Self.headlines(context) == ["某区:擦亮党建品牌"])
        #expect(Set(context.sentences.map(\.article)) == [0])
    }

    /// A deeper heading followed by a byline or dateline is a news item of its own.
    @Test func aSubheadBeforeADatelineStartsAnArticle() throws {
        let text = "## 财政部：加强管理\n\n**新华社北京4月11日电** 财政部11日发布通知。\n\n### 9城市纳入试点\n\n**新华社北京4月11日电** 国务院批复同意。\n"
        let context = try Self.segment(text)
        #expect(Self.headlines(context) == ["财政部:加强管理", "9城市纳入试点"])
        let second = try #require(context.sentences.first { EntityScalars.string(context.text.scalars, $0.range).contains("国务院") })
        #expect(second.article == 1)
    }

    /// A block that starts deeper and reaches the article's level (`### 资讯速递` then `## 标题`) opens an
    /// article at its first line.
    @Test func aBlockReachingTheArticleLevelOpensAnArticle() throws {
        let text = "## 第一篇\n\n正文一。\n\n### 资讯速递\n\n## 第二篇标题\n\n正文二。\n"
        let context = try Self.segment(text)
        #expect(Self.headlines(context) == ["第一篇", "第二篇标题"])
        let label = try #require(context.sentences.first { EntityScalars.string(context.text.scalars, $0.range).contains("资讯速递") })
        #expect(label.article == 1)
    }
}
