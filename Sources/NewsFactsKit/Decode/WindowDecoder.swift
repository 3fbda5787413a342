/// Decodes a file too large to hold whole, one window of bytes at a time, in an encoding chosen
/// beforehand from its first window.
///
/// Each call decodes the longest prefix of its bytes that ends on a character boundary and leaves the
/// rest to be passed again, in front of the next window; so a character is never split, and the
/// scalars (U+FFFD replacements included) are exactly those of decoding the whole file at once:
/// - UTF-8 is self-synchronizing: a byte that is not a continuation byte always starts a new
///   sequence, so cutting before the last such byte of an unfinished sequence changes nothing.
/// - UTF-16 is cut at an even byte, before a high surrogate that may pair with the next unit.
/// - GB18030 has no way back (its trail bytes are also lead bytes), so each window is walked forward
///   from its start, which is known to be a boundary: 1 byte below 0x80, 4 bytes when the second is a
///   digit, else 2.
///
/// It also counts what the decode stage reports of a whole file: ill-formed sequences and NULs, with
/// the byte and code point offsets of the first of each in the whole text.
struct WindowDecoder {
    /// The encoding every window is decoded in.
    let encoding: TextEncoding
    /// Bytes decoded so far (after any byte-order mark).
    private(set) var bytesDecoded = 0
    /// Scalars produced so far.
    private(set) var scalarsDecoded = 0
    /// Ill-formed sequences replaced by U+FFFD so far.
    private(set) var invalidCount = 0
    /// The byte offset of the first ill-formed sequence.
    private(set) var firstInvalidByte: Int?
    /// The code point offset of its U+FFFD.
    private(set) var firstInvalidScalar: Int?
    /// U+0000 characters so far.
    private(set) var nulCount = 0
    /// The code point offset of the first.
    private(set) var firstNUL: Int?

    /// A decoder for `encoding`.
    init(encoding: TextEncoding) {
        self.encoding = encoding
    }

    /// Decodes `bytes` up to their last character boundary (all of them when `final`) and returns the
    /// scalars and the number of bytes used; the caller passes the rest again with the next window.
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool) -> (scalars: [Unicode.Scalar], consumed: Int) {
        let cut = final ? bytes.count : Self.boundary(bytes, encoding: encoding)
        let body = UnsafeBufferPointer(rebasing: bytes[0..<cut])
        var decoded: DecodedScalars
        switch encoding {
        case .utf8, .utf8BOM: decoded = UTF8Decoding.decode(body).decoded
        case .utf16LE: decoded = UTF16Decoding.decode(body, bigEndian: false)
        case .utf16BE: decoded = UTF16Decoding.decode(body, bigEndian: true)
        case .utf32LE: decoded = UTF32Decoding.decode(body, bigEndian: false)
        case .utf32BE: decoded = UTF32Decoding.decode(body, bigEndian: true)
        case .gb18030: decoded = Self.decodeGB18030(body)
        }
        if decoded.invalidCount > 0 {
            if invalidCount == 0 {
                firstInvalidByte = bytesDecoded + (decoded.firstInvalidByte ?? 0)
                firstInvalidScalar = scalarsDecoded + (decoded.firstInvalidScalar ?? 0)
            }
            invalidCount += decoded.invalidCount
        }
        for (offset, scalar) in decoded.scalars.enumerated() where scalar.value == 0 {
            if nulCount == 0 { firstNUL = scalarsDecoded + offset }
            nulCount += 1
        }
        bytesDecoded += cut
        scalarsDecoded += decoded.scalars.count
        return (decoded.scalars, cut)
    }

    /// The end of the last complete character in `bytes` (which start on a character boundary).
    static func boundary(_ bytes: UnsafeBufferPointer<UInt8>, encoding: TextEncoding) -> Int {
        let n = bytes.count
        switch encoding {
        case .utf8, .utf8BOM:
            // The last byte that is not a continuation byte, among the last four.
            var i = n - 1
            while i >= 0, i >= n - 4, bytes[i] & 0xC0 == 0x80 { i -= 1 }
            guard i >= 0, i >= n - 4 else { return n }
            let lead = bytes[i]
            let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 1
            return i + length > n ? i : n
        case .utf16LE, .utf16BE:
            var cut = n & ~1
            if cut >= 2 {
                let high = encoding == .utf16BE ? bytes[cut - 2] : bytes[cut - 1]
                if high >= 0xD8 && high <= 0xDB { cut -= 2 }
            }
            return cut
        case .utf32LE, .utf32BE:
            return n & ~3
        case .gb18030:
            var i = 0
            while i < n {
                let b = bytes[i]
                var length = 1
                if b >= 0x81 && b <= 0xFE {
                    guard i + 1 < n else { return i }
                    length = bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 ? 4 : 2
                }
                if i + length > n { return i }
                i += length
            }
            return n
        }
    }

    /// GB18030 that is not all clean: a large file chosen as GB18030 from its first window may hold
    /// damaged bytes further on; each invalid byte becomes one U+FFFD and decoding goes on after it.
    private static func decodeGB18030(_ bytes: UnsafeBufferPointer<UInt8>) -> DecodedScalars {
        var result = DecodedScalars(scalars: [])
        var start = 0
        while start < bytes.count {
            switch GB18030Decoding.decode(UnsafeBufferPointer(rebasing: bytes[start...])) {
            case .success(let part):
                if let byte = part.firstInvalidByte, let scalar = part.firstInvalidScalar {
                    result.noteInvalid(byte: start + byte, scalar: result.scalars.count + scalar)
                }
                result.scalars.append(contentsOf: part.scalars)
                return result
            case .failure(.invalid(let byte)):
                let clean = start + byte
                if byte > 0, case .success(let part) = GB18030Decoding.decode(UnsafeBufferPointer(rebasing: bytes[start..<clean])) {
                    result.scalars.append(contentsOf: part.scalars)
                }
                result.noteInvalid(byte: clean, scalar: result.scalars.count)
                result.scalars.append("\u{FFFD}")
                start = clean + 1
            case .failure(.unavailable):
                result.noteInvalid(byte: start, scalar: result.scalars.count)
                result.scalars.append("\u{FFFD}")
                return result
            }
        }
        return result
    }
}
