/// Character classes the entity recognizers use on normalized scalars.
enum EntityScalars {
    /// A Han ideograph (CJK Unified Ideographs, extension A, compatibility ideographs).
    @inline(__always)
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2FA1F).contains(v)
    }

    /// An ASCII digit (the normalizer folds full-width digits).
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value)
    }

    /// The value of an ASCII or full-width digit.
    @inline(__always)
    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        if (0x30...0x39).contains(s.value) { return Int(s.value - 0x30) }
        if (0xFF10...0xFF19).contains(s.value) { return Int(s.value - 0xFF10) }
        return nil
    }

    /// An ASCII letter.
    @inline(__always)
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }

    /// A character that can be part of a name: Han, digit or Latin letter.
    @inline(__always)
    static func isNameCharacter(_ s: Unicode.Scalar) -> Bool {
        isHan(s) || isDigit(s) || isLatin(s)
    }

    /// Whitespace, including the ideographic space.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}"
    }

    /// A line break.
    @inline(__always)
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}"
    }

    /// The value of a Chinese numeral digit (〇 零 一 … 九, 两), if it is one.
    static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// The text of a scalar range as a string.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }
}
