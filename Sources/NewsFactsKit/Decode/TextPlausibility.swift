/// How much a decoded text looks like a Chinese news page: the share of common text code points.
///
/// Used to choose between candidate decodings of the same bytes (UTF-16 in either byte order, GB18030).
/// A wrong decoding scatters code points over the whole Unicode range (Hangul, private use, rare CJK
/// extensions), so the right one stands out by a wide margin.
enum TextPlausibility {
    /// The share (0…1) of the first `limit` scalars that are common in Chinese or Latin text.
    ///
    /// - Complexity: O(min(n, limit)).
    static func commonFraction(_ scalars: [Unicode.Scalar], limit: Int = 1 << 16) -> Double {
        let n = min(scalars.count, limit)
        guard n > 0 else { return 0 }
        var common = 0
        for k in 0..<n where isCommon(scalars[k].value) { common += 1 }
        return Double(common) / Double(n)
    }

    /// Whether a code point is common in the texts NewsFacts reads.
    ///
    /// Deliberately narrow: CJK Extension A (U+3400–U+4DBF) and the supplementary planes are left out
    /// because an ASCII text read in the wrong UTF-16 byte order lands there.
    static func isCommon(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E: true  // ASCII text
        case 0xA0...0xFF: true  // Latin-1 letters and signs
        case 0x2000...0x206F: true  // general punctuation (— “ ” …)
        case 0x2460...0x24FF, 0x2500...0x25FF: true  // circled numbers, boxes, ■ □
        case 0x3000...0x303F: true  // CJK punctuation (、。《》「」)
        case 0x4E00...0x9FFF: true  // CJK unified ideographs
        case 0xFE30...0xFE6F: true  // CJK compatibility and small forms
        case 0xFF00...0xFFEF: true  // full-width forms
        default: false
        }
    }
}
