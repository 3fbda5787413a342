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
        var buffer = ByteBuffer(capacity: s.utf8.count + 2)
        buffer.appendJSONString(s)
        buffer.withBytes { out.append(contentsOf: $0) }
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
}
