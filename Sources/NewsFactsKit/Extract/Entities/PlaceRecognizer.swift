/// Finds places: PRC divisions (full names and short forms), foreign places and regions, landmarks,
/// and the names built on them (`山东省成武县汶上集镇`, `忻州经济开发区`, `玉溪抚仙湖`, `窑沟村`).
///
/// Three passes over the document:
/// 1. Longest-match lookup of every place name in the gazetteer trie (maximal munch, left to right).
/// 2. Support: the divisions the document names beyond doubt (full names of three or more characters,
///    unambiguous province and prefecture short forms) and their governing divisions.
/// 3. Resolution: a short form or an ambiguous name is read as the division the support favours
///    (`高雄` in a page that also says `高雄县`); a county's short form (`阳高`) or a two-character full
///    name (`高县`) counts only where the document supports its prefecture or province.
/// Then each place is extended to its longest span as written: a governed division or a township or
/// village after it, a zone (`开发区`) or a landform (`盆地`) ending.
public struct PlaceRecognizer: Sendable {
    /// The tables.
    public let lexicon: EntityLexicon
    private var gazetteer: Gazetteer { lexicon.gazetteer }

    /// Creates a recognizer over the lexicon.
    public init(lexicon: EntityLexicon) {
        self.lexicon = lexicon
    }

    /// A place found, with how it resolved.
    struct Found {
        var range: Range<Int>
        var normalized: String?
        var adcode: String?
        /// The division it resolved to, if any.
        var division: Int?
        /// Whether it names a township or village (its path is a division's plus its name).
        var isSettlement = false
        /// Whether the name as written is a full name (heads a chain such as 山东省成武县).
        var isFull = false
        /// The settlement's own name (`窑沟村`), for later mentions of it on its own.
        var settlementName: String?
        /// Settlements written right after a settlement found on its own (`舟塔乡` + `田滩村`).
        var tail = ""
        /// The path of the county-level division the place lies in, if known.
        var countyPath: String?
        /// The path of the township (镇 乡 街道) the place is or lies in, if known.
        var townshipPath: String?
    }

    /// The places in the text, in order, none overlapping.
    public func mentions(in s: [Unicode.Scalar], layout: TextLayout) -> [EntityMention] {
        places(in: s, layout: layout).map {
            EntityMention(range: $0.range, type: .place, normalized: $0.normalized, adcode: $0.adcode)
        }
    }

