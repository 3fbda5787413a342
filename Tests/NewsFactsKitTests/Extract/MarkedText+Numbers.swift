/// Reading back spans of a marked text, for the number tests' messages and proportion checks.
extension MarkedText {
    /// The text of a span of the unmarked text (clamped to it).
    func string(_ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        let lower = max(0, min(range.lowerBound, scalars.count))
        view.append(contentsOf: scalars[lower..<max(lower, min(range.upperBound, scalars.count))])
        return String(view)
    }
}
