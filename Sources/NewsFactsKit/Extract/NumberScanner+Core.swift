/// Reading a number's core: the digits, units and multipliers between any sign or marker.
extension NumberScanner {
    /// A core as read: its value (two for a range pair such as 三四), its end, what it was written with,
    /// and whether it was a bare two-digit string (七五, only a number before 折) or a string that is no
    /// number (两两). A summary of the reading states, small enough to pass around.
    struct Core {
        var value: DecimalDigits
        /// The high end of a range pair (三四 → 4).
        var highValue: DecimalDigits?
        var end: Int
        var moreThan: Bool
        var trailingMultiplier: Int
        var hasDigit: Bool
        var hasArabic: Bool
        var hasChinese: Bool
        var hasStandalone: Bool
        var numeralCount: Int
        /// The core when it is exactly one Arabic literal.
        var arabic: ArabicLiteral?
        /// The two digits of a bare digit pair that is not a range pair (七五 → 7, 5).
        var twoDigits: (Int, Int)?
        /// The characters up to `end` are not a number (a digit string with 两).
        var rejected = false

        init(low: NumeralState, high: NumeralState?, end: Int, twoDigits: (Int, Int)? = nil, rejected: Bool = false) {
            value = low.value
            highValue = high?.value
            self.end = end
            moreThan = low.moreThan || (high?.moreThan ?? false)
            trailingMultiplier = low.trailingMultiplier
            hasDigit = low.hasDigit
            hasArabic = low.hasArabic
            hasChinese = low.hasChinese
            hasStandalone = low.hasStandalone
            numeralCount = low.numeralCount
            arabic = low.arabicLiteral
            self.twoDigits = twoDigits
            self.rejected = rejected
        }
    }

    /// The core beginning at `start`, or nil when none begins there. With `bareMultiplier`, a multiplier
    /// may begin it (only a denominator: 万分之三).
    func core(_ text: ScanText, at start: Int, bareMultiplier: Bool = false) -> Core? {
        guard start < text.upper, let first = token(text, at: start, atStart: true) else { return nil }

        // Two digits in a row: a range pair (三四, 七八十) or a digit string (二〇二二, 九九).
        if case let .digit(_, firstScalar, _, _, _) = first.token,
           let second = nextToken(text, after: first.end, previous: first.token) ?? spacedDigitBeforePairMarker(text, after: first.end),
           case let .digit(_, secondScalar, _, _, _) = second.token {
            let third = nextToken(text, after: second.end, previous: second.token)
            var thirdIsDigit = false
            if case .digit? = third?.token { thirdIsDigit = true }
            if !tables.isPair(firstScalar, secondScalar) || thirdIsDigit {
                return digitString(text, at: start)
            }
        }

        let walked = walk(text, from: first, bareMultiplier: bareMultiplier, steps: .max)
        if walked.complete { return Core(low: walked.low, high: walked.high, end: walked.end) }
        // The number ended in a token that did not fit: read again up to the last complete reading. This
        // is rare, so the common path keeps no snapshot of the state.
        guard walked.fallback > 0 else { return nil }
        let again = walk(text, from: first, bareMultiplier: bareMultiplier, steps: walked.fallback)
        return again.complete ? Core(low: again.low, high: again.high, end: again.end) : nil
    }

    /// The states after reading up to `steps` tokens from `first`.
    private struct Walk {
        var low: NumeralState
        var high: NumeralState?
        var end: Int
        /// Whether the states read are complete and nothing more could be read.
        var complete: Bool
        /// When not complete: how many tokens make the last complete reading (0: none).
        var fallback: Int
    }

    /// Reads tokens from `first` while they continue the number (at most `steps` of them).
    private func walk(_ text: ScanText, from first: (token: NumeralToken, end: Int), bareMultiplier: Bool,
                      steps limit: Int) -> Walk {
        var low = NumeralState()
        var high: NumeralState?
        var current = first
        var steps = 0
        var lastComplete = 0
        // The reading before a Chinese decimal point, for when the point turns out to be a time (八点三十分).
        var beforePoint = 0
        while steps < limit {
            if steps == 0, bareMultiplier, case let .multiplier(power) = current.token {
                guard low.feedLeadingMultiplier(power) else { return Walk(low: low, high: high, end: current.end, complete: false, fallback: 0) }
            } else if high == nil, case let .digit(digit, scalar, false, _, _) = current.token,
                      let previous = low.pendingChineseDigit, tables.isPair(previous, scalar) {
                // 三四, 十五六: the second digit of a range pair makes the high end.
                var upper = low
                upper.replacePendingDigit(with: digit, scalar: scalar)
                high = upper
            } else {
                if case .point = current.token { beforePoint = lastComplete }
                var fed = low.feed(current.token)
                if fed, var upper = high {
                    fed = upper.feed(current.token)
                    high = upper
                }
                if !fed {
                    let fallback: Int
                    switch current.token {
                    case .unit, .tens: fallback = low.isInFraction ? beforePoint : lastComplete
                    default: fallback = lastComplete
                    }
                    return Walk(low: low, high: high, end: current.end, complete: false, fallback: fallback)
                }
            }
            steps += 1
            let complete = low.isComplete && (high?.isComplete ?? true)
            if complete { lastComplete = steps }
            guard steps < limit, let next = nextToken(text, after: current.end, previous: current.token) else {
                return Walk(low: low, high: high, end: current.end, complete: complete, fallback: lastComplete)
            }
            current = next
        }
        return Walk(low: low, high: high, end: current.end, complete: false, fallback: lastComplete)
    }

