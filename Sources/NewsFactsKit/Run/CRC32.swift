import CZlib

/// CRC-32 (IEEE 802.3, as zlib and PNG compute it), to tell a journal chunk that was written whole
/// from one cut short or filled with garbage by a crash. Computed by zlib's `crc32`.
enum CRC32 {
    /// The CRC of `bytes`.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc = crc32(0, nil, 0)
        var rest = bytes
        // zlib takes a 32-bit length: feed larger buffers in pieces.
        while !rest.isEmpty {
            let n = min(rest.count, Int(UInt32.max >> 1))
            crc = crc32(crc, rest.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(n))
            rest = UnsafeRawBufferPointer(rebasing: rest[n...])
        }
        return UInt32(truncatingIfNeeded: crc)
    }

    /// The CRC of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
