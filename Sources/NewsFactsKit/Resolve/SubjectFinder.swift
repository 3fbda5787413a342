/// Finds the subject of an amount: the thing counted or measured, copied from its sentence
/// (GUIDELINES §1 `subject`: `征集意见建议4932条` → 意见建议, `全市89所学校` → 学校, `总投资36.4亿元` → 总投资).
///
/// Two candidates are read, both bounded by clause punctuation and the stop words of
/// `subject-stops.tsv` (verbs, particles, prepositions):
///
/// - the noun phrase *after* the mention (`89所学校` → 学校; `5%的研究对象` → 研究对象, skipping 的);
/// - the noun phrase *before* the number, once qualifier, change and filler words are skipped
///   (`缴纳率上升至81%` → 缴纳率; `平均随访期为7.7年` → 平均随访期).
///
/// Counts and durations take the phrase after when there is one (a classifier is followed by its noun);
/// money, percentages and bare measures take the phrase before (the noun precedes its amount), and a
/// measure directly followed by a noun takes that noun (`14GW光伏电池`). When neither exists the amount
/// inherits the subject of the previous amount in the sentence (`2976.6亿元，同比增长5.4%`).
struct SubjectFinder: Sendable {
    let lexicon: ResolveLexicon
    /// The longest subject read after a mention.
    let maxAfter = 10
    /// The longest subject read before a number.
    let maxBefore = 12

    /// Sets the subject of a candidate.
    func assign(_ candidate: inout QuantityCandidate, previous: QuantityCandidate?, next: QuantityCandidate? = nil,
                in text: [Unicode.Scalar], sentence: Range<Int>) {
        // Amounts written back to back (104户165人) count the same thing.
        if let previous, previous.end == candidate.prefixStart, previous.subjectRange != nil || previous.subjectText != nil {
            candidate.subjectRange = previous.subjectRange
            candidate.subjectText = previous.subjectText
            return
        }
        // The phrase after starts past a 每X denominator (5200立方米每秒) and never runs into the next amount.
        var afterStart = candidate.end
        if let per = candidate.perRange, per.lowerBound == candidate.end + 1 { afterStart = per.upperBound }
        let afterLimit = min(sentence.upperBound, max(afterStart, next?.prefixStart ?? sentence.upperBound))
        var after = phraseAfter(afterStart, in: text, limit: afterLimit)
        // One character alone (收, 户, 间) is a verb, a unit or a leftover, not a thing; but a counted noun
        // that ends its clause (规划办学48个班，) is one.
        if let range = after.range, range.count < 2,
           !(candidate.kind == .count && after.direct && (range.upperBound == afterLimit || TextClass.isClauseBreak(text[range.upperBound]))
             && lexicon.subjectStops.longestWord(in: text, at: range.lowerBound, limit: range.upperBound) == nil) {
            after.range = nil
        }
        // A subject never reaches back across an earlier amount (兴建社会住宅 after 50亿元, not 亿元兴建…).
        let floor = max(sentence.lowerBound, min(previous?.end ?? sentence.lowerBound, candidate.prefixStart))
        let before = phraseBefore(candidate, in: text, floor: floor).flatMap { $0.count < 2 ? nil : $0 }
        // Read last: the clause before a comma, when the amount's own clause names nothing.
        let amount = candidate
        let across = { phraseAcrossClause(amount, in: text, floor: floor).flatMap { $0.count < 2 ? nil : $0 } }
        var chosen: Range<Int>?
        switch candidate.kind {
        case .count:
            // A count looks after its verb (742人担任楼栋长) before it looks across a comma.
            chosen = after.range.map { extendThroughDe($0, in: text, limit: afterLimit) } ?? before
                ?? phraseAfterVerb(afterStart, in: text, limit: afterLimit) ?? across()
        case .duration, .age:
            chosen = after.range ?? before ?? across()
        case .measure:
            chosen = (after.direct ? after.range : nil) ?? before ?? across() ?? after.range
        case .percent:
            // X%的研究对象: a share of a population names the population.
            chosen = (after.direct ? nil : after.range) ?? before ?? across() ?? after.range
        case .money:
            chosen = before ?? across() ?? after.range
        }
        if let c = chosen, c.count < 2, c != after.range { chosen = nil }
        if let chosen, !chosen.isEmpty {
            candidate.subjectRange = chosen
        } else if let previous, candidate.kind != .count || candidate.change != nil {
            // A percentage or price after an amount of the same clause chain (2976.6亿元，同比增长5.4%)
            // is about the same thing; a count with no noun is not.
            candidate.subjectRange = previous.subjectRange
            candidate.subjectText = previous.subjectText
        }
    }

