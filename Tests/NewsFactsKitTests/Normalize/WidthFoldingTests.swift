import Testing
@testable import NewsFactsKit

@Suite struct WidthFoldingTests {
    /// Original, expected normalized text. Every case is one for one, so offsets must not move.
    @Test(arguments: [
        ("全市８９所学校", "全市89所学校"),
        ("增加１６﹒１%至３４．８２亿元", "增加16.1%至34.82亿元"),
        ("成交１，２００套", "成交1,200套"),  // between full-width digits, ， is that typography's thousands separator
        ("增长5，600家", "增长5，600家"),  // between ASCII digits the Chinese comma stays: a clause break
        ("（记者　潘红）", "(记者 潘红)"),  // full-width brackets; ideographic space
        ("ＧＤＰ增长５．４％", "GDP增长5.4%"),
        ("价格\u{A0}5\u{2009}元", "价格 5 元"),  // no-break and thin spaces
        ("下降−5%，～3倍", "下降-5%，~3倍"),
        ("每斤￥4.8", "每斤¥4.8"),
        ("14\u{0}0个", "14 0个"),  // a NUL reads as a space
        ("第一行\n\t第二行\r\n", "第一行\n\t第二行\r\n"),  // breaks and tabs are other passes' business
    ])
    func folds(_ original: String, _ expected: String) throws {
        let source = SourceText(original)
        var text = NormalizedText(identity: source)
        try NormalizeTables.width().apply(&text)
        #expect(text.string(0..<text.count) == expected)
        #expect(text.count == source.count)
        for i in 0..<text.count { #expect(text.originalRange(i..<(i + 1)) == i..<(i + 1)) }
    }

    @Test func fullWidthNumberMapsToItself() throws {
        let (source, text, _) = try NormalizeTables.normalize("全市８９所学校获称号。")
        let range = try #require(text.range(of: "89所"))
        #expect(source.string(text.originalRange(range)) == "８９所")
    }

    @Test func rangeRowsMustHaveMatchingLengths() {
        #expect(throws: CodePointCell.Malformed.self) {
            try WidthFolding(rows: [["FF10..FF19", "0030..0031"]])
        }
        #expect(throws: CodePointCell.Malformed.self) {
            try WidthFolding(rows: [["XYZ", "0030"]])
        }
    }

    @Test func invisibleCharactersAreDroppedButStayInTheOriginal() throws {
        let (source, text, _) = try NormalizeTables.normalize("共有14\u{200B}0个\u{FEFF}党小组。")
        #expect(text.string(0..<text.count) == "共有140个党小组。")
        let range = try #require(text.range(of: "140个"))
        #expect(source.string(text.originalRange(range)) == "14\u{200B}0个")
    }
}
