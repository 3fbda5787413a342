import Testing
@testable import NewsFactsKit

/// The word-at-a-time scans the writers use, against the rules written out byte by byte: every special
/// character at every position of a long text (so that it falls in each of the eight lanes of a word,
/// across word ends and in the tail), and the look-alikes that must not count (“ ” — …, full-width
/// punctuation, U+FFFD).
@Suite struct ByteScanTests {
    /// A filler of CJK characters, ASCII digits and full-width and curly punctuation, none special.
    static let filler = String(repeating: "中文，“引号”—…12.5%（括号）", count: 4)

    /// `filler` with `special` inserted at scalar offset `k`, and the byte offset where it lands.
    static func text(_ special: String, at k: Int) -> (String, Int) {
        let scalars = Array(filler.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<k])
        let offset = String(view).utf8.count
        view.append(contentsOf: special.unicodeScalars)
        view.append(contentsOf: scalars[k...])
        return (String(view), offset)
    }

    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var s = s
        return s.withUTF8(body)
    }

    @Test func plainTextHasNothingToEscape() {
        let count = Self.filler.utf8.count
        #expect(Self.withBytes(Self.filler) { ByteScan.firstJSONEscape($0, from: 0) } == count)
        #expect(Self.withBytes(Self.filler) { ByteScan.xmlNeed($0) } == .none)
        #expect(Self.withBytes(Self.filler) { ByteScan.csvSpecials($0) } == (false, false))
        #expect(Self.withBytes("\u{FFFD}\u{FFEE}\u{FF0C}" + Self.filler) { ByteScan.xmlNeed($0) } == .none)
    }

    @Test(arguments: ["\"", "\\", "\u{0}", "\u{1}", "\n", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}"])
    func jsonFindsEverySpecialAtEveryPosition(special: String) {
        for k in 0...Array(Self.filler.unicodeScalars).count {
            let (text, offset) = Self.text(special, at: k)
            #expect(Self.withBytes(text) { ByteScan.firstJSONEscape($0, from: 0) } == offset, "at \(k)")
            // Starting after it finds nothing more.
            let after = offset + special.utf8.count
            #expect(Self.withBytes(text) { ByteScan.firstJSONEscape($0, from: after) } == text.utf8.count, "after \(k)")
        }
    }

    @Test(arguments: [("<", ByteScan.XMLNeed.special), (">", .special), ("&", .special), ("\"", .special),
                      ("\r", .special), ("\t", .none), ("\n", .none), ("\u{0}", .illegal), ("\u{B}", .illegal),
                      ("\u{1F}", .illegal), ("\u{FFFE}", .illegal), ("\u{FFFF}", .illegal), ("\u{FFFD}", .none)])
    func xmlFindsEveryNeedAtEveryPosition(special: String, need: ByteScan.XMLNeed) {
        for k in 0...Array(Self.filler.unicodeScalars).count {
            let (text, _) = Self.text(special, at: k)
            #expect(Self.withBytes(text) { ByteScan.xmlNeed($0) } == need, "at \(k)")
            // An illegal character wins over a special one anywhere.
            let (both, _) = Self.text("<" + special, at: k)
            #expect(Self.withBytes(both) { ByteScan.xmlNeed($0) } == max(need, .special), "with < at \(k)")
        }
    }

    @Test(arguments: [(",", true, false), ("\"", true, true), ("\r", true, false), ("\n", true, false), (" ", false, false)])
    func csvFindsEverySpecialAtEveryPosition(special: String, quote: Bool, quotes: Bool) {
        for k in 0...Array(Self.filler.unicodeScalars).count {
            let (text, _) = Self.text(special, at: k)
            let found = Self.withBytes(text) { ByteScan.csvSpecials($0) }
            #expect(found.quote == quote && found.quotes == quotes, "at \(k)")
        }
    }

    @Test(arguments: ["a", "é", "中", "😀", "a中😀", "\u{7F}"])
    func firstAndLastScalars(text: String) {
        #expect(Self.withBytes(text) { ByteScan.firstScalar($0) } == text.unicodeScalars.first)
        #expect(Self.withBytes(text) { ByteScan.lastScalar($0) } == text.unicodeScalars.last)
    }

    @Test(arguments: [0, 7, -7, 10, 99, 100, -100, 123_456_789, Int.max, Int.min, Int.min + 1])
    func decimalsAreSpelledAsStringDoes(value: Int) {
        var buffer = ByteBuffer(capacity: 1)
        buffer.append(0x78)
        buffer.appendDecimal(value)
        #expect(buffer.array == Array(("x" + String(value)).utf8))
    }

    @Test func bufferGrowsKeepingItsBytes() {
        var buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for i in 0..<10_000 {
            let chunk = Array(String(i).utf8)
            chunk.withUnsafeBufferPointer { buffer.append($0) }
            buffer.append(0x2C)
            expected += chunk + [0x2C]
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.array == expected)
        buffer.removeAll()
        #expect(buffer.count == 0)
    }

    /// The repeated-text cache compares bytes: a canonically equivalent text in other bytes (`é` as one
    /// code point or as `e` and a combining accent, which `==` calls equal) must be written as itself.
    @Test func cacheTellsCanonicallyEquivalentTextsApart() {
        let composed = String(repeating: "\u{E9}", count: 20) + "abcdefgh"
        let decomposed = String(repeating: "e\u{301}", count: 20) + "abcdefgh"
        #expect(composed == decomposed)
        var cache = RepeatedTextCache(columns: 1)
        var out = ByteBuffer()
        for text in [composed, decomposed, decomposed, composed] {
            out.removeAll()
            cache.append(text, column: 0, to: &out) { $1.append(utf8: $0) }
            #expect(out.array == Array(text.utf8))
        }
    }
}
