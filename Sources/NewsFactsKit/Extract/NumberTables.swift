import Foundation

/// The number scanner's language data, loaded once from `Resources/numbers/` into immutable tables.
///
/// - `numerals.tsv`: digits, units, multipliers and their values;
/// - `connectors.tsv`: range connectors, approximation suffixes, signs, fraction words, separators,
///   code joiners and the digit pairs that make a range (三四个);
/// - `markers.tsv`: percent, per-mille, percentage-point and tenths markers;
/// - `unit-prefixes.tsv`: numerals that are SI prefixes before some units (千瓦);
/// - `not-numbers.tsv`: words that contain numerals but are not numbers (一切, 统一, 四川).
///
/// Per-character roles sit in an array indexed by the scalar's value (the Basic Multilingual Plane),
/// so the scan loop classifies a character with one array read.
struct NumberTables: Sendable {
    /// What a character can do in a number; a character may have several roles (`-` is a sign and a
    /// range connector).
    struct Role: OptionSet, Sendable, Hashable {
        let rawValue: UInt32
        static let arabic = Role(rawValue: 1 << 0)
        static let digit = Role(rawValue: 1 << 1)
        static let unit = Role(rawValue: 1 << 2)
        static let tens = Role(rawValue: 1 << 3)
        static let multiplier = Role(rawValue: 1 << 4)
        static let point = Role(rawValue: 1 << 5)
        static let half = Role(rawValue: 1 << 6)
        static let unknown = Role(rawValue: 1 << 7)
        static let decimal = Role(rawValue: 1 << 8)
        static let group = Role(rawValue: 1 << 9)
        static let negative = Role(rawValue: 1 << 10)
        static let positive = Role(rawValue: 1 << 11)
        static let plus = Role(rawValue: 1 << 12)
        static let approx = Role(rawValue: 1 << 13)
        static let slash = Role(rawValue: 1 << 14)
        static let exponent = Role(rawValue: 1 << 15)
        static let power = Role(rawValue: 1 << 16)
        static let codeJoiner = Role(rawValue: 1 << 17)
        static let letter = Role(rawValue: 1 << 18)
        static let space = Role(rawValue: 1 << 19)
        static let prefixMarkerStart = Role(rawValue: 1 << 20)
        static let unitPrefix = Role(rawValue: 1 << 21)
        static let zero = Role(rawValue: 1 << 22)
        static let standalone = Role(rawValue: 1 << 23)
        static let counting = Role(rawValue: 1 << 24)
        static let notNumberPart = Role(rawValue: 1 << 25)
        /// A minus sign that also joins ranges (`-`, `－`), unlike 负: it separates date parts (2022-04-25).
        static let dash = Role(rawValue: 1 << 26)
        /// The first character of a suffix marker, range connector, or fraction word: a plain number
        /// followed by anything else is complete (the scanner's fast path).
        static let joinStart = Role(rawValue: 1 << 27)

        /// Characters after a lone Chinese digit that may continue the number.
        static let continuesChinese: Role = [.arabic, .digit, .unit, .tens, .multiplier, .point, .approx, .unknown,
                                             .half, .space, .joinStart, .unitPrefix, .decimal, .group]

        /// Characters after Arabic digits that may continue the number.
        static let continuesArabic: Role = [.arabic, .decimal, .group, .slash, .dash, .exponent, .power, .plus, .space,
                                            .unit, .multiplier, .approx, .digit, .tens, .unknown, .half, .joinStart]

        /// Characters that are numerals proper (digits, units, multipliers, 点, 半, 几).
        static let numeral: Role = [.arabic, .digit, .unit, .tens, .multiplier, .point, .half, .unknown]
        /// Characters at which a number may begin.
        static let start: Role = [.arabic, .digit, .unit, .tens, .multiplier, .half, .unknown, .negative, .positive, .decimal,
                                  .prefixMarkerStart]
    }

    /// One character's roles and value (a digit's value, a unit's or multiplier's power of ten).
    struct Entry: Sendable {
        var roles: Role = []
        var value: Int8 = 0
    }

