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
    func assign(_ candidate: inout QuantityCandidate, previous: QuantityCandidate?, in text: [Unicode.Scalar], sentence: Range<Int>) {
        let after = phraseAfter(candidate.end, in: text, limit: sentence.upperBound)
        let before = phraseBefore(candidate, in: text, floor: sentence.lowerBound)
        var chosen: Range<Int>?
        switch candidate.kind {
        case .count, .duration, .age:
            chosen = after.range ?? before
        case .measure:
            chosen = (after.direct ? after.range : nil) ?? before ?? after.range
        case .money, .percent:
            chosen = before ?? after.range
        }
        if let chosen, !chosen.isEmpty {
            candidate.subjectRange = chosen
        } else if let previous {
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
        var end = start
        while end < limit, end - start < maxAfter, isWordCharacter(text[end]),
              lexicon.subjectStops.longestWord(in: text, at: end, limit: limit) == nil {
            end += 1
        }
        end = trimQuotes(start, end, in: text)
        return (end > start ? start..<end : nil, direct)
    }

    /// The noun phrase before the number, past qualifiers, change words and fillers.
    private func phraseBefore(_ candidate: QuantityCandidate, in text: [Unicode.Scalar], floor: Int) -> Range<Int>? {
        var end = candidate.prefixStart
        // Skip the words that link a subject to its amount (上升至, 为, 同比, 约), and a 每X denominator.
        var moved = true
        while moved {
            moved = false
            while end > floor, TextClass.isSpace(text[end - 1]) { end -= 1; moved = true }
            for trie in [lexicon.changes.erased, lexicon.fillers.erased, lexicon.qualifiersBefore.erased] {
                if let length = trie(text, end, floor), length > 0 {
                    end -= length
                    moved = true
                }
            }
            if let per = candidate.perRange, per.upperBound == end, per.lowerBound > floor, text[per.lowerBound - 1] == "每" {
                end = per.lowerBound - 1
                moved = true
            }
        }
        var start = end
        while start > floor, end - start < maxBefore, isWordCharacter(text[start - 1]) {
            if lexicon.subjectStopsBackward.longestMatch(in: text, endingAt: start, floor: floor) != nil { break }
            start -= 1
        }
        // A digit run ends the phrase (104户165人: the second count's subject is not 104户).
        while start < end, TextClass.isDigit(text[start]) { start += 1 }
        return end > start ? start..<end : nil
    }

    private func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        TextClass.isIdeograph(c) || TextClass.isLatinLetter(c) || TextClass.isQuote(c)
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

extension ScalarTrie {
    /// A backward matcher returning only the matched length (so tries of different values can be listed together).
    var erased: @Sendable ([Unicode.Scalar], Int, Int) -> Int? {
        let trie = self
        return { text, end, floor in trie.longestMatch(in: text, endingAt: end, floor: floor)?.length }
    }
}
