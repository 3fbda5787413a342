import Testing
@testable import NewsFactsKit
import NewsFactsTestSupport

/// One decoding case: bytes in, expected text, encoding and diagnostics out.
struct DecodeCase: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var text: String
    var encoding: String
    var warning: String? = nil
    var warningOffset: Int? = nil
    var testDescription: String { name }
}

@Suite struct TextDecoderTests {
    static let sentence = "澳门博彩监察协调局公布，全市89所学校。"
    static let mixed = "2023年GDP增长5.2%，达到126058亿元 (report)。"

    static let cases: [DecodeCase] = [
        DecodeCase(name: "UTF-8", bytes: EncodedBytes.utf8(sentence), text: sentence, encoding: "UTF-8"),
        DecodeCase(name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + EncodedBytes.utf8(sentence),
                   text: sentence, encoding: "UTF-8-BOM"),
        DecodeCase(name: "UTF-16LE with BOM", bytes: [0xFF, 0xFE] + EncodedBytes.utf16(mixed, bigEndian: false),
                   text: mixed, encoding: "UTF-16LE"),
        DecodeCase(name: "UTF-16BE with BOM", bytes: [0xFE, 0xFF] + EncodedBytes.utf16(mixed, bigEndian: true),
                   text: mixed, encoding: "UTF-16BE"),
        DecodeCase(name: "UTF-16LE without BOM, CJK", bytes: EncodedBytes.utf16(sentence, bigEndian: false),
                   text: sentence, encoding: "UTF-16LE"),
        DecodeCase(name: "UTF-16BE without BOM, CJK", bytes: EncodedBytes.utf16(sentence, bigEndian: true),
                   text: sentence, encoding: "UTF-16BE"),
        DecodeCase(name: "UTF-16LE without BOM, mostly ASCII",
                   bytes: EncodedBytes.utf16("Macau gaming revenue rose 16.1% to 34.82 billion", bigEndian: false),
                   text: "Macau gaming revenue rose 16.1% to 34.82 billion", encoding: "UTF-16LE"),
        DecodeCase(name: "UTF-16BE without BOM, mostly ASCII",
                   bytes: EncodedBytes.utf16("Macau gaming revenue rose 16.1% to 34.82 billion", bigEndian: true),
                   text: "Macau gaming revenue rose 16.1% to 34.82 billion", encoding: "UTF-16BE"),
        DecodeCase(name: "UTF-16LE, non-BMP character as a surrogate pair",
                   bytes: [0xFF, 0xFE] + EncodedBytes.utf16("𠮷野家3家", bigEndian: false),
                   text: "𠮷野家3家", encoding: "UTF-16LE"),
        DecodeCase(name: "UTF-16LE, unpaired surrogate", bytes: [0xFF, 0xFE, 0x2D, 0x4E, 0x00, 0xD8, 0x87, 0x65],
                   text: "中\u{FFFD}文", encoding: "UTF-16LE", warning: "decode.invalid-utf16", warningOffset: 1),
        DecodeCase(name: "UTF-16BE, odd trailing byte", bytes: [0xFE, 0xFF, 0x4E, 0x2D, 0x65],
                   text: "中\u{FFFD}", encoding: "UTF-16BE", warning: "decode.invalid-utf16", warningOffset: 1),
        DecodeCase(name: "UTF-32LE with BOM", bytes: [0xFF, 0xFE, 0x00, 0x00] + EncodedBytes.utf32(mixed + "𠮷", bigEndian: false),
                   text: mixed + "𠮷", encoding: "UTF-32LE"),
        DecodeCase(name: "UTF-32BE with BOM", bytes: [0x00, 0x00, 0xFE, 0xFF] + EncodedBytes.utf32(sentence, bigEndian: true),
                   text: sentence, encoding: "UTF-32BE"),
        DecodeCase(name: "invalid byte in mid-file", bytes: EncodedBytes.utf8("全市") + [0xFF] + EncodedBytes.utf8("89所学校"),
                   text: "全市\u{FFFD}89所学校", encoding: "UTF-8", warning: "decode.invalid-utf8", warningOffset: 2),
        // E4 B8 is the start of 中 cut short: one U+FFFD for the two bytes, then the A (Python agrees).
        DecodeCase(name: "truncated sequence is one U+FFFD",
                   bytes: EncodedBytes.utf8("全市学校数量统计：") + [0xE4, 0xB8, 0x41] + EncodedBytes.utf8("所"),
                   text: "全市学校数量统计：\u{FFFD}A所", encoding: "UTF-8", warning: "decode.invalid-utf8", warningOffset: 9),
        // F0 80 80: F0 cannot be followed by 80, so every byte is its own maximal subpart (Python: 3×U+FFFD).
        DecodeCase(name: "overlong lead gives one U+FFFD per byte",
                   bytes: EncodedBytes.utf8("今年全市共有学校数量统计") + [0xF0, 0x80, 0x80] + EncodedBytes.utf8("所"),
                   text: "今年全市共有学校数量统计\u{FFFD}\u{FFFD}\u{FFFD}所", encoding: "UTF-8",
                   warning: "decode.invalid-utf8", warningOffset: 12),
        DecodeCase(name: "NUL bytes are kept", bytes: EncodedBytes.utf8("全市\u{0}89所学校，共有教师1200名。"),
                   text: "全市\u{0}89所学校，共有教师1200名。", encoding: "UTF-8", warning: "decode.nul", warningOffset: 2),
    ]