    /// What a proportion marker makes of the number.
    enum MarkerForm: Sendable {
        /// A form of the number itself, the marker inside its span (`%`, `百分之`, `‰`).
        case form(NumberMention.Form)
        /// A proportion beside the number, the marker being the fact's unit (`成`, `个百分点`).
        case proportion(NumberMention.Proportion.Kind)
    }

    /// A proportion marker (`%`, `百分之`, `成`).
    struct Marker: Sendable {
        var form: MarkerForm
        var isPrefix: Bool
        /// The largest value the marker takes, and whether that value itself is allowed.
        var limit: Double?
        var limitInclusive: Bool
        /// The value of `半` with this marker.
        var half: DecimalDigits?
        /// A digit or 半 after the marker adds tenths (三成一).
        var tail: Bool
        /// Two bare digits before the marker read as one decimal (七五折).
        var pairDecimal: Bool
        /// Continuations after which the marker does not apply.
        var notBefore: NumberTrie
    }

    /// A word that is not a number, with the continuations that cancel the exclusion.
    struct Exclusion: Sendable {
        var unless: NumberTrie
    }

    /// A malformed row in a resource table (a bug in the data, reported at start-up).
    struct TableError: Error, CustomStringConvertible {
        var file: String
        var row: [String]
        var problem: String
        var description: String { "\(file): \(problem) in row \(row.joined(separator: "\t"))" }
    }

    private(set) var entries: [Entry]
    private(set) var markers: [Marker] = []
    private(set) var prefixMarkers = NumberTrie()
    private(set) var suffixMarkers = NumberTrie()
    private(set) var rangeConnectors = NumberTrie()
    private(set) var fractionWords = NumberTrie()
    private(set) var mixedWords = NumberTrie()
    private(set) var unitPrefixes = NumberTrie()
    private(set) var pairs: Set<UInt64> = []
    /// Continuations that cancel a single-character connector (来 before 自).
    private(set) var connectorNotBefore: [UInt32: NumberTrie] = [:]
    private(set) var notNumbers = NumberTrie()
    private(set) var exclusions: [Exclusion] = []
    /// For each numeral character, the offsets at which it occurs inside some not-number word.
    private(set) var notNumberOffsets: [UInt32: [Int]] = [:]

    /// The tables, read once per process.
    static func shared() throws -> NumberTables { try cached.get() }

    private static let cached: Result<NumberTables, any Error> = Result { try NumberTables(loadingFrom: resourceRows) }

    /// The rows of a resource file.
    static func resourceRows(_ path: String) throws -> [[String]] {
        try ResourceFile.rows(path)
    }

    /// The role entry of a scalar.
    @inline(__always)
    func entry(_ scalar: Unicode.Scalar) -> Entry {
        scalar.value < 0x10000 ? entries[Int(scalar.value)] : Entry()
    }

    /// Whether the scalar has any of `roles`.
    @inline(__always)
    func has(_ scalar: Unicode.Scalar, _ roles: Role) -> Bool {
        !entry(scalar).roles.isDisjoint(with: roles)
    }

