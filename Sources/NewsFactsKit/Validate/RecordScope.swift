/// What is known about the document a record came from, for the checks that need it.
///
/// In the pipeline everything is known; when records are read back from files only what
/// `documents.jsonl` says is (the text itself only if the source file is found unchanged).
public struct RecordScope: Sendable {
    /// The document's key, which every record's `doc` must equal.
    public var doc: String?
    /// The length of the original text in code points.
    public var characters: Int?
    /// The original text, for `text[start:end] == mention`.
    public var source: SourceText?
    /// The number of articles on the page.
    public var articles: Int?

    /// Creates a scope; unknown parts are not checked.
    public init(doc: String? = nil, characters: Int? = nil, source: SourceText? = nil, articles: Int? = nil) {
        self.doc = doc
        self.characters = characters ?? source?.count
        self.source = source
        self.articles = articles
    }
}
