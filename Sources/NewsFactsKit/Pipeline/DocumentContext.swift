/// Everything known about one document as it moves through the pipeline.
///
/// Each stage reads what earlier stages provided and adds its own part; the context is a value, so
/// documents never share state and can be processed on any thread.
public struct DocumentContext: Sendable {
    /// The file as read.
    public var input: InputDocument
    /// Lower-case hex SHA-256 of the bytes (set by decode).
    public var sha256: String?
    /// The detected encoding (set by decode).
    public var encoding: String?
    /// The decoded original text; record offsets index into it (set by decode).
    public var source = SourceText([])
    /// The text used for matching, mapped back to `source` (set by normalize).
    public var text = NormalizedText()
    /// The articles on the page (set by segment).
    public var articles: [Article] = []
    /// The sentences, in order (set by segment).
    public var sentences: [Sentence] = []
    /// Numbers found in the text (set by extract).
    public var numbers: [NumberMention] = []
    /// Entity mentions found in the text, normalized offsets (set by extract).
    public var entityMentions: [EntityMention] = []
    /// The document's own date from its masthead or dateline (set by extract).
    public var documentDate: PartialDate?
    /// Resolved facts (set by resolve; filtered by validate).
    public var facts: [FactRecord] = []
    /// Resolved entities (set by resolve; filtered by validate).
    public var entities: [EntityRecord] = []
    /// Records that failed validation, with reasons.
    public var rejects: [RejectRecord] = []
    /// Problems found on the way.
    public var diagnostics: [Diagnostic] = []
    /// What became of the document; `.error` or `.empty` stops the pipeline.
    public var status: DocumentRecord.Status = .ok

    /// Starts a context for an input file.
    public init(input: InputDocument) {
        self.input = input
    }

    /// Records a diagnostic.
    public mutating func report(_ stage: StageName, _ severity: Diagnostic.Severity, _ code: String,
                                _ message: String, offset: Int? = nil) {
        diagnostics.append(Diagnostic(stage: stage, severity: severity, code: code, message: message, offset: offset))
    }

    /// The index of the sentence holding a normalized offset.
    ///
    /// - Complexity: O(log n) in the number of sentences.
    public func sentenceIndex(containing offset: Int) -> Int? {
        sentences.index(containing: offset)
    }

    /// The index of the article holding a normalized offset (the last article starting at or before it).
    ///
    /// - Complexity: O(log n) in the number of articles (a page of many short articles has many entities).
    public func articleIndex(containing offset: Int) -> Int {
        var lo = 0
        var hi = articles.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if articles[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? articles[lo - 1].index : 0
    }

    /// The summary line of this document for `documents.jsonl`.
    public var documentRecord: DocumentRecord {
        let problems = diagnostics.filter { $0.severity >= .warning }
        let message: String? = problems.isEmpty ? nil : problems.map(\.message).joined(separator: "; ")
        return DocumentRecord(
            // A file never read (walker problem, open or read failure) has no size rather than 0 bytes.
            doc: input.doc, path: input.path, bytes: sha256 == nil ? nil : input.bytes.count, sha256: sha256, encoding: encoding,
            characters: status == .error && source.count == 0 ? nil : source.count, articles: articles.count,
            facts: facts.count, entities: entities.count, rejects: rejects.count,
            date: documentDate?.iso, status: status, message: message)
    }
}
