/// Little-endian binary output for journal chunks.
struct ByteWriter {
    /// The bytes written.
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func u32(_ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func i64(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }

    /// A length-prefixed UTF-8 string.
    mutating func string(_ s: String) {
        var text = s
        text.withUTF8 { utf8 in
            u32(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }
}