    /// The token after `position`. Inline spaces are crossed only where Chinese numerals are spaced out
    /// (`一百 五 十 二`, `7万 5千`, `1000  万`, `四百 点 五`, `十 余 万`): before a multiplier, 余/多, 点;
    /// before a unit after a digit; before a digit after a unit, multiplier or 点 (unless the digit begins
    /// a digit string such as 二〇二二); before Arabic digits after a unit or multiplier. Never between two
    /// digits (`1 2`, `一 二`), and never into a word that is not a number or a 百分之.
    func nextToken(_ text: ScanText, after position: Int,
                   previous: NumeralToken) -> (token: NumeralToken, end: Int)? {
        let s = text.scalars
        var t = position
        while t < text.upper && NumberTables.isInlineSpace(s[t]) { t += 1 }
        guard t < text.upper, let next = token(text, at: t, atStart: false) else { return nil }
        guard t > position else { return next }
        if excludedWordEnd(text, covering: t) != nil
            || tables.prefixMarkers.longestMatch(in: s, from: t, limit: text.upper, skippingSpace: true) != nil {
            return nil
        }
        switch (previous, next.token) {
        case (_, .multiplier), (_, .approx), (_, .point):
            return next
        case (.digit, .unit), (.arabic, .unit), (.unit, .unknown), (.tens, .unknown):
            return next
        case (.unit, .digit), (.tens, .digit), (.multiplier, .digit), (.point, .digit):
            if next.end < text.upper && tables.has(s[next.end], .digit) { return nil }
            return next
        case let (.unit, .arabic(literal, _)), let (.multiplier, .arabic(literal, _)):
            return (.arabic(literal, afterSpace: true), next.end)
        default:
            return nil
        }
    }

    /// A digit after spaces when a marker that reads two digits as one decimal follows it (`九 九 折`):
    /// only there are spaced-out digits read together.
    private func spacedDigitBeforePairMarker(_ text: ScanText, after position: Int) -> (token: NumeralToken, end: Int)? {
        let s = text.scalars
        var t = position
        while t < text.upper && NumberTables.isInlineSpace(s[t]) { t += 1 }
        guard t > position, t < text.upper, let next = token(text, at: t, atStart: false),
              case .digit = next.token else { return nil }
        var m = next.end
        while m < text.upper && NumberTables.isInlineSpace(s[m]) { m += 1 }
        guard let match = tables.suffixMarkers.longestMatch(in: s, from: m, limit: text.upper, skippingSpace: true),
              tables.markers[match.payload].pairDecimal else { return nil }
        return next
    }

    /// The token at `q`, or nil when the character cannot continue (or begin) a number there.
    func token(_ text: ScanText, at q: Int, atStart: Bool) -> (token: NumeralToken, end: Int)? {
        let s = text.scalars
        let entry = tables.entry(s[q])
        let roles = entry.roles
        let value = Int(entry.value)
        if roles.contains(.arabic) || (atStart && roles.contains(.decimal)) {
            guard let literal = arabicLiteral(text, at: q) else { return nil }
            return (.arabic(literal, afterSpace: false), literal.end)
        }
        if roles.contains(.digit) {
            return (.digit(value, scalar: s[q], zero: roles.contains(.zero), counting: roles.contains(.counting),
                           standalone: roles.contains(.standalone)), q + 1)
        }
        if roles.contains(.unitPrefix) && tables.unitPrefixes.hasMatch(in: s, from: q, limit: text.upper) {
            return nil
        }
        if roles.contains(.unit) { return (.unit(value, standalone: roles.contains(.standalone)), q + 1) }
        if roles.contains(.tens) { return (.tens(value), q + 1) }
        if roles.contains(.multiplier) { return (.multiplier(value), q + 1) }
        if roles.contains(.point) {
            // 点 is a decimal point only before a digit (八点三十分 is a time: 三十 has a unit).
            var t = q + 1
            while t < text.upper && NumberTables.isInlineSpace(s[t]) { t += 1 }
            guard t < text.upper, tables.has(s[t], .digit), !tables.has(s[t], .counting) else { return nil }
            return (.point, q + 1)
        }
        if roles.contains(.approx) {
            if tables.connectorCancelled(s, at: q, limit: text.upper) { return nil }
            return (.approx, q + 1)
        }
        if roles.contains(.unknown) { return (.unknown, q + 1) }
        if roles.contains(.half) { return (.half, q + 1) }
        return nil
    }

