import Testing
@testable import NewsFactsKit
import NewsFactsTestSupport

/// Bytes through Decode and Normalize together: offsets count decoded code points (no byte-order mark),
/// and normalized ranges quote the original.
@Suite struct DecodeAndNormalizeTests {
    @Test func utf16TraditionalWithCRLFAndFullWidthDigits() throws {
        let original = "澳門博彩監察協調局公布\r\n\r\n上月收入增加１６﹒１%至３４﹒８２億元、\r\n按年仍跌５６﹒３%。"
        let bytes: [UInt8] = [0xFF, 0xFE] + EncodedBytes.utf16(original, bigEndian: false)
        let pipeline = Pipeline(stages: [TextDecoder(), try NormalizeTables.normalizer()])
        let context = pipeline.process(InputDocument(doc: "u.txt", path: "u.txt", bytes: bytes))
        #expect(context.status == .ok)
        #expect(context.encoding == "UTF-16LE")
        #expect(context.source.count == original.unicodeScalars.count)
        let text = context.text
        #expect(text.string(0..<text.count) == "澳门博彩监察协调局公布\n上月收入增加16.1%至34.82亿元、按年仍跌56.3%。")
        let amount = try #require(text.range(of: "34.82亿元"))
        #expect(context.source.string(text.originalRange(amount)) == "３４﹒８２億元")
        // Offsets are code points of the decoded text: the BOM is not one of them.
        #expect(text.originalRange(0..<2) == 0..<2)
        let joined = try #require(text.range(of: "、按年"))
        #expect(context.source.string(text.originalRange(joined)) == "、\r\n按年")
    }

    @Test func gb18030SimplifiedPageKeepsItsAmbiguousCharacters() throws {
        let original = "陕西省乾县今年苹果产量增长１２%。"
        let bytes = try #require(EncodedBytes.iconv(original, to: "GB18030"))
        let pipeline = Pipeline(stages: [TextDecoder(), try NormalizeTables.normalizer()])
        let context = pipeline.process(InputDocument(doc: "g.txt", path: "g.txt", bytes: bytes))
        #expect(context.encoding == "GB18030")
        #expect(context.text.string(0..<context.text.count) == "陕西省乾县今年苹果产量增长12%。")
    }
}
