extension DocumentContext {
    /// The original text behind a normalized range, without the characters normalization dropped
    /// (layout line breaks, glosses): what a reader sees when the layout is repaired.
    ///
    /// Each normalized scalar contributes the original characters it stands for, so Traditional text stays
    /// Traditional and full-width digits stay full width.
    public func originalText(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, text.count))
        let upper = max(lower, min(range.upperBound, text.count))
        let count = source.count
        return text.starts.withUnsafeBufferPointer { starts in
            text.ends.withUnsafeBufferPointer { ends in
                source.scalars.withUnsafeBufferPointer { scalars in
                    // Runs of adjacent normalized scalars map to one contiguous original range.
                    var runs: [Range<Int>] = []
                    var i = lower
                    while i < upper {
                        let start = Int(starts[i])
                        var end = Int(ends[i])
                        var j = i + 1
                        while j < upper, Int(starts[j]) == end { end = Int(ends[j]); j += 1 }
                        let from = max(0, start)
                        let to = min(end, count)
                        if from < to { runs.append(from..<to) }
                        i = j
                    }
                    return String(scalars: scalars, ranges: runs)
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
