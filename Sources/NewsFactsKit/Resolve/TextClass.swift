/// Character classes shared by the resolvers.
enum TextClass {
    /// A CJK ideograph (the characters names and nouns are made of).
    static func isIdeograph(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: return true
        default: return false
        }
    }

    /// An ASCII letter.
    static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    /// An ASCII digit.
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    /// A space of any width.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}"
    }

    /// Punctuation that ends a clause: the subject, qualifier and change of an amount stay inside one.
    static func isClauseBreak(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "，", ",", "。", "；", ";", "：", ":", "！", "!", "？", "?", "、", "\n", "\r", "…": return true
        default: return false
        }
    }

    /// A comma, which separates the clauses of one statement (not a list's 、 or a sentence's end).
    static func isComma(_ c: Unicode.Scalar) -> Bool {
        c == "，" || c == ","
    }

    /// The enumeration comma 、, which joins the items of a list inside a clause.
    static func isEnumerationComma(_ c: Unicode.Scalar) -> Bool {
        c == "、"
    }

    /// Brackets, which also end a noun phrase.
    static func isBracket(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "（", "）", "(", ")", "【", "】", "[", "]", "《", "》", "<", ">", "〈", "〉": return true
        default: return false
        }
    }

    /// Quote marks, which may stand inside a subject (社区“大党委”).
    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "“", "”", "‘", "’", "「", "」", "『", "』", "\"": return true
        default: return false
        }
    }

    /// The value of a single Chinese digit 一…九 (for 三成一), else nil (〇 and 零 are not digits here).
    static func chineseDigit(_ c: Unicode.Scalar) -> Int? {
        guard let d = EntityScalars.chineseDigit(c), d > 0 else { return nil }
        return d
    }
}
