import Testing
@testable import NewsFactsKit
import NewsFactsTestSupport

/// Facts keep exact code point offsets into the decoded original text whatever the encoding and the
/// normalization did: BOMs, CRLF, full-width digits, GB18030, UTF-16, Traditional characters and lines
/// broken in mid-sentence. Every case checks `text[start..<end] == mention` against an independent
/// decoding (Swift's own) and the expected value.
@Suite struct FactOffsetTests {
    /// A sentence with two facts whose positions shift under every transformation below.
    static let body = "本报讯　全市共有学校89所，\r\n去年投资３６.４亿元，增长１２％。"

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        /// The text as the file's reader sees it (BOM excluded).
        var decoded: String
        var values: [Double]
        var description: String { name }
    }

    static var cases: [Case] {
        let text = body
        let trad = "澳門博彩監察協調局公布，上月博彩毛收入按月增加16.1%至34.82億元，按年仍跌56.3%。"
        let broken = "全县成立15个党总支、53个党支部、\n\n14\n0个党小组。"
        return [
            Case(name: "UTF-8", bytes: EncodedBytes.utf8(text), decoded: text, values: [89, 3_640_000_000, 12]),
            Case(name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + EncodedBytes.utf8(text), decoded: text, values: [89, 3_640_000_000, 12]),
            Case(name: "UTF-16LE with BOM", bytes: [0xFF, 0xFE] + EncodedBytes.utf16(text, bigEndian: false), decoded: text, values: [89, 3_640_000_000, 12]),
            Case(name: "UTF-16BE with BOM", bytes: [0xFE, 0xFF] + EncodedBytes.utf16(text, bigEndian: true), decoded: text, values: [89, 3_640_000_000, 12]),
            Case(name: "GB18030", bytes: EncodedBytes.iconv(text, to: "GB18030") ?? [], decoded: text, values: [89, 3_640_000_000, 12]),
            Case(name: "Traditional", bytes: EncodedBytes.utf8(trad), decoded: trad, values: [16.1, 3_482_000_000, 56.3]),
            Case(name: "Traditional GB18030", bytes: EncodedBytes.iconv(trad, to: "GB18030") ?? [], decoded: trad, values: [16.1, 3_482_000_000, 56.3]),
            Case(name: "layout breaks", bytes: EncodedBytes.utf8(broken), decoded: broken, values: [15, 53, 140]),
        ]
    }

    @Test(arguments: cases)
    func factsQuoteTheOriginalText(_ c: Case) throws {
        #expect(!c.bytes.isEmpty, "the test could not encode its input")
        let pipeline = try SharedPipeline.standard.get()
        let context = pipeline.process(InputDocument(doc: "t.txt", path: "t.txt", bytes: c.bytes))
        let original = Array(c.decoded.unicodeScalars)
        #expect(context.source.scalars == original, "decoded text differs")
        #expect(context.facts.map(\.value.double) == c.values, "\(context.facts.map(\.mention))")
        for fact in context.facts {
            let slice = String(String.UnicodeScalarView(original[fact.start..<fact.end]))
            #expect(slice == fact.mention, "\(c.name): [\(fact.start), \(fact.end)) is \(slice), mention \(fact.mention)")
        }
    }

    @Test func fullWidthDigitsKeepTheirOriginalForm() throws {
        let facts = try SharedPipeline.facts(Self.body)
        #expect(facts.map(\.mention) == ["89所", "３６.４亿元", "１２％"])
        #expect(facts.map(\.unit) == ["所", "元", "%"])
    }

    @Test func aFactAcrossALayoutBreakQuotesTheBreak() throws {
        let facts = try SharedPipeline.facts("全县成立15个党总支、53个党支部、\n\n14\n0个党小组。")
        #expect(facts.last?.mention == "14\n0个")
        #expect(facts.last?.subject == "党小组")
    }
}
