/// The value of a number's core being read token by token, with the grammar of Chinese numerals.
///
/// A Chinese number is a sum of sections: digits times units (十 百 千) within a section, sections times
/// multipliers (万 亿 兆). A multiplier larger than every earlier one multiplies everything read so far
/// (`四千五百六十九万八千三百一十一亿` = (4569万 + 8311) × 亿), a smaller one only its own section
/// (`五兆六十二亿`), and two in a row multiply each other (`四万万`, `4.78万亿`). A digit right after a
/// unit or multiplier, with no 零 between, is read one place lower (`四百五` = 450, `一万三` = 13000).
/// Arabic runs stand where a digit may (`3万4000`, `5千`, `1.14亿`).
///
/// `feed` returns false when a token cannot continue the number; the scanner then keeps the last state
/// that `isComplete`, so a number ends before whatever does not fit (`五十千` reads `五十`).
struct NumeralState: Sendable {
    private enum Pending: Sendable {
        /// A Chinese digit and, when it directly follows a unit or multiplier, that power (for 四百五).
        case chinese(Int, after: Int?)
        case arabic(ArabicLiteral, after: Int?, afterSpace: Bool)
        case string(DecimalDigits)
        case unknown
        /// 几 before a unit or multiplier (几十万): at least one of them.
        case unknownLeading
        case half
    }

    private enum Last: Sendable, Equatable {
        case start, digit, zero, unit(Int), multiplier(Int), point, fractionDigit, approx, unknown, half, arabic, string
    }

    private var total = DecimalDigits()
    private var section = DecimalDigits()
    private var pending: Pending?
    private var last: Last = .start
    /// The smallest unit used in the current section (units must decrease: 五十千 is not a number).
    private var sectionUnit: Int?
    private var largestMultiplier = 0
    private var multiplierRun = 0
    private var sawZero = false
    private var inFraction = false
    private var fractionDigits = 0
    private var afterDecimalMultiplier = false
    private var approxRead = false
    private var terminal = false

    private var multiplierRunPower = 0
    private var endsWithMultiplier = false
    /// The power of ten of the multipliers the number ends with (`1.14亿` → 8, `4.78万亿` → 12,
    /// `十余万` → 4, `3万4000` → 0).
    var trailingMultiplier: Int { endsWithMultiplier ? multiplierRunPower : 0 }
    /// The number carries 余, 多, 来 or 几.
    private(set) var moreThan = false
    /// How many numeral characters were read (a lone 陆 or 零 is not a number).
    private(set) var numeralCount = 0
    /// Whether some character read is a number on its own (二, 十, an Arabic digit).
    private(set) var hasStandalone = false
    /// Whether some digit was read (百万 has none: a bare power of ten).
    private(set) var hasDigit = false
    /// Whether Arabic digits were read.
    private(set) var hasArabic = false
    /// Whether Chinese numerals were read.
    private(set) var hasChinese = false
    /// Whether the number ends with a unit or multiplier (it may then take 余 or 多).
    var endsWithUnit: Bool {
        switch last {
        case .unit, .multiplier: return true
        default: return false
        }
    }

    private var arabicFirst = false
    private var pendingDigitScalar: Unicode.Scalar?

    /// The core when it is exactly one Arabic literal (for fractions, powers and date checks).
    var arabicLiteral: ArabicLiteral? {
        guard last == .arabic, arabicFirst, case let .arabic(literal, _, _) = pending else { return nil }
        return literal
    }
    /// The Chinese digit just read, waiting for a unit (for range pairs such as 三四, 十五六).
    var pendingChineseDigit: Unicode.Scalar? { last == .digit ? pendingDigitScalar : nil }

    /// A state before any token.
    init() {}

    /// A digit string such as 二〇二二 (positional, no units); nothing may follow it.
    init(digitString value: DecimalDigits, count: Int, standalone: Bool) {
        pending = .string(value)
        last = .string
        terminal = true
        numeralCount = count
        hasStandalone = standalone
        hasDigit = true
        hasChinese = true
    }

    /// A bare multiplier as the first token, for a denominator only (万分之三, 万万分之七); a number
    /// never begins with 万 otherwise (万一, 万物).
    mutating func feedLeadingMultiplier(_ power: Int) -> Bool {
        guard last == .start else { return false }
        total = DecimalDigits(digit: 1, power: power)
        largestMultiplier = power
        multiplierRun = 1
        multiplierRunPower = power
        endsWithMultiplier = true
        last = .multiplier(power)
        count(chinese: true, standalone: false)
        return true
    }

