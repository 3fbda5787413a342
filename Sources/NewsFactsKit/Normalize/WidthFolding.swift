/// Normalization pass: folds full-width forms, odd spaces and control characters, one for one.
///
/// `８９所` reads as `89所`, `１６﹒１%` as `16.1%`, an ideographic space as a space. The Chinese comma
/// `，` stays (see `normalize/width.tsv` for why). Offsets never move: each scalar keeps its origin.
struct WidthFolding: Sendable {
    /// The table it reads.
    static let file = "normalize/width.tsv"
    /// The folding.
    private let map: ScalarMap

    /// Builds the pass from the rows of `normalize/width.tsv`: `from` (code point or range), `to` (one
    /// code point, or a range of the same length).
    init(rows: [[String]]) throws {
        var map = ScalarMap()
        for row in rows where row.count >= 2 {
            let from = try CodePointCell.scalars(row[0], file: Self.file)
            let to = try CodePointCell.scalars(row[1], file: Self.file)
            guard to.count == 1 || to.count == from.count else {
                throw CodePointCell.Malformed(file: Self.file, cell: "\(row[0]) → \(row[1])")
            }
            for (k, scalar) in from.enumerated() {
                map.set(scalar, to: to.count == 1 ? to[0] : to[k])
            }
        }
        self.map = map
    }

    /// Loads the table from the resources.
    static func load() throws -> WidthFolding {
        try WidthFolding(rows: ResourceFile.rows(file))
    }

    /// The folded form of one scalar (itself when the table has no entry).
    func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar { map[scalar] ?? scalar }

    /// Folds every scalar in place.
    ///
    /// - Complexity: O(n).
    ///
    /// One exception reads context: a full-width comma between two full-width digits (`４，５６５`) is
    /// that typography's thousands separator and folds to `,`; anywhere else it stays a Chinese comma.
    func apply(_ text: inout NormalizedText) {
        let count = text.count
        var previousFullWidthDigit = false
        for i in 0..<count {
            let scalar = text.scalars[i]
            let fullWidthDigit = Self.isFullWidthDigit(scalar)
            defer { previousFullWidthDigit = fullWidthDigit }
            // Printable ASCII has no entry; skip the lookup for it.
            if scalar.value >= 0x20 && scalar.value < 0x7F { continue }
            if scalar == "，", previousFullWidthDigit, i + 1 < count, Self.isFullWidthDigit(text.scalars[i + 1]) {
                text.replace(at: i, with: ",")
                continue
            }
            if let folded = map[scalar] { text.replace(at: i, with: folded) }
        }
    }

    private static func isFullWidthDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0xFF10 && s.value <= 0xFF19
    }
}
