/// Chooses where a window of decoded text ends, so that a file too large to hold whole is processed
/// in pieces that each look like a page: after a line break if possible, else after a sentence.
///
/// The cut is looked for in the second half of the window only, so a window is never less than half
/// its size; a window without any line break or sentence end there (a single line of 8 MB without
/// punctuation) is cut at its end, between two code points.
struct WindowCutter: Sendable {
    /// Punctuation that ends a sentence (the segmenter's table).
    let sentenceEnd: ScalarSet
    /// Closing quotes and brackets that stay with the sentence before them.
    let closers: ScalarSet

    /// Reads the segmenter's classes.
    init() throws {
        let lexicon = try SegmentLexicon.load()
        self.sentenceEnd = lexicon.sentenceEnd
        self.closers = lexicon.closers
    }

    /// The number of leading scalars of `scalars` to process as one window.
    func cut(_ scalars: [Unicode.Scalar]) -> Int {
        let n = scalars.count
        let floor = n / 2
        // A line break: LF, or a CR not followed by LF (a CR LF pair stays together), LS, PS, NEL.
        var i = n - 1
        while i >= floor {
            switch scalars[i].value {
            case 0x0A, 0x2028, 0x2029, 0x85:
                return i + 1
            case 0x0D where i + 1 < n && scalars[i + 1].value != 0x0A:
                return i + 1
            default:
                i -= 1
            }
        }
        // A sentence end, with the closing marks after it; not the very last scalar, whose closers
        // may be in the next window.
        i = n - 2
        while i >= floor {
            if sentenceEnd.contains(scalars[i]) {
                var end = i + 1
                while end < n - 1, closers.contains(scalars[end]) { end += 1 }
                return end
            }
            i -= 1
        }
        return n
    }
}
