import Glibc

/// GB18030 decoding through glibc's iconv (GB18030 is a superset of GBK and GB2312).
///
/// iconv writes UTF-32LE straight into the scalar buffer, so there is no intermediate string. Decoding
/// is all or nothing: the detector chooses GB18030 only for bytes that decode cleanly, because bytes in
/// another encoding (UTF-8 with a damaged byte, Big5) often pass as GB18030 for a while.
enum GB18030Decoding {
    /// Why GB18030 decoding gave up.
    enum Failure: Error {
        /// iconv has no GB18030 converter on this system.
        case unavailable
        /// An invalid sequence at this byte offset.
        case invalid(byte: Int)
    }

    /// The scalars of `bytes` read as GB18030.
    ///
    /// An incomplete multi-byte sequence at the very end (a file cut off mid-character) becomes one
    /// U+FFFD and is reported in the result; any other invalid sequence fails the whole decode.
    ///
    /// - Complexity: O(n).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<DecodedScalars, Failure> {
        // UTF-32 in the host's byte order is exactly the memory layout of `Unicode.Scalar`.
        let target = UInt32(1).littleEndian == 1 ? "UTF-32LE" : "UTF-32BE"
        guard let converter = iconv_open(target, "GB18030"), converter != iconv_t(bitPattern: -1) else {
            return .failure(.unavailable)
        }
        defer { iconv_close(converter) }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return .success(DecodedScalars(scalars: [])) }

        var failure: Failure?
        var truncatedAt: Int?
        // Every GB18030 sequence (1, 2 or 4 bytes) yields one scalar, so `bytes.count` scalars suffice.
        let capacity = bytes.count
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, initialized in
            initialized = 0
            guard let outBase = out.baseAddress else { return }
            // iconv never writes through its input pointer; its C signature just is not const.
            var input: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
                mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
            var inputLeft = bytes.count
            var output: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
            var outputLeft = capacity * 4
            let status = iconv(converter, &input, &inputLeft, &output, &outputLeft)
            let written = (capacity * 4 - outputLeft) / 4
            if status == -1 {
                let position = bytes.count - inputLeft
                if errno == EINVAL {
                    truncatedAt = position
                } else {
                    failure = .invalid(byte: position)
                    return
                }
            }
            // iconv produced UTF-32 code units; check each is a scalar rather than trust the bit pattern.
            for k in 0..<written where Unicode.Scalar(UnsafeRawPointer(outBase + k).load(as: UInt32.self)) == nil {
                failure = .invalid(byte: 0)
                return
            }
            initialized = written
        }
        if let failure { return .failure(failure) }
        var result = DecodedScalars(scalars: scalars)
        if let truncatedAt {
            result.noteInvalid(byte: truncatedAt, scalar: result.scalars.count)
            result.scalars.append("\u{FFFD}")
        }
        return .success(result)
    }
}
