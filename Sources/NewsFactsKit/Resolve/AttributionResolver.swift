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
    ///
    /// - Complexity: O((f + e) log e) for f facts and e entities: anchors are sorted once and looked up
    ///   by binary search, and each article's place is found once (a page of thousands of short
    ///   articles or one endless line must not make this quadratic).
    public func run(_ context: inout DocumentContext) {
        guard !context.facts.isEmpty else { return }
        let layout = TextLayout(context)
        var placeList: [Anchor] = []
        var dateList: [Anchor] = []
        for e in context.entities {
            guard let value = e.normalized else { continue }
            let anchor = Anchor(start: context.text.normalizedIndex(atOrAfter: e.start), value: value)
            switch e.type {
            case .place: placeList.append(anchor)
            case .date: dateList.append(anchor)
            case .person, .organization: continue
            }
        }
        let places = Anchors(placeList)
        let dates = Anchors(dateList)
        let documentPlace = Self.documentPlace(places, context: context)
        let documentDate = context.documentDate?.iso
        var articlePlaces: [Int: String?] = [:]
        for i in context.facts.indices {
            let offset = context.text.normalizedIndex(atOrAfter: context.facts[i].start)
            let sentence = layout.sentence(containing: offset).map { layout.sentences[$0].range }
            let articleIndex = layout.article(containing: offset)
            let article = layout.articles[articleIndex]
            let articlePlace: String?
            if let known = articlePlaces[articleIndex] {
                articlePlace = known
            } else {
                articlePlace = Self.articlePlace(places, article: article, index: articleIndex, context: context)
                articlePlaces[articleIndex] = articlePlace
            }
            if let s = sentence, let p = places.nearest(within: s, to: offset) {
                (context.facts[i].place, context.facts[i].placeSource) = (p, .sentence)
            } else if let p = articlePlace {
                (context.facts[i].place, context.facts[i].placeSource) = (p, .article)
            } else if let p = documentPlace {
                (context.facts[i].place, context.facts[i].placeSource) = (p, .document)
            }
            if let s = sentence, let d = dates.nearest(within: s, to: offset) {
                (context.facts[i].date, context.facts[i].dateSource) = (d, .sentence)
            } else if let d = dates.first(within: article) {
                (context.facts[i].date, context.facts[i].dateSource) = (d, .article)
            } else if let d = documentDate {
                (context.facts[i].date, context.facts[i].dateSource) = (d, .document)
            }
        }
    }

    /// Anchors sorted by start (equal starts in entity order), searched by binary search.
    struct Anchors {
        let sorted: [Anchor]

        init(_ anchors: [Anchor]) {
            sorted = anchors.enumerated()
                .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
                .map(\.element)
        }

        /// The index of the first anchor starting at or after `start`.
        func lowerBound(_ start: Int) -> Int {
            var lo = 0
            var hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid].start < start { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        /// The anchors starting in `range`.
        func within(_ range: Range<Int>) -> ArraySlice<Anchor> {
            sorted[lowerBound(range.lowerBound)..<max(lowerBound(range.lowerBound), lowerBound(range.upperBound))]
        }

        /// The anchor in `range` nearest before `offset`, else the first after it.
        func nearest(within range: Range<Int>, to offset: Int) -> String? {
            let inside = within(range)
            if let before = inside.last(where: { $0.start <= offset }) { return before.value }
            return inside.first?.value
        }

        /// The first anchor in `range`.
        func first(within range: Range<Int>) -> String? {
            within(range).first?.value
        }
    }

    /// The place an article is about: the one in its headline or byline, else the one it names most
    /// (the first of equals).
    static func articlePlace(_ places: Anchors, article: Range<Int>, index: Int, context: DocumentContext) -> String? {
        let inside = places.within(article)
        guard !inside.isEmpty else { return nil }
        let record = context.articles.indices.contains(index) && context.articles[index].range == article
            ? context.articles[index] : context.articles.first { $0.range == article }
        if let a = record {
            for part in [a.byline, a.headline].compactMap({ $0 }) {
                if let p = places.first(within: part) { return p }
            }
        }
        return mostFrequent(inside)
    }

    /// The document's place: the first dateline's, else the one the whole page names most.
    static func documentPlace(_ places: Anchors, context: DocumentContext) -> String? {
        for a in context.articles {
            if let b = a.byline, let p = places.first(within: b) { return p }
        }
        return mostFrequent(places.sorted[...])
    }

    static func mostFrequent(_ anchors: ArraySlice<Anchor>) -> String? {
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
