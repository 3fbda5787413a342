/// CSV cells for output values (RFC 4180), appended to a byte buffer.
public enum CSVText {
    /// Appends one cell: null as nothing, text quoted where needed, numbers as decimal text.
    public static func appendValue(_ value: FieldValue, dialect: CSVDialect, to out: inout [UInt8]) {
        switch value {
        case .null: break
        case .string(let s): appendString(s, neutralize: dialect.neutralizesFormulas, to: &out)
        case .integer(let i): out.appendDecimal(i)
        case .number(let n): out.append(contentsOf: n.decimal.utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        }
    }

    /// Appends a text cell.
    ///
    /// Quoted when it is empty (so that it differs from null), holds `,` `"` CR or LF, or begins or
    /// ends with white space (which some readers trim); a `"` inside is doubled. With `neutralize`, a
    /// cell beginning with a formula trigger gets a leading `'` (see `CSVDialect.neutralizesFormulas`).
    public static func appendString(_ string: String, neutralize: Bool, to out: inout [UInt8]) {
        var buffer = ByteBuffer(capacity: string.utf8.count + 4)
        buffer.appendCSVCell(string, neutralize: neutralize)
        buffer.withBytes { out.append(contentsOf: $0) }
    }

    /// Appends a header or data row of values and the CRLF that ends it.
    public static func appendRow(_ values: [FieldValue], dialect: CSVDialect, to out: inout [UInt8]) {
        for (i, value) in values.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendValue(value, dialect: dialect, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// Unicode's White_Space property, spelled out: the property lookup is a table search per cell,
    /// and nearly every cell begins with a CJK character that this rejects at the first comparison.
    @inline(__always) static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
