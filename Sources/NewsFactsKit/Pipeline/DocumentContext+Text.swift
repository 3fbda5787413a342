extension DocumentContext {
    /// The original text behind a normalized range, without the characters normalization dropped
    /// (layout line breaks, glosses): what a reader sees when the layout is repaired.
    ///
    /// Each normalized scalar contributes the original characters it stands for, so Traditional text stays
    /// Traditional and full-width digits stay full width.
    public func originalText(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, text.count))
        let upper = max(lower, min(range.upperBound, text.count))
        var view = String.UnicodeScalarView()
        var i = lower
        while i < upper {
            // Runs of adjacent normalized scalars map to one contiguous original range.
            let start = Int(text.starts[i])
            var end = Int(text.ends[i])
            var j = i + 1
            while j < upper, Int(text.starts[j]) == end { end = Int(text.ends[j]); j += 1 }
            view.append(contentsOf: source.scalars[max(0, start)..<min(end, source.count)])
            i = j
        }
        return String(view)
    }

    /// The original offsets and text of a normalized range, for a record's `start`, `end` and `mention`.
    public func originalSpan(_ range: Range<Int>) -> (start: Int, end: Int, mention: String) {
        let r = text.originalRange(range)
        return (r.lowerBound, r.upperBound, source.string(r))
    }
}
