/// The decoded text of one document, as Unicode scalars; record offsets index into it.
///
/// Offsets everywhere in NewsFacts are code point offsets into this array (a byte-order mark is not
/// part of it), so `String(scalars[start..<end])` is a record's `mention`.
public struct SourceText: Sendable, Hashable {
    /// The code points of the decoded document.
    public let scalars: [Unicode.Scalar]

    /// Wraps decoded scalars.
    public init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Decodes a Swift string into scalars (tests and small inputs).
    public init(_ string: String) {
        self.scalars = Array(string.unicodeScalars)
    }

    /// The number of code points.
    public var count: Int { scalars.count }

    /// The text of a code point range, clamped to the document.
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }
}