    /// The noun phrase after `position`; `direct` when it follows without 的.
    private func phraseAfter(_ position: Int, in text: [Unicode.Scalar], limit: Int) -> (range: Range<Int>?, direct: Bool) {
        var start = position
        var direct = true
        if start < limit, text[start] == "的" {
            start += 1
            direct = false
        }
        let end = phraseEnd(from: start, in: text, limit: limit)
        return (end > start ? start..<end : nil, direct)
    }

    /// Where a noun phrase starting at `start` ends.
    private func phraseEnd(from start: Int, in text: [Unicode.Scalar], limit: Int) -> Int {
        var end = start
        while end < limit, end - start < maxAfter, isWordCharacter(at: end, in: text),
              !endsPhrase(stopForward(at: end, in: text, limit: limit), collected: end - start),
              !startsChange(at: end, in: text, limit: limit) {
            end += 1
        }
        return trimQuotes(start, end, in: text)
    }

    /// `五大类常见的添加剂组合`: a short modifier before 的 belongs with the noun after it.
    private func extendThroughDe(_ range: Range<Int>, in text: [Unicode.Scalar], limit: Int) -> Range<Int> {
        guard range.count <= 3, range.upperBound + 1 < limit, text[range.upperBound] == "的" else { return range }
        let end = phraseEnd(from: range.upperBound + 1, in: text, limit: limit)
        return end > range.upperBound + 1 ? range.lowerBound..<end : range
    }

    /// `742人担任楼栋长`: when nothing names a count before or right after it, the object of the verb
    /// that follows does.
    private func phraseAfterVerb(_ position: Int, in text: [Unicode.Scalar], limit: Int) -> Range<Int>? {
        guard let verb = lexicon.subjectStops.longestWord(in: text, at: position, limit: limit), verb.length >= 2 else { return nil }
        let start = position + verb.length
        let end = phraseEnd(from: start, in: text, limit: limit)
        return end > start ? start..<end : nil
    }

    /// `外资企业出口额居首，达到29.4亿美元`, `贵宾百家乐收入，首季就有303.82亿澳门元`: when nothing but link
    /// words and a time word stand between a comma and the amount, the subject ends the clause before.
    private func phraseAcrossClause(_ candidate: QuantityCandidate, in text: [Unicode.Scalar], floor: Int) -> Range<Int>? {
        var position = linkStart(candidate, in: text, floor: floor)
        if let time = lexicon.temporalEndings.longestMatch(in: text, endingAt: position, floor: floor) { position -= time.length }
        while position > floor, TextClass.isSpace(text[position - 1]) { position -= 1 }
        guard position - 1 > floor, TextClass.isComma(text[position - 1]) else { return nil }
        var end = position - 1
        while end > floor, TextClass.isSpace(text[end - 1]) { end -= 1 }
        // 出口额居首，达到…: the clause's predicate (居首, 最多) is not part of the subject.
        if let predicate = lexicon.clausePredicates.longestMatch(in: text, endingAt: end, floor: floor) { end -= predicate.length }
        return phraseBefore(candidate, in: text, floor: floor, from: end)
    }

