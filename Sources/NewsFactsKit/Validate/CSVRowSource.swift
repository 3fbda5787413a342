/// Reads `<table>.csv` or `<table>.excel.csv` back: the header must be the schema's columns, every
/// row must have as many fields, cells must be values of their columns, and the layout must be the
/// dialect's (BOM or not; in the Excel variant every formula trigger neutralized, the `'` removed).
final class CSVRowSource: RowSource {
    let file: String
    private let schema: TableSchema
    private let dialect: CSVDialect
    private let reader: CSVReader?
    private var failed = false
    private var headerChecked = false
    private let quiet: Bool

    /// Opens a file; with `quiet`, problems are not reported.
    init(directory: String, schema: TableSchema, dialect: CSVDialect, quiet: Bool = false, report: inout OutputReport) {
        file = schema.name + dialect.fileSuffix
        self.schema = schema
        self.dialect = dialect
        self.quiet = quiet
        do {
            reader = try CSVReader(path: directory + "/" + file)
        } catch {
            reader = nil
            failed = true
            if !quiet { report.add(file, line: 1, "\(error)") }
        }
    }

    func next(_ report: inout OutputReport) -> Row? {
        guard let reader, !failed else { return nil }
        do {
            if !headerChecked {
                headerChecked = true
                if reader.hadByteOrderMark != dialect.byteOrderMark {
                    problem(&report, 1, nil, dialect.byteOrderMark ? "the file lacks the UTF-8 byte-order mark" : "the file starts with a byte-order mark")
                }
                guard let header = try reader.next() else {
                    problem(&report, 1, nil, "the file is empty; it must at least have the header row")
                    failed = true
                    return nil
                }
                let names = header.fields.map(\.text)
                if names != schema.columns.map(\.name) {
                    problem(&report, 1, nil, "the header is \(names.joined(separator: ",")), not \(schema.columns.map(\.name).joined(separator: ","))")
                    failed = true
                    return nil
                }
            }
            guard let record = try reader.next() else { return nil }
            return Row(values: values(record, &report), line: record.line)
        } catch let failure as CSVReader.Failure {
            problem(&report, failure.line, nil, "\(failure.message); reading stopped")
            failed = true
            return nil
        } catch {
            problem(&report, nil, nil, "\(error); reading stopped")
            failed = true
            return nil
        }
    }

    private func values(_ record: CSVReader.Record, _ report: inout OutputReport) -> [FieldValue]? {
        guard record.fields.count == schema.columns.count else {
            problem(&report, record.line, nil, "has \(record.fields.count) fields, not \(schema.columns.count)")
            return nil
        }
        var values: [FieldValue] = []
        values.reserveCapacity(record.fields.count)
        var broken = false
        let key = schema.key.flatMap { schema.index(of: $0) }.map { record.fields[$0].text }
        for (column, field) in zip(schema.columns, record.fields) {
            if !field.quoted, field.text.isEmpty {
                values.append(.null)
                continue
            }
            var text = field.text
            if column.type == .string {
                if dialect.neutralizesFormulas { text = unneutralized(text, column, record.line, key, &report) }
                values.append(.string(text))
                continue
            }
            if field.quoted {
                problem(&report, record.line, key, "\(column.name): a \(column.type.rawValue) is quoted")
            }
            do {
                values.append(try FieldValue(text: text, column: column))
            } catch {
                problem(&report, record.line, key, "\(column.name): \(error)")
                broken = true
            }
        }
        return broken ? nil : values
    }

    /// The value behind a text cell of the Excel variant: one leading `'` removed, which must be there
    /// exactly when the value begins with a formula trigger or `'`.
    private func unneutralized(_ text: String, _ column: TableSchema.Column, _ line: Int, _ key: String?,
                               _ report: inout OutputReport) -> String {
        guard let first = text.utf8.first else { return text }
        if first == 0x27 {
            let rest = String(text.dropFirst())
            if let next = rest.utf8.first, CSVDialect.formulaTriggers.contains(next) { return rest }
            problem(&report, line, key, "\(column.name): a leading ' on a cell that needs none")
            return rest
        }
        if CSVDialect.formulaTriggers.contains(first) {
            problem(&report, line, key, "\(column.name): a cell beginning with \(RecordRules.quoted(String(text.prefix(1)))) is not neutralized")
        }
        return text
    }

    private func problem(_ report: inout OutputReport, _ line: Int?, _ record: String?, _ message: String) {
        guard !quiet else { return }
        report.add(file, line: line, record: record, message)
    }
}
