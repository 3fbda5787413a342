/// A non-negative decimal number held exactly, so that numbers are built without rounding.
///
/// Chinese numerals are sums of digits times powers of ten (`四亿五千六百四十二万零一十五`) and Arabic
/// numbers may have hundreds of digits; building them in a `Double` would round `4569831148725382` and
/// overflow `1e999`. The scanner only ever adds such terms and shifts by powers of ten, so a significand
/// with a decimal exponent is enough: no division, no general multiplication.
///
/// Almost every number in news has fewer than 20 significant digits, so the significand is a `UInt64`;
/// only when an operation would overflow it does the value move to a digit array. The scan of a
/// typical number therefore allocates nothing here.
struct DecimalDigits: Sendable {
    /// value = significand × 10^exponent, while `digits` is nil.
    private var significand: UInt64 = 0
    /// The power of ten of the significand's (or digit array's) lowest digit.
    private var exponent: Int = 0
    /// For values beyond a `UInt64` significand: digits, least significant first.
    private var digits: [UInt8]?

    /// Zero.
    init() {}

    /// `digit` × 10^`power`.
    init(digit: Int, power: Int = 0) {
        significand = UInt64(max(0, min(9, digit)))
        exponent = power
        normalize()
    }

    /// The number written by `integer` digits then `fraction` digits (most significant first, values 0…9).
    init(integer: [UInt8], fraction: [UInt8] = []) {
        for d in integer { appendDigit(d) }
        for (i, d) in fraction.enumerated() { add(DecimalDigits(digit: Int(d), power: -(i + 1))) }
    }

    /// The value of plain decimal text (`5`, `0.5`), or nil for anything else.
    init?(text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !text.isEmpty else { return nil }
        for (index, part) in parts.enumerated() {
            for (place, unit) in part.utf8.enumerated() {
                guard unit >= UInt8(ascii: "0"), unit <= UInt8(ascii: "9") else { return nil }
                let digit = unit - UInt8(ascii: "0")
                if index == 0 { appendDigit(digit) } else { add(DecimalDigits(digit: Int(digit), power: -(place + 1))) }
            }
        }
    }

    /// Whether the value is zero.
    var isZero: Bool {
        if let digits { return digits.allSatisfy { $0 == 0 } }
        return significand == 0
    }

    /// Whether the value has no fractional part.
    var isInteger: Bool {
        if let digits {
            for i in 0..<digits.count where exponent + i < 0 && digits[i] != 0 { return false }
            return true
        }
        return significand == 0 || exponent >= 0
    }

    /// Appends a digit after the last integer digit (value × 10 + d), reading digits left to right.
    mutating func appendDigit(_ digit: UInt8) {
        exponent += 1
        add(DecimalDigits(digit: Int(digit)))
    }

    /// The value times 10^`power`.
    func shifted(by power: Int) -> DecimalDigits {
        var copy = self
        copy.exponent += power
        return copy
    }

    /// Adds `other` in place, exactly.
    mutating func add(_ other: DecimalDigits) {
        if other.isZero { return }
        if isZero {
            self = other
            return
        }
        if digits == nil, other.digits == nil,
           let sum = Self.smallSum(significand, exponent, other.significand, other.exponent) {
            significand = sum.significand
            exponent = sum.exponent
            normalize()
        } else {
            addDigits(other)
        }
    }

    /// The sum of two values.
    static func + (lhs: DecimalDigits, rhs: DecimalDigits) -> DecimalDigits {
        var sum = lhs
        sum.add(rhs)
        return sum
    }

    /// a × 10^e + b × 10^f in a `UInt64` significand, or nil on overflow.
    private static func smallSum(_ a: UInt64, _ e: Int, _ b: UInt64, _ f: Int) -> (significand: UInt64, exponent: Int)? {
        let low = min(e, f)
        guard let x = scaled(a, by: e - low), let y = scaled(b, by: f - low) else { return nil }
        let (sum, overflow) = x.addingReportingOverflow(y)
        return overflow ? nil : (sum, low)
    }

