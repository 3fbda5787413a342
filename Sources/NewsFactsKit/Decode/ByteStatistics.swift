/// Counts over the raw bytes that tell text from binary and UTF-16 from everything else.
struct ByteStatistics {
    /// The number of bytes.
    private(set) var count = 0
    /// NUL bytes at even offsets (the high byte of an ASCII character in UTF-16BE).
    private(set) var nulEven = 0
    /// NUL bytes at odd offsets (the high byte of an ASCII character in UTF-16LE).
    private(set) var nulOdd = 0
    /// Control bytes that plain text does not contain: C0 controls other than tab, line feed, vertical
    /// tab, form feed, carriage return and escape (ANSI colours), plus DEL; NUL included.
    private(set) var controls = 0

    /// All NUL bytes.
    var nul: Int { nulEven + nulOdd }

    /// The share of control bytes, 0 for an empty file.
    var controlFraction: Double { count == 0 ? 0 : Double(controls) / Double(count) }

    /// Counts the bytes in one pass.
    ///
    /// - Complexity: O(n).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        var even = 0
        var odd = 0
        var controls = 0
        for i in 0..<bytes.count {
            let byte = bytes[i]
            guard byte < 0x20 || byte == 0x7F else { continue }
            switch byte {
            case 0x00:
                if i & 1 == 0 { even += 1 } else { odd += 1 }
                controls += 1
            case 0x09...0x0D, 0x1B: break
            default: controls += 1
            }
        }
        nulEven = even
        nulOdd = odd
        self.controls = controls
    }
}