    func places(in s: [Unicode.Scalar], layout: TextLayout) -> [Found] {
        let candidates = lookup(s)
        let support = support(of: candidates, in: s)
        var found: [Found] = []
        for (k, c) in candidates.enumerated() {
            let listed = isListed(k, candidates, in: s)
            if let f = resolve(c, in: s, support: support, listed: listed) { found.append(f) }
        }
        var candidateStart = [Bool](repeating: false, count: s.count + 1)
        for f in found { candidateStart[f.range.lowerBound] = true }
        found = extend(found, in: s, candidateStart: candidateStart)
        found = addStandalone(to: found, in: s, layout: layout)
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: Pass 1: lookup

    struct Candidate {
        var range: Range<Int>
        var entries: [EntityLexicon.PlaceEntry]
    }

    private func lookup(_ s: [Unicode.Scalar]) -> [Candidate] {
        var result: [Candidate] = []
        var i = 0
        let n = s.count
        while i < n {
            if lexicon.genericReferences.mayStart(with: s[i]),
               let g = lexicon.genericReferences.longestMatch(in: s, at: i, limit: i + 4) {
                i = g.end
                continue
            }
            if lexicon.places.mayStart(with: s[i]), let m = lexicon.places.longestMatch(in: s, at: i, limit: i + 24) {
                result.append(Candidate(range: i..<m.end, entries: m.value))
                i = m.end
                continue
            }
            i += 1
        }
        return result
    }

    // MARK: Pass 2: support

    private func divisionNames(_ c: Candidate) -> [Gazetteer.Name] {
        c.entries.compactMap { if case .division(let name) = $0 { return name } else { return nil } }
    }

    private func support(of candidates: [Candidate], in s: [Unicode.Scalar]) -> Set<Int> {
        var support = Set<Int>()
        for c in candidates {
            let names = divisionNames(c)
            guard let first = names.first else { continue }
            let weak = gazetteer.weakShortFormTrie.contains(s, c.range)
            let unambiguous = names.allSatisfy { gazetteer.samePlace($0.division, first.division) }
            guard unambiguous else {
                // 大理 is 大理白族自治州 or its 大理市: either way the prefecture is named.
                var common = Set([first.division] + gazetteer.ancestors(of: first.division))
                for name in names.dropFirst() { common.formIntersection([name.division] + gazetteer.ancestors(of: name.division)) }
                let strongShort = names.contains { gazetteer.divisions[$0.division].level <= .prefecture }
                    && !weak
                if strongShort { support.formUnion(common) }
                continue
            }
            let strong = names.contains { name in
                let d = gazetteer.divisions[name.division]
                if !name.isShort { return d.name.count >= 3 }
                return d.level <= .prefecture && d.isCurrent && !weak
            }
            guard strong else { continue }
            for name in names {
                support.insert(name.division)
                support.formUnion(gazetteer.ancestors(of: name.division))
            }
        }
        return support
    }

    // MARK: Pass 3: resolution

    /// Whether candidate `k` stands in a list with another place (`白水、洛川`, `陕西内蒙古`).
    private func isListed(_ k: Int, _ candidates: [Candidate], in s: [Unicode.Scalar]) -> Bool {
        func joined(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            let gap = b.lowerBound - a.upperBound
            return gap == 0 || (gap == 1 && (s[a.upperBound] == "、" || s[a.upperBound] == "和" || s[a.upperBound] == "及"))
        }
        if k > 0, joined(candidates[k - 1].range, candidates[k].range) { return true }
        if k + 1 < candidates.count, joined(candidates[k].range, candidates[k + 1].range) { return true }
        return false
    }

    private func resolve(_ c: Candidate, in s: [Unicode.Scalar], support: Set<Int>, listed: Bool) -> Found? {
        let weak = gazetteer.weakShortFormTrie.contains(s, c.range)
        var best: (key: [Int], name: Gazetteer.Name)?
        for name in divisionNames(c) {
            let d = gazetteer.divisions[name.division]
            let selfSupported = support.contains(name.division)
            let ancestors = gazetteer.ancestors(of: name.division)
            let ancestorSupported = ancestors.contains { support.contains($0) }
            // A county's short form needs its prefecture named, or its province and a list around it:
            // a province alone is weak evidence for a two-character word (延长 in a page naming 陕西).
            let countySupported = selfSupported || ancestors.contains { support.contains($0) && gazetteer.divisions[$0].level == .prefecture }
                || (listed && ancestorSupported)
            let acceptable: Bool
            if !name.isShort {
                acceptable = d.name.count >= 3 || selfSupported || ancestorSupported
            } else if d.level == .county {
                acceptable = countySupported
            } else if !d.isCurrent {
                acceptable = selfSupported || ancestorSupported
            } else {
                acceptable = !weak || selfSupported || ancestorSupported
            }
            guard acceptable else { continue }
            // Higher is better, compared in order: support, current, full name, level, table order.
            let key = [(selfSupported ? 2 : 0) + (ancestorSupported ? 1 : 0), d.isCurrent ? 1 : 0,
                       name.isShort ? 0 : 1, -d.level.rawValue, -name.division]
            if let current = best, !current.key.lexicographicallyPrecedes(key) { continue }
            best = (key, name)
        }
        if let best {
            let d = gazetteer.divisions[best.name.division]
            var f = Found(range: c.range, normalized: d.path, adcode: d.adcode, division: best.name.division,
                          isFull: !best.name.isShort)
            if d.level == .county { f.countyPath = d.path }
            return f
        }
        for entry in c.entries {
            switch entry {
            case .foreign(let normalized):
                let end = c.range.upperBound
                if end < s.count, lexicon.foreignFollowers.longestMatch(in: s, at: end, limit: end + 1) != nil { return nil }
                return Found(range: c.range, normalized: normalized)
            case .landmark: return Found(range: c.range, normalized: nil)
            case .division, .notPlace: continue
            }
        }
        return nil
    }

    // MARK: Longest span as written

    /// Whether `s[i]` may be part of a settlement, zone or landform name.
    private func isStemCharacter(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        EntityScalars.isHan(s[i]) && !lexicon.functionCharacters.contains(s[i])
    }

    /// A settlement (`汶上集镇`, `窑沟村`) whose name starts at `i`: its end and name.
    private func settlement(after i: Int, in s: [Unicode.Scalar]) -> (end: Int, name: String)? {
        var k = 0
        while i + k < s.count, k <= 4 {
            if k >= 1, lexicon.settlementSuffixes.mayStart(with: s[i + k]),
               let m = lexicon.settlementSuffixes.longestMatch(in: s, at: i + k, limit: i + k + 2),
               m.value.bounds.contains(k) {
                if !isStopStem(s, i..<(i + k)), !isFollowedByWord(m.end, in: s) { return (m.end, EntityScalars.string(s, i..<m.end)) }
            }
            guard isStemCharacter(s, i + k) else { return nil }
            k += 1
        }
        return nil
    }

    /// Whether a settlement ending at `end` runs on into a longer word (村民, 乡镇, 街道社区).
    private func isFollowedByWord(_ end: Int, in s: [Unicode.Scalar]) -> Bool {
        end < s.count && lexicon.settlementFollowers.mayStart(with: s[end])
            && lexicon.settlementFollowers.longestMatch(in: s, at: end, limit: end + 4) != nil
    }

    /// Whether the name part ends with a word that makes it common (农 in 新农村, 美丽 in 美丽乡村).
    private func isStopStem(_ s: [Unicode.Scalar], _ stem: Range<Int>) -> Bool {
        for start in stem where lexicon.settlementStopwords.contains(s, start..<stem.upperBound) { return true }
        return false
    }

    /// A zone ending (`经济开发区`) after up to eight name characters from `i`: its end.
    private func zone(after i: Int, in s: [Unicode.Scalar], candidateStart: [Bool]) -> Int? {
        var k = 0
        while i + k < s.count, k <= 8 {
            if lexicon.zoneSuffixes.mayStart(with: s[i + k]),
               let m = lexicon.zoneSuffixes.longestMatch(in: s, at: i + k, limit: i + k + 10) {
                if m.end < s.count, lexicon.facilityWords.longestMatch(in: s, at: m.end, limit: m.end + 4) != nil { return nil }
                return m.end
            }
            guard isStemCharacter(s, i + k), !candidateStart[i + k] else { return nil }
            k += 1
        }
        return nil
    }

    /// A landform ending after a place name (`玉溪` + `抚仙湖`, `柴达木` + `盆地`): its end.
    private func landform(after i: Int, in s: [Unicode.Scalar], candidateStart: [Bool]) -> Int? {
        var k = 0
        while i + k < s.count, k <= 8 {
            if lexicon.landformSuffixes.mayStart(with: s[i + k]),
               let m = lexicon.landformSuffixes.longestMatch(in: s, at: i + k, limit: i + k + 4) {
                let multi = m.end - (i + k) >= 2
                if m.value.bounds.contains(k) || (multi && k <= m.value.bounds.upperBound) { return m.end }
            }
            guard isStemCharacter(s, i + k), !candidateStart[i + k] else { return nil }
            k += 1
        }
        return nil
    }

    private func extend(_ found: [Found], in s: [Unicode.Scalar], candidateStart: [Bool]) -> [Found] {
        var result: [Found] = []
        var next = 0
        while next < found.count {
            var f = found[next]
            next += 1
            var changed = true
            while changed {
                changed = false
                let e = f.range.upperBound
                guard e < s.count else { break }
                if next < found.count, found[next].range.lowerBound == e, let head = f.division,
                   let tail = found[next].division, gazetteer.isAncestor(head, of: tail),
                   f.isFull || f.isSettlement || (gazetteer.divisions[head].level == .prefecture && gazetteer.divisions[tail].level == .county) {
                    // A chain runs on from a full name (山东省成武县), or from a prefecture's short form
                    // to one of its counties (昆明石林); 湖南湘西 stays two places.
                    let t = found[next]
                    f.range = f.range.lowerBound..<t.range.upperBound
                    (f.normalized, f.adcode, f.division, f.isFull) = (t.normalized, t.adcode, t.division, t.isFull)
                    f.countyPath = t.countyPath ?? f.countyPath
                    next += 1
                    changed = true
                    continue
                }
                let level = f.division.map { gazetteer.divisions[$0].level }
                if f.isSettlement || level == .county, let st = settlement(after: e, in: s) {
                    f.range = f.range.lowerBound..<st.end
                    f.normalized = f.normalized.map { $0 + st.name }
                    f.adcode = nil
                    f.isSettlement = true
                    f.settlementName = st.name
                    f.townshipPath = st.name.hasSuffix("村") ? f.townshipPath : f.normalized
                    changed = true
                    continue
                }
                if f.division != nil, let z = zone(after: e, in: s, candidateStart: candidateStart) {
                    // A zone keeps its name as written after the path: 湘西高新区 → …湘西土家族苗族自治州湘西高新区.
                    let own = f.isFull ? e : f.range.lowerBound
                    f.normalized = f.normalized.map { $0 + EntityScalars.string(s, own..<z) }
                    f.range = f.range.lowerBound..<z
                    f.adcode = nil
                    break
                }
                if let l = landform(after: e, in: s, candidateStart: candidateStart) {
                    f.range = f.range.lowerBound..<l
                    f.normalized = nil
                    f.adcode = nil
                    f.division = nil
                    break
                }
            }
            // A chain may have swallowed places that start inside it.
            while next < found.count, found[next].range.lowerBound < f.range.upperBound { next += 1 }
            result.append(f)
        }
        return result
    }

    // MARK: Settlements and landforms on their own

    /// Whether a name may start at `i`: the character before it is not part of a name.
    private func isBoundary(before i: Int, in s: [Unicode.Scalar]) -> Bool {
        i == 0 || !EntityScalars.isHan(s[i - 1]) || lexicon.functionCharacters.contains(s[i - 1])
    }

    private func addStandalone(to found: [Found], in s: [Unicode.Scalar], layout: TextLayout) -> [Found] {
        var covered = [Bool](repeating: false, count: s.count)
        for f in found { for i in f.range { covered[i] = true } }
        var added: [Found] = []
        var i = 0
        while i < s.count {
            if covered[i] || !EntityScalars.isHan(s[i]) { i += 1; continue }
            if lexicon.settlementSuffixes.mayStart(with: s[i]),
               let m = lexicon.settlementSuffixes.longestMatch(in: s, at: i, limit: i + 2) {
                if i > 0, s[i - 1] == "等", !isFollowedByWord(m.end, in: s), let list = listedSettlements(endingAt: i - 1, suffix: i..<m.end, in: s, covered: covered) {
                    added.append(contentsOf: list)
                    i = m.end
                    continue
                }
                if !isFollowedByWord(m.end, in: s),
                   let start = stemStart(before: i, bounds: m.value.bounds, in: s, covered: covered),
                   !isStopStem(s, start..<i) {
                    var f = Found(range: start..<m.end, normalized: nil, isSettlement: true)
                    f.settlementName = EntityScalars.string(s, start..<m.end)
                    while let st = settlement(after: f.range.upperBound, in: s), !(f.range.upperBound..<st.end).contains(where: { covered[$0] }) {
                        f.range = f.range.lowerBound..<st.end
                        f.tail += st.name
                    }
                    added.append(f)
                    i = f.range.upperBound
                    continue
                }
            }
            if lexicon.landformSuffixes.mayStart(with: s[i]),
               let m = lexicon.landformSuffixes.longestMatch(in: s, at: i, limit: i + 4), m.value.alone,
               let start = stemStart(before: i, bounds: m.value.bounds, in: s, covered: covered) {
                added.append(Found(range: start..<m.end, normalized: nil))
                i = m.end
                continue
            }
            i += 1
        }
        var all = (found + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
        resolveSettlementPaths(&all, in: s, layout: layout)
        return all
    }

    /// The start of a name ending at `end` whose start is delimited by a boundary within `bounds`.
    private func stemStart(before end: Int, bounds: ClosedRange<Int>, in s: [Unicode.Scalar], covered: [Bool]) -> Int? {
        var start = end
        while start > 0, end - start < bounds.upperBound, isStemCharacter(s, start - 1), !covered[start - 1] {
            if isGenericReference(endingAt: start, in: s) { break }
            start -= 1
        }
        let length = end - start
        guard bounds.contains(length), length >= 1 else { return nil }
        guard start == 0 || covered[start - 1] || isBoundary(before: start, in: s) || isGenericReference(endingAt: start, in: s)
        else { return nil }
        return start
    }

    /// Whether a generic reference (该县, 全市) ends at `end`.
    private func isGenericReference(endingAt end: Int, in s: [Unicode.Scalar]) -> Bool {
        guard end >= 2 else { return false }
        return lexicon.genericReferences.longestMatch(in: s, at: end - 2, limit: end)?.end == end
    }

    /// `北土、庄头等村`: each listed name is a settlement whose normalized name takes the suffix.
    private func listedSettlements(endingAt end: Int, suffix: Range<Int>, in s: [Unicode.Scalar], covered: [Bool]) -> [Found]? {
        var items: [Range<Int>] = []
        var e = end
        while true {
            var b = e
            while b > 0, e - b < 3, isStemCharacter(s, b - 1), !covered[b - 1] { b -= 1 }
            guard e - b >= 2 else { return nil }
            items.insert(b..<e, at: 0)
            if b > 0, s[b - 1] == "、" { e = b - 1; continue }
            guard isBoundary(before: b, in: s) || (b > 0 && covered[b - 1]) else { return nil }
            break
        }
        guard items.count >= 2 else { return nil }
        let suffixText = EntityScalars.string(s, suffix)
        return items.map { r in
            var f = Found(range: r, normalized: nil, isSettlement: true)
            f.settlementName = EntityScalars.string(s, r) + suffixText
            return f
        }
    }

    /// Gives settlements found on their own the path of the place governing them: the same name met
    /// earlier in a chain, else the nearest preceding county (or, for a village, township) in the article.
    private func resolveSettlementPaths(_ all: inout [Found], in s: [Unicode.Scalar], layout: TextLayout) {
        var known: [String: Found] = [:]
        for i in all.indices {
            let f = all[i]
            if f.division != nil {
                if let name = f.settlementName, f.normalized != nil { known[name] = known[name] ?? f }
                continue
            }
            guard f.isSettlement, let name = f.settlementName else { continue }
            if let k = known[name] {
                all[i].normalized = k.normalized.map { $0 + f.tail }
                all[i].countyPath = k.countyPath
                all[i].townshipPath = k.townshipPath
                continue
            }
            let article = layout.article(containing: f.range.lowerBound)
            let isVillage = name.hasSuffix("村")
            var j = i - 1
            var parent: Found?
            while j >= 0, layout.article(containing: all[j].range.lowerBound) == article {
                let g = all[j]
                if isVillage, g.townshipPath != nil || g.countyPath != nil { parent = g; break }
                if !isVillage, g.countyPath != nil { parent = g; break }
                j -= 1
            }
            guard let parent else { continue }
            let base = isVillage ? (parent.townshipPath ?? parent.countyPath) : parent.countyPath
            guard let base else { continue }
            all[i].normalized = base + name
            all[i].countyPath = parent.countyPath
            all[i].townshipPath = isVillage ? parent.townshipPath : all[i].normalized
            known[name] = all[i]
            all[i].normalized = all[i].normalized.map { $0 + f.tail }
        }
    }
}
