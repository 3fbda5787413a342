/// A run of Arabic digits as the scanner read it: `1,200`, `36.4`, `２．２`, `.5`, `2e5`.
struct ArabicLiteral: Sendable {
    /// The value (always non-negative; a sign is read separately).
    var value: DecimalDigits
    /// How many digits stand before the decimal point.
    var integerDigits: Int
    /// Whether thousands separators were read.
    var hasGroups: Bool
    /// Whether a decimal point and digits were read.
    var hasFraction: Bool
    /// Whether an exponent (`e5`) was read.
    var hasExponent: Bool
    /// Whether the integer part has a leading zero (`04`, `0351`): a date or code part, never a range end.
    var leadingZero: Bool
    /// The last integer digit (a round number such as `2000` may take 多 or 余).
    var lastIntegerDigit: UInt8
    /// One past the literal's last character.
    var end: Int

    /// An integer written with digits only (no separators, decimals or exponent).
    var isPlainInteger: Bool { !hasGroups && !hasFraction && !hasExponent && integerDigits > 0 }

    /// An integer ending in zero (`2000`, `30`, `1,200`): it may take an approximation suffix.
    var isRound: Bool { !hasFraction && !hasExponent && integerDigits > 0 && lastIntegerDigit == 0 && !value.isZero }
}
