import Foundation
import Testing
@testable import NewsFactsKit

@Suite struct AttributionResolverTests {
    /// A fact over the first occurrence of `mention` (original offsets), as the fact resolver makes it.
    static func fact(_ mention: String, in text: String, after: String? = nil) throws -> FactRecord {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(mention.unicodeScalars)
        var from = 0
        if let after {
            let a = Array(after.unicodeScalars)
            from = try #require((0...(scalars.count - a.count)).first { Array(scalars[$0..<($0 + a.count)]) == a })
        }
        let start = try #require((from...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle })
        return FactRecord(id: "t#\(start)", doc: "t.txt", start: start, end: start + needle.count, mention: mention,
                          value: ExactNumber(1), unit: nil, kind: .count)
    }

    static func attribute(_ text: String, facts: [(String, String?)], articles: [Range<Int>] = []) throws -> [FactRecord] {
        var context = DocumentContext(input: InputDocument(doc: "t.txt", path: "t.txt", bytes: []))
        context.source = SourceText(text)
        context.text = NormalizedText(identity: context.source)
        context.articles = articles.enumerated().map { Article(index: $0.offset, range: $0.element) }
        EntityExtractor(lexicon: try EntityTestSupport.lexicon()).run(&context)
        EntityResolver().run(&context)
        context.facts = try facts.map { try fact($0.0, in: text, after: $0.1) }
        AttributionResolver().run(&context)
        return context.facts
    }

    @Test func placeAndDateFromTheSentence() throws {
        let text = "发布时间:2023-03-01\n2022年，广灵县共建大棚63栋。去年全市新增学校5所。"
        let f = try Self.attribute(text, facts: [("63栋", nil), ("5所", nil)])
        #expect(f[0].place == "山西省大同市广灵县")
        #expect(f[0].placeSource == .sentence)
        #expect(f[0].date == "2022")
        #expect(f[0].dateSource == .sentence)
        // No place in the second sentence: the article's (the one it names most, here the only one).
        #expect(f[1].place == "山西省大同市广灵县")
        #expect(f[1].placeSource == .article)
        #expect(f[1].date == "2022")  // 去年 in a 2023 page
        #expect(f[1].dateSource == .sentence)
    }

    @Test func fallsBackToTheDocumentDate() throws {
        let text = "发布时间:2023-03-01\n阳高县建立机制。全县80多个县直单位签订协议。"
        let f = try Self.attribute(text, facts: [("80多个", nil)])
        #expect(f[0].place == "山西省大同市阳高县")
        #expect(f[0].placeSource == .article)
        #expect(f[0].date == "2023-03-01")
        #expect(f[0].dateSource == .article)  // the masthead date is the article's first date
    }

    @Test func anArticleWithoutPlaceOrDateTakesTheDocuments() throws {
        // Two articles: the second names neither place nor date.
        let text = "新华社北京4月11日电 财政部发布通知。\n全市89所学校获评平安校园。"
        let split = 22
        let f = try Self.attribute(text, facts: [("89所", nil)], articles: [0..<split, split..<text.unicodeScalars.count])
        #expect(f[0].place == "北京市")
        #expect(f[0].placeSource == .document)
        #expect(f[0].date == "XXXX-04-11")
        #expect(f[0].dateSource == .document)
    }

    @Test func seedPageFactsBelongToTheirArticle() throws {
        // The Datong page (seeds/000…): the first article is about 阳高县; the page names no date of its
        // own, so its year comes from the reporting periods it states (2023年度), as documents.jsonl says.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds/000_5e18d6df73b2dd94.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        func offset(of s: String) throws -> Int {
            let n = Array(s.unicodeScalars)
            return try #require((0...(scalars.count - n.count)).first { Array(scalars[$0..<($0 + n.count)]) == n })
        }
        let second = try offset(of: "■ 政务动态")
        let schools = try offset(of: "全市89所学校获市级")
        let fourth = try offset(of: "灵丘县开展农资市场检查")
        let f = try Self.attribute(text, facts: [("80多个", nil), ("89所", "全市89所学校被授予")],
                                   articles: [0..<second, second..<schools, schools..<fourth, fourth..<scalars.count])
        #expect(f[0].place == "山西省大同市阳高县")
        #expect(f[0].date == "2023")
        #expect(f[0].dateSource == .document)
        // 全市89所学校被授予2022年度…: the school count's year is the one its sentence names.
        #expect(f[1].date == "2022")
        #expect(f[1].dateSource == .sentence)
        #expect(f[1].place == "山西省大同市")
    }
}
