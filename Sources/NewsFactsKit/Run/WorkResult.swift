/// What the workers (and, for documents taken from the journal, the feeder) hand to the collector,
/// which takes them in sequence order.
enum WorkResult: Sendable {
    /// A whole document, processed: its records and its journal chunk.
    case document(DocumentOutput)
    /// One window of a file read in windows, processed.
    case window(WindowOutput)
    /// A document finished by an earlier run: its records are copied from the journal.
    case replay(file: InputFile, extent: JournalExtent, bytes: Int)
}
