/// One article on a page: its extent, its headline and byline, in normalized offsets.
public struct Article: Sendable, Hashable {
    /// 0-based position on the page.
    public var index: Int
    /// The whole article, headline included.
    public var range: Range<Int>
    /// The headline, if one was recognized.
    public var headline: Range<Int>?
    /// The byline or dateline (`本报讯（记者 …）`, `新华社北京4月11日电`), if any.
    public var byline: Range<Int>?

    /// Creates an article.
    public init(index: Int, range: Range<Int>, headline: Range<Int>? = nil, byline: Range<Int>? = nil) {
        self.index = index
        self.range = range
        self.headline = headline
        self.byline = byline
    }
}
