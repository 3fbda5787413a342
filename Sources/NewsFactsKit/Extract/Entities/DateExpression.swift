/// A date or period as the text states it, before it is resolved against the document's date.
///
/// Each part is either stated (`year`, `month`, `day`), relative to the document (`yearShift` for 去年,
/// `dayShift` for 昨日), or missing. `endMonth`/`endDay` close a range (`1月22日至28日`, `1-2月`).
public struct DateExpression: Sendable, Hashable {
    /// The span in normalized offsets.
    public var range: Range<Int>
    /// The year as written.
    public var year: Int?
    /// A year relative to the document's (去年 → -1).
    public var yearShift: Int?
    /// The (first) month.
    public var month: Int?
    /// The (first) day.
    public var day: Int?
    /// The last month of a range or period.
    public var endMonth: Int?
    /// The last day of a range.
    public var endDay: Int?
    /// An ISO week number (`第04周`).
    public var week: Int?
    /// A month relative to the document's (上月 → -1).
    public var monthShift: Int?
    /// A day relative to the document's (昨日 → -1).
    public var dayShift: Int?
    /// A week relative to the document's (上周 → -1).
    public var weekShift: Int?
    /// Whether a stated year names a reporting period (`2023年度`, `2022年一季度`, `2018年第04周`), which
    /// makes it a candidate for the page's own year when the page prints no date.
    public var isReportingPeriod = false
    /// A holiday of the stated or relative year (`今年春节`).
    public var holiday: Holiday?
    /// Whether it names a lunar month (`前年腊月`): a date, but not one a Gregorian form can state.
    public var isLunarMonth = false
    /// Whether it names the same months as the period last named (`2017年同期`).
    public var isSamePeriod = false
    /// Whether the expression is followed by a dateline ending (`4月11日电`).
    public var isDateline = false

    /// Creates an expression covering `range` with nothing known yet.
    public init(range: Range<Int>) {
        self.range = range
    }

    /// Whether it states a whole calendar date with its year (a masthead date).
    public var isFullDate: Bool { year != nil && month != nil && day != nil && endMonth == nil && endDay == nil }

    /// Whether it depends on the document's date for anything beyond a missing year.
    public var isRelative: Bool { yearShift != nil || monthShift != nil || dayShift != nil || weekShift != nil }
}
