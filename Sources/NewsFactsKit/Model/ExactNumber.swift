import Foundation

/// A numeric value that keeps its exact decimal text beside its `Double` approximation.
///
/// Amounts such as a 400-digit number or `1e999` do not fit a `Double`; writers emit `decimal`
/// where `double` cannot carry the value exactly, so nothing is silently wrong.
public struct ExactNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The nearest `Double` (may be infinite for huge values).
    public var double: Double
    /// The exact value as canonical decimal text: optional `-`, digits, optional `.digits`, no exponent.
    public var decimal: String

    /// A value known only as a `Double` (its decimal text is the shortest round-trip form).
    public init(_ double: Double) {
        self.double = double
        self.decimal = ExactNumber.canonicalDecimal(of: double)
    }

    /// A value with exact decimal text (as parsed from digits).
    public init(double: Double, decimal: String) {
        self.double = double
        self.decimal = decimal
    }

    /// Whether `double` holds the value exactly enough to be written as a JSON number:
    /// finite, and an integer no larger than 2^53 in magnitude when integral.
    public var isSafeDouble: Bool {
        guard double.isFinite else { return false }
        if double == double.rounded() { return abs(double) <= 9_007_199_254_740_992 }
        return true
    }

    /// The decimal text.
    public var description: String { decimal }

    /// Orders by the `Double` approximation.
    public static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool { lhs.double < rhs.double }

    /// Canonical decimal text of a `Double`: integers without `.0`, no exponent for values whose
    /// shortest form needs one, `inf`/`nan` spelled out.
    public static func canonicalDecimal(of value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        if value == value.rounded(), abs(value) < 1e21 {
            return String(Int64(exactly: value).map(String.init) ?? integerText(value))
        }
        let text = "\(value)"
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        // Expand the exponent: mantissa digits shifted by the exponent.
        let mantissa = String(text[..<e])
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        return shift(mantissa, by: exponent)
    }

    private static func integerText(_ value: Double) -> String {
        // Values in [2^63, 1e21): exact integers, printed through the exponent form.
        let text = "\(value)"
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        return shift(String(text[..<e]), by: Int(text[text.index(after: e)...]) ?? 0)
    }

    /// Moves the decimal point of `mantissa` (like `-1.25`) by `exponent` places.
    ///
    /// Decimal text is ASCII: done on its bytes (the `String` operations cost more than the rest of
    /// making a fact's record); anything else takes the same steps on characters.
    static func shift(_ mantissa: String, by exponent: Int) -> String {
        let bytes = Array(mantissa.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return shiftCharacters(mantissa, by: exponent) }
        var body = bytes[...]
        var negative = false
        if body.first == 0x2D {
            negative = true
            body = body.dropFirst()
        }
        // Like `split(separator: ".")`: the part before the first dot and the part after it, up to a
        // second dot if there is one.
        let dot = body.firstIndex(of: 0x2E)
        var integer = Array(dot.map { body[..<$0] } ?? body)
        var fraction: [UInt8] = dot.map { Array(body[($0 + 1)...].prefix { $0 != 0x2E }) } ?? []
        if exponent > 0 {
            let move = min(exponent, fraction.count)
            integer += fraction.prefix(move)
            fraction.removeFirst(move)
            integer += repeatElement(0x30, count: exponent - move)
        } else if exponent < 0 {
            let move = min(-exponent, integer.count)
            fraction = Array(repeating: 0x30, count: -exponent - move) + integer.suffix(move) + fraction
            integer.removeLast(move)
        }
        integer.removeFirst(integer.firstIndex { $0 != 0x30 } ?? integer.count)
        if integer.isEmpty { integer = [0x30] }
        while fraction.last == 0x30 { fraction.removeLast() }
        var text = integer
        if !fraction.isEmpty {
            text.append(0x2E)
            text += fraction
        }
        if negative && text != [0x30] { text.insert(0x2D, at: 0) }
        return String(decoding: text, as: UTF8.self)
    }

    /// `shift(_:by:)` on characters, for text that is not ASCII.
    private static func shiftCharacters(_ mantissa: String, by exponent: Int) -> String {
        var negative = false
        var body = Substring(mantissa)
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        var intPart = String(parts.first ?? "0")
        var fracPart = parts.count > 1 ? String(parts[1]) : ""
        if exponent > 0 {
            let move = min(exponent, fracPart.count)
            intPart += fracPart.prefix(move)
            fracPart = String(fracPart.dropFirst(move))
            intPart += String(repeating: "0", count: exponent - move)
        } else if exponent < 0 {
            let move = min(-exponent, intPart.count)
            fracPart = String(intPart.suffix(move)) + fracPart
            intPart = String(intPart.dropLast(move))
            fracPart = String(repeating: "0", count: -exponent - move) + fracPart
        }
        intPart = String(intPart.drop(while: { $0 == "0" }))
        if intPart.isEmpty { intPart = "0" }
        while fracPart.hasSuffix("0") { fracPart.removeLast() }
        let text = fracPart.isEmpty ? intPart : intPart + "." + fracPart
        return negative && text != "0" ? "-" + text : text
    }
}

extension ExactNumber {
    /// `value / divisor`, exact in decimal when the divisor is a power of ten (a Chinese multiplier).
    public static func divide(_ value: ExactNumber, by divisor: Double) -> ExactNumber {
        let exponent = log10(divisor)
        if exponent == exponent.rounded(), abs(exponent) < 40 {
            return ExactNumber(double: value.double / divisor, decimal: shift(value.decimal, by: -Int(exponent)))
        }
        return ExactNumber(value.double / divisor)
    }

    /// `value + addend` (for 半 and tenths: 一吨半, 三成一).
    public static func add(_ value: ExactNumber, _ addend: Double) -> ExactNumber {
        ExactNumber(value.double + addend)
    }

    /// `value * factor`, for unit normalization.
    public static func multiply(_ value: ExactNumber, by factor: Double) -> ExactNumber {
        let exponent = log10(factor)
        if exponent == exponent.rounded(), abs(exponent) < 40 {
            return ExactNumber(double: value.double * factor, decimal: shift(value.decimal, by: Int(exponent)))
        }
        return ExactNumber(value.double * factor)
    }
}
