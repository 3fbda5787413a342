import Testing
import NewsFactsTestSupport
@testable import NewsFactsKit

/// A file decoded window by window gives exactly the scalars, U+FFFD replacements and first-problem
/// offsets of decoding it whole, wherever the windows end.
@Suite struct WindowDecoderTests {
    /// Text with 1-, 2-, 3- and 4-byte UTF-8, a surrogate pair in UTF-16, a 4-byte GB18030 sequence
    /// (€ and 𠀀 are outside GB2312), a NUL and line ends.
    static let text = "增长12.5%，达到3640万元€。\r\n全市𠀀投资\u{0}36.4亿元😀。\n新闻ABC\u{10FFFD}，再次增长。"

    /// The bytes, and how the decode stage reads them whole.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var encoding: TextEncoding
        var bytes: [UInt8]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "UTF-8", encoding: .utf8, bytes: EncodedBytes.utf8(text)),
        // Ill-formed: a cut-off 3-byte sequence, a stray continuation byte, an invalid lead, E0 80.
        Case(name: "damaged UTF-8", encoding: .utf8,
             bytes: EncodedBytes.utf8("增长") + [0xE4, 0xB8] + EncodedBytes.utf8("A") + [0x80, 0xC0, 0xE0, 0x80]
                + EncodedBytes.utf8(text) + [0xF0, 0x9F, 0x98]),
        Case(name: "UTF-16LE", encoding: .utf16LE, bytes: EncodedBytes.utf16(text, bigEndian: false)),
        Case(name: "UTF-16BE", encoding: .utf16BE, bytes: EncodedBytes.utf16(text, bigEndian: true)),
        // An unpaired high surrogate in the middle and a lone byte at the end.
        Case(name: "damaged UTF-16LE", encoding: .utf16LE,
             bytes: EncodedBytes.utf16("增", bigEndian: false) + [0x3D, 0xD8] + EncodedBytes.utf16(text, bigEndian: false) + [0x41]),
        Case(name: "UTF-32BE", encoding: .utf32BE, bytes: EncodedBytes.utf32(text, bigEndian: true)),
        Case(name: "GB18030", encoding: .gb18030, bytes: EncodedBytes.iconv(text, to: "GB18030") ?? []),
    ]


    @Test(arguments: cases, [1, 2, 3, 5, 7, 64])
    func windowsDecodeAsTheWhole(_ c: Case, size: Int) {
        #expect(!c.bytes.isEmpty, "no GB18030 converter in iconv")
        var whole = WindowDecoder(encoding: c.encoding)
        let expected = c.bytes.withUnsafeBufferPointer { whole.decode($0, final: true).scalars }
        var decoder = WindowDecoder(encoding: c.encoding)
        var scalars: [Unicode.Scalar] = []
        var chunk: [UInt8] = []
        var offset = 0
        while true {
            let more = Array(c.bytes[offset..<min(c.bytes.count, offset + size)])
            offset += more.count
            chunk += more
            let final = offset >= c.bytes.count
            let (part, consumed) = chunk.withUnsafeBufferPointer { decoder.decode($0, final: final) }
            scalars += part
            chunk.removeFirst(consumed)
            if final { break }
        }
        #expect(scalars == expected)
        #expect(decoder.invalidCount == whole.invalidCount)
        #expect(decoder.firstInvalidByte == whole.firstInvalidByte)
        #expect(decoder.firstInvalidScalar == whole.firstInvalidScalar)
        #expect(decoder.nulCount == 1 && whole.nulCount == 1)
        #expect(decoder.firstNUL == whole.firstNUL)
    }

    @Test func wholeDecodeMatchesTheDecodeStage() {
        // The reference above is the decoder itself in one call; tie it to the decode stage's own
        // reading of the same bytes, U+FFFD count included.
        for c in Self.cases where c.encoding != .gb18030 || !c.bytes.isEmpty {
            var whole = WindowDecoder(encoding: c.encoding)
            let scalars = c.bytes.withUnsafeBufferPointer { whole.decode($0, final: true).scalars }
            let expected: DecodedScalars = c.bytes.withUnsafeBufferPointer { bytes in
                switch c.encoding {
                case .utf8, .utf8BOM: UTF8Decoding.decode(bytes).decoded
                case .utf16LE: UTF16Decoding.decode(bytes, bigEndian: false)
                case .utf16BE: UTF16Decoding.decode(bytes, bigEndian: true)
                case .utf32LE: UTF32Decoding.decode(bytes, bigEndian: false)
                case .utf32BE: UTF32Decoding.decode(bytes, bigEndian: true)
                case .gb18030: (try? GB18030Decoding.decode(bytes).get()) ?? DecodedScalars(scalars: [])
                }
            }
            #expect(scalars == expected.scalars, "\(c.name)")
            #expect(whole.invalidCount == expected.invalidCount, "\(c.name)")
        }
        // And the clean texts decode to the text itself.
        var utf16 = WindowDecoder(encoding: .utf16BE)
        let decoded = EncodedBytes.utf16(Self.text, bigEndian: true).withUnsafeBufferPointer { utf16.decode($0, final: true).scalars }
        #expect(decoded == Array(Self.text.unicodeScalars))
    }

    /// Where a window of bytes may end, by hand: never inside a character.
    @Test(arguments: [
        (TextEncoding.utf8, [0x41, 0xE4, 0xB8, 0xAD] as [UInt8], 4),  // complete 增-like sequence
        (.utf8, [0x41, 0xE4, 0xB8], 1),                                // cut before its lead byte
        (.utf8, [0x41, 0xF0, 0x9F, 0x98], 1),                          // 4-byte sequence cut after 3
        (.utf8, [0x41, 0xE4, 0x41], 3),                                // broken already: nothing to wait for
        (.utf16LE, [0x41, 0x00, 0x3D], 2),                             // odd byte waits
        (.utf16LE, [0x41, 0x00, 0x3D, 0xD8], 2),                       // high surrogate waits for its pair
        (.utf16BE, [0x00, 0x41, 0xD8, 0x3D], 2),
        (.gb18030, [0x41, 0xD4, 0xF6], 3),                             // 增 complete
        (.gb18030, [0x41, 0xD4], 1),                                   // lead byte at the end waits
        (.gb18030, [0x81, 0x30, 0x81], 0),                             // 4-byte sequence cut after 3
        (.gb18030, [0xD4, 0xF6, 0x81, 0x30, 0x81, 0x30], 6),
    ])
    func boundary(_ encoding: TextEncoding, _ bytes: [UInt8], _ expected: Int) {
        let cut = bytes.withUnsafeBufferPointer { WindowDecoder.boundary($0, encoding: encoding) }
        #expect(cut == expected)
    }
}
