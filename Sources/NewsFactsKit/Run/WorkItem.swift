/// A piece of work for the pipeline workers: a whole document or one window of a large one.
enum WorkItem: Sendable {
    /// A whole file: its bytes, or why they could not be read.
    case document(sequence: Int, attempt: UInt64, file: InputFile, bytes: Result<[UInt8], ReadFailure>)
    /// One window of a file read in windows.
    case window(sequence: Int, TextWindow)

    /// The item's place in the output order.
    var sequence: Int {
        switch self {
        case .document(let sequence, _, _, _), .window(let sequence, _): sequence
        }
    }
}
