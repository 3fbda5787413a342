/// Reads `<table>.jsonl` back: every line strict JSON (see `JSONParser`), valid against the table's
/// JSON Schema, keys in schema order, LF line ends, no BOM, integers beyond ±2^53 only as strings.
final class JSONLRowSource: RowSource {
    let file: String
    private let schema: TableSchema
    private let validator: JSONSchemaValidator
    private let input: FileBytes
    private var line = 0
    private let quiet: Bool

    /// Opens a file; with `quiet`, problems are not reported (a second pass over a checked file).
    init(directory: String, schema: TableSchema, validator: JSONSchemaValidator, quiet: Bool = false) throws {
        file = schema.name + ".jsonl"
        self.schema = schema
        self.validator = validator
        self.quiet = quiet
        input = try FileBytes(path: directory + "/" + file)
    }

    func next(_ report: inout OutputReport) -> Row? {
        let read: (bytes: [UInt8], terminated: Bool)?
        do {
            read = try input.line()
        } catch {
            problem(&report, nil, "\(error)")
            return nil
        }
        guard let read else { return nil }
        var bytes = read.bytes
        let terminated = read.terminated
        line += 1
        if !terminated { problem(&report, nil, "the last line does not end with LF") }
        if bytes.last == 0x0D {
            problem(&report, nil, "the line ends with CRLF; JSON Lines ends lines with LF alone")
            bytes.removeLast()
        }
        if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            problem(&report, nil, "the file starts with a byte-order mark")
            bytes.removeFirst(3)
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            problem(&report, nil, "not JSON: \(error)")
            return Row(values: nil, line: line)
        }
        guard case .object(let members) = json else {
            problem(&report, nil, "not a JSON object")
            return Row(values: nil, line: line)
        }
        let key = schema.key.flatMap { name in members.first { $0.0 == name }.flatMap { if case .string(let s) = $0.1 { s } else { nil } } }
        let violations = validator.validate(json)
        for violation in violations {
            problem(&report, key, field: violation.path.isEmpty ? nil : violation.path, violation.message + " (JSON Schema)")
        }
        guard violations.isEmpty else { return Row(values: nil, line: line) }
        let inOrder = members.count == schema.columns.count && zip(members, schema.columns).allSatisfy { $0.0 == $1.name }
        if !inOrder {
            problem(&report, key, "keys are not in schema order (\(schema.columns.map(\.name).joined(separator: ", ")))")
        }
        var values: [FieldValue] = []
        values.reserveCapacity(schema.columns.count)
        for (index, column) in schema.columns.enumerated() {
            let found = inOrder ? members[index].1 : members.first(where: { $0.0 == column.name })?.1
            guard let member = found else { return Row(values: nil, line: line) }
            switch member {
            case .null: values.append(.null)
            case .bool(let b): values.append(.bool(b))
            case .string(let s):
                if column.type == .number {
                    values.append(.number(ExactNumber(double: Double(s) ?? (s.hasPrefix("-") ? -.infinity : .infinity), decimal: s)))
                } else {
                    values.append(.string(s))
                }
            case .integer(let i):
                values.append(column.type == .number ? .number(ExactNumber(double: Double(i), decimal: String(i))) : .integer(i))
                if column.type == .number, i.magnitude > 9_007_199_254_740_992 {
                    problem(&report, key, field: column.name, "\(i) is beyond ±2^53 and must be written as a string")
                }
            case .number(let n):
                values.append(.number(n))
                if !n.decimal.contains("."), !n.isSafeDouble {
                    problem(&report, key, field: column.name, "\(FieldValue.number(n).reportText) is beyond ±2^53 and must be written as a string")
                }
            case .array, .object:
                return Row(values: nil, line: line)
            }
        }
        return Row(values: values, line: line)
    }

    private func problem(_ report: inout OutputReport, _ record: String?, field: String? = nil, _ message: String) {
        guard !quiet else { return }
        report.add(file, line: line == 0 ? nil : line, record: record, field: field, message)
    }
}
