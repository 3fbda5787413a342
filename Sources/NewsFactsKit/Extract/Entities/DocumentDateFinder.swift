/// Finds the page's own date (GUIDELINES §2: the year of partial dates comes from it).
///
/// In order of trust:
/// 1. a full date right after a masthead label (`发布时间:2022-04-25`, `日期:12-25-2012`);
/// 2. a full numeric date at the start of a line (a masthead or footer line: `2018-07-14 …`);
/// 3. the first dateline (`新华社北京4月11日电`, `经济通通讯社3日专讯`), which gives month and day only.
/// When none of these gives a year, the latest year the page states for a reporting period
/// (`2023年度`, `2022年全年`, `2018年第04周`) stands in for it, and the result says it was inferred.
/// A page with neither keeps an unknown year: nothing is invented.
public struct DocumentDateFinder: Sendable {
    /// The document date found, and how.
    public struct Result: Sendable, Hashable {
        /// The date as far as the page fixes it.
        public var date: PartialDate
        /// Whether the year was inferred from reporting periods rather than printed as the page's date.
        public var yearInferred: Bool
    }

    /// The tables.
    public let lexicon: EntityLexicon

    /// Creates a finder over the lexicon's labels.
    public init(lexicon: EntityLexicon) {
        self.lexicon = lexicon
    }

    /// The document date of a text whose date expressions are `expressions`.
    public func find(in s: [Unicode.Scalar], expressions: [DateExpression]) -> Result? {
        var date: PartialDate?
        for e in expressions where e.isFullDate && isLabelled(e, in: s) {
            date = PartialDate(year: e.year, month: e.month, day: e.day)
            break
        }
        if date == nil {
            for e in expressions where e.isFullDate && startsLine(e, in: s) && isNumeric(e, in: s) {
                date = PartialDate(year: e.year, month: e.month, day: e.day)
                break
            }
        }
        if date == nil, let e = expressions.first(where: { $0.isDateline }) {
            date = PartialDate(year: e.year, month: e.month, day: e.day)
        }
        if let date, date.year != nil { return Result(date: date, yearInferred: false) }
        let anchor = expressions.filter { $0.isReportingPeriod }.compactMap(\.year).max()
        guard let anchor else {
            return date.map { Result(date: $0, yearInferred: false) }
        }
        var inferred = date ?? PartialDate(year: nil)
        inferred.year = anchor
        return Result(date: inferred, yearInferred: true)
    }

    /// Whether a label (发布时间, 日期) and a colon or spaces stand right before the expression.
    private func isLabelled(_ e: DateExpression, in s: [Unicode.Scalar]) -> Bool {
        var p = e.range.lowerBound
        var skipped = 0
        while p > 0, skipped < 4, s[p - 1] == ":" || s[p - 1] == "：" || EntityScalars.isSpace(s[p - 1]) {
            p -= 1
            skipped += 1
        }
        guard skipped > 0 else { return false }
        for length in 2...4 where p - length >= 0 {
            if lexicon.documentDateLabels.longestMatch(in: s, at: p - length, limit: p)?.end == p { return true }
        }
        return false
    }

    /// Whether only spaces stand between the previous line break (or the text's start) and the expression.
    private func startsLine(_ e: DateExpression, in s: [Unicode.Scalar]) -> Bool {
        var p = e.range.lowerBound
        while p > 0, EntityScalars.isSpace(s[p - 1]) { p -= 1 }
        return p == 0 || EntityScalars.isNewline(s[p - 1])
    }

    /// Whether the expression is written with digits and separators only (2018-07-14, 2009/02/18).
    private func isNumeric(_ e: DateExpression, in s: [Unicode.Scalar]) -> Bool {
        s[e.range].allSatisfy { EntityScalars.isDigit($0) || $0 == "-" || $0 == "/" || $0 == "." }
    }
}
