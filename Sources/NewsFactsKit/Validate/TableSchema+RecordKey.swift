extension TableSchema {
    /// A row's key for reports: the key column's value, else its `doc`.
    func recordKey(_ values: [FieldValue]?) -> String? {
        guard let values else { return nil }
        let column = key ?? "doc"
        guard let index = index(of: column), index < values.count else { return nil }
        return values[index].stringValue
    }
}
