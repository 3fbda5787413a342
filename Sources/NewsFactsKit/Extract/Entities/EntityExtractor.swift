/// Extract pass for entities: finds the document's own date, then dates, places, organizations and
/// persons in the normalized text, and leaves them in `context.entityMentions` (normalized offsets;
/// overlaps are settled by `EntityResolver`).
///
/// Order matters: dates first (the document date resolves partial and relative dates), places before
/// organizations (a place starts an organization's name: `山东种业集团`), and both before persons (a
/// name never starts inside a place or an organization).
public struct EntityExtractor: DocumentStage {
    /// Entity extraction belongs to the extract stage.
    public let stage = StageName.extract
    /// The tables, loaded once.
    public let lexicon: EntityLexicon

    /// Creates the extractor with the standard lexicon (loaded once per process).
    public init() throws {
        lexicon = try EntityLexicon.standard()
    }

    /// Creates the extractor with a given lexicon.
    public init(lexicon: EntityLexicon) {
        self.lexicon = lexicon
    }

    /// Fills `context.entityMentions` and `context.documentDate`.
    public func run(_ context: inout DocumentContext) {
        let s = context.text.scalars
        guard !s.isEmpty else { return }
        let layout = TextLayout(context)

        let expressions = DateRecognizer(lexicon: lexicon).expressions(in: s)
        if let found = DocumentDateFinder(lexicon: lexicon).find(in: s, expressions: expressions) {
            context.documentDate = found.date
            if found.yearInferred {
                context.report(.extract, .note, "entities.year-inferred",
                               "no dated masthead or dateline; year \(found.date.year.map(String.init) ?? "?") taken from the reporting periods the page states")
            }
        }
        var mentions = dateMentions(expressions, document: context.documentDate, layout: layout)
        let places = PlaceRecognizer(lexicon: lexicon).mentions(in: s, layout: layout)
        let organizations = OrganizationRecognizer(lexicon: lexicon).mentions(in: s, places: places)
        let text = context.text
        let source = context.source
        let persons = PersonRecognizer(lexicon: lexicon).mentions(
            in: s, taken: places.map(\.range) + organizations.map(\.range),
            quote: { source.string(text.originalRange($0)) })
        mentions += places
        mentions += organizations
        mentions += persons
        context.entityMentions = mentions.sorted { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
    }

    /// Date mentions with their ISO form; a bare day (`11日`) takes the month of the nearest preceding
    /// date in its article.
    func dateMentions(_ expressions: [DateExpression], document: PartialDate?, layout: TextLayout) -> [EntityMention] {
        var result: [EntityMention] = []
        var lastMonth: (article: Int, month: Int)?
        var lastPeriod: (article: Int, months: ClosedRange<Int>)?
        for var e in expressions {
            let article = layout.article(containing: e.range.lowerBound)
            let contextMonth = lastMonth?.article == article ? lastMonth?.month : nil
            if e.isSamePeriod, e.month == nil, let p = lastPeriod, p.article == article {
                e.month = p.months.lowerBound
                e.endMonth = p.months.upperBound
            }
            result.append(EntityMention(range: e.range, type: .date, normalized: e.iso(document: document, contextMonth: contextMonth)))
            if let m = e.endMonth ?? e.month, !e.isRelative { lastMonth = (article, m) }
            if let a = e.month, let b = e.endMonth, a < b, e.day == nil { lastPeriod = (article, a...b) }
        }
        return result
    }
}