    /// The noun phrase before the number (or before `from`), past qualifiers, change words, fillers, a
    /// bracketed aside and a rate's denominator.
    private func phraseBefore(_ candidate: QuantityCandidate, in text: [Unicode.Scalar], floor: Int, from explicitEnd: Int? = nil) -> Range<Int>? {
        var end = explicitEnd ?? linkStart(candidate, in: text, floor: floor)
        // 占全省粮食产量的70%: a share names its whole and what it is a share of.
        var crossShare = false
        if explicitEnd == nil, candidate.kind == .percent, end > floor + 1, text[end - 1] == "的" {
            end -= 1
            crossShare = true
        }
        var start = end
        var crossComparison = true
        // The length limit counts from the share verb once it is crossed (流感样病例占门急诊病例总数).
        var budgetEnd = end
        while start > floor, budgetEnd - start < maxBefore, isWordCharacter(at: start - 1, in: text) {
            if endsPhrase(stopBackward(endingAt: start, in: text, floor: floor), collected: end - start) {
                // …占…: keep walking over the share verb to the thing whose share it is.
                if crossShare, let share = lexicon.shareVerbs.longestMatch(in: text, endingAt: start, floor: floor) {
                    start -= share.length
                    budgetEnd = start
                    crossShare = false
                    continue
                }
                // 增速比一季度加快: what stands between 比 and the amount is the basis of comparison; the
                // subject is before 比.
                if crossComparison, let comparison = lexicon.comparisons.longestMatch(in: text, endingAt: start, floor: floor) {
                    // At the start of its clause (，较上届下降…) the comparison leaves no subject here.
                    guard start - comparison.length > floor, isWordCharacter(at: start - comparison.length - 1, in: text) else { return nil }
                    end = start - comparison.length
                    start = end
                    budgetEnd = end
                    crossComparison = false
                    continue
                }
                break
            }
            // A time phrase inside (在十二五期间投资) ends the subject after it, unless the time word goes on
            // (季 in 一季度).
            if start < end, let time = lexicon.temporalEndings.longestMatch(in: text, endingAt: start, floor: floor),
               !(lexicon.temporalEndings.longestMatch(in: text, endingAt: start + 1, floor: floor).map { $0.length > time.length } ?? false) {
                break
            }
            start -= 1
        }
        // The unit of an earlier number (比2010年增加, 8个盟市) is not part of the subject.
        if start > floor, TextClass.isDigit(text[start - 1]) || TextClass.chineseDigit(text[start - 1]) != nil,
           let unit = lexicon.units.longestWord(in: text, at: start, limit: end) {
            start += unit.length
        }
        // A rate's denominator (1斤鸡蛋4.69元) is not part of the subject.
        if let per = candidate.perRange, per.upperBound > start, per.upperBound <= end { start = per.upperBound }
        guard end > start else { return nil }
        // A time phrase (前段时间是5元, 春节期间6元左右) is not what is measured, except by a duration
        // (停电时间缩短至1.5小时).
        if candidate.kind != .duration, lexicon.temporalEndings.longestMatch(in: text, endingAt: end, floor: start) != nil { return nil }
        return start..<end
    }

    /// Whether a change word begins at `position` (1平方公里增至…), unless it is inside a kept word (新增个案).
    private func startsChange(at position: Int, in text: [Unicode.Scalar], limit: Int) -> Bool {
        guard let change = lexicon.changesForward.longestWord(in: text, at: position, limit: limit) else { return false }
        return !isKept(position..<position + change.length, in: text, limit: limit)
    }

    /// The length of a stop word starting at `position`, unless it is inside a kept word (在校, 比重).
    private func stopForward(at position: Int, in text: [Unicode.Scalar], limit: Int) -> Int? {
        guard let stop = lexicon.subjectStops.longestWord(in: text, at: position, limit: limit) else { return nil }
        return isKept(position..<position + stop.length, in: text, limit: limit) ? nil : stop.length
    }

    /// The length of a stop word ending at `position`, unless it is inside a kept word.
    private func stopBackward(endingAt position: Int, in text: [Unicode.Scalar], floor: Int) -> Int? {
        guard let stop = lexicon.subjectStopsBackward.longestMatch(in: text, endingAt: position, floor: floor) else { return nil }
        return isKept(position - stop.length..<position, in: text, limit: text.count) ? nil : stop.length
    }

    /// Whether a kept word (一 noun holding a stop character) overlaps the stop at `stop` and is longer than it.
    private func isKept(_ stop: Range<Int>, in text: [Unicode.Scalar], limit: Int) -> Bool {
        var k = max(0, stop.lowerBound - 3)
        while k < stop.upperBound {
            if let keep = lexicon.subjectKeeps.longestWord(in: text, at: k, limit: limit), keep.length > stop.count,
               k + keep.length > stop.lowerBound {
                return true
            }
            k += 1
        }
        return false
    }

    /// `由上一季的` or `从年初的` right before `end`: where its 由/从 stands, so that the subject is read before
    /// the starting point of the change; nil otherwise.
    private func changeStart(before end: Int, in text: [Unicode.Scalar], floor: Int) -> Int? {
        guard end - 1 > floor, text[end - 1] == "的",
              let period = lexicon.temporalEndings.longestMatch(in: text, endingAt: end - 1, floor: floor) else { return nil }
        var i = end - 1 - period.length
        let stop = max(floor, i - 4)
        while i > stop {
            let c = text[i - 1]
            if lexicon.fromMarkers.contains(c) { return i - 1 }
            if TextClass.isClauseBreak(c) || !EntityScalars.isHan(c) { return nil }
            i -= 1
        }
        return nil
    }

