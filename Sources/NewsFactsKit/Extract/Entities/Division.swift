/// One PRC administrative division, current or former, with its place in the hierarchy.
public struct Division: Sendable, Hashable {
    /// How high a division stands: province, prefecture or county level.
    public enum Level: Int, Sendable, Hashable, Comparable {
        case province = 0, prefecture = 1, county = 2

        /// Higher levels (provinces) sort first.
        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The six-digit administrative division code, if one is known.
    public var adcode: String?
    /// The full official name (`阳高县`).
    public var name: String
    /// The index of the governing division, if any.
    public var parent: Int?
    /// The level.
    public var level: Level
    /// Whether the division exists today (former ones are still named by older news).
    public var isCurrent: Bool
    /// The full administrative path in Simplified Chinese (`山西省大同市阳高县`).
    public var path: String
}
