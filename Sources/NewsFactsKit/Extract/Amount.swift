import Foundation

/// A signed value the scanner has read: exact digits where the text gives them, a `Double` where the
/// value comes from a division or a power (`三分之一`, `2^-1`).
struct Amount: Sendable {
    /// The exact magnitude, when known.
    var exact: DecimalDigits?
    /// The magnitude as a `Double`.
    var magnitude: Double
    /// Whether the value is negative.
    var negative: Bool

    /// An exact value.
    init(_ digits: DecimalDigits, negative: Bool = false) {
        exact = digits
        magnitude = digits.double
        self.negative = negative && !digits.isZero
    }

    /// A value known only as a `Double`.
    init(double: Double) {
        exact = nil
        magnitude = Swift.abs(double)
        negative = double < 0
    }

    /// The signed value as a `Double`.
    var double: Double { negative ? -magnitude : magnitude }

    /// The value times 10^`power`.
    func shifted(by power: Int) -> Amount {
        if let exact { return Amount(exact.shifted(by: power), negative: negative) }
        var copy = self
        copy.magnitude *= pow10(power)
        return copy
    }

    /// The value plus a non-negative exact amount (in the direction of the sign: 负三成一 is -3.1).
    func adding(_ digits: DecimalDigits) -> Amount {
        if let exact { return Amount(exact + digits, negative: negative) }
        var copy = self
        copy.magnitude += digits.double
        return copy
    }

    /// The value as an `ExactNumber`.
    var exactNumber: ExactNumber {
        exact?.exactNumber(negative: negative) ?? ExactNumber(double)
    }

    /// 10^`power` as a `Double` (infinite or zero beyond its range).
    static func pow10(_ power: Int) -> Double {
        Foundation.pow(10.0, Double(power))
    }

    private func pow10(_ power: Int) -> Double { Amount.pow10(power) }
}
