/// A SHA-256 digest held as four words.
struct SHA256Words: Sendable, Hashable {
    var words: (UInt64, UInt64, UInt64, UInt64)

    /// Parses 64 hex digits.
    init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var values: [UInt64] = [0, 0, 0, 0]
        for (i, c) in digits.enumerated() {
            let v: UInt8
            switch c {
            case 0x30...0x39: v = c - 0x30
            case 0x61...0x66: v = c - 0x61 + 10
            default: return nil
            }
            values[i / 16] = values[i / 16] << 4 | UInt64(v)
        }
        words = (values[0], values[1], values[2], values[3])
    }

    static func == (a: SHA256Words, b: SHA256Words) -> Bool {
        a.words == b.words
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
