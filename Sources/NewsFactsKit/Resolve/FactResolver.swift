/// Resolve stage: turns the numbers found by the extractor into facts (GUIDELINES §1).
///
/// For each number, in text order, it decides whether the number states an amount and, if so, finds:
///
/// 1. the unit or classifier right after it (longest match in `units.tsv`/`classifiers.tsv`; a trailing
///    multiplier of the number is given back when it starts a longer unit: `10千伏` is 10 千伏, not 10000 伏);
/// 2. exclusions: dates (`2009年`), ordinals (`第二批`), names and codes (`12345平台`, `PM2.5`,
///    `1+3+5+N`), slogans (quoted or listed), the indefinite `一` (`一条新路子`);
/// 3. the qualifier before the number (`约`, `不到`) or after the unit (`左右`, `以上`, part of the mention);
/// 4. the change word that governs it (`增长`, `降至`, `X%至Y`);
/// 5. the denominator of a rate (`/斤`, `每斤`, `一斤4.8元`);
/// 6. the subject (`SubjectFinder`) and the normalized value (`UnitNormalizer`).
///
/// Every choice is driven by the tables of `ResolveLexicon`; the code names no particular word.
public struct FactResolver: DocumentStage {
    /// Resolution belongs to the resolve stage.
    public let stage = StageName.resolve
    let lexicon: ResolveLexicon

    /// Creates the resolver with its tables.
    public init(lexicon: ResolveLexicon) {
        self.lexicon = lexicon
    }

    /// Loads the tables and creates the resolver.
    public init() throws {
        self.init(lexicon: try ResolveLexicon.load())
    }

