/// UTF-32 decoding (either byte order) into scalars.
///
/// A unit that is no scalar (a surrogate or above U+10FFFF) becomes one U+FFFD, as does an incomplete
/// unit at the end of the file.
enum UTF32Decoding {
    /// The scalars of `bytes` read as UTF-32 in the given byte order.
    ///
    /// - Complexity: O(n).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> DecodedScalars {
        var result = DecodedScalars(scalars: [])
        let units = bytes.count / 4
        result.scalars.reserveCapacity(units + 1)
        for k in 0..<units {
            var value: UInt32 = 0
            for j in 0..<4 {
                let byte = UInt32(bytes[4 * k + (bigEndian ? j : 3 - j)])
                value = value << 8 | byte
            }
            if let scalar = Unicode.Scalar(value) {
                result.scalars.append(scalar)
            } else {
                result.noteInvalid(byte: 4 * k, scalar: result.scalars.count)
                result.scalars.append("\u{FFFD}")
            }
        }
        if bytes.count % 4 != 0 {
            result.noteInvalid(byte: 4 * units, scalar: result.scalars.count)
            result.scalars.append("\u{FFFD}")
        }
        return result
    }
}
