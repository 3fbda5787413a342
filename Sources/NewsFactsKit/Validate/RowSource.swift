/// A file of one table, read row by row in order; problems of the file itself go to the report.
protocol RowSource: AnyObject {
    /// The file's name within the output folder.
    var file: String { get }
    /// The next row, or nil after the last.
    func next(_ report: inout OutputReport) -> Row?
}