    /// A subject that starts inside a date (`4月份幸运博彩毛收入`, where the number's walk stopped at the
    /// digit) starts after it, past a 的; one that is all date stays as it is.
    static func subject(_ r: Range<Int>, pastDateIn dates: [Range<Int>], text: [Unicode.Scalar]) -> Range<Int> {
        // The last date starting at or before the subject's start (binary search: dates are sorted).
        var lo = 0
        var hi = dates.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if dates[mid].lowerBound <= r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return r }
        let date = dates[lo - 1]
        guard date.contains(r.lowerBound), date.upperBound < r.upperBound else { return r }
        var start = date.upperBound
        while start < r.upperBound, text[start] == "的" || TextClass.isSpace(text[start]) { start += 1 }
        return start < r.upperBound ? start..<r.upperBound : r
    }

    /// Sets `context.facts` from `context.numbers`.
    public func run(_ context: inout DocumentContext) {
        let text = context.text.scalars
        let quotes = QuoteSpans(text)
        let names = context.entityMentions.filter { $0.type != .date }.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        let dates = context.entityMentions.filter { $0.type == .date }.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        let currency = CurrencyDetector(lexicon: lexicon).currency(of: text)
        let subjects = SubjectFinder(lexicon: lexicon)
        let aligner = RespectivelyAligner(lexicon: lexicon, subjects: subjects)
        let normalizer = UnitNormalizer(currency: currency)

        var facts: [FactRecord] = []
        var sentenceIndex = 0
        var numberIndex = 0
        let numbers = context.numbers
        let sentences = context.sentences.isEmpty ? [Sentence(range: 0..<text.count, article: 0)] : context.sentences

        while sentenceIndex < sentences.count {
            let sentence = sentences[sentenceIndex]
            var candidates: [QuantityCandidate] = []
            while numberIndex < numbers.count, numbers[numberIndex].range.lowerBound < sentence.range.upperBound {
                let number = numbers[numberIndex]
                numberIndex += 1
                guard number.range.lowerBound >= sentence.range.lowerBound else { continue }
                if let last = candidates.last, number.range.lowerBound < last.end { continue }
                if overlapsName(number.range, names) { continue }
                if let candidate = resolve(number, in: text, sentence: sentence.range, quotes: quotes,
                                           following: numbers[numberIndex...]) {
                    candidates.append(candidate)
                }
            }
            candidates = linkRates(candidates, in: text)
            inheritAcrossLists(&candidates, in: text)
            for i in candidates.indices {
                let previous = i > 0 ? candidates[i - 1] : nil
                let next = i + 1 < candidates.count ? candidates[i + 1] : nil
                subjects.assign(&candidates[i], previous: previous, next: next, in: text, sentence: sentence.range)
            }
            // 6大类30余种精深产品: a count written right before another counts the same thing.
            for i in candidates.indices.reversed() where i + 1 < candidates.count {
                if candidates[i].subjectRange == nil, candidates[i].subjectText == nil, candidates[i].kind == .count,
                   candidates[i].end == candidates[i + 1].prefixStart {
                    candidates[i].subjectRange = candidates[i + 1].subjectRange
                }
            }
            aligner.align(&candidates, in: text, sentence: sentence.range)
            for i in candidates.indices {
                if let r = candidates[i].subjectRange { candidates[i].subjectRange = Self.subject(r, pastDateIn: dates, text: text) }
            }
            if !candidates.isEmpty {
                // The sentence and headline texts are copied once for all the sentence's facts (copying them
                // per fact was the largest cost of the stage).
                let sentenceText = context.originalText(sentence.range)
                let article = context.articles.isEmpty ? nil : context.articles[min(sentence.article, context.articles.count - 1)]
                let headline = article?.headline.map { context.originalText($0) }
                for candidate in candidates {
                    facts.append(record(candidate, context: context, sentence: sentence, sentenceText: sentenceText, headline: headline,
                                        normalizer: normalizer))
                }
            }
            sentenceIndex += 1
        }
        context.facts = facts
    }

    // MARK: - One number

    /// Decides whether a number is an amount and gathers what is around it; nil when it is not a fact.
    func resolve(_ number: NumberMention, in text: [Unicode.Scalar], sentence: Range<Int>, quotes: QuoteSpans,
                 following: ArraySlice<NumberMention> = []) -> QuantityCandidate? {
        let start = number.range.lowerBound
        if isExcludedByContext(number, in: text, sentence: sentence, quotes: quotes) { return nil }

        var candidate = QuantityCandidate(
            number: number, start: start, end: number.range.upperBound, value: number.value,
            valueMax: number.valueMax, kind: .count, prefixStart: start)
        candidate.moreThan = number.moreThan

        // 三成一, 七五折, 0.6个百分点: the scanner read the digits with their marker; the marker is the unit.
        if let proportion = number.proportion, proportion.kind != .partsPer,
           let marker = lexicon.units.longestWord(in: text, at: proportion.marker.lowerBound, limit: proportion.marker.upperBound),
           marker.length == proportion.marker.count, let entry = marker.value.first {
            candidate.unit = entry
            candidate.unitRange = proportion.marker
            candidate.value = proportion.value
            candidate.kind = entry.kind
            candidate.end = proportion.range.upperBound
            applyQualifiers(&candidate, in: text, limit: sentence.upperBound, floor: sentence.lowerBound)
            applyChange(&candidate, in: text, floor: sentence.lowerBound)
            return candidate
        }
        // 38%年出栏量: a percentage is complete with its sign; a word after it is not its unit.
        let isPercent = number.form == .percent || number.form == .permille
        switch isPercent ? .none : matchUnit(for: number, in: text, limit: sentence.upperBound) {
        case .blocked:
            return nil
        case .unit(let entry, let range, let value, let valueMax, let innerMoreThan):
            if innerMoreThan { candidate.moreThan = true }
            candidate.unit = entry
            candidate.unitRange = range
            candidate.value = value
            candidate.valueMax = valueMax
            candidate.kind = entry.kind
            candidate.end = range.upperBound
            if entry.flags.contains(.year), isDate(number, unitEnd: range.upperBound, in: text) { return nil }
            if isNotAnAmount(number, unit: entry, in: text, unitEnd: range.upperBound, floor: sentence.lowerBound) { return nil }
            applyTail(&candidate, in: text, limit: sentence.upperBound)
            if entry.kind == .money {
                addSubunits(&candidate, following: following, in: text, limit: sentence.upperBound)
                // 人民币 50元: a currency word before the number names the currency of a plain 元; the
                // mention still starts at the number (GUIDELINES §1), since the unit follows it.
                let at = skipSpacesBackward(from: start, in: text, floor: sentence.lowerBound)
                if entry.canonical == "LOCAL", let sign = lexicon.currencySigns.longestMatch(in: text, endingAt: at, floor: sentence.lowerBound),
                   !followsNumber(at - sign.length, in: text) {
                    candidate.signCurrency = sign.value
                }
            }
        case .none:
            let at = skipSpacesBackward(from: start, in: text, floor: sentence.lowerBound)
            if let sign = lexicon.currencySigns.longestMatch(in: text, endingAt: at, floor: sentence.lowerBound),
               !followsNumber(at - sign.length, in: text) {
                // US$5亿, ￥300: the sign is the unit and the mention starts with it.
                candidate.kind = .money
                candidate.start = at - sign.length
                candidate.prefixStart = candidate.start
                candidate.signRange = candidate.start..<at
                candidate.signCurrency = sign.value
            } else {
                guard resolveWithoutUnit(&candidate, in: text, sentence: sentence) else { return nil }
            }
        }
        applySign(&candidate, in: text, floor: sentence.lowerBound)
        if number.form == .percent || number.form == .permille, candidate.unit == nil {
            candidate.kind = .percent
            candidate.impliedUnit = number.form == .percent ? "%" : "‰"
        }
        applyQualifiers(&candidate, in: text, limit: sentence.upperBound, floor: sentence.lowerBound)
        applyPer(&candidate, in: text, floor: sentence.lowerBound)
        applyChange(&candidate, in: text, floor: sentence.lowerBound)
        return candidate
    }

    /// A number inside a place, organization or person name (五台县, 一道新能源) is part of the name.
    private func overlapsName(_ range: Range<Int>, _ names: [Range<Int>]) -> Bool {
        var lo = 0
        var hi = names.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if names[mid].lowerBound < range.upperBound { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0, names[i].lowerBound + 64 > range.lowerBound {
            if names[i].overlaps(range) { return true }
            i -= 1
        }
        return false
    }

    /// Ordinals, codes, formulas, slogans, quoted names, per-denominators (每万名…).
    func isExcludedByContext(_ number: NumberMention, in text: [Unicode.Scalar], sentence: Range<Int>, quotes: QuoteSpans) -> Bool {
        let start = number.range.lowerBound
        let end = number.range.upperBound
        if start > 0 {
            let before = text[start - 1]
            if TextClass.isLatinLetter(before) || lexicon.formulaMarks.contains(before) || before == "_" || before == "#" { return true }
        }
        if end < text.count, lexicon.formulaMarks.contains(text[end]) { return true }
        // 9时30分, 8点30分: the minutes of a clock time.
        if start >= 2, lexicon.clockMarks.contains(text[start - 1]), isNumeral(text[start - 2]) { return true }
        if let (reason, _) = lexicon.excludedBefore.longestMatch(in: text, endingAt: skipSpacesBackward(from: start, in: text, floor: sentence.lowerBound), floor: sentence.lowerBound),
           reason != nil {
            return true
        }
        if isPerDenominator(start, in: text, floor: sentence.lowerBound) { return true }
        if lexicon.slogans.longestWord(in: text, at: start) != nil { return true }
        if let quote = quotes.quote(containing: number.range) {
            if quote.count <= lexicon.quoteMax { return true }
            if isEnumeration(quote, holding: number, in: text) { return true }
        }
        return false
    }

    /// A quoted slogan of parallel clauses that each open with a numeral (“一年打基础,两年见成效,三年上台阶”).
    private func isEnumeration(_ quote: Range<Int>, holding number: NumberMention, in text: [Unicode.Scalar]) -> Bool {
        guard number.script == .chinese, number.range.count == 1 else { return false }
        var openings = 0
        var clauseStart = quote.lowerBound
        for i in quote.lowerBound...quote.upperBound {
            if i == quote.upperBound || TextClass.isClauseBreak(text[i]) {
                if clauseStart < i, TextClass.chineseDigit(text[clauseStart]) != nil { openings += 1 }
                clauseStart = i + 1
            }
        }
        let opensClause = number.range.lowerBound == quote.lowerBound || TextClass.isClauseBreak(text[number.range.lowerBound - 1])
        return openings >= 2 && opensClause
    }

    /// A number right after 每 (`每万名城镇常住人口`) names the denominator of a rate, not an amount.
    private func isPerDenominator(_ start: Int, in text: [Unicode.Scalar], floor: Int) -> Bool {
        let at = skipSpacesBackward(from: start, in: text, floor: floor)
        return at > floor && text[at - 1] == "每"
    }

    enum UnitMatch {
        case none
        case blocked
        /// The unit, its range, the value and upper value in its terms, and whether 多/余 stands inside it (2个多小时).
        case unit(UnitEntry, Range<Int>, ExactNumber, ExactNumber?, Bool)
    }

    /// The unit after a number, or a blocker that wins over it.
    func matchUnit(for number: NumberMention, in text: [Unicode.Scalar], limit: Int) -> UnitMatch {
        let end = number.range.upperBound
        let at = skipSpacesForward(from: end, in: text, limit: limit, max: 1)
        let direct = usableUnit(at: at, in: text, limit: limit, number: number)
        var blocker = lexicon.blockers.longestWord(in: text, at: at, limit: limit)
        // 三期工程, 三期、四期项目: an ordinal unless its clause ends there (培训班15期，).
        if let ordinal = lexicon.blockersBeforeWord.longestWord(in: text, at: at, limit: limit), ordinal.length > (blocker?.length ?? 0),
           at + ordinal.length < limit, !TextClass.isClauseBreak(text[at + ordinal.length]) || TextClass.isEnumerationComma(text[at + ordinal.length]) {
            blocker = ordinal
        }

        // A trailing multiplier that starts a longer unit belongs to the unit (10千伏, 5千瓦时).
        if number.multiplier > 1, end - 1 > number.range.lowerBound,
           let split = usableUnit(at: end - 1, in: text, limit: limit, number: number), split.length >= 2,
           (end - 1 + split.length) >= (at + (direct?.length ?? 0)) {
            let divisor = number.multiplier
            let value = ExactNumber.divide(number.value, by: divisor)
            let valueMax = number.valueMax.map { ExactNumber.divide($0, by: divisor) }
            return .unit(split.entry, end - 1..<end - 1 + split.length, value, valueMax, false)
        }
        if let blocker, blocker.length >= (direct?.length ?? 0) { return .blocked }
        if let direct {
            if let inner = innerApproximation(after: direct, at: at, in: text, limit: limit, number: number) {
                guard inner.half else { return .unit(inner.entry, at..<inner.end, number.value, number.valueMax, true) }
                return .unit(inner.entry, at..<inner.end, ExactNumber.add(number.value, 0.5), number.valueMax.map { ExactNumber.add($0, 0.5) }, false)
            }
            return .unit(direct.entry, at..<at + direct.length, number.value, number.valueMax, false)
        }
        return .none
    }

    /// `2个多小时`, `两个多月`, `两个半小时`: 多/余 or 半 written inside a unit that begins with a classifier
    /// (`个小时`, `个月`). The unit is recorded without it (`个小时`); `half` says it was 半.
    private func innerApproximation(after direct: (entry: UnitEntry, length: Int), at: Int, in text: [Unicode.Scalar], limit: Int,
                                    number: NumberMention) -> (entry: UnitEntry, end: Int, half: Bool)? {
        let mark = at + direct.length
        guard mark + 1 < limit else { return nil }
        let half = lexicon.halves.contains(text[mark])
        if !half {
            guard let approx = lexicon.qualifiersAfter.longestWord(in: text, at: mark, limit: mark + 1), approx.value == .moreThan else { return nil }
        }
        // The classifier and what follows the mark make one unit (个 + 小时, 个 + 月).
        var length = min(4, limit - mark - 1)
        while length > 0 {
            let tail = String(String.UnicodeScalarView(text[mark + 1..<mark + 1 + length]))
            if var whole = lexicon.units.value(for: direct.entry.text + tail)?.first(where: { !$0.isClassifier }) {
                if half, !whole.flags.contains(.half) { return nil }
                whole.recordAs = whole.recordAs ?? whole.text
                return (whole, mark + 1 + length, half)
            }
            length -= 1
        }
        return nil
    }

    private func usableUnit(at position: Int, in text: [Unicode.Scalar], limit: Int, number: NumberMention) -> (entry: UnitEntry, length: Int)? {
        for match in lexicon.units.allWords(in: text, at: position, limit: limit).reversed() {
            for entry in match.value {
                if entry.flags.contains(.arabicOnly), number.script == .chinese { continue }
                if entry.flags.contains(.moneyContext),
                   !hasMoneyWord(before: number.range.lowerBound, in: text, floor: max(0, number.range.lowerBound - 12)) { continue }
                if entry.flags.contains(.bigOnly), number.multiplier < 10_000 { continue }
                if entry.flags.contains(.markerOnly) { continue }
                if entry.flags.contains(.notClock), number.value.double <= 24, number.value.double == number.value.double.rounded() { continue }
                let after = position + match.length
                // A Latin unit must end a Latin word: 16GW is a unit, 5mask is not 5 m.
                if entry.isLatin, after < text.count, TextClass.isLatinLetter(text[after]), match.length == 1 { continue }
                return (entry, match.length)
            }
        }
        return nil
    }

    /// `2009年`, `二〇二三年` and `98年3月` are dates, not durations.
    func isDate(_ number: NumberMention, unitEnd: Int, in text: [Unicode.Scalar]) -> Bool {
        if number.moreThan { return false }
        let v = number.value.double
        // 2019—2023年, 2021-2025年: a span of years.
        if let high = number.valueMax?.double {
            return isYearShaped(v) && isYearShaped(high) && high > v && high - v < 100
        }
        let digits = number.range.count
        if number.script == .arabic, v == v.rounded(), v >= 1000, v <= 2999, digits == 4 { return true }
        // 二〇二三年: four Chinese digits read one by one, no multiplier.
        if number.script == .chinese, digits == 4, v >= 1000, v <= 2999,
           text[number.range].allSatisfy({ TextClass.chineseDigit($0) != nil || $0 == "〇" || $0 == "零" }) { return true }
        // 23年2月: a year followed by a month is a date whatever its size.
        var i = unitEnd
        var sawDigit = false
        while i < min(text.count, unitEnd + 3), TextClass.isDigit(text[i]) || TextClass.chineseDigit(text[i]) != nil || text[i] == "十" {
            sawDigit = true
            i += 1
        }
        return sawDigit && i < text.count && text[i] == "月"
    }

    private func isYearShaped(_ v: Double) -> Bool {
        v == v.rounded() && v >= 1000 && v <= 2999
    }

    private func isNumeral(_ c: Unicode.Scalar) -> Bool {
        lexicon.numerals.contains(c)
    }

    /// `零下15℃`: a sign word before the number negates the amount and belongs to the mention.
    private func applySign(_ candidate: inout QuantityCandidate, in text: [Unicode.Scalar], floor: Int) {
        let before = skipSpacesBackward(from: candidate.start, in: text, floor: floor)
        guard candidate.value.double > 0, let sign = lexicon.negativeBefore.longestMatch(in: text, endingAt: before, floor: floor) else { return }
        candidate.value = ExactNumber.multiply(candidate.value, by: -1)
        candidate.valueMax = candidate.valueMax.map { ExactNumber.multiply($0, by: -1) }
        candidate.start = before - sign.length
        candidate.prefixStart = candidate.start
    }

    /// Whether a number with this unit is not an amount: the indefinite article (Chinese `一` with a
    /// classifier, `一条新路子`, or with a time unit after 的/这/那/有, `前年腊月的一天`), a reduplicated
    /// classifier (`一台台`), or an ordinal lone 二 before a classifier (`二期`, where a count says 两).
    func isNotAnAmount(_ number: NumberMention, unit: UnitEntry, in text: [Unicode.Scalar], unitEnd: Int, floor: Int) -> Bool {
        if unitEnd < text.count, unitEnd - 1 >= 0, text[unitEnd] == text[unitEnd - 1], unit.isClassifier { return true }
        // 二次系统, 二期: a lone 二 before a classifier is an ordinal (a count would say 两).
        if unit.isClassifier, number.range.count == 1, lexicon.ordinalNumerals.contains(text[number.range.lowerBound]) { return true }
        guard number.script == .chinese, number.range.count == 1, number.value.double == 1, !number.moreThan else { return false }
        if unit.isClassifier { return true }
        if unit.kind == .duration, number.range.lowerBound > floor {
            return lexicon.indefiniteBefore.contains(text[number.range.lowerBound - 1])
        }
        return false
    }

    /// 半 after the unit (`一吨半`), and a `/unit` or `每unit` denominator.
    private func applyTail(_ candidate: inout QuantityCandidate, in text: [Unicode.Scalar], limit: Int) {
        guard let unit = candidate.unit else { return }
        var end = candidate.end
        if end < limit, lexicon.halves.contains(text[end]), unit.flags.contains(.half) {
            candidate.value = ExactNumber.add(candidate.value, 0.5)
            end += 1
        }
        if end + 1 < limit, text[end] == "/" || text[end] == "每",
           let per = lexicon.units.longestWord(in: text, at: end + 1, limit: limit) {
            candidate.perRange = end + 1..<end + 1 + per.length
            if text[end] == "/" { end += 1 + per.length }
        }
        candidate.end = end
    }

    /// 五元三毛, 50元6角三分, 两美元又三美分: subunit amounts right after a money amount are part of it.
    private func addSubunits(_ candidate: inout QuantityCandidate, following: ArraySlice<NumberMention>, in text: [Unicode.Scalar], limit: Int) {
        guard let unit = candidate.unit, let subunits = lexicon.moneySubunits[unit.recordAs ?? unit.text] else { return }
        var end = candidate.end
        for next in following {
            var at = end
            if at < limit, text[at] == "又" { at += 1 }
            guard next.range.lowerBound == at, next.valueMax == nil, !next.moreThan,
                  let sub = subunits.longestWord(in: text, at: next.range.upperBound, limit: limit) else { break }
            candidate.value = ExactNumber.add(candidate.value, next.value.double * sub.value)
            end = next.range.upperBound + sub.length
        }
        candidate.end = end
    }

    /// Numbers without a unit: percentages (their sign is in the number), fractions, big counts before a
    /// noun (`30万务工人员`), money after a money word (`补贴120万`).
    private func resolveWithoutUnit(_ candidate: inout QuantityCandidate, in text: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        let number = candidate.number
        switch number.form {
        case .percent, .permille:
            candidate.kind = .percent
            return true
        case .fraction:
            // Optional in the guidelines; only the written-out form (三分之一) is safe from dates.
            guard text[number.range].contains("之") else { return false }
            candidate.kind = .percent
            return true
        case .cardinal:
            break
        }
        let end = number.range.upperBound
        if lexicon.blockers.longestWord(in: text, at: end, limit: sentence.upperBound) != nil { return false }
        let big = number.multiplier >= 10_000 || (number.moreThan && number.value.double >= 100)
        if big, end < sentence.upperBound, TextClass.isIdeograph(text[end]),
           lexicon.subjectStops.longestWord(in: text, at: end, limit: sentence.upperBound) == nil,
           lexicon.qualifiersAfter.longestWord(in: text, at: end, limit: sentence.upperBound) == nil {
            candidate.kind = .count
            return true
        }
        if number.multiplier >= 10_000 || number.script != .chinese, hasMoneyWord(before: number.range.lowerBound, in: text, floor: sentence.lowerBound) {
            candidate.kind = .money
            return true
        }
        // 月活跃用户超过6亿。: a 万/亿 amount that ends its clause counts the noun before it.
        if number.multiplier >= 10_000, end == sentence.upperBound || TextClass.isClauseBreak(text[end]) {
            candidate.kind = .count
            return true
        }
        return false
    }

    /// A money word in the same clause before `position` (`补贴120万`, `年收入也才12万`).
    private func hasMoneyWord(before position: Int, in text: [Unicode.Scalar], floor: Int) -> Bool {
        var i = position
        let stop = max(floor, position - 12)
        while i > stop {
            if TextClass.isClauseBreak(text[i - 1]) { return false }
            if lexicon.moneyContext.longestMatch(in: text, endingAt: i, floor: stop) != nil { return true }
            i -= 1
        }
        return false
    }

    // MARK: - Qualifier, change, per

    private func applyQualifiers(_ candidate: inout QuantityCandidate, in text: [Unicode.Scalar], limit: Int, floor: Int) {
        var suffix: Qualifier? = nil
        let at = candidate.end
        if let match = lexicon.qualifiersAfter.longestWord(in: text, at: at, limit: limit), let value = match.value {
            suffix = value
            candidate.end = at + match.length
        }
        let before = skipSpacesBackward(from: candidate.start, in: text, floor: floor)
        var prefix: Qualifier? = nil
        if let match = lexicon.qualifiersBefore.longestMatch(in: text, endingAt: before, floor: floor) {
            prefix = match.value
            candidate.prefixStart = before - match.length
        } else if let filler = lexicon.fillers.longestMatch(in: text, endingAt: before, floor: floor),
                  let match = lexicon.qualifiersBefore.longestMatch(in: text, endingAt: before - filler.length, floor: floor),
                  let value = match.value {
            // 约有200名, 约达5.6亿元, 超过了: a link word may stand between the qualifier and the number.
            prefix = value
            candidate.prefixStart = before - filler.length - match.length
        }
        if prefix == nil, candidate.kind == .percent, let governing = qualifierOverShare(before, in: text, floor: floor) {
            prefix = governing
        }
        candidate.qualifierBefore = prefix
        if let suffix {
            candidate.qualifier = suffix
        } else if let prefix {
            candidate.qualifier = prefix
        } else if candidate.moreThan {
            candidate.qualifier = .moreThan
        }
    }

    /// `约占全国的60%`, `低于资产评估结果的90%`: a qualifier before a share verb, or a qualifier word of two
    /// or more characters, that governs `X的N%` in the clause.
    private func qualifierOverShare(_ before: Int, in text: [Unicode.Scalar], floor: Int) -> Qualifier? {
        guard before > floor, text[before - 1] == "的" else { return nil }
        var i = before - 1
        while i > floor, before - i < 16, !TextClass.isClauseBreak(text[i - 1]) {
            if let share = lexicon.shareVerbs.longestMatch(in: text, endingAt: i, floor: floor) {
                var at = i - share.length
                if let respectively = lexicon.respectively.longestMatch(in: text, endingAt: at, floor: floor) { at -= respectively.length }
                return lexicon.qualifiersBefore.longestMatch(in: text, endingAt: at, floor: floor)?.value ?? nil
            }
            if let match = lexicon.qualifiersBefore.longestMatch(in: text, endingAt: i, floor: floor), match.length >= 2 {
                return match.value
            }
            i -= 1
        }
        return nil
    }

    private func applyChange(_ candidate: inout QuantityCandidate, in text: [Unicode.Scalar], floor: Int) {
        var at = skipSpacesBackward(from: candidate.prefixStart, in: text, floor: floor)
        // X%至Y: an amount after 至/到 that follows a changed amount in the clause is the level reached
        // (not the 到 of a link word such as 达到).
        if at > floor, text[at - 1] == "至" || text[at - 1] == "到",
           (lexicon.fillers.longestMatch(in: text, endingAt: at, floor: floor)?.length ?? 1) <= 1 {
            var i = at - 1
            while i > floor, !TextClass.isClauseBreak(text[i - 1]) {
                if let match = lexicon.changes.longestMatch(in: text, endingAt: i, floor: floor) {
                    switch match.value {
                    case .increaseBy, .increaseTo: candidate.change = .increaseTo
                    case .decreaseBy, .decreaseTo: candidate.change = .decreaseTo
                    }
                    return
                }
                i -= 1
            }
        }
        for _ in 0..<4 {
            if let match = lexicon.changes.longestMatch(in: text, endingAt: at, floor: floor) {
                candidate.change = match.value
                return
            }
            // 跌至每桶70美元: a 每X denominator stands between the change word and its amount.
            if let per = candidate.perRange, per.upperBound == at, per.lowerBound > floor, text[per.lowerBound - 1] == "每" {
                at = skipSpacesBackward(from: per.lowerBound - 1, in: text, floor: floor)
                continue
            }
            guard let filler = lexicon.fillers.longestMatch(in: text, endingAt: at, floor: floor) else { return }
            at = skipSpacesBackward(from: at - filler.length, in: text, floor: floor)
        }
    }

    private func applyPer(_ candidate: inout QuantityCandidate, in text: [Unicode.Scalar], floor: Int) {
        guard candidate.perRange == nil else { return }
        // 每斤1.69元, 每人限购2斤: the word after the nearest 每 in the clause.
        var i = candidate.prefixStart
        while i > floor, !TextClass.isClauseBreak(text[i - 1]) {
            if text[i - 1] == "每" {
                if let unit = lexicon.units.longestWord(in: text, at: i, limit: candidate.prefixStart) {
                    candidate.perRange = i..<i + unit.length
                } else if let counted = countedDenominator(at: i, in: text, limit: candidate.prefixStart) {
                    candidate.perRange = i..<counted
                } else {
                    var end = i
                    while end < candidate.prefixStart, end - i < 8, TextClass.isIdeograph(text[end]),
                          lexicon.subjectStops.longestWord(in: text, at: end, limit: candidate.prefixStart) == nil,
                          !startsWord(of: lexicon.qualifiersBefore, at: end, in: text, limit: candidate.prefixStart),
                          end == i || !startsWord(of: lexicon.fillers, at: end, in: text, limit: candidate.prefixStart) {
                        end += 1
                    }
                    if end > i { candidate.perRange = i..<end }
                }
                return
            }
            if TextClass.isDigit(text[i - 1]) {
                // 每10股派3.5元: the digits are the denominator's own count.
                var j = i - 1
                while j > floor, isNumeral(text[j - 1]) { j -= 1 }
                if j > floor, text[j - 1] == "每", let counted = countedDenominator(at: j, in: text, limit: candidate.prefixStart) {
                    candidate.perRange = j..<counted
                }
                return
            }
            i -= 1
        }
    }

    /// Whether a word of a backward trie begins at `position` (每月最高补贴, 每日可获: the denominator ends
    /// before a qualifier or a link word).
    private func startsWord<Value>(of trie: ScalarTrie<Value>, at position: Int, in text: [Unicode.Scalar], limit: Int) -> Bool {
        var k = position + 1
        while k <= min(limit, position + 3) {
            if let match = trie.longestMatch(in: text, endingAt: k, floor: position), match.length == k - position {
                return true
            }
            k += 1
        }
        return false
    }

    /// `每万人口`, `每百户`: after 每, a number and its denominator noun or unit; where it ends, or nil.
    private func countedDenominator(at position: Int, in text: [Unicode.Scalar], limit: Int) -> Int? {
        var j = position
        while j < limit, isNumeral(text[j]) { j += 1 }
        guard j > position else { return nil }
        if let noun = lexicon.perNouns.longestWord(in: text, at: j, limit: limit) { return j + noun.length }
        if let unit = lexicon.units.longestWord(in: text, at: j, limit: limit) { return j + unit.length }
        return nil
    }

    // MARK: - Across numbers of a sentence

    /// `一斤4.8元`, `1斤鸡蛋4.69元`: a unit amount of one directly followed in its clause by another
    /// amount is that amount's denominator, not a fact of its own.
    private func linkRates(_ candidates: [QuantityCandidate], in text: [Unicode.Scalar]) -> [QuantityCandidate] {
        var result: [QuantityCandidate] = []
        var i = 0
        while i < candidates.count {
            let c = candidates[i]
            if i + 1 < candidates.count, c.value.double == 1, let unit = c.unit, unit.kind == .measure || unit.kind == .count,
               candidates[i + 1].kind == .money, candidates[i + 1].perRange == nil,
               !(c.end..<candidates[i + 1].start).contains(where: { TextClass.isClauseBreak(text[$0]) }),
               candidates[i + 1].start - c.end <= 6 {
                var next = candidates[i + 1]
                next.perRange = c.unitRange
                next.rateRange = c.start..<c.end
                // 大概1分地5千元: a qualifier before the denominator qualifies the rate.
                if next.qualifier == .exact, c.qualifier != .exact { next.qualifier = c.qualifier }
                result.append(next)
                i += 2
                continue
            }
            result.append(c)
            i += 1
        }
        return result
    }

    /// Amounts listed after one change word (`分别增长18.9%、39.6%和41.3%`) share its change.
    private func inheritAcrossLists(_ candidates: inout [QuantityCandidate], in text: [Unicode.Scalar]) {
        guard candidates.count > 1 else { return }
        for i in 1..<candidates.count where candidates[i].change == nil {
            let previous = candidates[i - 1]
            // 跌215点或1.1%: amounts joined after one change word share it, even of another kind when no comma
            // parts them (收入增长12%，利润3000万元 does not pass the change on).
            guard previous.change != nil, previous.end <= candidates[i].prefixStart else { continue }
            if previous.kind != candidates[i].kind,
               (previous.end..<candidates[i].prefixStart).contains(where: { TextClass.isClauseBreak(text[$0]) }) { continue }
            var j = previous.end
            while j < candidates[i].prefixStart {
                if TextClass.isSpace(text[j]) { j += 1; continue }
                guard let separator = lexicon.listSeparators.longestWord(in: text, at: j, limit: candidates[i].prefixStart) else { break }
                j += separator.length
            }
            if j == candidates[i].prefixStart {
                candidates[i].change = previous.change
            }
        }
        // 约占全国的60%和65%: a qualifier before the first amount of a list covers the others.
        for i in 1..<candidates.count where candidates[i].qualifier == .exact && candidates[i].qualifierBefore == nil {
            let previous = candidates[i - 1]
            guard let qualifier = previous.qualifierBefore, previous.kind == candidates[i].kind,
                  onlySeparators(previous.end..<candidates[i].prefixStart, in: text) else { continue }
            candidates[i].qualifier = qualifier
            candidates[i].qualifierBefore = qualifier
        }
    }

    private func onlySeparators(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        guard range.lowerBound <= range.upperBound else { return false }
        var j = range.lowerBound
        while j < range.upperBound {
            if TextClass.isSpace(text[j]) { j += 1; continue }
            guard let separator = lexicon.listSeparators.longestWord(in: text, at: j, limit: range.upperBound) else { return false }
            j += separator.length
        }
        return true
    }

    // MARK: - Records

    private func record(_ c: QuantityCandidate, context: DocumentContext, sentence: Sentence, sentenceText: String, headline: String?,
                        normalizer: UnitNormalizer) -> FactRecord {
        let span = context.originalSpan(c.start..<c.end)
        let unitText: String? = c.unit.map { entry in
            entry.recordAs ?? c.unitRange.map { context.originalText($0) } ?? entry.text
        } ?? c.signRange.map { context.originalText($0) } ?? c.impliedUnit
        var kind = c.kind
        if let unit = c.unit, unit.flags.contains(.dayCount), let subject = c.subjectRange.map({ context.text.string($0) }) ?? c.subjectText,
           subject.contains("天数") {
            kind = .count
        }
        let normalized = kind == .count ? nil
            : normalizer.normalize(value: c.value, unit: c.unit, kind: kind, currency: c.signCurrency)
        let subject = c.subjectRange.map { context.originalText($0) } ?? c.subjectText
        let per = c.perRange.map { context.originalText($0) } ?? c.perText
        return FactRecord(
            id: RecordID.make(doc: context.input.doc, start: span.start, end: span.end), doc: context.input.doc,
            start: span.start, end: span.end, mention: span.mention, value: c.value, valueMax: c.valueMax,
            unit: unitText, kind: kind, qualifier: c.qualifier, per: per, change: c.change,
            subject: subject.flatMap { $0.isEmpty ? nil : $0 },
            normalizedValue: normalized?.value, normalizedUnit: normalized?.unit,
            article: sentence.article, headline: headline,
            context: sentenceText)
    }

    // MARK: - Helpers

    /// Whether a digit or numeral stands right before `position` (4人民币 5美元: 人民币 is the unit of 4).
    private func followsNumber(_ position: Int, in text: [Unicode.Scalar]) -> Bool {
        position > 0 && (TextClass.isDigit(text[position - 1]) || TextClass.chineseDigit(text[position - 1]) != nil)
    }

    private func skipSpacesBackward(from position: Int, in text: [Unicode.Scalar], floor: Int) -> Int {
        var i = position
        while i > floor, TextClass.isSpace(text[i - 1]) { i -= 1 }
        return i
    }

    private func skipSpacesForward(from position: Int, in text: [Unicode.Scalar], limit: Int, max: Int) -> Int {
        var i = position
        while i < limit, i - position < max, TextClass.isSpace(text[i]) { i += 1 }
        return i
    }
}
