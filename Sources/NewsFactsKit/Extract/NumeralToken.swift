/// One element of a number's core, as the scanner reads it from the text.
enum NumeralToken: Sendable {
    /// A Chinese digit (`三`, `两`, `陆`, `零`), with the character (for range pairs such as 三四) and its flags.
    case digit(Int, scalar: Unicode.Scalar, zero: Bool, counting: Bool, standalone: Bool)
    /// A run of Arabic digits; `afterSpace` when inline space separates it from the previous token.
    case arabic(ArabicLiteral, afterSpace: Bool)
    /// 十, 百, 千 (and financial forms), as a power of ten.
    case unit(Int, standalone: Bool)
    /// 廿, 卅, 卌: a tens digit with its 十.
    case tens(Int)
    /// 万, 亿, 兆, as a power of ten.
    case multiplier(Int)
    /// The Chinese decimal point 点.
    case point
    /// 余, 多, 来: the amount is more than the round number before.
    case approx
    /// 几: an unknown digit.
    case unknown
    /// 半 before a unit (半百).
    case half

    /// Whether the token is written in Chinese characters (spaces may stand before it).
    var isChinese: Bool {
        if case .arabic = self { return false }
        return true
    }
}
