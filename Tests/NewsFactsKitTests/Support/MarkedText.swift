/// Test inputs with expected spans marked inline: `全市⟦89所⟧学校` is the text `全市89所学校` with the
/// span `89所` expected.
struct MarkedText {
    /// The text without markers.
    let text: String
    /// The marked spans, in code point offsets of `text`, in order.
    let spans: [Range<Int>]

    /// Parses a marked string.
    init(_ marked: String) {
        var plain = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var open: Int? = nil
        for s in marked.unicodeScalars {
            switch s {
            case "⟦": open = plain.count
            case "⟧":
                if let start = open { spans.append(start..<plain.count) }
                open = nil
            default: plain.append(s)
            }
        }
        self.text = String(plain)
        self.spans = spans
    }
}
