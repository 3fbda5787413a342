#if canImport(Glibc)
import Glibc
#endif

/// The rules every output record must satisfy, shared by the validate stage (records in memory, with
/// the original text) and `newsfacts validate` (records read back from files).
///
/// `checkFields` holds a row to its table's schema (types, nulls, allowed values, patterns, minimums,
/// finite canonical numbers, no empty strings, no U+0000); the typed checks in `RecordRules+Fact.swift`
/// and its siblings add what the schema cannot say (spans, ids, ranges, normalization). Each check
/// returns every problem it finds, in column order, so a reject explains itself completely.
public struct RecordRules: Sendable {
    /// The canonical units per fact kind.
    public let units: NormalizedUnits

    /// Loads the resource tables.
    public init() throws {
        self.units = try NormalizedUnits()
    }

    /// Rules over a given unit table (tests).
    public init(units: NormalizedUnits) {
        self.units = units
    }

    /// Checks a row against its table's schema.
    public func checkFields(_ values: [FieldValue], schema: TableSchema) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        guard values.count == schema.columns.count else {
            return [RecordProblem(.fieldType, "the record has \(values.count) fields; \(schema.name) has \(schema.columns.count)")]
        }
        // Through buffers: a column is read in place, not copied (with its strings and lists) per value.
        schema.columns.withUnsafeBufferPointer { columns in
            values.withUnsafeBufferPointer { values in
                for i in 0..<columns.count {
                    checkField(values[i], columns, i, into: &problems)
                }
            }
        }
        return problems
    }

    private func checkField(_ value: FieldValue, _ columns: UnsafeBufferPointer<TableSchema.Column>, _ i: Int,
                            into problems: inout [RecordProblem]) {
        let type = columns[i].type
        switch value {
        case .null:
            if !columns[i].nullable { problems.append(.init(.fieldNull, field: columns[i].name, "is null but required")) }
        case .string(let s):
            guard type == .string else {
                problems.append(.init(.fieldType, field: columns[i].name, "is text (\(Self.quoted(s))), not \(type.rawValue)"))
                return
            }
            if s.isEmpty {
                problems.append(.init(.fieldEmpty, field: columns[i].name,
                                      columns[i].nullable ? "is an empty string; an absent value is null" : "is empty"))
                return
            }
            if Self.holdsNUL(s) {
                problems.append(.init(.fieldNUL, field: columns[i].name, "holds U+0000"))
            }
            if let allowed = columns[i].allowed, !allowed.contains(s) {
                problems.append(.init(.fieldEnum, field: columns[i].name,
                                      "\(Self.quoted(s)) is not one of \(allowed.joined(separator: ", "))"))
            }
            if let pattern = columns[i].pattern, !pattern.matches(s) {
                problems.append(.init(.fieldPattern, field: columns[i].name, "\(Self.quoted(s)) is not \(pattern.summary)"))
            }
        case .integer(let n):
            guard type == .integer || type == .number else {
                problems.append(.init(.fieldType, field: columns[i].name, "is an integer, not \(type.rawValue)"))
                return
            }
            if let minimum = columns[i].minimum, n < minimum {
                problems.append(.init(.fieldMinimum, field: columns[i].name, "is \(n), below \(minimum)"))
            }
        case .number(let n):
            guard type == .number else {
                problems.append(.init(.fieldType, field: columns[i].name, "is a decimal number, not \(type.rawValue)"))
                return
            }
            // Canonical decimal text is digits, so it is never one of the non-finite spellings:
            // testing it first spares the lower-cased copy on the usual path.
            if n.double.isNaN {
                problems.append(.init(.numberNonFinite, field: columns[i].name, "is \(n.decimal)"))
            } else if ValuePattern.decimal.matches(n.decimal) {
                return
            } else if Self.nonFiniteSpellings.contains(n.decimal.lowercased()) {
                problems.append(.init(.numberNonFinite, field: columns[i].name, "is \(n.decimal)"))
            } else {
                problems.append(.init(.numberMalformed, field: columns[i].name, "\(Self.quoted(n.decimal)) is not canonical decimal text"))
            }
        case .bool:
            if type != .boolean {
                problems.append(.init(.fieldType, field: columns[i].name, "is a boolean, not \(type.rawValue)"))
            }
        }
    }

    /// Whether the UTF-8 of `s` holds a zero byte (U+0000), by `memchr`.
    static func holdsNUL(_ s: String) -> Bool {
        var text = s
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
    }

    /// Whether `id` is `doc#start-end`, or `doc#infix:start-end` with an infix, compared on the UTF-8
    /// without building the expected string (callers build it, and compare as strings, only when this
    /// says no).
    static func isID(_ id: String, doc: String, infix: String? = nil, start: Int, end: Int) -> Bool {
        var id = id
        var doc = doc
        let hasInfix = infix != nil
        var infix = infix ?? ""
        return id.withUTF8 { bytes in
            doc.withUTF8 { docBytes in
                infix.withUTF8 { infixBytes in
                    var p = 0
                    func take(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
                        guard bytes.count - p >= text.count else { return false }
                        for k in 0..<text.count where bytes[p + k] != text[k] { return false }
                        p += text.count
                        return true
                    }
                    func take(_ byte: UInt8) -> Bool {
                        guard p < bytes.count, bytes[p] == byte else { return false }
                        p += 1
                        return true
                    }
                    // The digits of `n` as `String(n)` spells them: `-` when negative, no leading zeros.
                    func takeNumber(_ n: Int) -> Bool {
                        if n < 0, !take(0x2D) { return false }
                        let first = p
                        var value: UInt64 = 0
                        while p < bytes.count, p - first < 20, (0x30...0x39).contains(bytes[p]) {
                            value = value &* 10 &+ UInt64(bytes[p] - 0x30)
                            p += 1
                        }
                        let count = p - first
                        guard count > 0, count <= 19, bytes[first] != 0x30 || count == 1 else { return false }
                        return value == n.magnitude
                    }
                    guard take(docBytes), take(0x23) else { return false }
                    if hasInfix, !(take(infixBytes) && take(0x3A)) { return false }
                    return takeNumber(start) && take(0x2D) && takeNumber(end) && p == bytes.count
                }
            }
        }
    }

    /// Checks that a record's `doc` is its document's key.
    func checkDoc(_ doc: String, _ scope: RecordScope, into problems: inout [RecordProblem]) {
        if let expected = scope.doc, doc != expected {
            problems.append(.init(.docMismatch, field: "doc", "is \(Self.quoted(doc)), the document is \(Self.quoted(expected))"))
        }
    }

    /// Checks `0 ≤ start < end ≤ characters` and, where the text is known, `text[start:end] == mention`.
    func checkSpan(start: Int, end: Int, mention: String, _ scope: RecordScope, into problems: inout [RecordProblem]) {
        let length = scope.characters
        guard start >= 0, start < end, end <= (length ?? Int.max) else {
            let bound = length.map { " (the text has \($0) code points)" } ?? ""
            problems.append(.init(.spanOutOfRange, field: "end", "start \(start), end \(end) is not a span of the text\(bound)"))
            return
        }
        guard let source = scope.source else { return }
        let scalars = source.scalars
        var index = start
        var same = true
        for scalar in mention.unicodeScalars {
            if index >= end || scalars[index] != scalar { same = false; break }
            index += 1
        }
        if !same || index != end {
            problems.append(.init(.spanMismatch, field: "mention",
                                  "\(Self.quoted(mention)) is not text[\(start):\(end)] = \(Self.quoted(source.string(start..<end)))"))
        }
    }

    /// Checks `article` against the number of articles on the page (a page without articles has index 0).
    func checkArticle(_ article: Int, _ scope: RecordScope, into problems: inout [RecordProblem]) {
        guard let articles = scope.articles, article >= max(articles, 1) else { return }
        problems.append(.init(.articleOutOfRange, field: "article", "is \(article); the page has \(articles) articles"))
    }

    /// Spellings of non-finite values that must never reach a number column.
    private static let nonFiniteSpellings: Set<String> = ["nan", "-nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity"]

    /// A value for a message: quoted, cut at 40 characters, controls shown as escapes.
    static func quoted(_ s: String) -> String {
        var out = "'"
        var count = 0
        for scalar in s.unicodeScalars {
            if count == 40 { out += "…"; break }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out + "'"
    }
}
