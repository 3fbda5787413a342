/// The records of one window, in the window's own offsets and article numbers, and what the
/// collector needs to put the document record together.
struct WindowOutput: Sendable {
    /// The window (its text dropped).
    var window: TextWindow
    /// Facts, entities and rejects, offsets relative to the window.
    var rows: [TableRow]
    /// Code points in the window.
    var characters: Int
    /// Articles found in the window.
    var articles: Int
    /// The window's counts of facts, entities and rejects (by table).
    var summary: RunSummary
    /// The document date found in the window.
    var date: String?
    /// Warnings of the window's stages.
    var warnings: [String]
}
