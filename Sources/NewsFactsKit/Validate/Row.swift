/// A row read back from an output file: its values (nil when the row is broken, already reported) and
/// where it is.
struct Row {
    /// The values in schema order, or nil.
    var values: [FieldValue]?
    /// The 1-based line it starts on.
    var line: Int
}
