extension DocumentRecord {
    /// The document record a row of `documents` holds, in schema order; nil when a value has the wrong type.
    public init?(fieldValues v: [FieldValue]) {
        guard v.count == Self.schema.columns.count else { return nil }
        do {
            self.init(
                doc: try v[0].requiredString(), path: try v[1].requiredString(), bytes: try v[2].optionalInteger(),
                sha256: try v[3].optionalString(), encoding: try v[4].optionalString(), characters: try v[5].optionalInteger(),
                articles: try v[6].requiredInteger(), facts: try v[7].requiredInteger(), entities: try v[8].requiredInteger(),
                rejects: try v[9].requiredInteger(), date: try v[10].optionalString(),
                status: try v[11].requiredCase(Status.self), message: try v[12].optionalString())
        } catch {
            return nil
        }
    }
}
