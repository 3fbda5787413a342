/// JSON text for output values: strict RFC 8259, UTF-8, no NaN or Infinity, stable key order.
///
/// Hand-written rather than `JSONEncoder` because records must keep their schema's key order, numbers
/// beyond ±2^53 must become strings, and this runs once per field on the hot path.
public enum JSONText {
    /// Appends a JSON string literal for `s` (quotes included) to `out`.
    ///
    /// Escapes `"`, `\`, all C0 controls and DEL, and U+2028/U+2029 (for JavaScript consumers); leaves
    /// every other code point as UTF-8, characters outside the BMP included.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = s
        // Over the UTF-8 bytes: a Swift string is valid UTF-8, so runs of bytes that need no escape are
        // copied as they are, in one piece; U+2028/U+2029 are the only non-ASCII code points escaped.
        text.withUTF8 { bytes in
            var run = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x20, b != 0x22, b != 0x5C, b != 0x7F, b != 0xE2 {
                    i += 1
                    continue
                }
                if b == 0xE2, !(i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)) {
                    i += 1
                    continue
                }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                case 0x08: out.append(contentsOf: [0x5C, 0x62])
                case 0x0C: out.append(contentsOf: [0x5C, 0x66])
                case 0xE2:
                    appendUnicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    i += 2
                default:
                    appendUnicodeEscape(UInt32(b), to: &out)
                }
                i += 1
                run = i
            }
            if run < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
        }
        out.append(0x22)
    }

    /// Appends a number: a JSON number when a `Double` holds it exactly, else its decimal text as a string.
    public static func appendNumber(_ n: ExactNumber, to out: inout [UInt8]) {
        if n.isSafeDouble {
            out.append(contentsOf: n.decimal.utf8)
        } else {
            appendString(n.decimal, to: &out)
        }
    }

    /// Appends one field value.
    public static func appendValue(_ value: FieldValue, to out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: nullText)
        case .string(let s): appendString(s, to: &out)
        case .integer(let i): out.appendDecimal(i)
        case .number(let n): appendNumber(n, to: &out)
        case .bool(let b): out.append(contentsOf: b ? trueText : falseText)
        }
    }

    private static let nullText = Array("null".utf8)
    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)

    /// Appends a JSON object of a record's fields in schema order (no trailing newline).
    public static func appendObject(_ values: [FieldValue], schema: TableSchema, to out: inout [UInt8]) {
        appendObject(values, keys: keys(of: schema), to: &out)
    }

    /// The encoded `"name":` of every column, in order, for `appendObject(_:keys:to:)`.
    public static func keys(of schema: TableSchema) -> [[UInt8]] {
        schema.columns.map { column in
            var key: [UInt8] = []
            appendString(column.name, to: &key)
            key.append(0x3A)
            return key
        }
    }

    /// Appends a JSON object with keys encoded beforehand (the writers encode them once per table).
    public static func appendObject(_ values: [FieldValue], keys: [[UInt8]], to out: inout [UInt8]) {
        out.append(0x7B)
        for i in keys.indices {
            if i > 0 { out.append(0x2C) }
            out.append(contentsOf: keys[i])
            if i < values.count { appendValue(values[i], to: &out) } else { out.append(contentsOf: nullText) }
        }
        out.append(0x7D)
    }

    /// A record as a JSON object string.
    public static func object<R: OutputRecord>(_ record: R) -> String {
        var out: [UInt8] = []
        appendObject(record.fieldValues, schema: R.schema, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func appendUnicodeEscape(_ v: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: [0x5C, 0x75])
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hexDigits[Int((v >> UInt32(shift)) & 0xF)])
        }
    }
}
