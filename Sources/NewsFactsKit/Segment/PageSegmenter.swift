/// Segment stage: splits a page into articles (headline block, byline, body) and sentences.
///
/// Works on the normalized text, where the normalizer has already joined lines broken in mid-sentence,
/// so a remaining line break ends a paragraph, a headline or a byline. A page is read line by line:
///
/// - a *heading* line is short (at most `headlineMax` characters), does not end like a sentence, and is
///   not a byline; or it starts with a section marker (`#`, `■`, …);
/// - a *byline* line starts with a byline opener (`本报讯`, `□ 本报记者`, `新华社…电`);
/// - every other line is *body*.
///
/// An article starts at a run of heading lines that follows body text (or the top of the page); the run
/// is its headline block, and its longest plain line is the headline. Sentences end at sentence-final
/// punctuation (with any closing quotes) and at line ends; headings and bylines are sentences of their own.
///
/// No sentence is longer than `sentenceMax` characters: a longer run without a sentence end is cut after
/// the last clause break (`，`, `、`, …) in the second half of the window, else before a run of digits or
/// Latin letters that crosses the limit, else at the limit. Every fact copies its sentence (`context`),
/// so without the cap a page with no stops would make output quadratic in its length. A line that starts
/// with a section marker is a heading only up to that length, for the same reason (the headline is
/// copied too).
///
/// - Complexity: O(n) in the length of the text.
public struct PageSegmenter: DocumentStage {
    /// Segmentation belongs to the segment stage.
    public let stage = StageName.segment
    private let lexicon: SegmentLexicon

    /// Creates the segmenter with its classes.
    public init(lexicon: SegmentLexicon) {
        self.lexicon = lexicon
    }

    /// Loads the classes and creates the segmenter.
    public init() throws {
        self.init(lexicon: try SegmentLexicon.load())
    }

    enum LineKind { case heading, byline, body }

    struct Line {
        var range: Range<Int>
        var kind: LineKind
    }

    /// Sets `context.articles` and `context.sentences`.
    public func run(_ context: inout DocumentContext) {
        let text = context.text.scalars
        let lines = classify(lines(of: text), in: text)
        var articles: [Article] = []
        var sentences: [Sentence] = []
        var previous: LineKind? = nil
        var headingBlock: [Line] = []
        // Markdown headings (`## 标题`): the level of the last one that opened the current article. A
        // deeper one (`### 小标题`) under it is a subhead of that article, unless a byline or dateline
        // follows it (a news item of its own). Pages without `#` headings are not affected.
        var articleLevel: Int? = nil
        var blockIsSubhead = false

        func startArticle(at start: Int) {
            if var last = articles.last {
                last.range = last.range.lowerBound..<start
                articles[articles.count - 1] = last
            }
            articles.append(Article(index: articles.count, range: start..<text.count))
        }

        /// Turns the subhead block just read into the heading block of a new article.
        func promoteBlock() {
            guard blockIsSubhead, let first = headingBlock.first else { return }
            blockIsSubhead = false
            startArticle(at: first.range.lowerBound)
            for k in sentences.indices.suffix(headingBlock.count) { sentences[k].article = articles.count - 1 }
            articleLevel = headingBlock.compactMap { markdownLevel($0.range, in: text) }.last
            if let best = headline(of: headingBlock, in: text) { articles[articles.count - 1].headline = best }
        }

        for line in lines {
            switch line.kind {
            case .heading:
                let level = markdownLevel(line.range, in: text)
                if previous != .heading {
                    headingBlock = []
                    if let level, let articleLevel, level > articleLevel, !articles.isEmpty {
                        blockIsSubhead = true
                    } else {
                        blockIsSubhead = false
                        // Sentences are appended in article order, so the last article has sentences exactly when
                        // the last sentence is its (counting them would make pages of many short articles quadratic).
                        if !(articles.last.map { $0.headline == nil && $0.byline == nil && sentences.last?.article != $0.index } ?? false) {
                            startArticle(at: line.range.lowerBound)
                        }
                    }
                }
                headingBlock.append(line)
                sentences.append(Sentence(range: line.range, article: articles.count - 1))
                if blockIsSubhead {
                    if level.map({ level in articleLevel.map { level <= $0 } ?? true }) ?? true { promoteBlock() }
                } else {
                    if let level { articleLevel = level } else if headingBlock.count == 1 { articleLevel = nil }
                    if let best = headline(of: headingBlock, in: text) { articles[articles.count - 1].headline = best }
                }
            case .byline:
                if previous == .heading { promoteBlock() }
                if articles.isEmpty { startArticle(at: line.range.lowerBound) }
                let split = bylineEnd(line.range, in: text)
                if articles[articles.count - 1].byline == nil {
                    articles[articles.count - 1].byline = line.range.lowerBound..<split
                }
                sentences.append(Sentence(range: line.range.lowerBound..<split, article: articles.count - 1))
                if split < line.range.upperBound {
                    appendSentences(of: split..<line.range.upperBound, in: text, article: articles.count - 1, to: &sentences)
                }
            case .body:
                if articles.isEmpty { startArticle(at: line.range.lowerBound) }
                appendSentences(of: line.range, in: text, article: articles.count - 1, to: &sentences)
            }
            if line.kind != .heading { blockIsSubhead = false }
            previous = line.kind
        }
        if articles.isEmpty, !text.isEmpty {
            articles.append(Article(index: 0, range: 0..<text.count))
        }
        context.articles = articles
        context.sentences = capped(sentences, in: text)
    }