    /// Whether digits after a Chinese decimal point are being read.
    var isInFraction: Bool { inFraction }

    /// Whether the number read so far can end here.
    var isComplete: Bool {
        if inFraction { return fractionDigits > 0 }
        switch last {
        case .start, .zero, .half, .point: return false
        default: break
        }
        if case .unknownLeading = pending { return false }
        if case let .arabic(literal, after, afterSpace) = pending {
            // An Arabic run after a space stands only before a unit (7 万5 千); right after a unit or
            // multiplier it must fill that place exactly (3万4000), else the reading is unclear (1千5).
            if afterSpace { return false }
            if let after, !(literal.isPlainInteger && literal.integerDigits == after) { return false }
        }
        return true
    }

    /// The value read so far (meaningful when `isComplete`).
    var value: DecimalDigits {
        var result = total
        result.add(section)
        result.add(pendingValue)
        return result
    }

    private var pendingValue: DecimalDigits {
        switch pending {
        case let .chinese(digit, after): return DecimalDigits(digit: digit, power: after.map { $0 - 1 } ?? 0)
        case let .arabic(literal, _, _): return literal.value
        case let .string(value): return value
        case .unknown, .unknownLeading, .half, nil: return DecimalDigits()
        }
    }

    /// The power of the unit or multiplier just read, when no 零 stands between it and what follows.
    private var abbreviationPower: Int? {
        if sawZero { return nil }
        switch last {
        case let .unit(power), let .multiplier(power): return power
        default: return nil
        }
    }

    /// Replaces the pending Chinese digit (the high end of a range pair: 三四 → 四).
    mutating func replacePendingDigit(with digit: Int, scalar: Unicode.Scalar) {
        guard case let .chinese(_, after) = pending else { return }
        pending = .chinese(digit, after: after)
        pendingDigitScalar = scalar
        numeralCount += 1
    }

    /// Reads one more token; false when it cannot continue the number (the state is then unusable).
    mutating func feed(_ token: NumeralToken) -> Bool {
        if terminal { return false }
        let isFirst = last == .start
        switch token {
        case .multiplier, .approx: break
        default: endsWithMultiplier = false
        }
        switch token {
        case let .digit(digit, scalar, zero, counting, standalone):
            if !feedDigit(digit, zero: zero, counting: counting) { return false }
            pendingDigitScalar = zero ? nil : scalar
            count(chinese: true, standalone: standalone)
            return true
        case let .arabic(literal, afterSpace):
            guard !inFraction, !approxRead, pending == nil else { return false }
            switch last {
            case .start, .unit, .multiplier, .zero: break
            default: return false
            }
            pending = .arabic(literal, after: abbreviationPower, afterSpace: afterSpace)
            last = .arabic
            hasDigit = true
            hasArabic = true
            hasStandalone = true
            numeralCount += literal.integerDigits + (literal.hasFraction ? 1 : 0)
            arabicFirst = isFirst
            pendingDigitScalar = nil
            if literal.hasExponent { terminal = true }
            return true
        case let .unit(power, standalone):
            guard feedUnit(power) else { return false }
            count(chinese: true, standalone: standalone)
            return true
        case let .tens(tensDigit):
            guard !inFraction, !approxRead, pending == nil, sectionUnit.map({ $0 > 1 }) ?? true else { return false }
            switch last {
            case .start, .zero, .unit, .multiplier: break
            default: return false
            }
            section.add(DecimalDigits(digit: tensDigit, power: 1))
            sectionUnit = 1
            last = .unit(1)
            sawZero = false
            hasDigit = true
            endsWithMultiplier = false
            count(chinese: true, standalone: false)
            return true
        case let .multiplier(power):
            guard feedMultiplier(power) else { return false }
            count(chinese: true, standalone: false)
            return true
        case .point:
            guard !inFraction, !approxRead, !afterDecimalMultiplier else { return false }
            switch last {
            case .digit, .unit, .multiplier: break
            case .zero where numeralCount == 1: break  // 零点五
            default: return false
            }
            section.add(pendingValue)
            pending = nil
            inFraction = true
            fractionDigits = 0
            last = .point
            count(chinese: true, standalone: false)
            return true
        case .approx:
            guard !inFraction, !approxRead else { return false }
            switch (last, pending) {
            case (.unit, nil), (.multiplier, nil):
                break
            case let (.arabic, .arabic(literal, _, afterSpace)?):
                guard literal.isRound, !afterSpace else { return false }
                section.add(literal.value)
                pending = nil
            default:
                return false
            }
            approxRead = true
            moreThan = true
            last = .approx
            return true
        case .unknown:
            guard !inFraction, !approxRead, pending == nil else { return false }
            switch last {
            case .unit, .zero: pending = .unknown
            case .start: pending = .unknownLeading
            default: return false
            }
            moreThan = true
            last = .unknown
            count(chinese: true, standalone: false)
            return true
        case .half:
            guard isFirst else { return false }
            pending = .half
            last = .half
            count(chinese: true, standalone: false)
            return true
        }
    }

