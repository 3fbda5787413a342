/// The canonical units of `normalized_unit` per fact kind: the `canonical` column of `units/units.tsv`,
/// the same table the resolver normalizes with, so the two can never disagree.
public struct NormalizedUnits: Sendable {
    private let units: [FactKind: Set<String>]

    /// Loads the canonical units from the unit table (`LOCAL`, the page's currency, is checked by form).
    public init() throws {
        var units: [FactKind: Set<String>] = [:]
        for row in try ResourceFile.rows("units/units.tsv") where row.count >= 3 {
            guard let kind = FactKind(rawValue: row[1]), !row[2].isEmpty, row[2] != "LOCAL" else { continue }
            units[kind, default: []].insert(row[2])
        }
        self.units = units
    }

    /// A table given directly (tests).
    public init(_ units: [FactKind: Set<String>]) {
        self.units = units
    }

    /// Whether `unit` is a canonical unit of `kind`. Money takes any ISO 4217 code (three capital letters).
    public func allows(_ unit: String, for kind: FactKind) -> Bool {
        if kind == .money {
            let bytes = Array(unit.utf8)
            return bytes.count == 3 && bytes.allSatisfy { (0x41...0x5A).contains($0) }
        }
        return units[kind]?.contains(unit) ?? false
    }

    /// The units listed for a kind, sorted (for messages).
    public func units(for kind: FactKind) -> [String] {
        (units[kind] ?? []).sorted()
    }
}
