/// Normalization pass: drops invisible format characters (zero-width spaces, soft hyphens, a stray BOM).
///
/// They are invisible to a reader but split numbers and words for a scanner (`14<ZWSP>0`). The original
/// keeps them; the normalized scalars around them keep their own origins, so a match across a dropped
/// character maps back to an original range that includes it.
struct InvisibleRemoval: Sendable {
    /// The table it reads.
    static let file = "normalize/invisible.tsv"
    /// The characters to drop.
    private let dropped: Set<Unicode.Scalar>

    /// Builds the pass from the rows of `normalize/invisible.tsv`.
    init(rows: [[String]]) throws {
        var dropped = Set<Unicode.Scalar>()
        for row in rows {
            guard let cell = row.first else { continue }
            dropped.formUnion(try CodePointCell.scalars(cell, file: Self.file))
        }
        self.dropped = dropped
    }

    /// Loads the table from the resources.
    static func load() throws -> InvisibleRemoval {
        try InvisibleRemoval(rows: ResourceFile.rows(file))
    }

    /// Drops the listed characters; leaves the text untouched (no copy) when there are none.
    ///
    /// - Complexity: O(n).
    func apply(_ text: inout NormalizedText) {
        // All listed characters are above U+00AC, so the common case tests one comparison per scalar.
        guard text.scalars.contains(where: { $0.value >= 0xAD && dropped.contains($0) }) else { return }
        var result = NormalizedText()
        result.reserveCapacity(text.count)
        for i in 0..<text.count where !dropped.contains(text.scalars[i]) {
            result.append(text.scalars[i], originalStart: Int(text.starts[i]), originalEnd: Int(text.ends[i]))
        }
        text = result
    }
}
