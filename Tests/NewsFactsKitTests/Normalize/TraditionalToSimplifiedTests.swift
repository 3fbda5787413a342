import Testing
@testable import NewsFactsKit

@Suite struct TraditionalToSimplifiedTests {
    /// Original, expected, whether the document counts as Traditional.
    @Test(arguments: [
        ("澳門博彩監察協調局公布", "澳门博彩监察协调局公布", true),
        ("遼寧省進出口貿易總值123.7億美元，同比增長55.1%。", "辽宁省进出口贸易总值123.7亿美元，同比增长55.1%。", true),
        // Traditional document: the ambiguous 乾 is converted too (天氣乾燥 → 天气干燥).
        ("今年天氣乾燥，門前的樹都枯了。", "今年天气干燥，门前的树都枯了。", true),
        // Phrase table: 憑藉 → 凭借 (the character table alone keeps 藉).
        ("他憑藉這個項目獲獎。", "他凭借这个项目获奖。", true),
        // Simplified document: 乾隆 and 著名 are Simplified too and stay; no other change.
        ("这个乾隆年间的著名建筑，已经有两百多年的历史。", "这个乾隆年间的著名建筑，已经有两百多年的历史。", false),
        // Simplified document quoting a Traditional name: the Traditional-only characters are converted.
        ("这些数据来自臺灣的统计部门。", "这些数据来自台湾的统计部门。", false),
        // Hong Kong variant forms reach Simplified through the variant table (衞 → 衛 → 卫).
        ("衞生署公布，本港新增個案。", "卫生署公布，本港新增个案。", true),
    ])
    func converts(_ original: String, _ expected: String, _ traditional: Bool) throws {
        let source = SourceText(original)
        var text = NormalizedText(identity: source)
        let outcome = try NormalizeTables.script().apply(&text)
        #expect(text.string(0..<text.count) == expected)
        #expect(outcome.traditional == traditional)
        #expect(text.count == source.count)
        for i in 0..<text.count { #expect(text.originalRange(i..<(i + 1)) == i..<(i + 1)) }
    }

    @Test func blindConversionWouldDamageSimplifiedText() throws {
        // A Simplified sentence forced through as Traditional loses the county 乾县 (OpenCC's t2s does
        // the same): why the vote exists.
        let original = "陕西省乾县今年苹果产量增长。"
        var text = NormalizedText(identity: SourceText(original))
        let script = try NormalizeTables.script()
        script.apply(&text, forceTraditional: true)
        #expect(text.string(0..<text.count) == "陕西省干县今年苹果产量增长。")
        var voted = NormalizedText(identity: SourceText(original))
        #expect(script.apply(&voted).traditional == false)
        #expect(voted.string(0..<voted.count) == original)
    }

    @Test func normalizedRangeQuotesTheTraditionalOriginal() throws {
        let (source, text, diagnostics) = try NormalizeTables.normalize("澳門博彩監察協調局公布，上月收入增長16.1%。")
        let range = try #require(text.range(of: "澳门博彩监察协调局"))
        #expect(range == 0..<9)
        #expect(source.string(text.originalRange(range)) == "澳門博彩監察協調局")
        #expect(diagnostics.map(\.code) == ["normalize.traditional"])
    }

    @Test func tablesHaveTheExpectedShape() throws {
        let script = try NormalizeTables.script()
        let vote = script.vote(Array("這是一個測試".unicodeScalars))
        #expect(vote.traditionalOnly == 4)  // 這 個 測 試 (是 and 一 are both scripts)
        #expect(vote.simplifiedOnly == 0)
        let simplified = script.vote(Array("这是一个测试，布告在后面".unicodeScalars))
        #expect(simplified.simplifiedOnly == 4)  // 这 个 测 试; 布 and 后 are Traditional too
        #expect(simplified.traditionalOnly == 0)
    }
}
