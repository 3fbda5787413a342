extension DateExpression {
    /// The ISO 8601 form of the expression (GUIDELINES §2), resolved against the document's date.
    ///
    /// A missing year comes from `document`; where that has none either, it is written `XXXX`. A day with
    /// no month (`11日`) takes `contextMonth` (the month of the nearest preceding date in the text), else
    /// the document's. Relative dates resolve only as far as the document's date fixes them; nil when
    /// it does not (nothing is invented).
    public func iso(document: PartialDate?, contextMonth: Int? = nil) -> String? {
        let docYear = document?.year
        if isLunarMonth { return nil }
        if let holiday {
            guard let y = year ?? yearShift.flatMap({ shift in docYear.map { $0 + shift } }),
                  let span = holiday.days(in: y) else { return nil }
            let a = CalendarDate.date(span.first)
            let first = CalendarDate.iso(a.year, a.month, a.day)
            guard span.last > span.first else { return first }
            let b = CalendarDate.date(span.last)
            return first + "/" + CalendarDate.iso(b.year, b.month, b.day)
        }
        if let shift = dayShift {
            guard let y = docYear, let m = document?.month, let d = document?.day, CalendarDate.isValid(y, m, d) else { return nil }
            let t = CalendarDate.date(CalendarDate.dayNumber(y, m, d) + shift)
            return CalendarDate.iso(t.year, t.month, t.day)
        }
        if let shift = weekShift {
            guard let y = docYear, let m = document?.month, let d = document?.day, CalendarDate.isValid(y, m, d) else { return nil }
            let today = CalendarDate.dayNumber(y, m, d)
            let monday = today - (CalendarDate.weekday(today) - 1) + 7 * shift
            let a = CalendarDate.date(monday)
            let b = CalendarDate.date(monday + 6)
            return CalendarDate.iso(a.year, a.month, a.day) + "/" + CalendarDate.iso(b.year, b.month, b.day)
        }
        if let shift = monthShift {
            guard let y = docYear, let m = document?.month else { return nil }
            let total = y * 12 + (m - 1) + shift
            return "\(String(format4: total / 12))-\(CalendarDate.two(total % 12 + 1))"
        }
        if let year { return isoParts(year: year, document: document, contextMonth: contextMonth) }
        if let shift = yearShift {
            // 去年 alone says nothing without the document's year; 今年前2个月 still fixes its months.
            guard let y = docYear else { return month == nil ? nil : isoParts(year: nil, document: document, contextMonth: contextMonth) }
            return isoParts(year: y + shift, document: document, contextMonth: contextMonth)
        }
        return isoParts(year: docYear, document: document, contextMonth: contextMonth)
    }

    /// The ISO text once the year is settled (nil: unknown, written `XXXX` where months or days follow).
    private func isoParts(year resolved: Int?, document: PartialDate?, contextMonth: Int?) -> String? {
        let y = resolved.map { String(format4: $0) } ?? "XXXX"
        if let week {
            guard resolved != nil else { return nil }
            return "\(y)-W\(CalendarDate.two(week))"
        }
        guard let month = month ?? (day != nil ? contextMonth ?? document?.month : nil) else {
            if let day { return "\(y)-XX-\(CalendarDate.two(day))" }
            return resolved == nil ? nil : y
        }
        let m = CalendarDate.two(month)
        guard let day else {
            if let endMonth, endMonth != month {
                return "\(y)-\(m)/\(y)-\(CalendarDate.two(endMonth))"
            }
            return "\(y)-\(m)"
        }
        let start = "\(y)-\(m)-\(CalendarDate.two(day))"
        if let endDay {
            return start + "/\(y)-\(CalendarDate.two(endMonth ?? month))-\(CalendarDate.two(endDay))"
        }
        return start
    }
}
