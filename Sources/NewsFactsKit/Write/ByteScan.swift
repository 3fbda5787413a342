/// Word-at-a-time searches over UTF-8 for the bytes a writer must escape.
///
/// The writers copy text that needs no escaping as it is, so the work is finding the next byte that
/// does. Eight bytes are tested at once with the usual bit tricks on a `UInt64` (a byte below `n`, a
/// byte equal to `b`); where a word holds a candidate, the exact test runs byte by byte. Output is
/// about twenty times the input, so this scan is the writers' inner loop. (Swift's `SIMD16` types were
/// tried and are far slower here: their comparisons do not compile to vector instructions.)
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A high bit in every byte lane of `v` that is below `n` (`n` ≤ 0x80).
    @inline(__always)
    static func below(_ v: UInt64, _ n: UInt8) -> UInt64 {
        (v &- ones &* UInt64(n)) & ~v & highs
    }

    /// A high bit in every byte lane of `v` that equals `b` (exact where it matters: the result is
    /// non-zero if and only if some lane equals `b`).
    @inline(__always)
    static func equal(_ v: UInt64, _ b: UInt8) -> UInt64 {
        below(v ^ (ones &* UInt64(b)), 1)
    }

    /// The index of the first byte from `start` that JSON text must escape (`"`, `\`, C0 controls, DEL,
    /// and the first byte of U+2028 or U+2029), or `bytes.count`.
    static func firstJSONEscape(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Ten bytes of room: a word's last byte may start an E2 80 A8 sequence.
            while i + 10 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let e2 = equal(v, 0xE2)
                if below(v, 0x20) | equal(v, 0x22) | equal(v, 0x5C) | equal(v, 0x7F) != 0 { break }
                if e2 != 0 {
                    let v1 = raw.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self)
                    let v2 = raw.loadUnaligned(fromByteOffset: i + 2, as: UInt64.self)
                    // E2 80 A8 and E2 80 A9 are U+2028 and U+2029; other E2 sequences (“ ” — …) are plain.
                    if e2 & equal(v1, 0x80) & equal(v2 & 0xFEFE_FEFE_FEFE_FEFE, 0xA8) != 0 { break }
                }
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return i }
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return i }
            i += 1
        }
        return n
    }

    /// Whether a CSV cell must be quoted for its content (`,`, `"`, CR, LF) and whether it holds `"`.
    static func csvSpecials(_ bytes: UnsafeBufferPointer<UInt8>) -> (quote: Bool, quotes: Bool) {
        var i = 0
        let n = bytes.count
        var quote = false
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if equal(v, 0x22) != 0 { return (true, true) }
                if equal(v, 0x2C) | equal(v, 0x0D) | equal(v, 0x0A) != 0 { quote = true }
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b == 0x22 { return (true, true) }
            if b == 0x2C || b == 0x0D || b == 0x0A { quote = true }
            i += 1
        }
        return (quote, false)
    }

    /// The first code point of valid UTF-8, if any.
    static func firstScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let lead = bytes.first else { return nil }
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return scalar(bytes, 0, width)
    }

    /// The last code point of valid UTF-8, if any.
    static func lastScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var start = bytes.count - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0 else { return nil }
        return scalar(bytes, start, bytes.count - start)
    }

    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ width: Int) -> Unicode.Scalar? {
        guard start + width <= bytes.count else { return nil }
        let lead = UInt32(bytes[start])
        var value: UInt32
        switch width {
        case 1: value = lead
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        for k in 1..<max(1, width) { value = value << 6 | UInt32(bytes[start + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// What XML text needs: nothing, libxml2's escaping of `<>&"` and CR, or the escaped notation for
    /// a character XML 1.0 cannot hold (C0 controls other than tab and LF and CR, U+FFFE, U+FFFF).
    enum XMLNeed: Comparable { case none, special, illegal }

    /// The strongest need of any character in `bytes` (see `XMLNeed`).
    static func xmlNeed(_ bytes: UnsafeBufferPointer<UInt8>) -> XMLNeed {
        var i = 0
        let n = bytes.count
        var need = XMLNeed.none
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Ten bytes of room: a word's last byte may start an EF BF BE sequence.
            while i + 10 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let ef = equal(v, 0xEF)
                let candidates = below(v, 0x20) | equal(v, 0x22) | equal(v, 0x26) | equal(v, 0x3C) | equal(v, 0x3E)
                var check = candidates != 0
                if !check, ef != 0 {
                    // Full-width punctuation is EF BC xx or EF BD xx: only EF BF starts U+FFFE or U+FFFF.
                    let v1 = raw.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self)
                    check = ef & equal(v1, 0xBF) != 0
                }
                if check {
                    need = max(need, xmlNeed(bytes, i..<i + 8))
                    if need == .illegal { return .illegal }
                }
                i += 8
            }
        }
        return max(need, xmlNeed(bytes, i..<n))
    }

    private static func xmlNeed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> XMLNeed {
        var need = XMLNeed.none
        for i in range {
            let b = bytes[i]
            if b < 0x3F {
                switch b {
                case 0x22, 0x26, 0x3C, 0x3E, 0x0D: need = .special
                case 0x09, 0x0A: break
                case 0x00..<0x20: return .illegal
                default: break
                }
            } else if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                return .illegal
            }
        }
        return need
    }
}
