import Foundation

/// Reading one number: sign, prefix marker, core, then a fraction, a power or a suffix marker.
extension NumberScanner {
    /// What begins at a position: nothing, something to skip, or one number.
    enum SingleOutcome {
        case none
        case skip(Int)
        case number(ScannedNumber)
    }

    /// A fraction as read after its first part.
    private struct FractionRead {
        var amount: Amount
        var form: NumberMention.Form
        /// For parts of a bare power of ten (万分之三): the marker 万分之 and the numerator.
        var partsPer: (marker: Range<Int>, numerator: Amount)?
        var end: Int
        var hasArabic: Bool
        var hasChinese: Bool
    }

    /// The single number (no range) beginning at `i`.
    func single(_ text: ScanText, at i: Int) -> SingleOutcome {
        let s = text.scalars
        var p = i
        var negative = false
        var signed = false
        let roles = tables.entry(s[i]).roles
        if !roles.isDisjoint(with: [.negative, .positive]) {
            guard let afterSign = signEnd(text, at: i) else { return .none }
            negative = roles.contains(.negative)
            signed = true
            p = afterSign
        }
        if tables.has(s[p], .half), let half = halfWithMarker(text, at: p, start: i, negative: negative) {
            return .number(half)
        }

        var prefix: (marker: NumberTables.Marker, range: Range<Int>)?
        if tables.has(s[p], .prefixMarkerStart),
           let match = tables.prefixMarkers.longestMatch(in: s, from: p, limit: text.upper, skippingSpace: true) {
            prefix = (tables.markers[match.payload], p..<match.end)
            p = match.end
            while p < text.upper && NumberTables.isInlineSpace(s[p]) { p += 1 }
        }
        guard p < text.upper, let core = core(text, at: p) ?? bareDenominator(text, at: p, prefixed: prefix != nil) else {
            if let prefix { return .skip(prefix.range.upperBound) }
            return .none
        }
        if core.rejected { return .skip(core.end) }

        var number = ScannedNumber(range: i..<core.end, low: Amount(core.value, negative: negative))
        if let high = core.highValue { number.high = Amount(high, negative: negative) }
        number.moreThan = core.moreThan
        number.multiplierPower = core.trailingMultiplier
        number.hasArabic = core.hasArabic
        number.hasChinese = core.hasChinese
        if !signed, core.highValue == nil, let literal = core.arabic, literal.isPlainInteger {
            number.leadingZero = literal.leadingZero
        }

        if let prefix {
            guard core.twoDigits == nil, case let .form(form) = prefix.marker.form else { return .skip(core.end) }
            number.form = form
            number.markerIsPrefix = true
            number.leadingZero = false
            return .number(number)
        }

        if core.twoDigits == nil && core.highValue == nil {
            if let literal = core.arabic, !literal.hasExponent,
               let (value, end) = power(text, base: literal, at: core.end) {
                number.low = Amount(double: negative ? -value : value)
                number.range = i..<end
                number.leadingZero = false
                return .number(number)
            }
            if let fraction = fraction(text, first: core, start: p, at: core.end)
                ?? mixedFraction(text, whole: core, at: core.end) {
                number.low = fraction.amount
                if negative { number.low.negative.toggle() }
                number.form = fraction.form
                if let parts = fraction.partsPer {
                    number.proportion = .init(kind: .partsPer, range: i..<fraction.end, marker: parts.marker,
                                              value: parts.numerator)
                }
                number.range = i..<fraction.end
                number.multiplierPower = 0
                number.hasArabic = number.hasArabic || fraction.hasArabic
                number.hasChinese = number.hasChinese || fraction.hasChinese
                number.leadingZero = false
                return .number(number)
            }
        }

        if let marked = withSuffixMarker(text, number: number, core: core) { return .number(marked) }
        if core.twoDigits != nil { return .skip(core.end) }

        let end = core.end
        if end < text.upper, tables.has(s[end], .plus),
           end + 1 >= text.upper || !tables.has(s[end + 1], [.arabic, .letter]) {
            number.moreThan = true
            number.range = i..<end + 1
            number.leadingZero = false
        }
        // A lone financial digit or 零 is a word (陆地, 伍仁, 零售), not a number.
        if !signed && core.numeralCount <= 1 && !core.hasStandalone { return .skip(core.end) }
        return .number(number)
    }

