/// Reads what `ByteWriter` wrote; every read is nil past the end, so a damaged chunk cannot trap.
struct ByteReader {
    private let buffer: UnsafeRawBufferPointer
    private var index = 0

    init(_ buffer: UnsafeRawBufferPointer) {
        self.buffer = buffer
    }

    /// Whether every byte has been read.
    var atEnd: Bool { index == buffer.count }

    mutating func u8() -> UInt8? {
        guard index < buffer.count else { return nil }
        defer { index += 1 }
        return buffer[index]
    }

    mutating func u32() -> UInt32? {
        guard buffer.count - index >= 4 else { return nil }
        defer { index += 4 }
        return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt32.self))
    }

    mutating func u64() -> UInt64? {
        guard buffer.count - index >= 8 else { return nil }
        defer { index += 8 }
        return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }

    mutating func i64() -> Int? {
        u64().map { Int(Int64(bitPattern: $0)) }
    }

    mutating func string() -> String? {
        guard let length = u32().map(Int.init), buffer.count - index >= length else { return nil }
        defer { index += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[index..<index + length]), as: UTF8.self)
    }
}
