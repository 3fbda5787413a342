extension RecordRules {
    /// Checks a fact: its schema, its id, span and document, `value ≤ value_max`, normalization
    /// consistent with kind and unit, attributions and article.
    public func check(_ fact: FactRecord, scope: RecordScope) -> [RecordProblem] {
        var problems = checkFields(fact.fieldValues, schema: FactRecord.schema)
        checkDoc(fact.doc, scope, into: &problems)
        if !Self.isID(fact.id, doc: fact.doc, start: fact.start, end: fact.end) {
            let expectedID = "\(fact.doc)#\(fact.start)-\(fact.end)"
            if fact.id != expectedID {
                problems.append(.init(.idMalformed, field: "id", "is \(Self.quoted(fact.id)), expected \(Self.quoted(expectedID))"))
            }
        }
        checkSpan(start: fact.start, end: fact.end, mention: fact.mention, scope, into: &problems)
        if let valueMax = fact.valueMax,
           let order = ExactNumber.compareDecimals(valueMax.decimal, fact.value.decimal), order < 0 {
            problems.append(.init(.valueRange, field: "value_max", "\(valueMax.decimal) is below value \(fact.value.decimal)"))
        }
        checkNormalization(fact, into: &problems)
        if (fact.place == nil) != (fact.placeSource == nil) {
            problems.append(.init(.attributionIncomplete, field: "place_source",
                                  fact.place == nil ? "is set without a place" : "is null but place is set"))
        }
        if (fact.date == nil) != (fact.dateSource == nil) {
            problems.append(.init(.attributionIncomplete, field: "date_source",
                                  fact.date == nil ? "is set without a date" : "is null but date is set"))
        }
        checkArticle(fact.article, scope, into: &problems)
        return problems
    }

    /// `normalized_value` and `normalized_unit` come together, never for counts, in a canonical unit of
    /// the kind (GUIDELINES §1).
    private func checkNormalization(_ fact: FactRecord, into problems: inout [RecordProblem]) {
        switch (fact.normalizedValue, fact.normalizedUnit) {
        case (nil, nil):
            return
        case (.some, nil):
            problems.append(.init(.normalizedIncomplete, field: "normalized_unit", "is null but normalized_value is set"))
        case (nil, .some):
            problems.append(.init(.normalizedIncomplete, field: "normalized_value", "is null but normalized_unit is set"))
        case (.some, .some(let unit)):
            if fact.kind == .count {
                problems.append(.init(.normalizedUnexpected, field: "normalized_value", "is set on a count"))
            } else if !units.allows(unit, for: fact.kind) {
                let expected = fact.kind == .money
                    ? "an ISO 4217 currency code"
                    : "one of " + units.units(for: fact.kind).joined(separator: ", ")
                problems.append(.init(.normalizedUnit, field: "normalized_unit",
                                      "\(Self.quoted(unit)) is not a canonical unit of \(fact.kind.rawValue) (\(expected))"))
            }
        }
    }
}
