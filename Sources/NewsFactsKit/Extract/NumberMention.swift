/// A number found in the normalized text, before any unit is attached.
///
/// The range covers the number's own characters: sign, digits, separators, multipliers (`万`, `亿`),
/// the approximation suffixes `余`/`多`/`几`/`来`, a range's second number (`3至5`, `三到五`), and for
/// percentages the `%` sign or the `百分之` prefix. It never covers a unit or classifier.
///
/// Example: in `全市⟦89⟧所学校` the mention is `89` (value 89, script arabic, form cardinal); in
/// `增长⟦10-15万⟧吨` it is `10-15万` (value 100000, valueMax 150000, multiplier 1e4).
///
/// Some amounts are written with a marker that is a unit for the facts but that only the scanner can
/// read together with the digits: tenths (`八成`, `三成一` = 3.1 成, `七五折` = 7.5 折, `半成`),
/// percentage points (`0.6个百分点`), and parts of a bare power of ten (`万分之三`). For these the
/// mention stays the number (`三`, `0.6`), and `proportion` gives the whole amount, its marker and its
/// value in the marker's terms.
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

    /// An amount read with a marker that makes it a proportion (see the type's documentation).
    ///
    /// Why a field and not a form: `成`, `折` and `个百分点` are units of the fact (GUIDELINES: `八成` →
    /// value 8, unit `成`), so the mention's range keeps to the number, but the marker changes how the
    /// digits read (`七五折` is 7.5, `三成一` is 3.1, `半成` is 0.5) and where the amount ends.
    public struct Proportion: Sendable, Hashable {
        /// Which proportion.
        public enum Kind: String, Sendable, Hashable {
            /// Tenths: `成`, or `折` (a price in tenths of the full price).
            case tenths
            /// Percentage points: `个百分点`, `百分点`.
            case percentagePoints
            /// Parts of a bare power of ten of ten thousand or more (`万分之三`, `百万分之五`); the mention is
            /// the fraction (form `fraction`, value the quotient).
            case partsPer
        }

        /// Which proportion.
        public var kind: Kind
        /// The whole written amount: number, marker and any tenths after it (`三成一`, `0.6个百分点`).
        public var range: Range<Int>
        /// Where the marker is written (`成`, `个百分点`, `万分之`).
        public var marker: Range<Int>
        /// The value in the marker's terms: tenths for `tenths` (3.1), points, or the numerator of parts.
        public var value: ExactNumber

        /// Creates a proportion.
        public init(kind: Kind, range: Range<Int>, marker: Range<Int>, value: ExactNumber) {
            self.kind = kind
            self.range = range
            self.marker = marker
            self.value = value
        }
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
    /// The proportion the number is read with (`八成`, `0.6个百分点`, `万分之三`), else nil.
    public var proportion: Proportion?

    /// Creates a number mention.
    public init(range: Range<Int>, value: ExactNumber, valueMax: ExactNumber? = nil, script: Script,
                form: Form = .cardinal, moreThan: Bool = false, multiplier: Double = 1,
                proportion: Proportion? = nil) {
        self.range = range
        self.value = value
        self.valueMax = valueMax
        self.script = script
        self.form = form
        self.moreThan = moreThan
        self.multiplier = multiplier
        self.proportion = proportion
    }
}
