/// Parses the code point cells of the normalization tables: `FF0C` or a range `FF01..FF0B` (hex).
enum CodePointCell {
    /// A malformed cell, with the table and the text for the error message.
    struct Malformed: Error, CustomStringConvertible {
        /// The resource file.
        var file: String
        /// The cell as written.
        var cell: String
        /// A sentence for a person.
        var description: String { "\(file): '\(cell)' is not a hex code point or range A..B" }
    }

    /// The code points of a cell, in order.
    static func scalars(_ cell: String, file: String) throws -> [Unicode.Scalar] {
        let parts = cell.components(separatedBy: "..")
        guard parts.count == 1 || parts.count == 2,
              let low = UInt32(parts[0], radix: 16),
              let high = parts.count == 2 ? UInt32(parts[1], radix: 16) : low,
              low <= high else { throw Malformed(file: file, cell: cell) }
        let scalars = (low...high).compactMap { Unicode.Scalar($0) }
        guard scalars.count == Int(high - low) + 1 else { throw Malformed(file: file, cell: cell) }
        return scalars
    }
}
