/// JSON text for output values: strict RFC 8259, UTF-8, no NaN or Infinity, stable key order.
///
/// Hand-written rather than `JSONEncoder` because records must keep their schema's key order, numbers
/// beyond ±2^53 must become strings, and this runs once per field on the hot path.
public enum JSONText {
    /// Appends a JSON string literal for `s` (quotes included) to `out`.
    ///
    /// Escapes `"`, `\`, and all C0 controls; leaves every other code point as UTF-8, including U+2028/9
    /// (escaped too, for JavaScript consumers) and characters outside the BMP.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x08: out.append(contentsOf: [0x5C, 0x62])
            case 0x0C: out.append(contentsOf: [0x5C, 0x66])
            case 0x00..<0x20, 0x2028, 0x2029, 0x7F:
                appendUnicodeEscape(scalar.value, to: &out)
            default:
                appendUTF8(scalar, to: &out)
            }
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
        case .null: out.append(contentsOf: "null".utf8)
        case .string(let s): appendString(s, to: &out)
        case .integer(let i): out.append(contentsOf: String(i).utf8)
        case .number(let n): appendNumber(n, to: &out)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        }
    }

    /// Appends a JSON object of a record's fields in schema order (no trailing newline).
    public static func appendObject(_ values: [FieldValue], schema: TableSchema, to out: inout [UInt8]) {
        out.append(0x7B)
        for (i, column) in schema.columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendString(column.name, to: &out)
            out.append(0x3A)
            appendValue(i < values.count ? values[i] : .null, to: &out)
        }
        out.append(0x7D)
    }

    /// A record as a JSON object string.
    public static func object<R: OutputRecord>(_ record: R) -> String {
        var out: [UInt8] = []
        appendObject(record.fieldValues, schema: R.schema, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendUnicodeEscape(_ v: UInt32, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [0x5C, 0x75])
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hex[Int((v >> UInt32(shift)) & 0xF)])
        }
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
