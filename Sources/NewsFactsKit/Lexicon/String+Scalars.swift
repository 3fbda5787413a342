extension String {
    /// A string of code points, encoded as UTF-8 straight into the string's storage.
    ///
    /// `String(String.UnicodeScalarView)` built by `append(contentsOf:)` goes through the generic,
    /// scalar-at-a-time path (most of the cost of making records); this encodes in one loop.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { String(scalarBuffer: $0) }
    }

    /// A string of code points from a buffer (see `init(scalars:)`).
    init(scalarBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { bytes in
            var n = 0
            for scalar in scalars { n = Self.encode(scalar, into: bytes, at: n) }
            return n
        }
    }

    /// Writes the UTF-8 of `scalar` at `n`; returns the offset after it.
    @inline(__always)
    static func encode(_ scalar: Unicode.Scalar, into bytes: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        let v = scalar.value
        if v < 0x80 {
            bytes[n] = UInt8(truncatingIfNeeded: v)
            return n + 1
        }
        if v < 0x800 {
            bytes[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return n + 2
        }
        if v < 0x10000 {
            bytes[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return n + 3
        }
        bytes[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
        bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
        bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
        bytes[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        return n + 4
    }
}
