/// How text holding characters that XML 1.0 cannot carry is written in `newsfacts.xml`.
///
/// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF; not even a character
/// reference may name the others (C0 controls other than tab, LF, CR, and U+FFFE, U+FFFF). Dropping them
/// would make the XML disagree with the JSONL and CSV, so a field whose text holds one is written
/// *escaped*: the element carries `escaped="true"`, every `\` of the text is written `\\` and every
/// illegal character `\uXXXX` (four lower-case hex digits). Fields without such characters (nearly
/// all) are written as they are and carry no attribute, so their text needs no decoding.
public enum XMLTextNotation {
    /// Whether XML 1.0 can hold the code point.
    @inline(__always) public static func isLegal(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Whether `text` holds a character that XML 1.0 cannot.
    public static func needsEscaping(_ text: String) -> Bool {
        var s = text
        return s.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { return true }
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
                if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return true }
                i += 1
            }
            return false
        }
    }

    /// The escaped form of `text` (see the type's summary).
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let hex = Array("0123456789abcdef".unicodeScalars)
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                out.append("\\")
                out.append("\\")
            } else if isLegal(scalar.value) {
                out.append(scalar)
            } else {
                out.append("\\")
                out.append("u")
                for shift in stride(from: 12, through: 0, by: -4) {
                    out.append(hex[Int((scalar.value >> UInt32(shift)) & 0xF)])
                }
            }
        }
        return String(out)
    }

    /// Text in escaped form that does not decode.
    public struct MalformedEscape: Error, CustomStringConvertible {
        /// A sentence for a person.
        public var description: String
    }

    /// The text an escaped form stands for; throws on a `\` not followed by `\` or `u` and four hex
    /// digits, and on an escape of a character that needs none (the form is unique).
    public static func unescape(_ escaped: String) throws -> String {
        var out = String.UnicodeScalarView()
        var scalars = escaped.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                out.append(scalar)
                continue
            }
            switch scalars.next() {
            case "\\":
                out.append("\\")
            case "u":
                var value: UInt32 = 0
                for _ in 0..<4 {
                    guard let digit = scalars.next(), let v = hexValue(digit) else {
                        throw MalformedEscape(description: "\\u must be followed by four lower-case hex digits")
                    }
                    value = value << 4 | v
                }
                guard !isLegal(value), let decoded = Unicode.Scalar(value) else {
                    throw MalformedEscape(description: "\\u\(String(value, radix: 16)) escapes a character that needs no escape")
                }
                out.append(decoded)
            default:
                throw MalformedEscape(description: "a backslash must be followed by \\ or u")
            }
        }
        return String(out)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x61...0x66: return scalar.value - 0x61 + 10
        default: return nil
        }
    }
}
