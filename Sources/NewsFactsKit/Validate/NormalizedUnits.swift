/// The canonical units of `normalized_unit` per fact kind, from `validation/normalized-units.tsv`.
public struct NormalizedUnits: Sendable {
    private let units: [FactKind: Set<String>]

    /// Loads the table from the resource file.
    public init() throws {
        var units: [FactKind: Set<String>] = [:]
        for row in try ResourceFile.rows("validation/normalized-units.tsv") where row.count >= 2 {
            guard let kind = FactKind(rawValue: row[0]), !row[1].isEmpty else { continue }
            units[kind, default: []].insert(row[1])
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
