extension EntityRecord {
    /// The entity a row of `entities` holds, in schema order; nil when a value has the wrong type.
    public init?(fieldValues v: [FieldValue]) {
        guard v.count == Self.schema.columns.count else { return nil }
        do {
            self.init(
                id: try v[0].requiredString(), doc: try v[1].requiredString(), start: try v[2].requiredInteger(),
                end: try v[3].requiredInteger(), mention: try v[4].requiredString(), type: try v[5].requiredCase(EntityType.self),
                normalized: try v[6].optionalString(), role: try v[7].optionalString(), adcode: try v[8].optionalString(),
                article: try v[9].requiredInteger())
        } catch {
            return nil
        }
    }
}