    @Test(arguments: cases)
    func decodes(_ c: DecodeCase) {
        let context = Pipeline(stages: [TextDecoder()]).process(InputDocument(doc: "t.txt", path: "t.txt", bytes: c.bytes))
        #expect(context.status == .ok)
        #expect(context.encoding == c.encoding)
        #expect(context.source.string(0..<context.source.count) == c.text)
        #expect(context.source.count == c.text.unicodeScalars.count)
        let warnings = context.diagnostics.filter { $0.severity >= .warning }
        if let code = c.warning {
            #expect(warnings.map(\.code) == [code])
            #expect(warnings.first?.offset == c.warningOffset)
        } else {
            #expect(warnings.isEmpty)
        }
    }

    @Test func gb18030() throws {
        // 𠮷 is a four-byte GB18030 sequence; the rest are two-byte and ASCII.
        let text = Self.sentence + "全年增长5.5%，𠮷野家。"
        let bytes = try #require(EncodedBytes.iconv(text, to: "GB18030"))
        #expect(bytes.count < Array(text.utf8).count)  // really GB18030, not UTF-8
        let context = Pipeline(stages: [TextDecoder()]).process(InputDocument(doc: "g.txt", path: "g.txt", bytes: bytes))
        #expect(context.status == .ok)
        #expect(context.encoding == "GB18030")
        #expect(context.source.string(0..<context.source.count) == text)
        #expect(context.diagnostics.filter { $0.severity >= .warning }.isEmpty)
    }

    @Test func gbkCutMidCharacterEndsInOneReplacement() throws {
        let bytes = try #require(EncodedBytes.iconv("全市共有八十九所学校和一千二百名教师", to: "GB18030"))
        let context = Pipeline(stages: [TextDecoder()]).process(
            InputDocument(doc: "g.txt", path: "g.txt", bytes: Array(bytes.dropLast())))
        #expect(context.encoding == "GB18030")
        #expect(context.source.string(0..<context.source.count) == "全市共有八十九所学校和一千二百名教\u{FFFD}")
        #expect(context.diagnostics.map(\.code).contains("decode.invalid-gb18030"))
    }

