extension FieldValue {
    /// Text that cannot be a value of its column.
    public struct TextFailure: Error, Hashable, CustomStringConvertible {
        /// A sentence for a person.
        public var description: String
    }

    /// The value a CSV cell or an XML element's text stands for in a column: integers in canonical
    /// form, numbers as canonical decimal text, booleans as `true`/`false`, text as it is.
    public init(text: String, column: TableSchema.Column) throws(TextFailure) {
        switch column.type {
        case .string:
            self = .string(text)
        case .integer:
            guard let i = Int(text), String(i) == text else {
                throw TextFailure(description: "\(RecordRules.quoted(text)) is not an integer")
            }
            self = .integer(i)
        case .number:
            guard ValuePattern.decimal.matches(text) else {
                throw TextFailure(description: "\(RecordRules.quoted(text)) is not canonical decimal text")
            }
            self = .number(ExactNumber(double: Double(text) ?? (text.hasPrefix("-") ? -.infinity : .infinity), decimal: text))
        case .boolean:
            switch text {
            case "true": self = .bool(true)
            case "false": self = .bool(false)
            default: throw TextFailure(description: "\(RecordRules.quoted(text)) is not true or false")
            }
        }
    }

    /// Whether two values are the same datum: numbers compare by their decimal text (an integer and a
    /// number with the same digits are the same), text by code points, everything else by equality.
    public func sameDatum(as other: FieldValue) -> Bool {
        switch (self, other) {
        case (.number, .number), (.number, .integer), (.integer, .number):
            return numberValue?.decimal == other.numberValue?.decimal
        case (.string(let a), .string(let b)):
            // Code point by code point: String's == would forgive a writer that normalized é to é.
            return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        default:
            return self == other
        }
    }

    /// The value as short text for a report.
    public var reportText: String {
        switch self {
        case .null: return "null"
        case .string(let s): return RecordRules.quoted(s)
        case .integer(let i): return String(i)
        case .number(let n): return n.decimal.count > 40 ? String(n.decimal.prefix(40)) + "…" : n.decimal
        case .bool(let b): return b ? "true" : "false"
        }
    }
}
