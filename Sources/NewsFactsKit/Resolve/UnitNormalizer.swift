/// Converts an amount to its canonical unit (GUIDELINES §1 `normalized_value`, `normalized_unit`).
///
/// The factor and canonical unit come from the unit's entry in `units.tsv`; `LOCAL` money takes the
/// document's currency. Counts, percentages and ages have no normalized value.
struct UnitNormalizer: Sendable {
    /// The currency of a plain `元` in this document.
    let currency: String

    /// The normalized value and unit, or nil when the amount has none.
    ///
    /// `currency` is the currency of a sign written before the number (US$), which wins over the page's.
    func normalize(value: ExactNumber, unit: UnitEntry?, kind: FactKind, currency sign: String? = nil) -> (value: ExactNumber, unit: String)? {
        switch kind {
        case .count, .percent, .age:
            return nil
        case .money:
            guard let unit else { return (value, sign ?? currency) }
            let code = unit.canonical == "LOCAL" ? (sign ?? currency) : (unit.canonical ?? currency)
            return (ExactNumber.multiply(value, by: unit.factor ?? 1), code)
        case .measure, .duration:
            guard let unit, let canonical = unit.canonical, let factor = unit.factor else { return nil }
            return (ExactNumber.multiply(value, by: factor), canonical)
        }
    }
}
