/// Finds personal names: a surname (`surnames.tsv`) and one or two more characters, in a context that
/// marks a person (`person-context.tsv`): a byline or caption role before it (`记者 潘红 通讯员 雷贵光`,
/// `(记者申铖)`), a title before it (`组织部长刘鹏`), a verb of saying or a form of address after it
/// (`刘鹏强调`, `葛永金老人`), or a name alone in parentheses closing an article (`(刘雪峰)`).
/// A name found once is found again wherever it recurs in the document.
///
/// A surname alone never makes a person, so words like `育人` or `养羊` are never names.
public struct PersonRecognizer: Sendable {
    /// The tables.
    public let lexicon: EntityLexicon

    /// Creates a recognizer over the lexicon.
    public init(lexicon: EntityLexicon) {
        self.lexicon = lexicon
    }

    /// The persons in the text, in order, none overlapping; `taken` marks characters already claimed by
    /// places and organizations (a name never starts inside one). A role is the text `quote` gives for
    /// its normalized range (the original, so that it reads as the page writes it); by default the
    /// normalized text itself.
    public func mentions(in s: [Unicode.Scalar], taken: [Range<Int>],
                         quote: ((Range<Int>) -> String)? = nil) -> [EntityMention] {
        let quote = quote ?? { EntityScalars.string(s, $0) }
        let n = s.count
        var blocked = [Bool](repeating: false, count: n)
        for r in taken { for i in r where i < n { blocked[i] = true } }
        var found: [EntityMention] = []
        var i = 0
        while i < n {
            guard lexicon.personCues.mayStart(with: s[i]) || s[i] == "(" || s[i] == "（",
                  let (mentions, next) = cue(at: i, in: s, blocked: blocked, quote: quote) else {
                i += 1
                continue
            }
            found.append(contentsOf: mentions)
            i = max(next, i + 1)
        }
        found += afterCues(in: s, blocked: blocked, known: found)
        found = propagate(found, in: s, blocked: blocked)
        var seen = Set<Range<Int>>()
        return found.filter { seen.insert($0.range).inserted }.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: Names

    /// The surname at `i`: its end (two-character surnames first).
    private func surname(at i: Int, in s: [Unicode.Scalar]) -> Int? {
        guard i < s.count, lexicon.surnames.mayStart(with: s[i]) else { return nil }
        return lexicon.surnames.longestMatch(in: s, at: i, limit: i + 2)?.end
    }

    /// Whether a name may end at `p`: punctuation, space, a line break, the text's end, a function
    /// character, or a cue word of `after`/`credit`/`byline` kind.
    private func isNameEnd(_ p: Int, in s: [Unicode.Scalar], allowAdverb: Bool) -> Bool {
        guard p < s.count else { return true }
        let c = s[p]
        if !EntityScalars.isHan(c) { return true }
        if lexicon.functionCharacters.contains(c) { return true }
        if let m = lexicon.personCues.longestMatch(in: s, at: p, limit: p + 6) {
            switch m.value {
            case .after, .credit, .byline: return true
            case .title, .role: break
            }
        }
        if allowAdverb, p + 2 < s.count, s[p + 2] == "地", EntityScalars.isHan(s[p]), EntityScalars.isHan(s[p + 1]) {
            return true
        }
        return false
    }

    /// A name starting at `i` that ends where `isNameEnd` allows: three characters before two (most
    /// Chinese names have a two-character given name); the range, or nil.
    private func name(at i: Int, in s: [Unicode.Scalar], blocked: [Bool], allowAdverb: Bool,
                      strict: Bool = false) -> Range<Int>? {
        guard let sEnd = surname(at: i, in: s) else { return nil }
        for given in strict ? [2] : [2, 1] {
            let end = sEnd + given
            guard end <= s.count else { continue }
            // After a title, a three-character name right before a verb of saying may hold a function
            // character (市长陈其迈表示: 其); anywhere else that would let in phrases (其中, 之后).
            let beforeSaying = allowAdverb && given == 2 && end < s.count
                && lexicon.personCues.longestMatch(in: s, at: end, limit: end + 6)?.value == .after
            guard (i..<end).allSatisfy({ !blocked[$0] && EntityScalars.isHan(s[$0])
                    && (!lexicon.functionCharacters.contains(s[$0]) || (beforeSaying && $0 >= sEnd)) })
            else { continue }
            if strict {
                let afterCue = end < s.count && lexicon.personCues.longestMatch(in: s, at: end, limit: end + 6)?.value == .after
                if end == s.count || !EntityScalars.isHan(s[end]) || afterCue { return i..<end }
                continue
            }
            if isNameEnd(end, in: s, allowAdverb: allowAdverb) { return i..<end }
        }
        return nil
    }

    // MARK: Cues before a name

    private func skipSpaces(_ p: Int, in s: [Unicode.Scalar]) -> Int {
        var q = p
        while q < s.count, EntityScalars.isSpace(s[q]) || s[q] == ":" || s[q] == "：" { q += 1 }
        return q
    }

    /// A cue at `i` and the names it introduces; the position to continue from.
    private func cue(at i: Int, in s: [Unicode.Scalar], blocked: [Bool], quote: (Range<Int>) -> String) -> ([EntityMention], Int)? {
        if s[i] == "(" || s[i] == "（" { return parenthesized(at: i, in: s, blocked: blocked) }
        guard let m = lexicon.personCues.longestMatch(in: s, at: i, limit: i + 6) else { return nil }
        let role = quote(i..<m.end)
        switch m.value {
        case .byline:
            var result: [EntityMention] = []
            var p = skipSpaces(m.end, in: s)
            while let r = name(at: p, in: s, blocked: blocked, allowAdverb: false) {
                result.append(EntityMention(range: r, type: .person, role: role))
                var q = r.upperBound
                while q < s.count, EntityScalars.isSpace(s[q]) { q += 1 }
                guard q < s.count, s[q] == "、" || (q > r.upperBound && lexicon.personCues.longestMatch(in: s, at: q, limit: q + 6) == nil)
                else { break }
                p = skipSpaces(s[q] == "、" ? q + 1 : q, in: s)
            }
            return result.isEmpty ? nil : (result, result.last?.range.upperBound ?? m.end)
        case .title, .role:
            guard !(m.end < s.count && EntityScalars.isSpace(s[m.end])) || m.value == .title else { return nil }
            let p = m.end
            // A weak role (负责人, 居民) precedes ordinary nouns as often as names (居民安全): only a full
            // three-character name ending at punctuation or a verb of saying counts.
            guard let r = name(at: p, in: s, blocked: blocked, allowAdverb: m.value == .title, strict: m.value == .role)
            else { return nil }
            return ([EntityMention(range: r, type: .person, role: quote(titlePhrase(endingAt: m.end, titleStart: i, in: s)))], r.upperBound)
        case .after, .credit:
            return nil
        }
    }

    /// The title as the text states it: the title word and the name characters before it back to
    /// punctuation (`中宁县枸杞产业管理办公室副主任`), at most 16 characters.
    private func titlePhrase(endingAt end: Int, titleStart: Int, in s: [Unicode.Scalar]) -> Range<Int> {
        var start = titleStart
        while start > 0, end - start < 16, EntityScalars.isNameCharacter(s[start - 1]),
              !lexicon.functionCharacters.contains(s[start - 1]) {
            start -= 1
        }
        return start..<end
    }

    /// `(刘雪峰)` or `(刘莹 记者 宋文博)`: a name right after an opening parenthesis, ending at the closing
    /// one or at a byline cue.
    private func parenthesized(at i: Int, in s: [Unicode.Scalar], blocked: [Bool]) -> ([EntityMention], Int)? {
        let p = i + 1
        guard let r = name(at: p, in: s, blocked: blocked, allowAdverb: false) else { return nil }
        var q = r.upperBound
        while q < s.count, EntityScalars.isSpace(s[q]) { q += 1 }
        guard q < s.count else { return nil }
        let closes = s[q] == ")" || s[q] == "）"
        let beforeCue = q > r.upperBound && lexicon.personCues.longestMatch(in: s, at: q, limit: q + 6)?.value == .byline
        guard closes || beforeCue else { return nil }
        return ([EntityMention(range: r, type: .person)], r.upperBound)
    }

    // MARK: Cues after a name

    /// Names right before a verb of saying or a form of address (`刘鹏强调`, `高继花高兴地说`, `葛永金老人`).
    /// Two-character names need a stronger context elsewhere (many common words start with a surname).
    private func afterCues(in s: [Unicode.Scalar], blocked: [Bool], known: [EntityMention]) -> [EntityMention] {
        var result: [EntityMention] = []
        let knownNames = Set(known.map { EntityScalars.string(s, $0.range) })
        var i = 2
        while i < s.count {
            guard lexicon.personCues.mayStart(with: s[i]), let m = lexicon.personCues.longestMatch(in: s, at: i, limit: i + 6),
                  m.value == .after else {
                i += 1
                continue
            }
            var ends = [i]
            if i >= 3, s[i - 1] == "地" { ends.append(i - 3) }
            for end in ends {
                var matched = false
                for length in [3, 2] where end - length >= 0 {
                    let start = end - length
                    guard let sEnd = surname(at: start, in: s), sEnd < end else { continue }
                    guard (start..<end).allSatisfy({ !blocked[$0] && EntityScalars.isHan(s[$0]) && !lexicon.functionCharacters.contains(s[$0]) })
                    else { continue }
                    guard start == 0 || !EntityScalars.isHan(s[start - 1]) || lexicon.functionCharacters.contains(s[start - 1])
                          || blocked[start - 1] else { continue }
                    let text = EntityScalars.string(s, start..<end)
                    guard length == 3 || knownNames.contains(text) else { continue }
                    result.append(EntityMention(range: start..<end, type: .person))
                    matched = true
                    break
                }
                if matched { break }
            }
            i = m.end
        }
        return result
    }

    // MARK: Recurrence

    private func propagate(_ found: [EntityMention], in s: [Unicode.Scalar], blocked: [Bool]) -> [EntityMention] {
        guard !found.isEmpty else { return found }
        var names = ScalarTrie<Bool>(flatRoot: false)
        for f in found { names.insert(EntityScalars.string(s, f.range), true) }
        var covered = [Bool](repeating: false, count: s.count)
        for f in found { for i in f.range { covered[i] = true } }
        var result = found
        var i = 0
        while i < s.count {
            if !covered[i], !blocked[i], names.mayStart(with: s[i]), let m = names.longestMatch(in: s, at: i),
               !(i..<m.end).contains(where: { covered[$0] || blocked[$0] }) {
                result.append(EntityMention(range: i..<m.end, type: .person))
                i = m.end
                continue
            }
            i += 1
        }
        return result
    }
}
