import Glibc

/// Builds test inputs in every encoding at test time, so no binary fixtures are committed (shared by the
/// library tests and the hostile-input tests of the binary).
public enum EncodedBytes {
    /// The text as UTF-8 bytes.
    public static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The text as UTF-16 code units in the given byte order, without a byte-order mark.
    public static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            return bigEndian ? [high, low] : [low, high]
        }
    }

    /// The text as UTF-32 in the given byte order, without a byte-order mark.
    public static func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.unicodeScalars.flatMap { scalar -> [UInt8] in
            let v = scalar.value
            let bytes = [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
            return bigEndian ? bytes : bytes.reversed()
        }
    }

    /// The text encoded by glibc's iconv (GB18030 here), or nil when iconv refuses.
    public static func iconv(_ text: String, to encoding: String) -> [UInt8]? {
        guard let converter = iconv_open(encoding, "UTF-8"), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        let outputCount = output.count
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outputCount
                let status = Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return status == -1 ? nil : outputCount - outLeft
            }
        }
        guard let produced else { return nil }
        return output[..<produced].map { UInt8(bitPattern: $0) }
    }

    /// Deterministic pseudo-random bytes (a 64-bit LCG), so a failing case can be reproduced.
    public static func random(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }
}
