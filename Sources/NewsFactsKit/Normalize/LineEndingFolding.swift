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

    /// Folds line endings; leaves the text untouched (no copy) when it holds only `\n`.
    ///
    /// - Complexity: O(n).
    func apply(_ text: inout NormalizedText) {
        guard let first = text.scalars.firstIndex(where: { $0.value == 0x0D || Self.isBreak($0.value) }) else { return }
        var result = NormalizedText()
        result.reserveCapacity(text.count)
        result.append(contentsOf: text, range: 0..<first)
        var i = first
        let n = text.count
        while i < n {
            let v = text.scalars[i].value
            if v == 0x0D {
                let crlf = i + 1 < n && text.scalars[i + 1] == "\n"
                let end = crlf ? text.ends[i + 1] : text.ends[i]
                result.append("\n", originalStart: Int(text.starts[i]), originalEnd: Int(end))
                i += crlf ? 2 : 1
            } else if Self.isBreak(v) {
                result.append("\n", originalStart: Int(text.starts[i]), originalEnd: Int(text.ends[i]))
                i += 1
            } else {
                result.append(text.scalars[i], originalStart: Int(text.starts[i]), originalEnd: Int(text.ends[i]))
                i += 1
            }
        }
        text = result
    }
}
