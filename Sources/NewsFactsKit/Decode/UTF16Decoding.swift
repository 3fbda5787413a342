/// UTF-16 decoding (either byte order) into scalars.
///
/// An unpaired surrogate becomes one U+FFFD, as does a lone trailing byte of an odd-length file.
enum UTF16Decoding {
    /// The scalars of `bytes` read as UTF-16 in the given byte order.
    ///
    /// - Complexity: O(n).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> DecodedScalars {
        var result = DecodedScalars(scalars: [])
        let units = bytes.count / 2
        result.scalars.reserveCapacity(units + 1)
        let high = bigEndian ? 0 : 1
        let low = 1 - high
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            UInt32(bytes[2 * k + high]) << 8 | UInt32(bytes[2 * k + low])
        }
        var k = 0
        while k < units {
            let u = unit(k)
            if u < 0xD800 || u > 0xDFFF, let scalar = Unicode.Scalar(u) {
                result.scalars.append(scalar)
                k += 1
            } else if u <= 0xDBFF, k + 1 < units, case let v = unit(k + 1), v >= 0xDC00, v <= 0xDFFF,
                      let scalar = Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00)) {
                result.scalars.append(scalar)
                k += 2
            } else {
                result.noteInvalid(byte: 2 * k, scalar: result.scalars.count)
                result.scalars.append("\u{FFFD}")
                k += 1
            }
        }
        if bytes.count % 2 == 1 {
            result.noteInvalid(byte: bytes.count - 1, scalar: result.scalars.count)
            result.scalars.append("\u{FFFD}")
        }
        return result
    }
}
