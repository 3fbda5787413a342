extension Array where Element == Sentence {
    /// The index of the sentence holding `offset` (sentences sorted and not overlapping), or nil when
    /// it falls between sentences or beyond them.
    ///
    /// - Complexity: O(log n).
    public func index(containing offset: Int) -> Int? {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < count && self[lo].range.contains(offset) ? lo : nil
    }
}
