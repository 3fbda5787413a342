extension ByteBuffer {
    /// Appends a JSON string literal for `s`, quotes included (the rules of `JSONText.appendString`).
    mutating func appendJSONString(_ s: String) {
        append(0x22)
        var text = s
        text.withUTF8 { bytes in
            var run = 0
            while run < bytes.count {
                let i = ByteScan.firstJSONEscape(bytes, from: run)
                if run < i { append(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                guard i < bytes.count else { break }
                let b = bytes[i]
                switch b {
                case 0x22: append(0x5C); append(0x22)
                case 0x5C: append(0x5C); append(0x5C)
                case 0x0A: append(0x5C); append(0x6E)
                case 0x0D: append(0x5C); append(0x72)
                case 0x09: append(0x5C); append(0x74)
                case 0x08: append(0x5C); append(0x62)
                case 0x0C: append(0x5C); append(0x66)
                case 0xE2:
                    // U+2028 or U+2029: the scan stops at E2 only for these.
                    appendUnicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                    run = i + 3
                    continue
                default:
                    appendUnicodeEscape(UInt32(b))
                }
                run = i + 1
            }
        }
        append(0x22)
    }

    /// `\uXXXX` with lower-case hex digits.
    private mutating func appendUnicodeEscape(_ v: UInt32) {
        append(0x5C)
        append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: (v >> UInt32(shift)) & 0xF)
            append(digit < 10 ? 0x30 + digit : 0x61 + digit - 10)
        }
    }

    /// Appends a CSV text cell (the rules of `CSVText.appendString`): quoted when empty, when it holds
    /// `,` `"` CR or LF, or begins or ends with white space; `"` doubled; with `neutralize`, a `'` before
    /// a formula trigger.
    mutating func appendCSVCell(_ string: String, neutralize: Bool) {
        if string.isEmpty {
            append(0x22)
            append(0x22)
            return
        }
        var s = string
        s.withUTF8 { bytes in
            var (quote, quotes) = ByteScan.csvSpecials(bytes)
            if !quote, let first = ByteScan.firstScalar(bytes), let last = ByteScan.lastScalar(bytes) {
                quote = CSVText.isWhiteSpace(first) || CSVText.isWhiteSpace(last)
            }
            if quote { append(0x22) }
            if neutralize, let first = bytes.first, CSVDialect.formulaTriggers.contains(first) { append(0x27) }
            if quotes {
                var run = 0
                for i in 0..<bytes.count where bytes[i] == 0x22 {
                    append(UnsafeBufferPointer(rebasing: bytes[run...i]))
                    append(0x22)
                    run = i + 1
                }
                append(UnsafeBufferPointer(rebasing: bytes[run...]))
            } else {
                append(bytes)
            }
            if quote { append(0x22) }
        }
    }

    /// The bytes as an array.
    var array: [UInt8] {
        withBytes { Array($0) }
    }
}
