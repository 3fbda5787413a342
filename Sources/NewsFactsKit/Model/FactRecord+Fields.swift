extension FactRecord {
    /// The fact a row of `facts` holds, in schema order; nil when a value has the wrong type.
    public init?(fieldValues v: [FieldValue]) {
        guard v.count == Self.schema.columns.count else { return nil }
        do {
            self.init(
                id: try v[0].requiredString(), doc: try v[1].requiredString(), start: try v[2].requiredInteger(),
                end: try v[3].requiredInteger(), mention: try v[4].requiredString(), value: try v[5].requiredNumber(),
                valueMax: try v[6].optionalNumber(), unit: try v[7].optionalString(), kind: try v[8].requiredCase(FactKind.self),
                qualifier: try v[9].requiredCase(Qualifier.self), per: try v[10].optionalString(),
                change: try v[11].optionalCase(Change.self), subject: try v[12].optionalString(),
                normalizedValue: try v[13].optionalNumber(), normalizedUnit: try v[14].optionalString(),
                article: try v[15].requiredInteger(), headline: try v[16].optionalString(), context: try v[17].requiredString(),
                place: try v[18].optionalString(), placeSource: try v[19].optionalCase(AttributionSource.self),
                date: try v[20].optionalString(), dateSource: try v[21].optionalCase(AttributionSource.self))
        } catch {
            return nil
        }
    }
}
