/// Reading a number's core: the digits, units and multipliers between any sign or marker.
extension NumberScanner {
    /// A core as read: its value state (two for a range pair such as 三四), its end, and whether it was
    /// a bare two-digit string (七五, only a number before 折) or a string that is no number (两两).
    struct Core {
        var low: NumeralState
        var high: NumeralState?
        var end: Int
        /// The two digits of a bare digit pair that is not a range pair (七五 → 7, 5).
        var twoDigits: (Int, Int)?
        /// The characters up to `end` are not a number (a digit string with 两).
        var rejected = false
    }

    /// The core beginning at `start`, or nil when none begins there. With `bareMultiplier`, a multiplier
    /// may begin it (only a denominator: 万分之三).
    func core(_ text: ScanText, at start: Int, bareMultiplier: Bool = false) -> Core? {
        guard start < text.upper, let first = token(text, at: start, atStart: true) else { return nil }

        // Two digits in a row: a range pair (三四, 七八十) or a digit string (二〇二二, 九九).
        if case let .digit(_, firstScalar, _, _, _) = first.token,
           let second = nextToken(text, after: first.end, previous: first.token),
           case let .digit(_, secondScalar, _, _, _) = second.token {
            let third = nextToken(text, after: second.end, previous: second.token)
            var thirdIsDigit = false
            if case .digit? = third?.token { thirdIsDigit = true }
            if !tables.isPair(firstScalar, secondScalar) || thirdIsDigit {
                return digitString(text, at: start)
            }
        }

        var states = [NumeralState()]
        var best: Core?
        var current = first
        if bareMultiplier, case let .multiplier(power) = first.token {
            guard states[0].feedLeadingMultiplier(power) else { return nil }
            best = Core(low: states[0], high: nil, end: first.end)
            guard let next = nextToken(text, after: first.end, previous: first.token) else { return best }
            current = next
        }
        while true {
            if states.count == 1, case let .digit(digit, scalar, false, _, _) = current.token,
               let previous = states[0].pendingChineseDigit, tables.isPair(previous, scalar) {
                var high = states[0]
                high.replacePendingDigit(with: digit, scalar: scalar)
                states.append(high)
            } else {
                for k in states.indices where !states[k].feed(current.token) { return best }
            }
            if states.allSatisfy(\.isComplete) {
                best = Core(low: states[0], high: states.count > 1 ? states[1] : nil, end: current.end)
            }
            guard let next = nextToken(text, after: current.end, previous: current.token) else { break }
            current = next
        }
        return best
    }

    /// The token after `position`, across inline spaces where the grammar allows them (`一百 五 十`,
    /// `1000  万`, `7万 5千`), never between two Arabic runs (`1, 234`).
    func nextToken(_ text: ScanText, after position: Int,
                   previous: NumeralToken) -> (token: NumeralToken, end: Int)? {
        var t = position
        while t < text.upper && NumberTables.isInlineSpace(text.scalars[t]) { t += 1 }
        guard t < text.upper, let next = token(text, at: t, atStart: false) else { return nil }
        guard t > position else { return next }
        if case let .arabic(literal, _) = next.token {
            guard previous.isChinese else { return nil }
            return (.arabic(literal, afterSpace: true), next.end)
        }
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
        var integer: [UInt8] = []
        while i < text.upper, tables.has(s[i], .arabic) {
            integer.append(UInt8(tables.entry(s[i]).value))
            i += 1
        }
        var hasGroups = false
        if !integer.isEmpty && integer.count <= 3 && !(integer.count > 1 && integer[0] == 0) {
            // Thousands groups: one separator kind, exactly three digits each (1,200; ４，５６５).
            var separator: Unicode.Scalar?
            while i + 3 < text.upper, tables.has(s[i], .group), separator == nil || s[i] == separator,
                  tables.has(s[i + 1], .arabic), tables.has(s[i + 2], .arabic), tables.has(s[i + 3], .arabic),
                  i + 4 >= text.upper || !tables.has(s[i + 4], .arabic) {
                separator = s[i]
                for k in 1...3 { integer.append(UInt8(tables.entry(s[i + k]).value)) }
                i += 4
                hasGroups = true
            }
        }
        var fraction: [UInt8] = []
        if i + 1 < text.upper, tables.has(s[i], .decimal), tables.has(s[i + 1], .arabic) {
            var j = i + 1
            while j < text.upper, tables.has(s[j], .arabic) {
                fraction.append(UInt8(tables.entry(s[j]).value))
                j += 1
            }
            i = j
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        var value = DecimalDigits(integer: integer, fraction: fraction)
        var hasExponent = false
        if let (power, end) = exponent(text, at: i) {
            value = value.shifted(by: power)
            hasExponent = true
            i = end
        }
        return ArabicLiteral(value: value, integerDigits: integer.count, hasGroups: hasGroups,
                             hasFraction: !fraction.isEmpty, hasExponent: hasExponent,
                             leadingZero: integer.count > 1 && integer[0] == 0,
                             lastIntegerDigit: integer.last ?? 0, end: i)
    }

    /// An exponent (`e5`, `E-3`, `e－１`) at `i`: its power and end. At most four digits, so `1e99999` is
    /// not read as a number with a hundred thousand zeros; nothing alphanumeric may follow.
    private func exponent(_ text: ScanText, at i: Int) -> (Int, Int)? {
        let s = text.scalars
        guard i < text.upper, tables.has(s[i], .exponent) else { return nil }
        var j = i + 1
        var negative = false
        if j < text.upper, tables.has(s[j], [.negative, .positive]), s[j].value < 0x3000 || s[j].value >= 0xFF00 {
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