    /// Where the words linking a subject to its amount begin: skips change words, fillers, qualifiers,
    /// a 每X or 一斤 denominator and a bracketed aside (负荷(不含外送)将达3150万千瓦).
    func linkStart(_ candidate: QuantityCandidate, in text: [Unicode.Scalar], floor: Int) -> Int {
        var end = candidate.prefixStart
        var moved = true
        while moved {
            moved = false
            while end > floor, TextClass.isSpace(text[end - 1]) { end -= 1; moved = true }
            // 内地旅客佔七成: a share verb right before the amount links it to its subject.
            // Each word class in turn, once per round (matched directly: no array of matchers per round).
            if let change = lexicon.changes.longestMatch(in: text, endingAt: end, floor: floor), change.length > 0,
               lexicon.changeNouns.longestMatch(in: text, endingAt: end, floor: floor)?.length != change.length {
                end -= change.length
                moved = true
            }
            // A one-character link word inside a noun (为 in 违法行为, 均 in 户均, 约 in 签约) stays in the subject.
            if let length = lexicon.fillers.longestMatch(in: text, endingAt: end, floor: floor)?.length, length > 0,
               !isKept(end - length..<end, in: text, limit: text.count) {
                end -= length
                moved = true
            }
            if let length = lexicon.qualifiersBefore.longestMatch(in: text, endingAt: end, floor: floor)?.length, length > 0,
               !isKept(end - length..<end, in: text, limit: text.count) {
                end -= length
                moved = true
            }
            if let length = lexicon.respectively.longestMatch(in: text, endingAt: end, floor: floor)?.length, length > 0 { end -= length; moved = true }
            if let from = changeStart(before: end, in: text, floor: floor) {
                end = from
                moved = true
            }
            if let length = lexicon.shareVerbs.longestMatch(in: text, endingAt: end, floor: floor)?.length, length > 0 { end -= length; moved = true }
            if let per = candidate.perRange, per.upperBound == end, per.lowerBound > floor, text[per.lowerBound - 1] == "每" {
                end = per.lowerBound - 1
                moved = true
            }
            if let rate = candidate.rateRange, rate.upperBound == end {
                end = rate.lowerBound
                moved = true
            }
            if end > floor, text[end - 1] == ")" || text[end - 1] == "）" {
                var i = end - 1
                while i > floor, text[i - 1] != "(", text[i - 1] != "（", !TextClass.isClauseBreak(text[i - 1]) { i -= 1 }
                if i > floor, text[i - 1] == "(" || text[i - 1] == "（" {
                    end = i - 1
                    moved = true
                }
            }
        }
        return end
    }

    /// Whether a stop word of `length` ends a phrase of `collected` characters. A one-character stop
    /// (并, 及, 获) is as often part of a noun (并网, 操作) as a link word, so it only ends a phrase that
    /// already has two characters; a longer stop always does.
    private func endsPhrase(_ length: Int?, collected: Int) -> Bool {
        guard let length else { return false }
        return length >= 2 || collected >= 2
    }

    private func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        TextClass.isIdeograph(c) || TextClass.isLatinLetter(c) || TextClass.isQuote(c)
    }

    /// A word character, or a digit or point inside a token with Latin letters (5G基站, 5A级景区, PM2.5).
    private func isWordCharacter(at i: Int, in text: [Unicode.Scalar]) -> Bool {
        let c = text[i]
        if isWordCharacter(c) { return true }
        guard TextClass.isDigit(c) || c == "." else { return false }
        var lo = i
        while lo > 0, i - lo < 8, isTokenCharacter(text[lo - 1]) { lo -= 1 }
        var hi = i + 1
        while hi < text.count, hi - i < 8, isTokenCharacter(text[hi]) { hi += 1 }
        // A point must stand between digits (PM2.5), not end the token.
        if c == ".", !(i > lo && i + 1 < hi && TextClass.isDigit(text[i - 1]) && TextClass.isDigit(text[i + 1])) { return false }
        return (lo..<hi).contains { TextClass.isLatinLetter(text[$0]) }
    }

    private func isTokenCharacter(_ c: Unicode.Scalar) -> Bool {
        TextClass.isLatinLetter(c) || TextClass.isDigit(c) || c == "."
    }

    /// Drops an unbalanced opening quote at the end of a phrase.
    private func trimQuotes(_ start: Int, _ end: Int, in text: [Unicode.Scalar]) -> Int {
        var e = end
        while e > start, TextClass.isQuote(text[e - 1]), !(start..<e - 1).contains(where: { TextClass.isQuote(text[$0]) }) {
            e -= 1
        }
        return e
    }
}
