/// A number on its way to becoming a fact: the unit, qualifier, change and per found around it,
/// all in normalized offsets.
struct QuantityCandidate: Sendable {
    /// The number as scanned.
    var number: NumberMention
    /// Where the mention starts (the number's first character).
    var start: Int
    /// Where the mention ends (after unit, 半, /per and suffix qualifier).
    var end: Int
    /// The amount.
    var value: ExactNumber
    /// The upper end of a range.
    var valueMax: ExactNumber?
    /// The matched unit or classifier, if any.
    var unit: UnitEntry?
    /// Where the unit was matched.
    var unitRange: Range<Int>?
    /// A currency sign before the number (US$, ￥), if any.
    var signRange: Range<Int>?
    /// The currency of that sign.
    var signCurrency: String?
    /// The unit to record when no unit was matched (`%` for percentages).
    var impliedUnit: String?
    /// What sort of amount.
    var kind: FactKind
    /// How the amount relates to the true one.
    var qualifier: Qualifier = .exact
    /// The qualifier read before the number (it carries over a list: 约占60%和65%).
    var qualifierBefore: Qualifier?
    /// The amount carries 余/多 (in the number, or inside the unit: 2个多小时).
    var moreThan = false
    /// Where a qualifier before the number starts (the number's start when there is none).
    var prefixStart: Int
    /// The change it states, if any.
    var change: Change?
    /// The denominator of a rate, as a normalized range.
    var perRange: Range<Int>?
    /// The amount that states the denominator (`一斤` in `一斤4.8元`), which the subject does not include.
    var rateRange: Range<Int>?
    /// The denominator as text, when it does not come from one range.
    var perText: String?
    /// The subject, as a normalized range.
    var subjectRange: Range<Int>?
    /// The subject inherited from an earlier fact, as text.
    var subjectText: String?
}
