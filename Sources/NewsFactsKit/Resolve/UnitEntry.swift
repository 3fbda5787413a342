import Foundation

/// One unit or classifier from `Resources/units/`: what kind of amount it makes and how to normalize it.
public struct UnitEntry: Sendable, Hashable {
    /// Behaviour flags from the data file.
    public struct Flags: OptionSet, Sendable, Hashable {
        /// The raw bits.
        public let rawValue: UInt16
        /// Creates flags from bits.
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Only after Arabic digits (the word is common in prose after Chinese numerals).
        public static let arabicOnly = Flags(rawValue: 1 << 0)
        /// Accepts a trailing 半 (一吨半 = 1.5).
        public static let half = Flags(rawValue: 1 << 1)
        /// A year-shaped number makes it a date (2009年).
        public static let year = Flags(rawValue: 1 << 3)
        /// A count (not a duration) where the subject is a number of days (天数).
        public static let dayCount = Flags(rawValue: 1 << 4)
        /// Latin letters match in any case.
        public static let caseInsensitive = Flags(rawValue: 1 << 5)
        /// After Chinese numerals too when a money word stands before it in the clause (花费三块).
        public static let moneyContext = Flags(rawValue: 1 << 10)
        /// A land unit whose size depends on the region.
        public static let regional = Flags(rawValue: 1 << 6)
        /// Only after an amount written with 万 or 亿 (1.2亿度 is electricity; 35度 and 一度 are not).
        public static let bigOnly = Flags(rawValue: 1 << 7)
        /// Only as the marker of a proportion the scanner read (八成, 七五折); after any other number the
        /// character is a word (10万成年人).
        public static let markerOnly = Flags(rawValue: 1 << 8)
        /// Only after a number that cannot be an hour of the clock (over 24, or with decimals): 19230点 and
        /// 12.5点 are index points, 8点 is a time.
        public static let notClock = Flags(rawValue: 1 << 9)

        static func parse(_ text: String) -> Flags {
            var flags: Flags = []
            for name in text.split(separator: ",") {
                switch name.trimmingCharacters(in: .whitespaces) {
                case "arabic": flags.insert(.arabicOnly)
                case "half": flags.insert(.half)
                case "year": flags.insert(.year)
                case "daycount": flags.insert(.dayCount)
                case "nocase": flags.insert(.caseInsensitive)
                case "region": flags.insert(.regional)
                case "moneyctx": flags.insert(.moneyContext)
                case "big": flags.insert(.bigOnly)
                case "marker": flags.insert(.markerOnly)
                case "noclock": flags.insert(.notClock)
                default: break
                }
            }
            return flags
        }
    }

    /// The text as listed (normalized form).
    public var text: String
    /// The kind of amount it makes.
    public var kind: FactKind
    /// The canonical unit; `LOCAL` means the document's currency.
    public var canonical: String?
    /// Multiply by this to get the canonical unit.
    public var factor: Double?
    /// Behaviour flags.
    public var flags: Flags
    /// The unit to record instead of the matched text.
    public var recordAs: String?

    /// Whether this is a count classifier.
    public var isClassifier: Bool { kind == .count }
    /// Whether the unit is spelled in Latin letters (and so needs a word boundary after one letter).
    public var isLatin: Bool { text.unicodeScalars.allSatisfy { $0.isASCII } }
}
