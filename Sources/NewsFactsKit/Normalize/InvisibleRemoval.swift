/// Normalization pass: drops invisible format characters (zero-width spaces, soft hyphens, a stray BOM).
///
/// They are invisible to a reader but split numbers and words for a scanner (`14<ZWSP>0`). The original
/// keeps them; the normalized scalars around them keep their own origins, so a match across a dropped
/// character maps back to an original range that includes it.
struct InvisibleRemoval: Sendable {
    /// The table it reads.
    static let file = "normalize/invisible.tsv"
    /// The characters to drop.
    private let dropped: ScalarSet

    /// Builds the pass from the rows of `normalize/invisible.tsv`.
    init(rows: [[String]]) throws {
        var dropped = ScalarSet()
        for row in rows {
            guard let cell = row.first else { continue }
            for scalar in try CodePointCell.scalars(cell, file: Self.file) { dropped.insert(scalar) }
        }
        self.dropped = dropped
    }

    /// Loads the table from the resources.
    static func load() throws -> InvisibleRemoval {
        try InvisibleRemoval(rows: ResourceFile.rows(file))
    }

    /// Drops the listed characters in place; leaves the text untouched when there are none.
    ///
    /// - Complexity: O(n).
    func apply(_ text: inout NormalizedText) {
        guard var write = text.scalars.firstIndex(where: { dropped.contains($0) }) else { return }
        let n = text.count
        var read = write
        while read < n {
            if dropped.contains(text.scalars[read]) {
                read += 1
                continue
            }
            var end = read + 1
            while end < n && !dropped.contains(text.scalars[end]) { end += 1 }
            text.move(read..<end, to: write)
            write += end - read
            read = end
        }
        text.truncate(to: write)
    }
}