    /// A denominator that is a bare multiplier (万分之三, 万万分之七), when 分之 follows it.
    private func bareDenominator(_ text: ScanText, at p: Int, prefixed: Bool) -> Core? {
        guard !prefixed, tables.has(text.scalars[p], .multiplier),
              let core = core(text, at: p, bareMultiplier: true) else { return nil }
        var t = core.end
        while t < text.upper && NumberTables.isInlineSpace(text.scalars[t]) { t += 1 }
        guard t < text.upper,
              tables.fractionWords.longestMatch(in: text.scalars, from: t, limit: text.upper, skippingSpace: true) != nil
        else { return nil }
        return core
    }

    /// The position after a sign at `i`, when the sign really signs a number: not after a digit, letter,
    /// point or another sign (`2022-04` is no negative; `－－9` is 9), and followed by digits (a Chinese
    /// numeral or 百分之 only after 负, not after a dash that joins ranges).
    func signEnd(_ text: ScanText, at i: Int) -> Int? {
        let s = text.scalars
        guard i + 1 < text.upper else { return nil }
        if i > text.lower && tables.has(s[i - 1], [.arabic, .letter, .decimal, .negative, .positive]) { return nil }
        let next = s[i + 1]
        if tables.has(next, .arabic) { return i + 1 }
        if tables.has(next, .decimal) && i + 2 < text.upper && tables.has(s[i + 2], .arabic) { return i + 1 }
        if !tables.has(s[i], [.dash, .plus]) && tables.has(next, [.digit, .unit, .tens, .prefixMarkerStart]) {
            return i + 1
        }
        return nil
    }

    /// `2^5`, `1.1^+23`, `2.5^-1`: a power after an Arabic base, as a `Double`.
    private func power(_ text: ScanText, base: ArabicLiteral, at i: Int) -> (Double, Int)? {
        let s = text.scalars
        guard i < text.upper, tables.has(s[i], .power) else { return nil }
        var j = i + 1
        var negative = false
        while j < text.upper, tables.has(s[j], [.negative, .positive]) {
            if tables.has(s[j], .negative) { negative.toggle() }
            j += 1
        }
        guard let exponent = arabicLiteral(text, at: j), exponent.isPlainInteger, exponent.integerDigits <= 4,
              exponent.end >= text.upper || !tables.has(s[exponent.end], .letter) else { return nil }
        let power = exponent.value.double
        return (Foundation.pow(base.value.double, negative ? -power : power), exponent.end)
    }

    /// A fraction after its first part: `三分之一` (the first part is the denominator), `3/5` (the
    /// numerator), `1 3/5` (a whole number, a space, a fraction). Dates (`2009/02/18`) and pairs of years
    /// (`2021/2022`) are not fractions.
    private func fraction(_ text: ScanText, first: Core, start: Int, at end: Int) -> FractionRead? {
        if let chinese = chineseFraction(text, denominator: first, start: start, at: end) { return chinese }
        guard let literal = first.arabic, literal.isPlainInteger, !literal.leadingZero else { return nil }
        if let (value, fractionEnd) = slashFraction(text, numerator: literal, at: end) {
            return FractionRead(amount: Amount(double: value), form: .fraction, end: fractionEnd,
                                hasArabic: true, hasChinese: false)
        }
        // 1 3/5: a small whole number, exactly one space, a fraction.
        let s = text.scalars
        guard literal.integerDigits <= 3, end + 1 < text.upper, NumberTables.isInlineSpace(s[end]), tables.has(s[end + 1], .arabic),
              let numerator = arabicLiteral(text, at: end + 1), numerator.isPlainInteger, !numerator.leadingZero,
              let (value, fractionEnd) = slashFraction(text, numerator: numerator, at: numerator.end) else { return nil }
        return FractionRead(amount: Amount(double: literal.value.double + value), form: .fraction, end: fractionEnd,
                            hasArabic: true, hasChinese: false)
    }