    private static func scaled(_ value: UInt64, by power: Int) -> UInt64? {
        if power == 0 || value == 0 { return value }
        guard power < 20 else { return nil }
        let (result, overflow) = value.multipliedReportingOverflow(by: powersOfTenInteger[power])
        return overflow ? nil : result
    }

    private static let powersOfTenInteger: [UInt64] = (0..<20).map { power in
        var value: UInt64 = 1
        for _ in 0..<power { value *= 10 }
        return value
    }

    /// Drops trailing zeros of the significand into the exponent (the value is unchanged).
    private mutating func normalize() {
        if significand == 0 { exponent = 0; return }
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
    }

    /// The digits, least significant first, with their exponent (for the array arithmetic).
    private var digitArray: (digits: [UInt8], exponent: Int) {
        if let digits { return (digits, exponent) }
        var result: [UInt8] = []
        var rest = significand
        while rest > 0 {
            result.append(UInt8(rest % 10))
            rest /= 10
        }
        return (result, exponent)
    }

    private mutating func addDigits(_ other: DecimalDigits) {
        let (mine, myExponent) = digitArray
        let (theirs, theirExponent) = other.digitArray
        let low = min(myExponent, theirExponent)
        let high = max(myExponent + mine.count, theirExponent + theirs.count)
        var sum = [UInt8](repeating: 0, count: high - low + 1)
        for (i, d) in mine.enumerated() { sum[myExponent - low + i] = d }
        var carry: UInt8 = 0
        let offset = theirExponent - low
        var i = 0
        while i < theirs.count || carry > 0 {
            let d = (i < theirs.count ? theirs[i] : 0) + sum[offset + i] + carry
            sum[offset + i] = d % 10
            carry = d / 10
            i += 1
        }
        while let last = sum.last, last == 0 { sum.removeLast() }
        var drop = 0
        while drop < sum.count && sum[drop] == 0 { drop += 1 }
        sum.removeFirst(drop)
        digits = sum
        exponent = low + drop
        significand = 0
    }

    /// Canonical decimal text: digits, optional `.digits`, no exponent, no needless zeros.
    var text: String {
        if digits == nil && exponent >= -19 && exponent <= 19 {
            // The common case without digit arrays: the significand's digits and a point or zeros.
            if significand == 0 { return "0" }
            if exponent >= 0 {
                return exponent == 0 ? String(significand) : String(significand) + String(repeating: "0", count: exponent)
            }
            let scale = DecimalDigits.powersOfTenInteger[-exponent]
            let fraction = String(significand % scale)
            let padding = String(repeating: "0", count: -exponent - fraction.count)
            return String(significand / scale) + "." + padding + fraction
        }
        let (digits, exponent) = digitArray
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
    ///
    /// A significand below 2^53 is exact in a `Double`, and one multiplication or division by an exact
    /// power of ten (up to 10^22) rounds correctly; beyond that the decimal text is parsed.
    var double: Double {
        if digits == nil {
            if significand == 0 { return 0 }
            if significand < 1 << 53 && exponent >= -22 && exponent <= 22 {
                let scale = DecimalDigits.powersOfTen[abs(exponent)]
                return exponent < 0 ? Double(significand) / scale : Double(significand) * scale
            }
        }
        return Double(text) ?? .infinity
    }

    private static let powersOfTen: [Double] = (0...22).map { power in
        var value = 1.0
        for _ in 0..<power { value *= 10 }
        return value
    }

    /// The value as an `ExactNumber`, negated when `negative`.
    func exactNumber(negative: Bool) -> ExactNumber {
        let text = self.text
        let magnitude = double
        if negative && !isZero { return ExactNumber(double: -magnitude, decimal: "-" + text) }
        return ExactNumber(double: magnitude, decimal: text)
    }
}