    private mutating func count(chinese: Bool, standalone: Bool) {
        numeralCount += 1
        if chinese { hasChinese = true }
        if standalone { hasStandalone = true }
        arabicFirst = false
    }

    private mutating func feedDigit(_ digit: Int, zero: Bool, counting: Bool) -> Bool {
        if inFraction {
            // 两 counts things; it is never a decimal digit (两百点两 is 两百 and 两).
            guard !counting else { return false }
            fractionDigits += 1
            section.add(DecimalDigits(digit: digit, power: -fractionDigits))
            last = .fractionDigit
            hasDigit = true
            return true
        }
        guard !approxRead, pending == nil else { return false }
        if zero {
            switch last {
            case .start, .unit, .multiplier, .zero: break
            default: return false
            }
            sawZero = true
            last = .zero
            return true
        }
        switch last {
        case .start, .unit, .multiplier, .zero: break
        default: return false
        }
        pending = .chinese(digit, after: abbreviationPower)
        last = .digit
        hasDigit = true
        return true
    }

    private mutating func feedUnit(_ power: Int) -> Bool {
        guard !inFraction, !approxRead else { return false }
        if let sectionUnit, power >= sectionUnit { return false }
        let multiplicand: DecimalDigits
        switch pending {
        case nil:
            // A bare unit begins a number (十五, 百余, 千三) or follows 零 (一百零十万).
            guard last == .start || last == .zero else { return false }
            multiplicand = DecimalDigits(digit: 1)
        case let .chinese(digit, _):
            multiplicand = DecimalDigits(digit: digit)
        case let .arabic(literal, _, _):
            multiplicand = literal.value
        case .unknown:
            multiplicand = DecimalDigits()
        case .unknownLeading:
            multiplicand = DecimalDigits(digit: 1)
        case .half:
            multiplicand = DecimalDigits(digit: 5, power: -1)
        case .string:
            return false
        }
        section.add(multiplicand.shifted(by: power))
        sectionUnit = power
        pending = nil
        sawZero = false
        last = .unit(power)
        return true
    }

    private mutating func feedMultiplier(_ power: Int) -> Bool {
        if inFraction {
            // 1.14亿, 五百六十一點七六億: the decimal is scaled, unless a multiplier came before the point.
            guard fractionDigits > 0, largestMultiplier == 0 else { return false }
            total = section.shifted(by: power)
            section = DecimalDigits()
            inFraction = false
            afterDecimalMultiplier = true
            largestMultiplier = power
            multiplierRun = 1
            multiplierRunPower = power
            endsWithMultiplier = true
            last = .multiplier(power)
            return true
        }
        let consecutive: Bool
        switch last {
        case .multiplier: consecutive = true
        case .approx: consecutive = pending == nil && section.isZero && multiplierRun > 0
        default: consecutive = false
        }
        if consecutive {
            // 四万万, 4.78万亿, 1万多亿: the multipliers multiply.
            guard multiplierRun < 2 else { return false }
            total = total.shifted(by: power)
            largestMultiplier += power
            multiplierRun += 1
            multiplierRunPower += power
            endsWithMultiplier = true
            last = .multiplier(power)
            return true
        }
        if afterDecimalMultiplier { return false }
        switch last {
        case .digit, .unit, .arabic, .unknown, .approx: break
        default: return false
        }
        var base = section
        switch pending {
        case let .chinese(digit, _): base.add(DecimalDigits(digit: digit))
        case let .arabic(literal, _, _): base.add(literal.value)
        case .unknown, nil: break
        case .unknownLeading: base.add(DecimalDigits(digit: 1))
        case .half, .string: return false
        }
        if base.isZero && !moreThan { return false }
        if power > largestMultiplier {
            total.add(base)
            total = total.shifted(by: power)
            largestMultiplier = power
        } else if power < largestMultiplier {
            total.add(base.shifted(by: power))
        } else {
            return false
        }
        section = DecimalDigits()
        pending = nil
        sectionUnit = nil
        sawZero = false
        multiplierRun = 1
        multiplierRunPower = power
        endsWithMultiplier = true
        last = .multiplier(power)
        return true
    }
}