    /// `N分之M` after the denominator `N`; a bare power of ten of 万 or more (百万分之五) makes a proportion.
    private func chineseFraction(_ text: ScanText, denominator: Core, start: Int, at end: Int) -> FractionRead? {
        let s = text.scalars
        var t = end
        while t < text.upper && NumberTables.isInlineSpace(s[t]) { t += 1 }
        guard t < text.upper,
              let word = tables.fractionWords.longestMatch(in: s, from: t, limit: text.upper, skippingSpace: true)
        else { return nil }
        var q = word.end
        while q < text.upper && NumberTables.isInlineSpace(s[q]) { q += 1 }
        var negative = false
        if q < text.upper, tables.has(s[q], .negative), let afterSign = signEnd(text, at: q) {
            negative = true
            q = afterSign
        }
        let denominatorValue = denominator.value.double
        guard q < text.upper, denominatorValue > 0, let numerator = core(text, at: q), !numerator.rejected,
              numerator.twoDigits == nil, numerator.highValue == nil else { return nil }
        let value = numerator.value.double / denominatorValue
        var read = FractionRead(amount: Amount(double: negative ? -value : value), form: .fraction, end: numerator.end,
                                hasArabic: numerator.hasArabic, hasChinese: numerator.hasChinese)
        if !denominator.hasDigit && denominatorValue >= 1e4 {
            read.partsPer = (start..<word.end, Amount(numerator.value, negative: negative))
        }
        return read
    }

    /// `a/b` after the numerator `a`: plain integers without leading zeros, a non-zero denominator, not
    /// followed by another `/digits` (a date), not two four-digit numbers (2021/2022, a season).
    private func slashFraction(_ text: ScanText, numerator: ArabicLiteral, at end: Int) -> (Double, Int)? {
        let s = text.scalars
        guard end + 1 < text.upper, tables.has(s[end], .slash), tables.has(s[end + 1], .arabic),
              let denominator = arabicLiteral(text, at: end + 1), denominator.isPlainInteger,
              !denominator.leadingZero, !denominator.value.isZero,
              !(numerator.integerDigits >= 4 && denominator.integerDigits >= 4) else { return nil }
        if denominator.end + 1 < text.upper, tables.has(s[denominator.end], .slash),
           tables.has(s[denominator.end + 1], .arabic) { return nil }
        return (numerator.value.double / denominator.value.double, denominator.end)
    }

    /// `一又三分之一`, `3又一千分之23`, `1又1/2`: a whole number, 又, a fraction.
    private func mixedFraction(_ text: ScanText, whole: Core, at end: Int) -> FractionRead? {
        let s = text.scalars
        var t = end
        while t < text.upper && NumberTables.isInlineSpace(s[t]) { t += 1 }
        guard t < text.upper,
              let word = tables.mixedWords.longestMatch(in: s, from: t, limit: text.upper, skippingSpace: true)
        else { return nil }
        var q = word.end
        while q < text.upper && NumberTables.isInlineSpace(s[q]) { q += 1 }
        guard q < text.upper, let first = core(text, at: q), !first.rejected, first.twoDigits == nil,
              first.highValue == nil, let part = fraction(text, first: first, start: q, at: first.end) else { return nil }
        let value = whole.value.double + part.amount.double
        return FractionRead(amount: Amount(double: value), form: .fraction, end: part.end,
                            hasArabic: part.hasArabic || first.hasArabic,
                            hasChinese: part.hasChinese || first.hasChinese)
    }

