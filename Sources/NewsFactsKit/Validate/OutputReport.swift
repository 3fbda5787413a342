/// What `newsfacts validate` found in an output folder: every problem with its file, line, record and
/// field, and the records checked per table.
public struct OutputReport: Sendable {
    /// One problem, located as precisely as the format allows.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The file's name within the folder.
        public var file: String
        /// The 1-based line (JSONL line, CSV record start, XML element), if known.
        public var line: Int?
        /// The record's key (`id` of facts and entities, `doc` of documents), if known.
        public var record: String?
        /// The field concerned, if one is.
        public var field: String?
        /// A sentence for a person.
        public var message: String

        /// `facts.csv:3: record "a.txt#5-7": value: …`.
        public var description: String {
            var out = file
            if let line { out += ":\(line)" }
            out += ":"
            if let record { out += " record \(RecordRules.quoted(record)):" }
            if let field { out += " \(field):" }
            return out + " " + message
        }
    }

    /// The folder checked.
    public var directory: String
    /// The problems, at most `limit` per file.
    public var problems: [Problem] = []
    /// Problems found beyond the limit, per file.
    public var unreported: [String: Int] = [:]
    /// The files checked, in order.
    public var files: [String] = []
    /// Records checked per table (in its reference file).
    public var records: [String: Int] = [:]
    /// Things checked partly or not at all, for a person's information.
    public var notes: [String] = []
    /// Problems kept per file before the rest are only counted.
    public var limit = 50
    private var kept: [String: Int] = [:]

    /// Creates an empty report for a folder.
    public init(directory: String) {
        self.directory = directory
    }

    /// Whether every check held.
    public var isValid: Bool { problems.isEmpty && unreported.isEmpty }

    /// Adds a problem (counted only, once `limit` problems of its file are kept).
    public mutating func add(_ problem: Problem) {
        if kept[problem.file, default: 0] >= limit {
            unreported[problem.file, default: 0] += 1
        } else {
            kept[problem.file, default: 0] += 1
            problems.append(problem)
        }
    }

    /// Adds a problem.
    public mutating func add(_ file: String, line: Int? = nil, record: String? = nil, field: String? = nil, _ message: String) {
        add(Problem(file: file, line: line, record: record, field: field, message: message))
    }

    /// The report as lines of text: every problem, then a verdict.
    public var text: String {
        var lines = problems.map(\.description)
        for (file, count) in unreported.sorted(by: { $0.key < $1.key }) {
            lines.append("\(file): … and \(count) more problems")
        }
        lines += notes.map { "note: " + $0 }
        let tables = ["documents", "facts", "entities", "rejects"].compactMap { name in records[name].map { "\($0) \(name)" } }
        let counted = tables.joined(separator: ", ")
        if isValid {
            lines.append("valid: \(directory): \(counted) in \(files.joined(separator: ", "))")
        } else {
            let total = problems.count + unreported.values.reduce(0, +)
            lines.append("INVALID: \(directory): \(total) problem\(total == 1 ? "" : "s") (\(counted))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
