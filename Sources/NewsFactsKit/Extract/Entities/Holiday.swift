/// A named holiday or holiday period after a year (`今年春节`, `2018年国庆黄金周`), from `date-words.tsv`.
///
/// Its first day is a Gregorian month and day (`国庆` 10-01) or a lunar one (`春节` lunar 1-1, `中秋`
/// lunar 8-15), moved by `offset` days (`春节黄金周` starts on the eve, -1); it lasts `days` days.
public struct Holiday: Sendable, Hashable {
    /// Whether `month` and `day` are of the Chinese lunar calendar.
    public var lunar: Bool
    /// The month of its reference day.
    public var month: Int
    /// The day of its reference day.
    public var day: Int
    /// Days from the reference day to the first day.
    public var offset: Int
    /// How many days it lasts (1: a single day).
    public var days: Int

    /// Parses `lunar:1-1:-1:7` or `gregorian:10-1:0:7`; nil if malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: ":").map(String.init)
        guard parts.count == 4, parts[0] == "lunar" || parts[0] == "gregorian" else { return nil }
        let md = parts[1].split(separator: "-").compactMap { Int($0) }
        guard md.count == 2, (1...12).contains(md[0]), (1...31).contains(md[1]),
              let offset = Int(parts[2]), let days = Int(parts[3]), days >= 1 else { return nil }
        lunar = parts[0] == "lunar"
        month = md[0]
        day = md[1]
        self.offset = offset
        self.days = days
    }

    /// Its first and last day in Gregorian `year` (for a lunar holiday: the lunar year that begins in
    /// that Gregorian year); nil when the calendar cannot tell.
    public func days(in year: Int) -> (first: Int, last: Int)? {
        let reference: Int
        if lunar {
            guard let d = LunarCalendar.dayNumber(lunarYearStartingIn: year, month: month, day: day) else { return nil }
            reference = d
        } else {
            guard CalendarDate.isValid(year, month, day) else { return nil }
            reference = CalendarDate.dayNumber(year, month, day)
        }
        return (reference + offset, reference + offset + days - 1)
    }
}