    /// The number with a suffix marker (`81%`, `3个百分点`, `八成`, `三成一`, `七五折`), when one follows
    /// and the marker's limits and exclusions allow it. A percent or per-mille sign joins the number's
    /// span; a tenths or points marker is the fact's unit, so it goes into `proportion` instead.
    private func withSuffixMarker(_ text: ScanText, number: ScannedNumber, core: Core) -> ScannedNumber? {
        let s = text.scalars
        var t = core.end
        while t < text.upper && NumberTables.isInlineSpace(s[t]) { t += 1 }
        guard t < text.upper,
              let match = tables.suffixMarkers.longestMatch(in: s, from: t, limit: text.upper, skippingSpace: true)
        else { return nil }
        let marker = tables.markers[match.payload]
        if marker.notBefore.hasMatch(in: s, from: match.end, limit: text.upper) { return nil }
        var low = number.low
        if let (first, second) = core.twoDigits {
            guard marker.pairDecimal else { return nil }
            low = Amount(DecimalDigits(integer: [UInt8(first)], fraction: [UInt8(second)]), negative: low.negative)
        } else if marker.pairDecimal, let literal = core.arabic, literal.isPlainInteger,
                  literal.integerDigits == 2, !literal.leadingZero, literal.lastIntegerDigit != 0 {
            low = low.shifted(by: -1)
        }
        if let limit = marker.limit {
            for value in [low, number.high].compactMap({ $0 }) {
                if value.magnitude > limit || (!marker.limitInclusive && value.magnitude >= limit) { return nil }
            }
        }
        var result = number
        result.low = low
        result.leadingZero = false
        switch marker.form {
        case let .form(form):
            result.form = form
            result.range = result.range.lowerBound..<match.end
        case let .proportion(kind):
            var read = ScannedNumber.ProportionRead(kind: kind, range: result.range.lowerBound..<match.end,
                                                    marker: t..<match.end, value: low)
            if marker.tail, number.high == nil, let exact = low.exact, exact.isInteger,
               (1...9).contains(low.magnitude), let tail = tenthsTail(text, at: match.end) {
                read.value = low.adding(tail.value)
                read.range = read.range.lowerBound..<tail.end
            }
            result.proportion = read
        }
        return result
    }

    /// The digit or 半 after a tenths marker (三成一, 七成半), when it stands alone: not followed by
    /// another numeral and not the start of a word (三成一样).
    private func tenthsTail(_ text: ScanText, at start: Int) -> (value: DecimalDigits, end: Int)? {
        let s = text.scalars
        var q = start
        while q < text.upper && NumberTables.isInlineSpace(s[q]) { q += 1 }
        guard q < text.upper else { return nil }
        let entry = tables.entry(s[q])
        let tenth: Int
        if entry.roles.contains(.digit) && !entry.roles.contains(.zero) && !entry.roles.contains(.counting) {
            tenth = Int(entry.value)
        } else if entry.roles.contains(.half) {
            tenth = 5
        } else {
            return nil
        }
        if q + 1 < text.upper && tables.has(s[q + 1], NumberTables.Role.numeral.union(.approx)) { return nil }
        if tables.suffixMarkers.longestMatch(in: s, from: q + 1, limit: text.upper) != nil { return nil }
        if excludedWordEnd(text, covering: q) != nil { return nil }
        return (DecimalDigits(digit: tenth, power: -1), q + 1)
    }

    /// 半成, 半折: half with a marker that gives 半 a value.
    private func halfWithMarker(_ text: ScanText, at p: Int, start: Int, negative: Bool) -> ScannedNumber? {
        let s = text.scalars
        var t = p + 1
        while t < text.upper && NumberTables.isInlineSpace(s[t]) { t += 1 }
        guard t < text.upper,
              let match = tables.suffixMarkers.longestMatch(in: s, from: t, limit: text.upper, skippingSpace: true),
              let half = tables.markers[match.payload].half,
              !tables.markers[match.payload].notBefore.hasMatch(in: s, from: match.end, limit: text.upper)
        else { return nil }
        guard case let .proportion(kind) = tables.markers[match.payload].form else { return nil }
        var number = ScannedNumber(range: start..<p + 1, low: Amount(half, negative: negative))
        number.proportion = .init(kind: kind, range: start..<match.end, marker: t..<match.end, value: number.low)
        number.hasChinese = true
        return number
    }
}