    /// A run of Chinese digits with no units: 二〇二二 (a number), 七五 (a number only before 折),
    /// 两两 (none).
    private func digitString(_ text: ScanText, at start: Int) -> Core? {
        var digits: [UInt8] = []
        var hasZero = false
        var counting = false
        var standalone = false
        var end = start
        var current = token(text, at: start, atStart: true)
        while let next = current, case let .digit(digit, _, zero, isCounting, isStandalone) = next.token {
            digits.append(UInt8(digit))
            hasZero = hasZero || zero
            counting = counting || isCounting
            standalone = standalone || isStandalone
            end = next.end
            current = nextToken(text, after: next.end, previous: next.token)
                ?? (digits.count == 1 ? spacedDigitBeforePairMarker(text, after: next.end) : nil)
        }
        guard digits.count >= 2 else { return nil }
        let state = NumeralState(digitString: DecimalDigits(integer: digits), count: digits.count, standalone: standalone)
        if counting { return Core(low: state, high: nil, end: end, twoDigits: nil, rejected: true) }
        if digits.count == 2 && !hasZero {
            return Core(low: state, high: nil, end: end, twoDigits: (Int(digits[0]), Int(digits[1])))
        }
        return Core(low: state, high: nil, end: end)
    }

    /// The Arabic run at `q`: digits, thousands groups, a decimal part and an exponent.
    func arabicLiteral(_ text: ScanText, at q: Int) -> ArabicLiteral? {
        let s = text.scalars
        var i = q
        var value = DecimalDigits()
        var integerDigits = 0
        var firstDigit: UInt8 = 0
        var lastDigit: UInt8 = 0
        while i < text.upper, tables.has(s[i], .arabic) {
            let digit = UInt8(tables.entry(s[i]).value)
            if integerDigits == 0 { firstDigit = digit }
            value.appendDigit(digit)
            lastDigit = digit
            integerDigits += 1
            i += 1
        }
        let leadingZero = integerDigits > 1 && firstDigit == 0
        var hasGroups = false
        if integerDigits > 0 && integerDigits <= 3 && !leadingZero {
            // Thousands groups: one separator kind, exactly three digits each (1,200; ４，５６５).
            var separator: Unicode.Scalar?
            while i + 3 < text.upper, tables.has(s[i], .group), separator == nil || s[i] == separator,
                  tables.has(s[i + 1], .arabic), tables.has(s[i + 2], .arabic), tables.has(s[i + 3], .arabic),
                  i + 4 >= text.upper || !tables.has(s[i + 4], .arabic) {
                separator = s[i]
                for k in 1...3 {
                    lastDigit = UInt8(tables.entry(s[i + k]).value)
                    value.appendDigit(lastDigit)
                }
                integerDigits += 3
                i += 4
                hasGroups = true
            }
        }
        var fractionDigits = 0
        if i + 1 < text.upper, tables.has(s[i], .decimal), tables.has(s[i + 1], .arabic) {
            var j = i + 1
            while j < text.upper, tables.has(s[j], .arabic) {
                fractionDigits += 1
                value.add(DecimalDigits(digit: Int(tables.entry(s[j]).value), power: -fractionDigits))
                j += 1
            }
            i = j
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return nil }
        var hasExponent = false
        if let (power, end) = exponent(text, at: i) {
            value = value.shifted(by: power)
            hasExponent = true
            i = end
        }
        return ArabicLiteral(value: value, integerDigits: integerDigits, hasGroups: hasGroups,
                             hasFraction: fractionDigits > 0, hasExponent: hasExponent, leadingZero: leadingZero,
                             lastIntegerDigit: lastDigit, end: i)
    }

    /// An exponent (`e5`, `E-3`, `e－１`) at `i`: its power and end. At most four digits, so `1e99999` is
    /// not read as a number with a hundred thousand zeros; nothing alphanumeric may follow.
    private func exponent(_ text: ScanText, at i: Int) -> (Int, Int)? {
        let s = text.scalars
        guard i < text.upper, tables.has(s[i], .exponent) else { return nil }
        var j = i + 1
        var negative = false
        if j < text.upper, tables.has(s[j], [.dash, .positive]) {
            negative = tables.has(s[j], .negative)
            j += 1
        }
        var power = 0
        var count = 0
        while j < text.upper, tables.has(s[j], .arabic), count < 5 {
            power = power * 10 + Int(tables.entry(s[j]).value)
            count += 1
            j += 1
        }
        guard count > 0, count <= 4 else { return nil }
        if j < text.upper && tables.has(s[j], [.letter, .arabic]) { return nil }
        return (negative ? -power : power, j)
    }
}
