/// Resolve pass that ties every fact to where and when (issue 5): `place` is the nearest place in the
/// fact's sentence, else the place its article is about, else the document's; `date` is the period
/// named in its sentence, else its article's date, else the document date. `placeSource` and
/// `dateSource` say which (`sentence`, `article`, `document`).
///
/// Runs after the fact resolver and `EntityResolver` (it reads `context.facts` and `context.entities`).
public struct AttributionResolver: DocumentStage {
    /// Attribution belongs to the resolve stage.
    public let stage = StageName.resolve

    /// Creates the resolver.
    public init() {}

    /// A place or date entity in normalized offsets.
    struct Anchor {
        var start: Int
        var value: String
    }

    /// Sets `place`, `placeSource`, `date` and `dateSource` on every fact.
    public func run(_ context: inout DocumentContext) {
        guard !context.facts.isEmpty else { return }
        let layout = TextLayout(context)
        var places: [Anchor] = []
        var dates: [Anchor] = []
        for e in context.entities {
            guard let value = e.normalized else { continue }
            let anchor = Anchor(start: context.text.normalizedIndex(atOrAfter: e.start), value: value)
            switch e.type {
            case .place: places.append(anchor)
            case .date: dates.append(anchor)
            case .person, .organization: continue
            }
        }
        let documentPlace = Self.documentPlace(places, context: context)
        let documentDate = context.documentDate?.iso
        // An article's place is the same for all its facts: found once per article.
        var articlePlaces: [Int: String?] = [:]
        func articlePlace(_ index: Int, _ article: Range<Int>) -> String? {
            if let known = articlePlaces[index] { return known }
            let place = Self.articlePlace(places, article: article, context: context)
            articlePlaces[index] = .some(place)
            return place
        }
        for i in context.facts.indices {
            let offset = context.text.normalizedIndex(atOrAfter: context.facts[i].start)
            let sentence = layout.sentence(containing: offset).map { layout.sentences[$0].range }
            let articleIndex = layout.article(containing: offset)
            let article = layout.articles[articleIndex]
            if let s = sentence, let p = Self.nearest(in: places, within: s, to: offset) {
                (context.facts[i].place, context.facts[i].placeSource) = (p, .sentence)
            } else if let p = articlePlace(articleIndex, article) {
                (context.facts[i].place, context.facts[i].placeSource) = (p, .article)
            } else if let p = documentPlace {
                (context.facts[i].place, context.facts[i].placeSource) = (p, .document)
            }
            if let s = sentence, let d = Self.nearest(in: dates, within: s, to: offset) {
                (context.facts[i].date, context.facts[i].dateSource) = (d, .sentence)
            } else if let d = dates.first(where: { article.contains($0.start) })?.value {
                (context.facts[i].date, context.facts[i].dateSource) = (d, .article)
            } else if let d = documentDate {
                (context.facts[i].date, context.facts[i].dateSource) = (d, .document)
            }
        }
    }

    /// The anchor in `range` nearest before `offset`, else the first after it.
    static func nearest(in anchors: [Anchor], within range: Range<Int>, to offset: Int) -> String? {
        // One pass, no filtered copy: this runs for every fact.
        var first: String?
        var before: String?
        for anchor in anchors where range.contains(anchor.start) {
            if first == nil { first = anchor.value }
            if anchor.start <= offset { before = anchor.value }
        }
        return before ?? first
    }

    /// The place an article is about: the one in its headline or byline, else the one it names most
    /// (the first of equals).
    static func articlePlace(_ places: [Anchor], article: Range<Int>, context: DocumentContext) -> String? {
        let inside = places.filter { article.contains($0.start) }
        guard !inside.isEmpty else { return nil }
        if let a = context.articles.first(where: { $0.range == article }) {
            for part in [a.byline, a.headline].compactMap({ $0 }) {
                if let p = inside.first(where: { part.contains($0.start) }) { return p.value }
            }
        }
        return mostFrequent(inside)
    }

    /// The document's place: the first dateline's, else the one the whole page names most.
    static func documentPlace(_ places: [Anchor], context: DocumentContext) -> String? {
        for a in context.articles {
            if let b = a.byline, let p = places.first(where: { b.contains($0.start) }) { return p.value }
        }
        return mostFrequent(places)
    }

    static func mostFrequent(_ anchors: [Anchor]) -> String? {
        var counts: [String: Int] = [:]
        for a in anchors { counts[a.value, default: 0] += 1 }
        var best: (value: String, count: Int)?
        for a in anchors {
            let c = counts[a.value] ?? 0
            if best == nil || c > (best?.count ?? 0) { best = (a.value, c) }
        }
        return best?.value
    }
}
