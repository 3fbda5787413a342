/// A calendar date known to year, month or day precision, any part possibly unknown.
public struct PartialDate: Sendable, Hashable {
    /// The year, if known.
    public var year: Int?
    /// The month (1–12), if known.
    public var month: Int?
    /// The day of the month, if known.
    public var day: Int?

    /// Creates a partial date.
    public init(year: Int?, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 text as far as the parts go (`2023`, `2023-02`, `2023-02-23`, `XXXX-03-12`); nil when
    /// nothing is known.
    public var iso: String? {
        let y = year.map { String(format4: $0) } ?? "XXXX"
        guard let month else { return year == nil ? nil : y }
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(y)-\(m)" }
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }
}

extension String {
    /// A year as four digits (zero-padded).
    init(format4 year: Int) {
        let s = String(year)
        self = s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
}
