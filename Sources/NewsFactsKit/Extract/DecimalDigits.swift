/// A non-negative decimal number held digit by digit, so that numbers are built exactly.
///
/// Chinese numerals are sums of digits times powers of ten (`四亿五千六百四十二万零一十五`) and Arabic
/// numbers may have hundreds of digits; building them in a `Double` would round `4569831148725382` and
/// overflow `1e999`. The scanner only ever adds such terms and shifts by powers of ten, so a digit array
/// with a decimal exponent is enough: no division, no general multiplication.
struct DecimalDigits: Sendable, Hashable {
    /// Digits, least significant first: `digits[i]` is the coefficient of 10^(exponent + i).
    private(set) var digits: [UInt8]
    /// The power of ten of `digits[0]`.
    private(set) var exponent: Int

    /// Zero.
    init() {
        digits = []
        exponent = 0
    }

    /// `digit` × 10^`power`.
    init(digit: Int, power: Int = 0) {
        digits = digit == 0 ? [] : [UInt8(truncatingIfNeeded: digit)]
        exponent = power
    }

    /// The number written by `integer` digits then `fraction` digits (most significant first, values 0…9).
    init(integer: [UInt8], fraction: [UInt8] = []) {
        digits = (integer + fraction).reversed()
        exponent = -fraction.count
        trim()
    }

    /// The value of plain decimal text (`5`, `0.5`), or nil for anything else.
    init?(text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !text.isEmpty else { return nil }
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        for (index, part) in parts.enumerated() {
            for unit in part.utf8 {
                guard unit >= UInt8(ascii: "0"), unit <= UInt8(ascii: "9") else { return nil }
                if index == 0 { integer.append(unit - UInt8(ascii: "0")) } else { fraction.append(unit - UInt8(ascii: "0")) }
            }
        }
        self.init(integer: integer, fraction: fraction)
    }

    /// Whether the value is zero.
    var isZero: Bool { digits.allSatisfy { $0 == 0 } }

    /// Whether the value has no fractional part.
    var isInteger: Bool {
        for i in 0..<digits.count where exponent + i < 0 && digits[i] != 0 { return false }
        return true
    }

    /// The value times 10^`power`.
    func shifted(by power: Int) -> DecimalDigits {
        var copy = self
        copy.exponent += power
        return copy
    }

    /// Adds `other` in place, exactly.
    mutating func add(_ other: DecimalDigits) {
        if other.digits.isEmpty { return }
        if digits.isEmpty { self = other; return }
        let low = min(exponent, other.exponent)
        let high = max(exponent + digits.count, other.exponent + other.digits.count)
        var sum = [UInt8](repeating: 0, count: high - low + 1)
        for (i, d) in digits.enumerated() { sum[exponent - low + i] = d }
        var carry: UInt8 = 0
        let offset = other.exponent - low
        var i = 0
        while i < other.digits.count || carry > 0 {
            let d = (i < other.digits.count ? other.digits[i] : 0) + sum[offset + i] + carry
            sum[offset + i] = d % 10
            carry = d / 10
            i += 1
        }
        digits = sum
        exponent = low
        trim()
    }

    /// The sum of two values.
    static func + (lhs: DecimalDigits, rhs: DecimalDigits) -> DecimalDigits {
        var sum = lhs
        sum.add(rhs)
        return sum
    }

    /// Drops zero digits at both ends (the value is unchanged).
    private mutating func trim() {
        while let last = digits.last, last == 0 { digits.removeLast() }
        var drop = 0
        while drop < digits.count && digits[drop] == 0 { drop += 1 }
        if drop == digits.count { digits = []; exponent = 0; return }
        if drop > 0 {
            digits.removeFirst(drop)
            exponent += drop
        }
    }

    /// Canonical decimal text: digits, optional `.digits`, no exponent, no needless zeros.
    var text: String {
        if digits.isEmpty { return "0" }
        var out: [UInt8] = []
        let top = exponent + digits.count - 1
        if top < 0 {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -top - 1))
        }
        var power = top
        while power >= min(exponent, 0) {
            let i = power - exponent
            let d: UInt8 = i >= 0 && i < digits.count ? digits[i] : 0
            out.append(UInt8(ascii: "0") + d)
            if power == 0 && exponent < 0 { out.append(UInt8(ascii: ".")) }
            power -= 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The nearest `Double` (infinite when the value is beyond its range).
    var double: Double {
        Double(text) ?? .infinity
    }

    /// The value as an `ExactNumber`, negated when `negative`.
    func exactNumber(negative: Bool) -> ExactNumber {
        let text = self.text
        let magnitude = Double(text) ?? .infinity
        if negative && !isZero { return ExactNumber(double: -magnitude, decimal: "-" + text) }
        return ExactNumber(double: magnitude, decimal: text)
    }
}
