import Foundation

/// Lunar dates to Gregorian ones, through Foundation's Chinese calendar (ICU's): the day of `春节`
/// (lunar 1-1) or `中秋` (lunar 8-15) in a given year. Results are cached; every year is computed once.
enum LunarCalendar {
    private struct Key: Hashable {
        var year: Int
        var month: Int
        var day: Int
    }

    private static let cache = Monitor([Key: Int?]())

    /// The day number (`CalendarDate.dayNumber`) of lunar `month`-`day` (not of a leap month) in the
    /// lunar year whose first day falls in Gregorian `year`; nil if there is none (a 30th that month
    /// lacks) or the calendar is unavailable.
    static func dayNumber(lunarYearStartingIn year: Int, month: Int, day: Int) -> Int? {
        let key = Key(year: year, month: month, day: day)
        if let known = cache.withLock({ $0[key] }) { return known }
        let found = compute(key)
        cache.withLock { $0[key] = found }
        return found
    }

    private static func compute(_ key: Key) -> Int? {
        guard (1...12).contains(key.month), (1...30).contains(key.day), (1900...2100).contains(key.year),
              let utc = TimeZone(identifier: "UTC") else { return nil }
        var chinese = Calendar(identifier: .chinese)
        chinese.timeZone = utc
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = utc
        // The lunar new year falls between January 21 and February 20; its year's months follow it
        // for about 355 to 385 days.
        guard var date = gregorian.date(from: DateComponents(year: key.year, month: 1, day: 15)) else { return nil }
        var started = false
        for _ in 0..<430 {
            let c = chinese.dateComponents([.month, .day, .isLeapMonth], from: date)
            let leap = c.isLeapMonth ?? false
            if !started {
                started = c.month == 1 && c.day == 1 && !leap
            } else if c.month == 1 && c.day == 1 && !leap {
                return nil
            }
            if started && c.month == key.month && c.day == key.day && !leap {
                let g = gregorian.dateComponents([.year, .month, .day], from: date)
                guard let y = g.year, let m = g.month, let d = g.day else { return nil }
                return CalendarDate.dayNumber(y, m, d)
            }
            date = date.addingTimeInterval(86_400)
        }
        return nil
    }
}
