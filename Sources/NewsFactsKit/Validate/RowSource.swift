/// A row read back from an output file: its values (nil when the row is broken, already reported) and
/// where it is.
struct Row {
    /// The values in schema order, or nil.
    var values: [FieldValue]?
    /// The 1-based line it starts on.
    var line: Int
}

/// A file of one table, read row by row in order; problems of the file itself go to the report.
protocol RowSource: AnyObject {
    /// The file's name within the output folder.
    var file: String { get }
    /// The next row, or nil after the last.
    func next(_ report: inout OutputReport) -> Row?
}

extension TableSchema {
    /// A row's key for reports: the key column's value, else its `doc`.
    func recordKey(_ values: [FieldValue]?) -> String? {
        guard let values else { return nil }
        let column = key ?? "doc"
        guard let index = index(of: column), index < values.count else { return nil }
        return values[index].stringValue
    }
}
