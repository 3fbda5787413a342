/// One cell of an output record, typed so that every writer renders it the same way.
public enum FieldValue: Sendable, Hashable {
    /// No value (JSON `null`, an empty unquoted CSV field, `xsi:nil` in XML).
    case null
    /// Text.
    case string(String)
    /// A whole number that always fits 64 bits (offsets, counts, indexes).
    case integer(Int)
    /// An amount that may need its exact decimal text.
    case number(ExactNumber)
    /// True or false.
    case bool(Bool)

    /// The text inside, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer inside, if this is an integer.
    public var integerValue: Int? {
        if case .integer(let i) = self { return i }
        return nil
    }

    /// The number inside, if this is a number (integers convert).
    public var numberValue: ExactNumber? {
        switch self {
        case .number(let n): return n
        case .integer(let i): return ExactNumber(Double(i))
        default: return nil
        }
    }

    /// Whether this is `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension FieldValue {
    /// A string, or null when absent.
    public static func optional(_ s: String?) -> FieldValue { s.map { .string($0) } ?? .null }
    /// An integer, or null when absent.
    public static func optional(_ i: Int?) -> FieldValue { i.map { .integer($0) } ?? .null }
    /// A number, or null when absent.
    public static func optional(_ n: ExactNumber?) -> FieldValue { n.map { .number($0) } ?? .null }
}
