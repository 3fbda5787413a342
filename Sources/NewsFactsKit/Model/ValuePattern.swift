/// A lexical form that a string value must have, stated once and used by the validator, the JSON
/// Schemas, the XSD and the SQL `CHECK`s.
///
/// Each pattern has two spellings that must accept the same strings: `regex`, in the subset that XSD,
/// ECMA-262 (JSON Schema), Python `re` and PostgreSQL share (no anchors, no `\d`, no `(?:`), for the
/// schema files; and `matches(_:)`, a hand-written scanner for the validator, which runs on every record.
/// A test holds the two to the same table of cases.
public enum ValuePattern: String, Sendable, Hashable, CaseIterable {
    /// Canonical decimal text: optional `-`, no leading zeros, no trailing fractional zeros, no exponent,
    /// no `-0` (the form `ExactNumber.decimal` takes).
    case decimal
    /// Lower-case hexadecimal SHA-256.
    case sha256
    /// An ISO 8601 calendar date, month, year or week as far as the text fixes it (`2023-02-23`,
    /// `2022-01`, `2009`, `2018-W04`; `XXXX-03-12` for an unknown year and `2023-XX-11` for an unknown
    /// month, GUIDELINES §2), or a period of two of them joined by `/`.
    case isoPeriod = "iso_period"
    /// A PRC administrative division code: 6 digits (county), 9 (township) or 12 (village).
    case adcode

    /// The unanchored regular expression (the whole value must match).
    public var regex: String {
        switch self {
        case .decimal:
            return #"-?[1-9][0-9]*(\.[0-9]*[1-9])?|-?0\.[0-9]*[1-9]|0"#
        case .sha256:
            return "[0-9a-f]{64}"
        case .isoPeriod:
            let day = "([0-9]{4}|XXXX)(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12][0-9]|3[01]))?|-W(0[1-9]|[1-4][0-9]|5[0-3]))?"
            return day + "(/" + day + ")?"
        case .adcode:
            return "[0-9]{6}([0-9]{3}([0-9]{3})?)?"
        }
    }

    /// The form in words, for messages and documentation.
    public var summary: String {
        switch self {
        case .decimal: return "canonical decimal text"
        case .sha256: return "lower-case hexadecimal SHA-256"
        case .isoPeriod: return "an ISO 8601 date or period"
        case .adcode: return "a 6-, 9- or 12-digit division code"
        }
    }

    /// Whether the whole of `text` has this form.
    public func matches(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            switch self {
            case .decimal: return Self.isCanonicalDecimal(bytes[...])
            case .sha256: return bytes.count == 64 && bytes.allSatisfy { Self.isDigit($0) || (0x61...0x66).contains($0) }
            case .isoPeriod:
                if let slash = bytes.firstIndex(of: 0x2F) {
                    return Self.isISODate(bytes[..<slash]) && Self.isISODate(bytes[(slash + 1)...])
                }
                return Self.isISODate(bytes[...])
            case .adcode: return [6, 9, 12].contains(bytes.count) && bytes.allSatisfy(Self.isDigit)
            }
        }
    }

    /// Canonical decimal text (see `decimal`).
    static func isCanonicalDecimal(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var body = bytes
        if body.first == 0x2D { body = body.dropFirst() }
        let dot = body.firstIndex(of: 0x2E)
        let integer = dot.map { body[..<$0] } ?? body
        guard !integer.isEmpty, integer.allSatisfy(Self.isDigit) else { return false }
        if integer.count > 1, integer.first == 0x30 { return false }
        if let dot {
            let fraction = body[(dot + 1)...]
            guard !fraction.isEmpty, fraction.allSatisfy(Self.isDigit), fraction.last != 0x30 else { return false }
            return true
        }
        // "0" is canonical, "-0" is not.
        return !(bytes.first == 0x2D && integer.count == 1 && integer.first == 0x30)
    }

    /// One side of an ISO period: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`, year digits or `XXXX`.
    static func isISODate(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let s = bytes.startIndex
        func at(_ k: Int) -> UInt8 { bytes[s + k] }
        let count = bytes.count
        guard count >= 4 else { return false }
        let year = bytes[s..<s + 4]
        guard year.allSatisfy(Self.isDigit) || year.allSatisfy({ $0 == 0x58 }) else { return false }
        if count == 4 { return true }
        guard at(4) == 0x2D else { return false }
        if count == 8, at(5) == 0x57 {
            guard let week = twoDigits(at(6), at(7)) else { return false }
            return (1...53).contains(week)
        }
        let unknownMonth = at(5) == 0x58 && at(6) == 0x58
        guard count == 7 || count == 10, unknownMonth || twoDigits(at(5), at(6)).map({ (1...12).contains($0) }) == true else {
            return false
        }
        if count == 7 { return true }
        guard at(7) == 0x2D, let day = twoDigits(at(8), at(9)) else { return false }
        return (1...31).contains(day)
    }

    private static func twoDigits(_ a: UInt8, _ b: UInt8) -> Int? {
        guard Self.isDigit(a), Self.isDigit(b) else { return nil }
        return Int(a - 0x30) * 10 + Int(b - 0x30)
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
