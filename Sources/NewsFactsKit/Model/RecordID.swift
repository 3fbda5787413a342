/// The stable identifier of a fact or entity: `doc#start-end`, or `doc#type:start-end` for an entity.
///
/// Built straight into the string's storage: an interpolated string grows piece by piece, which cost
/// more than the rest of making an entity record.
public enum RecordID {
    /// `doc#start-end`, or `doc#infix:start-end` with an infix.
    public static func make(doc: String, infix: String? = nil, start: Int, end: Int) -> String {
        var doc = doc
        var infix = infix
        let capacity = doc.utf8.count + (infix?.utf8.count ?? 0) + 2 * 20 + 3
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            func append(_ bytes: UnsafeBufferPointer<UInt8>) {
                for b in bytes {
                    buffer[n] = b
                    n += 1
                }
            }
            func append(_ byte: UInt8) {
                buffer[n] = byte
                n += 1
            }
            func appendDecimal(_ value: Int) {
                if value < 0 { append(0x2D) }
                var magnitude = value.magnitude
                let first = n
                repeat {
                    append(0x30 + UInt8(truncatingIfNeeded: magnitude % 10))
                    magnitude /= 10
                } while magnitude > 0
                var (i, j) = (first, n - 1)
                while i < j {
                    buffer.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            doc.withUTF8 { append($0) }
            append(0x23)
            if infix != nil {
                infix?.withUTF8 { append($0) }
                append(0x3A)
            }
            appendDecimal(start)
            append(0x2D)
            appendDecimal(end)
            return n
        }
    }
}
