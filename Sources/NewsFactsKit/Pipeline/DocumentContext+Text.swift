extension DocumentContext {
    /// The original text behind a normalized range, without the characters normalization dropped
    /// (layout line breaks, glosses): what a reader sees when the layout is repaired.
    ///
    /// Each normalized scalar contributes the original characters it stands for, so Traditional text stays
    /// Traditional and full-width digits stay full width.
    public func originalText(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, text.count))
        let upper = max(lower, min(range.upperBound, text.count))
        guard lower < upper else { return "" }
        let count = source.count
        return text.starts.withUnsafeBufferPointer { starts in
            text.ends.withUnsafeBufferPointer { ends in
                source.scalars.withUnsafeBufferPointer { scalars in
                    // Runs of adjacent normalized scalars map to one contiguous original range: once to
                    // count the scalars, once to encode them.
                    func forEachRun(_ body: (Range<Int>) -> Void) {
                        var i = lower
                        while i < upper {
                            let start = Int(starts[i])
                            var end = Int(ends[i])
                            var j = i + 1
                            while j < upper, Int(starts[j]) == end { end = Int(ends[j]); j += 1 }
                            let from = max(0, start)
                            let to = min(end, count)
                            if from < to { body(from..<to) }
                            i = j
                        }
                    }
                    var total = 0
                    forEachRun { total += $0.count }
                    return String(unsafeUninitializedCapacity: total * 4) { bytes in
                        var n = 0
                        forEachRun { run in
                            for k in run { n = String.encode(scalars[k], into: bytes, at: n) }
                        }
                        return n
                    }
                }
            }
        }
    }

    /// The original offsets and text of a normalized range, for a record's `start`, `end` and `mention`.
    public func originalSpan(_ range: Range<Int>) -> (start: Int, end: Int, mention: String) {
        let r = text.originalRange(range)
        return (r.lowerBound, r.upperBound, source.string(r))
    }
}
