/// UTF-8 decoding into scalars with a tight loop (no `String` on the way).
///
/// Ill-formed input is replaced as Python's `bytes.decode("utf-8", errors="replace")` and Swift's
/// `String(decoding:as:)` both do, following the Unicode Standard's "maximal subpart" practice
/// (chapter 3, U+FFFD substitution): one U+FFFD for each maximal prefix of a well-formed sequence that
/// breaks off (`E4 B8 41` → U+FFFD `A`), and one U+FFFD for each byte that cannot start or continue any
/// sequence there (`C0`, `F5`…`FF`, a stray continuation byte, `E0 80`: two).
enum UTF8Decoding {
    /// The scalars of `bytes`, how many well-formed multi-byte sequences they held, and what was invalid.
    ///
    /// - Complexity: O(n), two passes over the bytes (one to size the result exactly).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (decoded: DecodedScalars, multibyte: Int) {
        // For well-formed UTF-8 every byte that is not a continuation byte starts one scalar, so this
        // sizes the array exactly (a CJK page needs a third of what `bytes.count` would reserve).
        var leads = 0
        for byte in bytes where byte & 0xC0 != 0x80 { leads += 1 }
        if let result = decode(bytes, capacity: leads) { return result }
        // Ill-formed input can give more scalars than lead bytes (each stray continuation byte becomes
        // a U+FFFD), but never more than one per byte.
        if let result = decode(bytes, capacity: bytes.count) { return result }
        return (DecodedScalars(scalars: Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)), 0)
    }

    /// Decodes into an array of at most `capacity` scalars; nil when that is too small.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>,
                               capacity: Int) -> (decoded: DecodedScalars, multibyte: Int)? {
        var invalid = DecodedScalars(scalars: [])
        var multibyteTotal = 0
        var overflow = false
        let replacement: Unicode.Scalar = "\u{FFFD}"
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, initialized in
            // Locals, not the captured variables, inside the loop: the optimizer keeps them in registers.
            let n = bytes.count
            var i = 0
            var o = 0
            var multibyte = 0
            var invalidCount = 0
            var firstInvalid: (byte: Int, scalar: Int)?
            defer {
                initialized = o
                multibyteTotal = multibyte
                invalid.invalidCount = invalidCount
                invalid.firstInvalidByte = firstInvalid?.byte
                invalid.firstInvalidScalar = firstInvalid?.scalar
            }
            while i < n {
                if o == capacity {
                    overflow = true
                    break
                }
                let b0 = bytes[i]
                if b0 < 0x80 {
                    out[o] = Unicode.Scalar(b0)
                    o += 1
                    i += 1
                    continue
                }
                // Fast path for the common CJK lead bytes E1…EC, whose second byte has the plain range
                // 80…BF: two continuation bytes make a valid scalar (U+1000…U+CFFF, no surrogates).
                if b0 >= 0xE1 && b0 <= 0xEC && i + 2 < n && bytes[i + 1] & 0xC0 == 0x80 && bytes[i + 2] & 0xC0 == 0x80,
                   let scalar = Unicode.Scalar((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6)
                                               | UInt32(bytes[i + 2] & 0x3F)) {
                    out[o] = scalar
                    multibyte += 1
                    o += 1
                    i += 3
                    continue
                }
                // Expected length and the allowed range of the second byte (Unicode Table 3-7): the
                // narrowed ranges after E0, ED, F0 and F4 exclude overlong forms, surrogates and values
                // above U+10FFFF, so every sequence accepted here is a valid scalar.
                var length = 0
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch b0 {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: length = 0
                }
                var consumed = 1
                var value: UInt32 = 0
                if length > 0, i + 1 < n, bytes[i + 1] >= low, bytes[i + 1] <= high {
                    consumed = 2
                    let b1 = UInt32(bytes[i + 1] & 0x3F)
                    if length == 2 {
                        value = (UInt32(b0 & 0x1F) << 6) | b1
                    } else if i + 2 < n, bytes[i + 2] & 0xC0 == 0x80 {
                        consumed = 3
                        let b2 = UInt32(bytes[i + 2] & 0x3F)
                        if length == 3 {
                            value = (UInt32(b0 & 0x0F) << 12) | (b1 << 6) | b2
                        } else if i + 3 < n, bytes[i + 3] & 0xC0 == 0x80 {
                            consumed = 4
                            value = (UInt32(b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | UInt32(bytes[i + 3] & 0x3F)
                        }
                    }
                }
                if consumed == length, let scalar = Unicode.Scalar(value) {
                    out[o] = scalar
                    multibyte += 1
                } else {
                    // `consumed` is the maximal subpart: the bytes that still could have begun a
                    // well-formed sequence. They become one U+FFFD; decoding resumes after them.
                    out[o] = replacement
                    if firstInvalid == nil { firstInvalid = (i, o) }
                    invalidCount += 1
                }
                o += 1
                i += consumed
            }
        }
        if overflow { return nil }
        invalid.scalars = scalars
        return (invalid, multibyteTotal)
    }
}
