/// Ranges (`3至5`, `10-15万`, `3%-5%`, `百分之三到五`) and dates written with separators.
extension NumberScanner {
    /// The range that `first` begins, when a range connector and a second number follow and make one.
    ///
    /// The second end's multiplier applies to a first end written without one when that keeps the range
    /// increasing (`10-15万` is 100000 to 150000; `5000-1万` is 5000 to 10000). A suffix marker on the
    /// second end applies to both (`3-5%`), a prefix marker on the first too (`百分之三到五`). A range must
    /// increase; otherwise (`2022-04`) the numbers stay apart.
    func range(_ text: ScanText, from first: ScannedNumber) -> ScannedNumber? {
        let s = text.scalars
        guard first.high == nil, first.form != .fraction,
              !first.leadingZero else { return nil }
        var t = first.end
        while t < text.upper && NumberTables.isInlineSpace(s[t]) { t += 1 }
        guard t < text.upper,
              let connector = tables.rangeConnectors.longestMatch(in: s, from: t, limit: text.upper) else { return nil }
        var q = connector.end
        while q < text.upper && NumberTables.isInlineSpace(s[q]) { q += 1 }
        // Spaces on one side only (`负3 -3`) make the dash a sign, not a connector.
        if (t > first.end) != (q > connector.end) { return nil }
        guard q < text.upper, case let .number(second) = single(text, at: q), second.high == nil,
              second.form != .fraction,
              !second.leadingZero else { return nil }
        if let wordEnd = excludedWordEnd(text, covering: q), second.end <= wordEnd { return nil }

        var result = first
        switch (first.form, second.form) {
        case let (a, b) where a == b:
            break
        case (.cardinal, _) where !second.markerIsPrefix:
            result.form = second.form
        case (_, .cardinal) where first.markerIsPrefix:
            break
        default:
            return nil
        }
        // 3-5个百分点, 三到五成: the second end's marker makes both a proportion; 三成到五 is no range.
        switch (first.proportion, second.proportion) {
        case (nil, nil):
            break
        case let (nil, last?):
            result.proportion = last
        case let (head?, last?) where head.kind == last.kind:
            result.proportion = head
        default:
            return nil
        }
        var low = first.low
        if first.multiplierPower == 0 && second.multiplierPower > 0
            && low.magnitude < second.low.shifted(by: -second.multiplierPower).magnitude {
            low = low.shifted(by: second.multiplierPower)
        }
        guard low.double < second.low.double else { return nil }
        result.low = low
        result.high = second.low
        result.range = first.range.lowerBound..<second.range.upperBound
        if var proportion = result.proportion {
            proportion.range = first.range.lowerBound..<second.end
            proportion.value = low
            result.proportion = proportion
        }
        result.moreThan = first.moreThan || second.moreThan
        result.multiplierPower = second.multiplierPower
        result.hasArabic = first.hasArabic || second.hasArabic
        result.hasChinese = first.hasChinese || second.hasChinese
        result.leadingZero = false
        return result
    }

    /// Three or more digit groups joined by one separator (`2022-04-25`, `2009/02/18`, `2022.4.25`,
    /// `192.168.1.1`): each group a plain number, never a range, fraction or decimal.
    func dateParts(_ text: ScanText, at i: Int) -> [ScannedNumber]? {
        let s = text.scalars
        // Count the groups first: most numbers are no dates, and counting allocates nothing.
        var j = i
        var separator: Unicode.Scalar?
        var count = 0
        while true {
            let start = j
            while j < text.upper, tables.has(s[j], .arabic) { j += 1 }
            guard j > start else { return nil }
            count += 1
            guard j + 1 < text.upper, isDateSeparator(s[j]), separator == nil || s[j] == separator,
                  tables.has(s[j + 1], .arabic) else { break }
            separator = s[j]
            j += 1
        }
        guard count >= 3 else { return nil }
        var groups: [ScannedNumber] = []
        var start = i
        while groups.count < count {
            var end = start
            var digits: [UInt8] = []
            while end < text.upper, tables.has(s[end], .arabic) {
                digits.append(UInt8(tables.entry(s[end]).value))
                end += 1
            }
            var part = ScannedNumber(range: start..<end, low: Amount(DecimalDigits(integer: digits)))
            part.hasArabic = true
            groups.append(part)
            start = end + 1
        }
        return groups
    }

    private func isDateSeparator(_ scalar: Unicode.Scalar) -> Bool {
        tables.has(scalar, [.decimal, .slash, .dash])
    }
}