    /// Whether the two numeral characters form a range pair (三四).
    func isPair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        pairs.contains(UInt64(first.value) << 32 | UInt64(second.value))
    }

    /// Whether a single-character connector at `index` is cancelled by what follows it.
    func connectorCancelled(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> Bool {
        guard let trie = connectorNotBefore[scalars[index].value] else { return false }
        return trie.hasMatch(in: scalars, from: index + 1, limit: limit)
    }

    /// Inline spaces that may stand inside a number (`一百 五 十`, `5 %`); never a line break.
    static func isInlineSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Latin letters, half and full width: digits glued to them are part of a code (PM2.5, G20).
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    /// Reads the tables through `rows` (a `ResourceFile.rows`-like reader; tests may pass their own).
    init(loadingFrom rows: (String) throws -> [[String]]) throws {
        entries = [Entry](repeating: Entry(), count: 0x10000)
        for value in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            if Self.isInlineSpace(scalar) { entries[value].roles.insert(.space) }
            if Self.isLatinLetter(scalar) { entries[value].roles.insert(.letter) }
        }
        try loadNumerals(try rows("numbers/numerals.tsv"))
        try loadConnectors(try rows("numbers/connectors.tsv"))
        try loadMarkers(try rows("numbers/markers.tsv"))
        try loadUnitPrefixes(try rows("numbers/unit-prefixes.tsv"))
        try loadNotNumbers(try rows("numbers/not-numbers.tsv"))
    }

    private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    private static func list(_ cell: String) -> [String] {
        cell.split(separator: "|").map { String($0) }.filter { !$0.isEmpty }
    }

    private static func trie(of words: [String]) -> NumberTrie {
        var trie = NumberTrie()
        for (i, word) in words.enumerated() { trie.insert(scalars(word), payload: i) }
        return trie
    }

    private mutating func addRole(_ scalar: Unicode.Scalar, _ role: Role, value: Int8? = nil) {
        guard scalar.value < 0x10000 else { return }
        entries[Int(scalar.value)].roles.insert(role)
        if let value { entries[Int(scalar.value)].value = value }
    }

    private mutating func loadNumerals(_ rows: [[String]]) throws {
        let file = "numbers/numerals.tsv"
        for row in rows {
            guard row.count >= 3, let scalar = Self.single(row[0]), let value = Int8(row[2]) else {
                throw TableError(file: file, row: row, problem: "expected character, role, value")
            }
            let role: Role
            switch row[1] {
            case "arabic": role = .arabic
            case "digit": role = .digit
            case "unit": role = .unit
            case "tens": role = .tens
            case "multiplier": role = .multiplier
            case "point": role = .point
            case "half": role = .half
            case "unknown": role = .unknown
            default: throw TableError(file: file, row: row, problem: "unknown role \(row[1])")
            }
            addRole(scalar, role, value: value)
            for flag in row.count > 3 ? Self.list(row[3]) : [] {
                switch flag {
                case "standalone": addRole(scalar, .standalone)
                case "zero": addRole(scalar, .zero)
                case "counting": addRole(scalar, .counting)
                default: throw TableError(file: file, row: row, problem: "unknown flag \(flag)")
                }
            }
            if role == .arabic { addRole(scalar, .standalone) }
        }
    }

    private mutating func loadConnectors(_ rows: [[String]]) throws {
        let file = "numbers/connectors.tsv"
        var ranges: [String] = []
        for row in rows {
            guard row.count >= 2, !row[0].isEmpty else {
                throw TableError(file: file, row: row, problem: "expected text and role")
            }
            let text = Self.scalars(row[0])
            let singleRoles: [String: Role] = [
                "approx": .approx, "plus": .plus, "negative": .negative, "positive": .positive,
                "slash": .slash, "decimal": .decimal, "group": .group, "exponent": .exponent,
                "power": .power, "code-joiner": .codeJoiner,
            ]
            if let role = singleRoles[row[1]] {
                guard text.count == 1 else {
                    throw TableError(file: file, row: row, problem: "role \(row[1]) takes one character")
                }
                addRole(text[0], role)
                if row.count > 2, !row[2].isEmpty {
                    connectorNotBefore[text[0].value] = Self.trie(of: Self.list(row[2]))
                }
                continue
            }
            switch row[1] {
            case "range":
                ranges.append(row[0])
            case "fraction":
                fractionWords.insert(text, payload: 0)
                addRole(text[0], .joinStart)
            case "mixed":
                mixedWords.insert(text, payload: 0)
                addRole(text[0], .joinStart)
            case "pair":
                guard text.count == 2 else { throw TableError(file: file, row: row, problem: "a pair is two digits") }
                pairs.insert(UInt64(text[0].value) << 32 | UInt64(text[1].value))
            default:
                throw TableError(file: file, row: row, problem: "unknown role \(row[1])")
            }
        }
        rangeConnectors = Self.trie(of: ranges)
        for range in ranges {
            let text = Self.scalars(range)
            if text.count == 1 && has(text[0], .negative) { addRole(text[0], .dash) }
            if let first = text.first { addRole(first, .joinStart) }
        }
    }

    private mutating func loadMarkers(_ rows: [[String]]) throws {
        let file = "numbers/markers.tsv"
        for row in rows {
            guard row.count >= 3, !row[0].isEmpty, row[1] == "prefix" || row[1] == "suffix" else {
                throw TableError(file: file, row: row, problem: "expected marker, prefix|suffix, form")
            }
            let form: MarkerForm
            switch row[2] {
            case "percent": form = .form(.percent)
            case "permille": form = .form(.permille)
            case "points": form = .proportion(.percentagePoints)
            case "tenths": form = .proportion(.tenths)
            default: throw TableError(file: file, row: row, problem: "unknown form \(row[2])")
            }
            var marker = Marker(form: form, isPrefix: row[1] == "prefix", limit: nil, limitInclusive: true,
                                half: nil, tail: false, pairDecimal: false, notBefore: NumberTrie())
            if row.count > 3, !row[3].isEmpty {
                let cell = row[3]
                if cell.hasPrefix("<="), let limit = Double(cell.dropFirst(2)) {
                    marker.limit = limit
                } else if cell.hasPrefix("<"), let limit = Double(cell.dropFirst(1)) {
                    marker.limit = limit
                    marker.limitInclusive = false
                } else {
                    throw TableError(file: file, row: row, problem: "limit must be <=N or <N")
                }
            }
            if row.count > 4, !row[4].isEmpty {
                guard let half = DecimalDigits(text: row[4]) else {
                    throw TableError(file: file, row: row, problem: "half is a decimal number")
                }
                marker.half = half
            }
            for option in row.count > 5 ? Self.list(row[5]) : [] {
                switch option {
                case "tail": marker.tail = true
                case "pair": marker.pairDecimal = true
                default: throw TableError(file: file, row: row, problem: "unknown option \(option)")
                }
            }
            if row.count > 6 { marker.notBefore = Self.trie(of: Self.list(row[6])) }
            markers.append(marker)
            let text = Self.scalars(row[0])
            if marker.isPrefix {
                prefixMarkers.insert(text, payload: markers.count - 1)
                addRole(text[0], .prefixMarkerStart)
            } else {
                suffixMarkers.insert(text, payload: markers.count - 1)
                addRole(text[0], .joinStart)
            }
        }
    }

    private mutating func loadUnitPrefixes(_ rows: [[String]]) throws {
        let file = "numbers/unit-prefixes.tsv"
        var index = 0
        for row in rows {
            guard row.count >= 2, let prefix = Self.single(row[0]) else {
                throw TableError(file: file, row: row, problem: "expected numeral and units")
            }
            addRole(prefix, .unitPrefix)
            for unit in Self.list(row[1]) {
                unitPrefixes.insert([prefix] + Self.scalars(unit), payload: index)
                index += 1
            }
        }
    }

    private mutating func loadNotNumbers(_ rows: [[String]]) throws {
        let file = "numbers/not-numbers.tsv"
        var offsets: [UInt32: Set<Int>] = [:]
        for row in rows {
            guard let word = row.first, !word.isEmpty else {
                throw TableError(file: file, row: row, problem: "empty word")
            }
            let text = Self.scalars(word)
            exclusions.append(Exclusion(unless: Self.trie(of: row.count > 1 ? Self.list(row[1]) : [])))
            notNumbers.insert(text, payload: exclusions.count - 1)
            for (offset, scalar) in text.enumerated() where has(scalar, Role.start.union(.numeral)) {
                offsets[scalar.value, default: []].insert(offset)
                addRole(scalar, .notNumberPart)
            }
        }
        notNumberOffsets = offsets.mapValues { $0.sorted() }
    }

    private static func single(_ text: String) -> Unicode.Scalar? {
        let scalars = text.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }
}
