import Testing
@testable import NewsFactsKit

@Suite struct EntityResolverTests {
    @Test func recordsUseOriginalOffsetsAndIds() throws {
        // The normalized text drops the layout line break inside 阳高\n县; records quote the original.
        var context = DocumentContext(input: InputDocument(doc: "d/a.txt", path: "d/a.txt", bytes: []))
        context.source = SourceText("在阳高\n县，记者")
        var text = NormalizedText()
        for (i, s) in context.source.scalars.enumerated() where s != "\n" {
            text.append(s, originalStart: i, originalEnd: i + 1)
        }
        context.text = text
        context.entityMentions = [
            EntityMention(range: 1..<4, type: .place, normalized: "山西省大同市阳高县", adcode: "140221"),
            EntityMention(range: 1..<3, type: .place),
        ]
        EntityResolver().run(&context)
        let r = try #require(context.entities.first)
        #expect(context.entities.count == 1)
        #expect(r.start == 1 && r.end == 5)
        #expect(r.mention == "阳高\n县")
        #expect(r.id == "d/a.txt#place:1-5")
        #expect(r.adcode == "140221")
        #expect(r.article == 0)
    }

    @Test func overlapsAcrossTypesKeepTheLongest() throws {
        // 山西 (a place) lies inside 山西财经大学统计学院 (an organization): one record, the longer.
        let e = try EntityTestSupport.entities("吴丽丽说。吴丽丽是山西财经大学统计学院的副教授。")
        #expect(e.map(\.mention) == ["吴丽丽", "吴丽丽", "山西财经大学统计学院"])
        #expect(e.map(\.type) == [.person, .person, .organization])
    }

    @Test func articleIndexComesFromTheSegmenter() throws {
        var context = DocumentContext(input: InputDocument(doc: "a.txt", path: "a.txt", bytes: []))
        context.source = SourceText("阳高县开会。灵丘县检查。")
        context.text = NormalizedText(identity: context.source)
        context.articles = [Article(index: 0, range: 0..<6), Article(index: 1, range: 6..<12)]
        EntityExtractor(lexicon: try EntityTestSupport.lexicon()).run(&context)
        EntityResolver().run(&context)
        #expect(context.entities.map(\.article) == [0, 1])
    }
}