    /// The sentences with every one longer than `sentenceMax` cut into pieces (see the type's summary).
    func capped(_ sentences: [Sentence], in text: [Unicode.Scalar]) -> [Sentence] {
        let limit = lexicon.sentenceMax
        guard sentences.contains(where: { $0.range.count > limit }) else { return sentences }
        var result: [Sentence] = []
        result.reserveCapacity(sentences.count)
        for sentence in sentences {
            var lower = sentence.range.lowerBound
            let upper = sentence.range.upperBound
            while upper - lower > limit {
                let cut = cutPoint(lower, limit: limit, in: text)
                result.append(Sentence(range: lower..<cut, article: sentence.article))
                lower = cut
                while lower < upper, isSpace(text[lower]) { lower += 1 }
            }
            if lower < upper { result.append(Sentence(range: lower..<upper, article: sentence.article)) }
        }
        return result
    }

    /// Where to cut a run that starts at `lower` and is longer than `limit`: always in
    /// `lower + limit / 2 ... lower + limit`, so every piece is at least half the limit long.
    private func cutPoint(_ lower: Int, limit: Int, in text: [Unicode.Scalar]) -> Int {
        let hard = lower + limit
        let floor = lower + limit / 2
        var i = hard
        while i > floor {
            if lexicon.clauseBreaks.contains(text[i - 1]) { return i }
            i -= 1
        }
        // No clause break: do not split a number or a Latin word that crosses the limit.
        i = hard
        while i > floor, isWordCharacter(text[i - 1]), isWordCharacter(text[i]) { i -= 1 }
        return i > floor ? i : hard
    }

