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
        for (column, value) in zip(schema.columns, values) {
            let name = column.name
            switch value {
            case .null:
                if !column.nullable { problems.append(.init(.fieldNull, field: name, "is null but required")) }
            case .string(let s):
                guard column.type == .string else {
                    problems.append(.init(.fieldType, field: name, "is text (\(Self.quoted(s))), not \(column.type.rawValue)"))
                    continue
                }
                if s.isEmpty {
                    problems.append(.init(.fieldEmpty, field: name,
                                          column.nullable ? "is an empty string; an absent value is null" : "is empty"))
                    continue
                }
                if s.utf8.contains(0) {
                    problems.append(.init(.fieldNUL, field: name, "holds U+0000"))
                }
                if let allowed = column.allowed, !allowed.contains(s) {
                    problems.append(.init(.fieldEnum, field: name,
                                          "\(Self.quoted(s)) is not one of \(allowed.joined(separator: ", "))"))
                }
                if let pattern = column.pattern, !pattern.matches(s) {
                    problems.append(.init(.fieldPattern, field: name, "\(Self.quoted(s)) is not \(pattern.summary)"))
                }
            case .integer(let i):
                guard column.type == .integer || column.type == .number else {
                    problems.append(.init(.fieldType, field: name, "is an integer, not \(column.type.rawValue)"))
                    continue
                }
                if let minimum = column.minimum, i < minimum {
                    problems.append(.init(.fieldMinimum, field: name, "is \(i), below \(minimum)"))
                }
            case .number(let n):
                guard column.type == .number else {
                    problems.append(.init(.fieldType, field: name, "is a decimal number, not \(column.type.rawValue)"))
                    continue
                }
                if n.double.isNaN || Self.nonFiniteSpellings.contains(n.decimal.lowercased()) {
                    problems.append(.init(.numberNonFinite, field: name, "is \(n.decimal)"))
                } else if !ValuePattern.decimal.matches(n.decimal) {
                    problems.append(.init(.numberMalformed, field: name, "\(Self.quoted(n.decimal)) is not canonical decimal text"))
                }
            case .bool:
                if column.type != .boolean {
                    problems.append(.init(.fieldType, field: name, "is a boolean, not \(column.type.rawValue)"))
                }
            }
        }
        return problems
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
