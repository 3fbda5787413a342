/// Normalization pass: every line ending becomes one `\n`.
///
/// CRLF becomes one `\n` standing for both original scalars, so a match that spans it maps back to the
/// whole `\r\n`. A lone CR (old Mac files) and the other mandatory breaks of Unicode's line breaking
/// algorithm (UAX #14: vertical tab, form feed, U+0085 NEXT LINE, U+2028, U+2029) become `\n` one for one.
/// This is Unicode's definition of a line, not linguistic data, so it is code rather than a table.
struct LineEndingFolding: Sendable {
    /// Creates the pass.
    init() {}

    /// Whether a scalar ends a line (CR is handled apart, for CRLF).
    @inline(__always)
    private static func isBreak(_ v: UInt32) -> Bool {
        v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// Folds line endings in place; leaves the text untouched when it holds only `\n`.
    ///
    /// - Complexity: O(n).
    func apply(_ text: inout NormalizedText) {
        func isAnyBreak(_ scalar: Unicode.Scalar) -> Bool { scalar.value == 0x0D || Self.isBreak(scalar.value) }
        guard var write = text.scalars.firstIndex(where: isAnyBreak) else { return }
        let n = text.count
        var read = write
        while read < n {
            let v = text.scalars[read].value
            if v == 0x0D {
                // One \n for \r\n, standing for both.
                let crlf = read + 1 < n && text.scalars[read + 1] == "\n"
                let end = crlf ? text.ends[read + 1] : text.ends[read]
                text.overwrite(at: write, with: "\n", originalStart: Int(text.starts[read]), originalEnd: Int(end))
                write += 1
                read += crlf ? 2 : 1
            } else if Self.isBreak(v) {
                text.overwrite(at: write, with: "\n", originalStart: Int(text.starts[read]), originalEnd: Int(text.ends[read]))
                write += 1
                read += 1
            } else {
                var end = read + 1
                while end < n && !isAnyBreak(text.scalars[end]) { end += 1 }
                text.move(read..<end, to: write)
                write += end - read
                read = end
            }
        }
        text.truncate(to: write)
    }
}
