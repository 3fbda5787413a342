/// Finds organizations by their endings (`局 委员会 政府 公司 集团 大学 …`, `org-suffixes.tsv`), by
/// well-known names (`新华社`, `财政部`), and by repeating a name already found (`商务局` after
/// `市商务局`, `燕子山矿` after `晋能控股煤业集团燕子山矿`).
///
/// A name's start is found by scanning back from its ending over name characters to punctuation, a
/// function character or a generic place reference (`该县`); where a place name stands inside that
/// stretch, the name starts at the place (`借助山东种业集团` → `山东种业集团`). A weak ending (局, 部, 网, …)
/// needs the name to begin with an administrative prefix or a place, to contain a strong ending, or
/// to follow a source label.
public struct OrganizationRecognizer: Sendable {
    /// The tables.
    public let lexicon: EntityLexicon

    /// The most name characters before a strong ending (long company names).
    static let strongStem = 12
    /// The most name characters before a weak ending (a unit under its parent: `…集团燕子山矿`).
    static let weakStem = 12

    /// Creates a recognizer over the lexicon.
    public init(lexicon: EntityLexicon) {
        self.lexicon = lexicon
    }

    /// The organizations in the text, in order; overlapping candidates are all returned (the resolver
    /// keeps the longest).
    public func mentions(in s: [Unicode.Scalar], places: [EntityMention]) -> [EntityMention] {
        let n = s.count
        var placeStart = [Bool](repeating: false, count: n + 1)
        for p in places where p.range.lowerBound < n { placeStart[p.range.lowerBound] = true }
        var found: [Range<Int>] = []
        var i = 0
        while i < n {
            let c = s[i]
            if lexicon.orgNames.mayStart(with: c), let m = lexicon.orgNames.longestMatch(in: s, at: i, limit: i + 12),
               !runsOn(i..<m.end, in: s) {
                found.append(i..<m.end)
            }
            if lexicon.orgSuffixes.mayStart(with: c), let m = lexicon.orgSuffixes.longestMatch(in: s, at: i, limit: i + 6),
               let range = candidate(suffix: i..<m.end, strength: m.value, in: s, placeStart: placeStart) {
                found.append(range)
            }
            i += 1
        }
        found = propagate(found, in: s)
        var seen = Set<Range<Int>>()
        return found.filter { !lexicon.orgGeneric.contains(s, $0) && seen.insert($0).inserted }
            .sorted { ($0.lowerBound, $1.upperBound) < ($1.lowerBound, $0.upperBound) }
            .map { EntityMention(range: $0, type: .organization) }
    }

    /// The organization ending with `suffix`, if its name qualifies.
    private func candidate(suffix: Range<Int>, strength: EntityLexicon.OrgStrength, in s: [Unicode.Scalar],
                           placeStart: [Bool]) -> Range<Int>? {
        let i = suffix.lowerBound
        if isStopword(around: suffix, in: s) { return nil }
        let limit = strength == .strong ? Self.strongStem : Self.weakStem
        var start = i
        while start > 0, i - start < limit {
            let c = s[start - 1]
            if c == "与", start >= 2, continuesAcross(start - 1, in: s) {
                start -= 1
                continue
            }
            if !EntityScalars.isNameCharacter(c) || lexicon.functionCharacters.contains(c) { break }
            if isGenericReference(endingAt: start, in: s) { break }
            start -= 1
        }
        start = afterStops(start, i, in: s)
        let hitLimit = start > 0 && i - start == limit && EntityScalars.isNameCharacter(s[start - 1])
        // A place inside the stretch starts the name, with a known prefix before it (国网忻州…).
        if let p = (start..<i).first(where: { placeStart[$0] }) {
            var q = p
            if p > start, let prefix = knownPrefix(endingAt: p, from: start, in: s) { q = prefix }
            start = q
        } else if hitLimit {
            return nil
        }
        while start < i, EntityScalars.isDigit(s[start]) || EntityScalars.isLatin(s[start]) && !placeStart[start] {
            if lexicon.orgNames.mayStart(with: s[start]) { break }
            start += 1
        }
        guard i - start >= 2 else { return nil }
        if strength == .weak {
            let prefixed = placeStart[start] || (lexicon.orgPrefixes.longestMatch(in: s, at: start, limit: i) != nil
                && lexicon.orgPrefixWords.longestMatch(in: s, at: start, limit: i) == nil)
                || lexicon.orgNames.longestMatch(in: s, at: start, limit: i) != nil
            let containsStrong = (start..<i).contains { k in
                guard let m = lexicon.orgSuffixes.longestMatch(in: s, at: k, limit: i) else { return false }
                return m.value == .strong
            }
            guard prefixed || containsStrong || isLabelled(start, in: s) else { return nil }
        }
        return start..<suffix.upperBound
    }

    /// Whether a well-known name runs on into a longer word with an ending (`财政部` in `财政部门`).
    private func runsOn(_ r: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        for k in r {
            if let m = lexicon.orgSuffixes.longestMatch(in: s, at: k, limit: min(s.count, r.upperBound + 3)), m.end > r.upperBound {
                return true
            }
        }
        return false
    }

    /// Whether a name continues across the conjunction 与 at `p`: the words before it end in no
    /// organization ending (`法国国家健康与医学研究所`, but not `市委与市政府`).
    private func continuesAcross(_ p: Int, in s: [Unicode.Scalar]) -> Bool {
        guard p >= 1, EntityScalars.isHan(s[p - 1]), !lexicon.functionCharacters.contains(s[p - 1]) else { return false }
        for k in max(0, p - 6)..<p {
            if lexicon.orgSuffixes.longestMatch(in: s, at: k, limit: p)?.end == p { return false }
            if lexicon.orgNames.longestMatch(in: s, at: k, limit: p)?.end == p { return false }
        }
        return true
    }

