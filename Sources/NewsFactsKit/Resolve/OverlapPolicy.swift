/// How overlapping spans are settled: a named, tested strategy rather than scattered conditions.
public enum OverlapPolicy: Sendable {
    /// Longest span first; among equal lengths the earliest; then the order given (the caller's
    /// priority). Every kept span overlaps no other kept span.
    case longestThenEarliest

    /// The indexes of the spans to keep, in text order.
    ///
    /// - Complexity: O(n log n) to sort plus O(n · k) to check, k the spans kept near each one.
    public func select(_ ranges: [Range<Int>]) -> [Int] {
        switch self {
        case .longestThenEarliest:
            let order = ranges.indices.sorted { a, b in
                let la = ranges[a].count
                let lb = ranges[b].count
                if la != lb { return la > lb }
                if ranges[a].lowerBound != ranges[b].lowerBound { return ranges[a].lowerBound < ranges[b].lowerBound }
                return a < b
            }
            var kept: [Range<Int>] = []
            var keptIndexes: [Int] = []
            for i in order where !ranges[i].isEmpty {
                let r = ranges[i]
                // kept stays sorted by start: binary search the insertion point, check both neighbours.
                var lo = 0
                var hi = kept.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if kept[mid].lowerBound < r.lowerBound { lo = mid + 1 } else { hi = mid }
                }
                if lo > 0, kept[lo - 1].overlaps(r) { continue }
                if lo < kept.count, kept[lo].overlaps(r) { continue }
                kept.insert(r, at: lo)
                keptIndexes.insert(i, at: lo)
            }
            return keptIndexes
        }
    }
}
