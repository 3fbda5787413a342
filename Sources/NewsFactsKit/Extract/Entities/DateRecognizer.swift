/// Finds dates and periods in normalized text (GUIDELINES §2): absolute and partial dates
/// (`2023年2月23日`, `2月23日`, `2022年初`, `7月中旬`), numeric forms (`2022-04-25`, `12-25-2012`,
/// `2009/02/18`), periods (`一季度`, `1-2月`, `前8月`, `2013年第三季度`), ranges (`1月22日至28日`),
/// weeks (`2018年第04周`) and relative dates (`去年`, `上月`, `昨日`).
///
/// The scanner is a hand-written state machine over scalars: no regular expressions. The words it
/// knows (relative words, period names, the endings 初/底/中旬/度) come from `date-words.tsv`.
public struct DateRecognizer: Sendable {
    /// The tables.
    public let lexicon: EntityLexicon

    /// Creates a recognizer over the lexicon's date words.
    public init(lexicon: EntityLexicon) {
        self.lexicon = lexicon
    }

    /// Every date expression in the text, in order, none overlapping.
    ///
    /// - Complexity: O(n) in the text length.
    public func expressions(in s: [Unicode.Scalar]) -> [DateExpression] {
        var found: [DateExpression] = []
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if EntityScalars.isDigit(c) {
                let startsNumber = i == 0 || !(EntityScalars.isDigit(s[i - 1]) || s[i - 1] == "." || EntityScalars.isLatin(s[i - 1]))
                if startsNumber, let e = numeric(s, at: i) {
                    found.append(e)
                    i = e.range.upperBound
                    continue
                }
                while i < n && EntityScalars.isDigit(s[i]) { i += 1 }
                continue
            }
            if EntityScalars.isHan(c), mayStartWord(c), let e = word(s, at: i) {
                found.append(e)
                i = e.range.upperBound
                continue
            }
            i += 1
        }
        return found
    }

    // MARK: - Numbers

    /// Reads ASCII/full-width digits at `i`: (value, end), at most 8 digits.
    func digits(_ s: [Unicode.Scalar], _ i: Int) -> (value: Int, end: Int)? {
        var j = i
        var v = 0
        while j < s.count, j - i < 8, let d = EntityScalars.digitValue(s[j]) {
            v = v * 10 + d
            j += 1
        }
        return j > i ? (v, j) : nil
    }

    /// A Chinese numeral from 1 to 99 at `i` (一, 十, 十二, 二十三): (value, end).
    func chineseNumber(_ s: [Unicode.Scalar], _ i: Int) -> (value: Int, end: Int)? {
        guard i < s.count else { return nil }
        if s[i] == "十" {
            if i + 1 < s.count, let d = EntityScalars.chineseDigit(s[i + 1]), d > 0 { return (10 + d, i + 2) }
            return (10, i + 1)
        }
        guard let d = EntityScalars.chineseDigit(s[i]), d > 0 else { return nil }
        if i + 1 < s.count, s[i + 1] == "十" {
            if i + 2 < s.count, let e = EntityScalars.chineseDigit(s[i + 2]), e > 0 { return (d * 10 + e, i + 3) }
            return (d * 10, i + 2)
        }
        return (d, i + 1)
    }

    private func isRangeSeparator(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard i < s.count, let m = lexicon.dateWords.longestMatch(in: s, at: i, limit: i + 2),
              m.value.contains(.rangeSep) else { return nil }
        return m.end
    }

    private func wordKinds(_ s: [Unicode.Scalar], _ i: Int) -> (end: Int, words: [EntityLexicon.DateWord])? {
        guard i < s.count, lexicon.dateWords.mayStart(with: s[i]),
              let m = lexicon.dateWords.longestMatch(in: s, at: i, limit: i + 6) else { return nil }
        return (m.end, m.value)
    }

    /// A date starting with a digit at `i`.
    func numeric(_ s: [Unicode.Scalar], at i: Int) -> DateExpression? {
        guard let (n, j) = digits(s, i) else { return nil }
        let len = j - i
        let count = s.count
        // Numeric forms: YYYY-MM-DD, YYYY/MM/DD, MM-DD-YYYY.
        if j < count, s[j] == "-" || s[j] == "/" || s[j] == "." {
            let sep = s[j]
            if let (a, k) = digits(s, j + 1), k - j - 1 <= 2, k < count, s[k] == sep, let (b, m) = digits(s, k + 1) {
                let followsDigit = m < count && EntityScalars.isDigit(s[m])
                if len == 4, m - k - 1 <= 2, !followsDigit, CalendarDate.isValid(n, a, b), (1900...2100).contains(n) {
                    var e = DateExpression(range: i..<m)
                    (e.year, e.month, e.day) = (n, a, b)
                    return e
                }
                if len <= 2, m - k - 1 == 4, sep == "-", CalendarDate.isValid(b, n, a), (1900...2100).contains(b) {
                    var e = DateExpression(range: i..<m)
                    (e.year, e.month, e.day) = (b, n, a)
                    return e
                }
            }
        }
        guard j < count else { return nil }
        if len == 4, (1900...2100).contains(n) {
            if s[j] == "年" {
                var e = DateExpression(range: i..<(j + 1))
                e.year = n
                afterYear(s, &e)
                return e
            }
            if let w = wordKinds(s, j), w.words.contains(.yearTail), w.end - j >= 2 {
                var e = DateExpression(range: i..<w.end)
                e.year = n
                e.isReportingPeriod = true
                return e
            }
            return nil
        }
        if len <= 2 {
            if s[j] == "月", (1...12).contains(n) {
                var e = DateExpression(range: i..<(j + 1))
                e.month = n
                afterMonth(s, &e)
                return e
            }
            if let k = isRangeSeparator(s, j), let (m, l) = digits(s, k), l - k <= 2, l < count, s[l] == "月",
               (1...12).contains(n), (1...12).contains(m), n < m {
                var e = DateExpression(range: i..<(l + 1))
                e.month = n
                e.endMonth = m
                return e
            }
            if s[j] == "日", (1...31).contains(n) {
                if i > 0, s[i - 1] == "第" || s[i - 1] == "每" || s[i - 1] == "近" { return nil }
                var e = DateExpression(range: i..<(j + 1))
                e.day = n
                afterDay(s, &e)
                return e
            }
        }
        return nil
    }

    /// Continues after `YYYY年`: month and day, a period, a week, a part of the year.
    private func afterYear(_ s: [Unicode.Scalar], _ e: inout DateExpression) {
        let k = e.range.upperBound
        let count = s.count
        if let (m, l) = digits(s, k), l - k <= 2, l < count {
            if s[l] == "月", (1...12).contains(m) {
                e.month = m
                e.range = e.range.lowerBound..<(l + 1)
                afterMonth(s, &e)
                return
            }
            if let r = isRangeSeparator(s, l), let (m2, l2) = digits(s, r), l2 - r <= 2, l2 < count, s[l2] == "月",
               (1...12).contains(m), (1...12).contains(m2), m < m2 {
                e.month = m
                e.endMonth = m2
                e.range = e.range.lowerBound..<(l2 + 1)
                e.isReportingPeriod = true
                return
            }
        }
        if k < count, s[k] == "第", let (w, l) = digits(s, k + 1), l < count, s[l] == "周", (1...53).contains(w) {
            e.week = w
            e.range = e.range.lowerBound..<(l + 1)
            e.isReportingPeriod = true
            return
        }
        if let (last, end) = firstMonths(s, k) {
            e.month = 1
            e.endMonth = last
            e.range = e.range.lowerBound..<end
            e.isReportingPeriod = true
            return
        }
        if let (m, l) = chineseNumber(s, k), l < count, s[l] == "月", (1...12).contains(m) {
            e.month = m
            e.range = e.range.lowerBound..<(l + 1)
            afterMonth(s, &e)
            return
        }
        guard let w = wordKinds(s, k) else { return }
        for word in w.words {
            switch word {
            case .period(let a, let b), .yearPart(let a, let b):
                e.month = a
                e.endMonth = b == a ? nil : b
                e.range = e.range.lowerBound..<w.end
                e.isReportingPeriod = true
                return
            case .yearTail:
                e.range = e.range.lowerBound..<w.end
                e.isReportingPeriod = true
                return
            case .samePeriod:
                e.range = e.range.lowerBound..<w.end
                e.isSamePeriod = true
                return
            case .holiday, .lunarMonth:
                Self.takeDayWord(word, endingAt: w.end, into: &e)
                return
            default:
                continue
            }
        }
    }

    /// `前8月`, `前2个月`, `首三个月` at `i`: (last month, end).
    private func firstMonths(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        guard i + 2 < s.count, s[i] == "前" || s[i] == "首" else { return nil }
        guard let (n, j) = digits(s, i + 1) ?? chineseNumber(s, i + 1), (1...12).contains(n) else { return nil }
        var k = j
        if k < s.count, s[k] == "个" { k += 1 }
        guard k < s.count, s[k] == "月" else { return nil }
        return (n, k + 1)
    }

    /// Continues after a month: a day, a part of the month, a range.
    private func afterMonth(_ s: [Unicode.Scalar], _ e: inout DateExpression) {
        let k = e.range.upperBound
        let count = s.count
        if let (d, l) = digits(s, k), l - k <= 2, l < count, s[l] == "日" || s[l] == "号", (1...31).contains(d) {
            e.day = d
            e.range = e.range.lowerBound..<(l + 1)
            afterDay(s, &e)
            return
        }
        if let w = wordKinds(s, k), w.words.contains(.monthPart) {
            e.range = e.range.lowerBound..<w.end
            return
        }
        if let r = isRangeSeparator(s, k), let (m2, l) = digits(s, r), l - r <= 2, l < count, s[l] == "月",
           let m = e.month, (m + 1...12).contains(m2) {
            e.endMonth = m2
            e.range = e.range.lowerBound..<(l + 1)
        }
    }

    /// Continues after a day: the end of a range (`至28日`, `~01月28日`), a dateline ending.
    private func afterDay(_ s: [Unicode.Scalar], _ e: inout DateExpression) {
        let k = e.range.upperBound
        let count = s.count
        if let r = isRangeSeparator(s, k), let (a, l) = digits(s, r), l - r <= 2, l < count {
            if s[l] == "日", (1...31).contains(a) {
                e.endDay = a
                e.endMonth = e.month
                e.range = e.range.lowerBound..<(l + 1)
            } else if s[l] == "月", (1...12).contains(a), let (d, l2) = digits(s, l + 1), l2 < count, s[l2] == "日",
                      (1...31).contains(d) {
                e.endMonth = a
                e.endDay = d
                e.range = e.range.lowerBound..<(l2 + 1)
            }
        }
        let end = e.range.upperBound
        if end < count, lexicon.datelineEnds.longestMatch(in: s, at: end, limit: end + 3) != nil {
            e.isDateline = true
        }
    }

    // MARK: - Words

    /// Whether `word(_:at:)` can find anything at a character: the first characters of `firstMonths`
    /// and `chineseNumber`, or of a date word. A cheap test, since `word` is tried at nearly every
    /// Han character and returns a large optional.
    @inline(__always)
    private func mayStartWord(_ c: Unicode.Scalar) -> Bool {
        c == "前" || c == "首" || c == "十" || EntityScalars.chineseDigit(c) != nil || lexicon.dateWords.mayStart(with: c)
    }

    /// A date starting with a Han character at `i`: a relative word (with what follows it), a named
    /// period, `前8月`, or a month in Chinese numerals.
    func word(_ s: [Unicode.Scalar], at i: Int) -> DateExpression? {
        if let (last, end) = firstMonths(s, i) {
            var e = DateExpression(range: i..<end)
            e.month = 1
            e.endMonth = last
            return e
        }
        if let (m, l) = chineseNumber(s, i), l < s.count, s[l] == "月", (1...12).contains(m),
           !(i > 0 && (s[i - 1] == "个" || EntityScalars.chineseDigit(s[i - 1]) != nil || s[i - 1] == "十")) {
            var e = DateExpression(range: i..<(l + 1))
            e.month = m
            afterMonth(s, &e)
            return e
        }
        guard let w = wordKinds(s, i) else { return nil }
        for word in w.words {
            switch word {
            case .yearRel(let shift):
                var e = DateExpression(range: i..<w.end)
                e.yearShift = shift
                afterRelativeYear(s, &e)
                return e
            case .monthRel(let shift):
                var e = DateExpression(range: i..<w.end)
                e.monthShift = shift
                return e
            case .dayRel(let shift):
                var e = DateExpression(range: i..<w.end)
                e.dayShift = shift
                return e
            case .weekRel(let shift):
                var e = DateExpression(range: i..<w.end)
                e.weekShift = shift
                return e
            case .period(let a, let b):
                var e = DateExpression(range: i..<w.end)
                e.month = a
                e.endMonth = b
                return e
            default:
                continue
            }
        }
        return nil
    }

    /// Continues after 今年/去年: a month, a month range, a period, `前2个月`, `同期`.
    private func afterRelativeYear(_ s: [Unicode.Scalar], _ e: inout DateExpression) {
        let k = e.range.upperBound
        if k < s.count, EntityScalars.isDigit(s[k]), let inner = numeric(s, at: k), inner.year == nil, inner.month != nil {
            e.month = inner.month
            e.day = inner.day
            e.endMonth = inner.endMonth
            e.endDay = inner.endDay
            e.range = e.range.lowerBound..<inner.range.upperBound
            return
        }
        if let inner = word(s, at: k), inner.month != nil, !inner.isRelative {
            e.month = inner.month
            e.day = inner.day
            e.endMonth = inner.endMonth
            e.endDay = inner.endDay
            e.range = e.range.lowerBound..<inner.range.upperBound
            return
        }
        guard let w = wordKinds(s, k) else { return }
        for word in w.words {
            switch word {
            case .yearTail, .samePeriod:
                e.range = e.range.lowerBound..<w.end
                e.isSamePeriod = word == .samePeriod
                return
            case .holiday, .lunarMonth:
                Self.takeDayWord(word, endingAt: w.end, into: &e)
                return
            default:
                continue
            }
        }
    }

    /// Extends `e` over a holiday or lunar month word that follows its year (`今年春节`, `前年腊月`).
    private static func takeDayWord(_ word: EntityLexicon.DateWord, endingAt end: Int, into e: inout DateExpression) {
        e.range = e.range.lowerBound..<end
        switch word {
        case .holiday(let holiday): e.holiday = holiday
        case .lunarMonth: e.isLunarMonth = true
        default: break
        }
    }
}