    private func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.numericType != nil || c.properties.isAlphabetic || c == ".")
    }

    /// The non-blank lines of the text, trimmed of surrounding spaces.
    func lines(of text: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in 0...text.count where i == text.count || text[i] == "\n" || text[i] == "\r" {
            var lower = start
            var upper = i
            while lower < upper, isSpace(text[lower]) { lower += 1 }
            while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
            if lower < upper { result.append(lower..<upper) }
            start = i + 1
        }
        return result
    }

    private func classify(_ ranges: [Range<Int>], in text: [Unicode.Scalar]) -> [Line] {
        ranges.map { range in
            if startsWithByline(range, in: text) { return Line(range: range, kind: .byline) }
            if let first = text[range].first, lexicon.headingMarkers.contains(first), range.count <= lexicon.sentenceMax {
                return Line(range: range, kind: .heading)
            }
            let last = text[range.upperBound - 1]
            if range.count <= lexicon.headlineMax, !lexicon.lineFinal.contains(last), !lexicon.sentenceEnd.contains(last) {
                return Line(range: range, kind: .heading)
            }
            return Line(range: range, kind: .body)
        }
    }

    private func startsWithByline(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        var start = range.lowerBound
        while start < range.upperBound, isSpace(text[start]) || text[start] == "*" { start += 1 }
        return lexicon.bylineStarts.contains { word in
            start + word.count <= range.upperBound && text[start..<start + word.count].elementsEqual(word)
        }
    }

    /// Where the byline part of a line ends: after the first closing bracket of a credit
    /// (`本报讯（记者 潘红）…`), after `电` of a dateline without one, else at the line's end.
    private func bylineEnd(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Int {
        let window = range.lowerBound..<min(range.upperBound, range.lowerBound + 60)
        var depth = 0
        var sawBracket = false
        for i in window {
            switch text[i] {
            case "（", "(": depth += 1; sawBracket = true
            case "）", ")":
                depth -= 1
                if depth <= 0, sawBracket { return i + 1 }
            default: break
            }
        }
        if let dian = window.first(where: { text[$0] == "电" }), !sawBracket {
            // A dateline such as `新华社北京4月11日电`: a following credit in brackets belongs to it.
            var end = dian + 1
            while end < range.upperBound, isSpace(text[end]) { end += 1 }
            return end
        }
        return range.upperBound
    }

    /// The headline of a heading block: its longest line that is not a section label or a kicker.
    private func headline(of block: [Line], in text: [Unicode.Scalar]) -> Range<Int>? {
        let plain = block.filter { line in
            guard let first = text[line.range].first else { return false }
            return !lexicon.headingMarkers.contains(first) && first != "—" && first != "-"
        }
        var candidates = plain.isEmpty ? block : plain
        // Markdown headings: the title is the shallowest heading, not counting a level-1 page section
        // (`# 专栏`) when there are deeper ones (`# 专栏` + `## 标题`, `### 栏目` + `## 标题`, `## 标题` + `### 副题`).
        let levels = candidates.map { markdownLevel($0.range, in: text) }
        if plain.isEmpty, levels.contains(where: { $0 != nil }) {
            let usable = levels.compactMap { $0 }.filter { $0 > 1 }
            let title = usable.min() ?? 1
            candidates = zip(candidates, levels).filter { $0.1 == title }.map(\.0)
        }
        guard let best = candidates.max(by: { $0.range.count < $1.range.count })?.range else { return nil }
        // `## 标题`: the headline is the title, without the markdown marks before it.
        var start = best.lowerBound
        if markdownLevel(best, in: text) != nil {
            while start < best.upperBound, text[start] == "#" || isSpace(text[start]) { start += 1 }
        }
        return start < best.upperBound ? start..<best.upperBound : best
    }

    /// The level of a markdown heading line (`## 标题` is 2): its leading `#` count, when a space follows.
    func markdownLevel(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound, text[i] == "#" { i += 1 }
        let level = i - range.lowerBound
        guard level > 0, level <= 6, i < range.upperBound, isSpace(text[i]) else { return nil }
        return level
    }

    /// Splits a body range into sentences at sentence-final punctuation, keeping closing marks.
    private func appendSentences(of range: Range<Int>, in text: [Unicode.Scalar], article: Int, to sentences: inout [Sentence]) {
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let c = text[i]
            var end: Int? = nil
            if lexicon.sentenceEnd.contains(c) {
                end = i + 1
            } else if lexicon.ellipsis.contains(c), i + 1 < range.upperBound, lexicon.ellipsis.contains(text[i + 1]) {
                end = i + 2
            }
            if var e = end {
                while e < range.upperBound, lexicon.sentenceEnd.contains(text[e]) || lexicon.closers.contains(text[e])
                    || lexicon.ellipsis.contains(text[e]) { e += 1 }
                if e > start { sentences.append(Sentence(range: start..<e, article: article)) }
                while e < range.upperBound, isSpace(text[e]) { e += 1 }
                start = e
                i = e
            } else {
                i += 1
            }
        }
        if start < range.upperBound { sentences.append(Sentence(range: start..<range.upperBound, article: article)) }
    }

    private func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}"
    }
}
