/// The articles and sentences the entity passes work with, in normalized offsets.
///
/// Uses the segmenter's output when there is one; until the segment stage fills `context.sentences`,
/// falls back to one article for the whole text and sentences split at terminal punctuation and line
/// breaks. (Drop the fallback once segmentation always runs before extraction.)
public struct TextLayout: Sendable {
    /// Article extents, in order.
    public var articles: [Range<Int>]
    /// Sentence extents, in order, with their article index.
    public var sentences: [Sentence]

    /// The layout of a document context.
    public init(_ context: DocumentContext) {
        let count = context.text.count
        articles = context.articles.isEmpty ? [0..<count] : context.articles.map(\.range)
        sentences = context.sentences.isEmpty ? Self.split(context.text.scalars) : context.sentences
    }

    /// Sentences split after 。！？!?； and at line breaks (one article).
    static func split(_ s: [Unicode.Scalar]) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        for i in s.indices {
            let c = s[i]
            let terminal = c == "。" || c == "！" || c == "？" || c == "!" || c == "?" || c == "；" || EntityScalars.isNewline(c)
            if terminal {
                if i + 1 > start { result.append(Sentence(range: start..<(i + 1), article: 0)) }
                start = i + 1
            }
        }
        if start < s.count { result.append(Sentence(range: start..<s.count, article: 0)) }
        return result
    }

    /// The index of the article holding `offset` (the last one starting at or before it).
    ///
    /// - Complexity: O(log n).
    public func article(containing offset: Int) -> Int {
        var lo = 0
        var hi = articles.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if articles[mid].lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    /// The index of the sentence holding `offset`.
    ///
    /// - Complexity: O(log n).
    public func sentence(containing offset: Int) -> Int? {
        sentences.index(containing: offset)
    }
}
