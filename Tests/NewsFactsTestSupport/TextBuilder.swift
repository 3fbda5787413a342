/// Builds a text and the code point spans of marked pieces.
struct TextBuilder {
    private(set) var scalars: [Unicode.Scalar] = []

    mutating func add(_ s: String) {
        scalars.append(contentsOf: s.unicodeScalars)
    }

    mutating func mark(_ s: String) -> Range<Int> {
        let start = scalars.count
        add(s)
        return start..<scalars.count
    }

    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