    @Test func damagedUTF8IsNotTakenForGB18030() {
        // A long UTF-8 page with one lost byte: the pairs of its bytes would decode as GB18030 mojibake.
        var bytes = EncodedBytes.utf8(String(repeating: Self.sentence, count: 20))
        bytes.remove(at: 100)
        let context = Pipeline(stages: [TextDecoder()]).process(InputDocument(doc: "d.txt", path: "d.txt", bytes: bytes))
        #expect(context.encoding == "UTF-8")
        #expect(context.diagnostics.map(\.code) == ["decode.invalid-utf8"])
    }

    static let binaryCases: [DecodeCase] = [
        DecodeCase(name: "PNG header and random bytes",
                   bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + EncodedBytes.random(count: 4000, seed: 7),
                   text: "PNG image", encoding: ""),
        DecodeCase(name: "random bytes", bytes: EncodedBytes.random(count: 4000, seed: 11), text: "binary file (", encoding: ""),
        DecodeCase(name: "random high bytes (no control bytes)",
                   bytes: EncodedBytes.random(count: 4000, seed: 13).map { $0 | 0x80 }, text: "undecodable", encoding: ""),
        DecodeCase(name: "many NULs and controls",
                   bytes: EncodedBytes.utf8("全市") + [UInt8](repeating: 0, count: 40) + [1, 2, 3, 4] + EncodedBytes.utf8("学校"),
                   text: "control bytes", encoding: ""),
    ]

    /// `text` holds a part of the expected message.
    @Test(arguments: binaryCases)
    func binaryIsAnError(_ c: DecodeCase) {
        let reason = c.text
        let context = Pipeline(stages: [TextDecoder()]).process(InputDocument(doc: "b.bin", path: "b.bin", bytes: c.bytes))
        #expect(context.status == .error)
        let error = context.diagnostics.first { $0.severity == .error }
        #expect(error?.code == "decode.binary")
        #expect(error?.message.contains(reason) == true)
        #expect(error?.message.hasSuffix("not text") == true)
        #expect(context.documentRecord.characters == nil)
    }

    @Test(arguments: [
        DecodeCase(name: "empty", bytes: [], text: "", encoding: "UTF-8"),
        DecodeCase(name: "BOM only", bytes: [0xEF, 0xBB, 0xBF], text: "", encoding: "UTF-8-BOM"),
        DecodeCase(name: "whitespace only", bytes: EncodedBytes.utf8(" \n\t\u{3000}\r\n\u{A0} "),
                   text: " \n\t\u{3000}\r\n\u{A0} ", encoding: "UTF-8"),
        DecodeCase(name: "UTF-16 whitespace only", bytes: [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00], text: " \n", encoding: "UTF-16LE"),
    ])
    func emptyInput(_ c: DecodeCase) {
        let context = Pipeline(stages: [TextDecoder()]).process(InputDocument(doc: "e.txt", path: "e.txt", bytes: c.bytes))
        #expect(context.encoding == c.encoding)
        #expect(context.source.string(0..<context.source.count) == c.text)
        #expect(context.status == .empty)
        #expect(context.diagnostics.map(\.code) == ["decode.empty"])
    }

    @Test func sha256OfTheBytes() {
        let context = Pipeline(stages: [TextDecoder()]).process(text: "abc")
        #expect(context.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// The fast decoder agrees with the standard library's UTF-8 repair, which follows the same
    /// maximal-subpart practice, on random byte strings rich in multi-byte lead and continuation bytes.
    @Test func utf8MatchesTheStandardLibraryOnRandomBytes() {
        let alphabet: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4, 0xB8,
                                 0xAD, 0xED, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF, 0x00]
        for seed in 0..<300 {
            let indexes = EncodedBytes.random(count: 1 + seed % 40, seed: UInt64(seed))
            let bytes = indexes.map { alphabet[Int($0) % alphabet.count] }
            let ours = bytes.withUnsafeBufferPointer { UTF8Decoding.decode($0).decoded.scalars }
            let library = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
            #expect(ours == library, "bytes \(bytes)")
        }
    }
}
