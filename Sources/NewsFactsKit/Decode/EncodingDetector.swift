/// Chooses the encoding of a file's bytes and decodes them, or says why they are not text.
///
/// The order of the tests, and why:
/// 1. A byte-order mark is the file's own statement; it wins.
/// 2. UTF-16 without a mark is tried before UTF-8 when NUL bytes are many (ASCII in UTF-16 is valid
///    UTF-8 with a NUL in every other byte) or when the bytes are far from UTF-8.
/// 3. Valid UTF-8 without many control bytes is UTF-8: invalid UTF-8 by chance is almost impossible for
///    real text in any other encoding, so validity is the strongest evidence there is.
/// 4. Many control bytes or a binary signature with non-text bytes: binary.
/// 5. Invalid UTF-8: when most multi-byte sequences are still well formed, it is damaged UTF-8 (a byte
///    lost in transfer). Otherwise GB18030, if the bytes decode cleanly and the result is mostly common
///    CJK/ASCII. Otherwise UTF-8 with U+FFFD, unless so much is invalid that it is binary.
enum EncodingDetector {
    /// What the bytes are.
    enum Outcome {
        /// Text in an encoding; `marked` says whether a byte-order mark announced it.
        case text(TextEncoding, DecodedScalars, marked: Bool)
        /// Not text, with the reason for people (`PNG image`, `23% control bytes`).
        case binary(String)
    }

    /// Above this share of control bytes a file is binary. Real pages hold at most a stray NUL or form
    /// feed; random bytes hold 11% (28 of 256 values), UTF-16 of ASCII text 50% (its NULs).
    static let binaryControlFraction = 0.10
    /// Above this share of U+FFFD among the decoded scalars (and more than a handful), undecodable bytes
    /// are binary, not damaged text. Random bytes give about one U+FFFD in two scalars.
    static let binaryInvalidFraction = 0.25
    /// Below this share of ill-formed among all multi-byte UTF-8 sequences, the file is damaged UTF-8.
    /// GB18030 text read as UTF-8 is about 90% ill-formed (few GB pairs happen to be valid UTF-8).
    static let damagedUTF8Fraction = 0.20
    /// A candidate decoding (UTF-16 without a mark, GB18030) must be at least this much common text.
    /// The right decoding of a Chinese page scores above 0.95; a wrong one about 0.3.
    static let plausibleFraction = 0.80

    /// Detects the encoding of `bytes` and decodes them.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        if let (encoding, length) = ByteOrderMark.detect(bytes) {
            let body = UnsafeBufferPointer(rebasing: bytes[length...])
            return .text(encoding, decode(body, as: encoding), marked: true)
        }
        let statistics = ByteStatistics(bytes)
        let (utf8, multibyte) = UTF8Decoding.decode(bytes)
        let illFormed = Double(utf8.invalidCount) / Double(max(1, utf8.invalidCount + multibyte))
        // A stray NUL in UTF-8 text is not evidence of UTF-16: plain ASCII read as UTF-16 is mostly CJK
        // ideographs, so only NULs in bulk, or bytes that are not UTF-8 at all, send us there.
        // Without NULs, UTF-16 (a CJK page) is ill-formed UTF-8 nearly everywhere, not in a few places.
        let manyNULs = statistics.nul * 20 >= bytes.count / 2
        let farFromUTF8 = illFormed >= damagedUTF8Fraction && utf8.invalidCount * 100 >= bytes.count
        if manyNULs || farFromUTF8,
           let (encoding, decoded) = sniffUTF16(bytes, statistics, manyNULs: manyNULs) {
            return .text(encoding, decoded, marked: false)
        }
        let controlsAreBinary = statistics.controlFraction >= binaryControlFraction
        if utf8.invalidCount == 0 && !controlsAreBinary {
            return .text(.utf8, utf8, marked: false)
        }
        if let name = BinarySignature.name(of: bytes) {
            return .binary(name)
        }
        if controlsAreBinary {
            return .binary("\(percent(statistics.controlFraction)) control bytes")
        }
        if illFormed >= damagedUTF8Fraction, case .success(let gb) = GB18030Decoding.decode(bytes),
           TextPlausibility.commonFraction(gb.scalars) >= plausibleFraction {
            return .text(.gb18030, gb, marked: false)
        }
        let replaced = Double(utf8.invalidCount) / Double(max(1, utf8.scalars.count))
        if replaced >= binaryInvalidFraction && utf8.invalidCount > 4 {
            return .binary("\(percent(replaced)) undecodable as UTF-8, GB18030 or UTF-16")
        }
        return .text(.utf8, utf8, marked: false)
    }

    /// Decodes a body whose encoding a byte-order mark announced.
    private static func decode(_ body: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) -> DecodedScalars {
        switch encoding {
        case .utf16LE: UTF16Decoding.decode(body, bigEndian: false)
        case .utf16BE: UTF16Decoding.decode(body, bigEndian: true)
        case .utf32LE: UTF32Decoding.decode(body, bigEndian: false)
        case .utf32BE: UTF32Decoding.decode(body, bigEndian: true)
        case .utf8, .utf8BOM, .gb18030: UTF8Decoding.decode(body).decoded
        }
    }

    /// UTF-16 without a byte-order mark, if the bytes look like it.
    ///
    /// NULs mostly at odd offsets mean ASCII in UTF-16LE, mostly at even offsets UTF-16BE; that settles
    /// the byte order when there are many, because English read in the wrong order lands in the CJK block.
    /// A page of CJK text has no NULs, so then both orders are decoded and the plausible one kept.
    private static func sniffUTF16(_ bytes: UnsafeBufferPointer<UInt8>,
                                   _ statistics: ByteStatistics,
                                   manyNULs: Bool) -> (TextEncoding, DecodedScalars)? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        let units = bytes.count / 2
        var orders: [Bool] = [false, true]  // big-endian?
        if manyNULs && statistics.nulOdd >= 4 * statistics.nulEven {
            orders = [false]
        } else if manyNULs && statistics.nulEven >= 4 * statistics.nulOdd {
            orders = [true]
        }
        var best: (TextEncoding, DecodedScalars, Double)?
        for bigEndian in orders {
            let decoded = UTF16Decoding.decode(bytes, bigEndian: bigEndian)
            // Unpaired surrogates are rare in real UTF-16 and frequent in anything else read as UTF-16.
            guard decoded.invalidCount * 100 <= units else { continue }
            let score = TextPlausibility.commonFraction(decoded.scalars)
            if score >= plausibleFraction, score > best?.2 ?? 0 {
                best = (bigEndian ? .utf16BE : .utf16LE, decoded, score)
            }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// A share as a whole percentage for messages.
    private static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }
}
