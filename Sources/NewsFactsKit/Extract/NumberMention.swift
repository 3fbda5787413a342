/// A number found in the normalized text, before any unit is attached.
///
/// The range covers the number's own characters: sign, digits, separators, multipliers (`万`, `亿`),
/// the approximation suffixes `余`/`多`/`几`/`来`, a range's second number (`3至5`, `三到五`), and for
/// percentages the `%` sign or the `百分之` prefix. It never covers a unit or classifier.
public struct NumberMention: Sendable, Hashable {
    /// How the number is written.
    public enum Script: String, Sendable, Hashable {
        /// Arabic digits only (half or full width), with separators and decimals.
        case arabic
        /// Chinese numerals only (`二十三`, `两`, `壹佰`, `千`).
        case chinese
        /// Digits with Chinese multipliers or a mix (`1.14亿`, `3万4000`).
        case mixed
    }

    /// What sort of number it is.
    public enum Form: String, Sendable, Hashable {
        /// A plain cardinal or decimal.
        case cardinal
        /// A percentage (`81%`, `百分之四十`); `value` is the number before `%`.
        case percent
        /// A per-mille value (`5‰`); `value` is the number before `‰`.
        case permille
        /// A fraction (`三分之一`, `1/4`); `value` is the quotient.
        case fraction
    }

    /// The span in normalized offsets.
    public var range: Range<Int>
    /// The value with multipliers applied (the lower end of a range).
    public var value: ExactNumber
    /// The upper end of a range (`3至5` → 5), else nil.
    public var valueMax: ExactNumber?
    /// How it is written.
    public var script: Script
    /// What sort of number it is.
    public var form: Form
    /// The number carries `余`, `多`, `几`, `来` or `+` (so the true amount is more than `value`).
    public var moreThan: Bool
    /// The trailing multiplier written in the number (`1.14亿` → 1e8, `10多亿` → 1e8, `89` → 1).
    public var multiplier: Double

    /// Creates a number mention.
    public init(range: Range<Int>, value: ExactNumber, valueMax: ExactNumber? = nil, script: Script,
                form: Form = .cardinal, moreThan: Bool = false, multiplier: Double = 1) {
        self.range = range
        self.value = value
        self.valueMax = valueMax
        self.script = script
        self.form = form
        self.moreThan = moreThan
        self.multiplier = multiplier
    }
}
