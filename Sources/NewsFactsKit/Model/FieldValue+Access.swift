extension FieldValue {
    /// The text inside, nil for null; a value of another type is not text.
    func optionalString() throws(FieldValueMismatch) -> String? {
        switch self {
        case .null: return nil
        case .string(let s): return s
        default: throw FieldValueMismatch()
        }
    }

    /// The text inside; null or another type is a mismatch.
    func requiredString() throws(FieldValueMismatch) -> String {
        guard let s = try optionalString() else { throw FieldValueMismatch() }
        return s
    }

    /// The integer inside, nil for null.
    func optionalInteger() throws(FieldValueMismatch) -> Int? {
        switch self {
        case .null: return nil
        case .integer(let i): return i
        default: throw FieldValueMismatch()
        }
    }

    /// The integer inside; null or another type is a mismatch.
    func requiredInteger() throws(FieldValueMismatch) -> Int {
        guard let i = try optionalInteger() else { throw FieldValueMismatch() }
        return i
    }

    /// The number inside (integers convert), nil for null.
    func optionalNumber() throws(FieldValueMismatch) -> ExactNumber? {
        switch self {
        case .null: return nil
        case .number(let n): return n
        case .integer(let i): return ExactNumber(double: Double(i), decimal: String(i))
        default: throw FieldValueMismatch()
        }
    }

    /// The number inside; null or another type is a mismatch.
    func requiredNumber() throws(FieldValueMismatch) -> ExactNumber {
        guard let n = try optionalNumber() else { throw FieldValueMismatch() }
        return n
    }

    /// The enumeration case named by the text inside, nil for null.
    func optionalCase<E: RawRepresentable>(_: E.Type) throws(FieldValueMismatch) -> E? where E.RawValue == String {
        guard let s = try optionalString() else { return nil }
        guard let value = E(rawValue: s) else { throw FieldValueMismatch() }
        return value
    }

    /// The enumeration case named by the text inside; null is a mismatch.
    func requiredCase<E: RawRepresentable>(_ type: E.Type) throws(FieldValueMismatch) -> E where E.RawValue == String {
        guard let value = try optionalCase(type) else { throw FieldValueMismatch() }
        return value
    }
}

/// A row's values do not have the types of its record's fields.
public struct FieldValueMismatch: Error, Hashable {}