    /// The start of the name within `start..<end` after any stop word (a verb or time word before the
    /// name) and after a count (`三地`, `14个`): a numeral and a classifier-like character.
    private func afterStops(_ start: Int, _ end: Int, in s: [Unicode.Scalar]) -> Int {
        var result = start
        var k = start
        while k < end {
            if let m = lexicon.orgStemStops.longestMatch(in: s, at: k, limit: end) {
                result = m.end
                k = m.end
                continue
            }
            if EntityScalars.chineseDigit(s[k]) != nil || s[k] == "十" || EntityScalars.isDigit(s[k]) {
                var j = k
                while j < end, EntityScalars.chineseDigit(s[j]) != nil || s[j] == "十" || EntityScalars.isDigit(s[j]) { j += 1 }
                if j < end, EntityScalars.isHan(s[j]), j - k >= 1, isCountWord(s[j]), !(k > start && s[k - 1] == "第") {
                    result = j + 1
                    k = j + 1
                    continue
                }
                if k == result, j < end, !EntityScalars.isDigit(s[k]) || k == start {
                    // a name does not begin with a bare numeral (一年公司)
                    if EntityScalars.chineseDigit(s[k]) != nil, j - k == 1, j < end, s[j] == "年" { result = j + 1 }
                }
                k = j
                continue
            }
            k += 1
        }
        return result
    }

    /// Characters that follow a numeral as classifiers or units in counts (三地, 14个, 一年).
    private func isCountWord(_ c: Unicode.Scalar) -> Bool {
        "个家所名地年位座项批类种条户级支届".unicodeScalars.contains(c)
    }

    /// An organization name or prefix (国网, 中国) ending at `end`, starting at or after `from`.
    private func knownPrefix(endingAt end: Int, from: Int, in s: [Unicode.Scalar]) -> Int? {
        for start in from..<end {
            if lexicon.orgNames.longestMatch(in: s, at: start, limit: end)?.end == end { return start }
            if lexicon.orgPrefixes.longestMatch(in: s, at: start, limit: end)?.end == end, end - start >= 2 { return start }
        }
        return nil
    }

    /// Whether the ending and the characters around it form a common word (格局, 部分, 社会).
    private func isStopword(around suffix: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        for back in 0...3 where suffix.lowerBound - back >= 0 {
            for forward in 0...2 where suffix.upperBound + forward <= s.count {
                guard back + forward > 0 else { continue }
                if lexicon.orgStopwords.contains(s, (suffix.lowerBound - back)..<(suffix.upperBound + forward)) { return true }
            }
        }
        return false
    }

    /// Whether a generic reference (该县, 全市) ends at `end`.
    private func isGenericReference(endingAt end: Int, in s: [Unicode.Scalar]) -> Bool {
        guard end >= 2 else { return false }
        return lexicon.genericReferences.longestMatch(in: s, at: end - 2, limit: end)?.end == end
    }

    /// Whether a source label and a colon stand right before `start` (来源:东方网).
    private func isLabelled(_ start: Int, in s: [Unicode.Scalar]) -> Bool {
        var p = start
        while p > 0, s[p - 1] == ":" || s[p - 1] == "：" || EntityScalars.isSpace(s[p - 1]) { p -= 1 }
        guard p < start else { return false }
        for length in 2...3 where p - length >= 0 {
            if lexicon.orgLabels.longestMatch(in: s, at: p - length, limit: p)?.end == p { return true }
        }
        return false
    }

    /// Adds the other occurrences of names found: each name, the name without its administrative
    /// prefix (`市商务局` → `商务局`), and a unit's own name after its parent's (`…集团燕子山矿` → `燕子山矿`).
    private func propagate(_ found: [Range<Int>], in s: [Unicode.Scalar]) -> [Range<Int>] {
        var names = ScalarTrie<Bool>(flatRoot: false)
        for r in found {
            names.insert(EntityScalars.string(s, r), true)
            if let p = lexicon.orgPrefixes.longestMatch(in: s, at: r.lowerBound, limit: r.upperBound),
               r.upperBound - p.end >= 3 {
                names.insert(EntityScalars.string(s, p.end..<r.upperBound), true)
            }
            var k = r.upperBound - 1
            while k > r.lowerBound + 1 {
                if let m = lexicon.orgSuffixes.longestMatch(in: s, at: k, limit: r.upperBound), m.value == .strong,
                   m.end < r.upperBound, r.upperBound - m.end >= 3 {
                    names.insert(EntityScalars.string(s, m.end..<r.upperBound), true)
                    break
                }
                k -= 1
            }
        }
        guard names.count > 0 else { return found }
        var covered = [Bool](repeating: false, count: s.count)
        for r in found { for i in r { covered[i] = true } }
        var result = found
        var i = 0
        while i < s.count {
            if !covered[i], names.mayStart(with: s[i]), let m = names.longestMatch(in: s, at: i),
               !(i..<m.end).contains(where: { covered[$0] }), startsName(at: i, in: s) {
                result.append(i..<m.end)
                i = m.end
                continue
            }
            i += 1
        }
        return result
    }

    /// Whether a name may begin at `i`: nothing that belongs to a word stands right before it.
    private func startsName(at i: Int, in s: [Unicode.Scalar]) -> Bool {
        i == 0 || !EntityScalars.isHan(s[i - 1]) || lexicon.functionCharacters.contains(s[i - 1])
            || isGenericReference(endingAt: i, in: s)
    }
}
