extension RejectRecord {
    /// The reject a row of `rejects` holds, in schema order; nil when a value has the wrong type.
    public init?(fieldValues v: [FieldValue]) {
        guard v.count == Self.schema.columns.count else { return nil }
        do {
            self.init(
                table: try v[0].requiredString(), doc: try v[1].requiredString(), stage: try v[2].requiredCase(StageName.self),
                reason: try v[3].requiredString(), message: try v[4].requiredString(), record: try v[5].requiredString())
        } catch {
            return nil
        }
    }
}
