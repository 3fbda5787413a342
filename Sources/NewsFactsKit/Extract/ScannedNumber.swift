/// One number as the scanner read it, before it becomes a `NumberMention` (internal working form).
struct ScannedNumber: Sendable {
    /// The span in the scanned scalars.
    var range: Range<Int>
    /// The value (the low end of a range).
    var low: Amount
    /// The high end of a range (三四个, 3至5), else nil.
    var high: Amount?
    /// What sort of number it is.
    var form: NumberMention.Form = .cardinal
    /// Whether a percent marker stands before the number (百分之), so a range's second end inherits it.
    var markerIsPrefix = false
    /// The proportion read with the number (八成, 0.6个百分点, 万分之三).
    var proportion: ProportionRead?
    /// The amount is more than the value (余, 多, 几, 来, +).
    var moreThan = false
    /// The power of ten of the trailing multipliers (亿 → 8).
    var multiplierPower = 0
    /// Whether Arabic digits were read.
    var hasArabic = false
    /// Whether Chinese numerals were read.
    var hasChinese = false
    /// The number is one Arabic integer with a leading zero (`04`, `0351`): a date or code part, never
    /// a range end.
    var leadingZero = false

    /// A proportion as read: kind, whole span, marker and value in the marker's terms.
    struct ProportionRead: Sendable {
        var kind: NumberMention.Proportion.Kind
        var range: Range<Int>
        var marker: Range<Int>
        var value: Amount
    }

    /// Where the scanner goes on: after the proportion's marker and tenths when there is one (三成一).
    var end: Int { max(range.upperBound, proportion?.range.upperBound ?? 0) }

    /// How the number is written.
    var script: NumberMention.Script {
        switch (hasArabic, hasChinese) {
        case (true, true): return .mixed
        case (true, false): return .arabic
        default: return .chinese
        }
    }

    /// The mention for the pipeline.
    var mention: NumberMention {
        NumberMention(range: range, value: low.exactNumber, valueMax: high?.exactNumber, script: script,
                      form: form, moreThan: moreThan, multiplier: Amount.pow10(multiplierPower),
                      proportion: proportion.map {
                          NumberMention.Proportion(kind: $0.kind, range: $0.range, marker: $0.marker, value: $0.value.exactNumber)
                      })
    }
}
