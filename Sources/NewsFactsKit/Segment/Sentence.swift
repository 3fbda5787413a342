/// One sentence (or headline line) in normalized offsets, with the article it belongs to.
public struct Sentence: Sendable, Hashable {
    /// The sentence's extent, terminal punctuation included.
    public var range: Range<Int>
    /// The index of its article.
    public var article: Int

    /// Creates a sentence.
    public init(range: Range<Int>, article: Int) {
        self.range = range
        self.article = article
    }
}
