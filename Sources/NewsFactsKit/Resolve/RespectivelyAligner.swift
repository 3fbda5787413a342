/// Pairs a list of amounts introduced by 分别 ("respectively") with the list of items before it:
/// `罗平九龙瀑布、玉溪抚仙湖、昆明石林游客接待量…，分别为23.47万人次、19.93万人次和19.64万人次` gives each
/// amount its own item as subject.
///
/// The amounts must follow one another joined only by list separators; the items are the nearest run of
/// the same number of noun phrases joined by 、/和/及 before 分别, with no digits in them. The last item is
/// cut at the first stop word (`昆明石林游客接待量居全省前三位` → `昆明石林游客接待量`).
struct RespectivelyAligner: Sendable {
    let lexicon: ResolveLexicon
    let subjects: SubjectFinder
    /// The longest verb phrase between 分别 and the first amount (分别新增就业).
    let maxVerbPhrase = 8

    /// Re-assigns the subjects of every 分别 list in a sentence's candidates.
    func align(_ candidates: inout [QuantityCandidate], in text: [Unicode.Scalar], sentence: Range<Int>) {
        var i = 0
        while i < candidates.count {
            // The list starts at an amount whose link words contain 分别, or that follows 分别 and a short
            // verb phrase in its clause (分别新增就业3.2万人、…).
            let link = subjects.linkStart(candidates[i], in: text, floor: sentence.lowerBound)
            let reach = clauseReach(before: link, in: text, floor: max(sentence.lowerBound, i > 0 ? candidates[i - 1].end : sentence.lowerBound))
            guard let marker = respectivelyMarker(in: reach..<candidates[i].prefixStart, text: text) else { i += 1; continue }
            var j = i + 1
            while j < candidates.count, candidates[j].kind == candidates[i].kind,
                  onlySeparators(candidates[j - 1].end..<candidates[j].prefixStart, in: text) {
                j += 1
            }
            let count = j - i
            if count >= 2, let items = items(count, before: marker, in: text, floor: sentence.lowerBound) {
                for (k, item) in items.enumerated() {
                    candidates[i + k].subjectRange = item
                    candidates[i + k].subjectText = nil
                }
            } else if count >= 2, i >= count, (i - count..<i).allSatisfy({ pairable(candidates[$0], with: candidates[i]) }) {
                // 接待游客286.5万人次，实现旅游收入18.6亿元，分别增长32.1%和41.5%: the list pairs with the
                // amounts of another kind just before it.
                for k in 0..<count {
                    candidates[i + k].subjectRange = candidates[i - count + k].subjectRange
                    candidates[i + k].subjectText = candidates[i - count + k].subjectText
                }
            }
            i = j
        }
    }

    /// An earlier amount that a 分别 list of another kind (growth rates after levels) can take its subject from.
    private func pairable(_ earlier: QuantityCandidate, with listed: QuantityCandidate) -> Bool {
        earlier.kind != listed.kind && (earlier.subjectRange != nil || earlier.subjectText != nil)
    }

    /// How far back from `position` a 分别 may stand: within its clause, at most `maxVerbPhrase` characters.
    private func clauseReach(before position: Int, in text: [Unicode.Scalar], floor: Int) -> Int {
        var k = position
        while k > floor, position - k < maxVerbPhrase, !TextClass.isClauseBreak(text[k - 1]), !TextClass.isDigit(text[k - 1]) { k -= 1 }
        return k
    }

    private func respectivelyMarker(in range: Range<Int>, text: [Unicode.Scalar]) -> Int? {
        var end = range.upperBound
        while end > range.lowerBound {
            if let match = lexicon.respectively.longestMatch(in: text, endingAt: end, floor: range.lowerBound) {
                return end - match.length
            }
            end -= 1
        }
        return nil
    }

    private func onlySeparators(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        guard range.lowerBound <= range.upperBound else { return false }
        var k = range.lowerBound
        while k < range.upperBound {
            if TextClass.isSpace(text[k]) { k += 1; continue }
            guard let separator = lexicon.listSeparators.longestWord(in: text, at: k, limit: range.upperBound) else { return false }
            k += separator.length
        }
        return true
    }

    /// The items of the nearest clause before `position` that lists exactly `count` digit-free items:
    /// split at 、 (the last item may be joined by 和/及/与: `A、B和C`), or at 和/及/与 for two items.
    private func items(_ count: Int, before position: Int, in text: [Unicode.Scalar], floor: Int) -> [Range<Int>]? {
        var clauseEnd = position
        for _ in 0..<3 {
            var clauseStart = clauseEnd
            while clauseStart > floor, !TextClass.isClauseBreak(text[clauseStart - 1]) || text[clauseStart - 1] == "、" {
                clauseStart -= 1
            }
            let clause = clauseStart..<clauseEnd
            if !clause.isEmpty, !clause.contains(where: { TextClass.isDigit(text[$0]) }), let found = split(clause, count, in: text) {
                return found
            }
            guard clauseStart > floor else { return nil }
            clauseEnd = clauseStart - 1
        }
        return nil
    }

    private func split(_ clause: Range<Int>, _ count: Int, in text: [Unicode.Scalar]) -> [Range<Int>]? {
        var parts: [Range<Int>] = []
        var start = clause.lowerBound
        for k in clause where text[k] == "、" {
            parts.append(start..<k)
            start = k + 1
        }
        parts.append(start..<clause.upperBound)
        if parts.count == count - 1 || (parts.count == 1 && count == 2), let last = parts.last,
           let joint = firstSeparator(in: last, text: text) {
            parts[parts.count - 1] = last.lowerBound..<joint.lowerBound
            parts.append(joint.upperBound..<last.upperBound)
        }
        guard parts.count == count else { return nil }
        // The first item starts after the last stop word before it; the last ends at the first one after it.
        if let first = parts.first {
            var s = first.upperBound
            while s > first.lowerBound, isItemCharacter(text[s - 1]),
                  lexicon.subjectStopsBackward.longestMatch(in: text, endingAt: s, floor: first.lowerBound) == nil {
                s -= 1
            }
            parts[0] = s..<first.upperBound
        }
        if let last = parts.last {
            var e = last.lowerBound
            while e < last.upperBound, isItemCharacter(text[e]),
                  e == last.lowerBound || lexicon.subjectStops.longestWord(in: text, at: e, limit: last.upperBound) == nil {
                e += 1
            }
            parts[parts.count - 1] = last.lowerBound..<e
        }
        return parts.allSatisfy({ $0.count >= 1 }) ? parts : nil
    }

    private func firstSeparator(in range: Range<Int>, text: [Unicode.Scalar]) -> Range<Int>? {
        var k = range.lowerBound + 1
        while k < range.upperBound {
            if text[k] != "、", let match = lexicon.itemSeparators.longestWord(in: text, at: k, limit: range.upperBound) {
                return k..<k + match.length
            }
            k += 1
        }
        return nil
    }

    private func isItemCharacter(_ c: Unicode.Scalar) -> Bool {
        TextClass.isIdeograph(c) || TextClass.isLatinLetter(c)
    }
}
