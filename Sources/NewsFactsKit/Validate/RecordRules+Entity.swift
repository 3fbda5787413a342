extension RecordRules {
    /// Checks an entity: its schema, id, span and document, and the fields its type has (GUIDELINES §2):
    /// `normalized` for dates (ISO 8601) and places only, `role` for persons only, `adcode` for places only.
    public func check(_ entity: EntityRecord, scope: RecordScope) -> [RecordProblem] {
        var problems = checkFields(entity.fieldValues, schema: EntityRecord.schema)
        checkDoc(entity.doc, scope, into: &problems)
        if !Self.isID(entity.id, doc: entity.doc, infix: entity.type.rawValue, start: entity.start, end: entity.end) {
            let expectedID = "\(entity.doc)#\(entity.type.rawValue):\(entity.start)-\(entity.end)"
            if entity.id != expectedID {
                problems.append(.init(.idMalformed, field: "id", "is \(Self.quoted(entity.id)), expected \(Self.quoted(expectedID))"))
            }
        }
        checkSpan(start: entity.start, end: entity.end, mention: entity.mention, scope, into: &problems)
        let type = entity.type.rawValue
        if let normalized = entity.normalized {
            switch entity.type {
            case .date where !ValuePattern.isoPeriod.matches(normalized):
                problems.append(.init(.normalizedMalformed, field: "normalized",
                                      "\(Self.quoted(normalized)) is not \(ValuePattern.isoPeriod.summary)"))
            case .person, .organization:
                problems.append(.init(.fieldNotApplicable, field: "normalized", "is set on a \(type)"))
            case .date, .place:
                break
            }
        }
        if entity.role != nil, entity.type != .person {
            problems.append(.init(.fieldNotApplicable, field: "role", "is set on a \(type)"))
        }
        if entity.adcode != nil, entity.type != .place {
            problems.append(.init(.fieldNotApplicable, field: "adcode", "is set on a \(type)"))
        }
        checkArticle(entity.article, scope, into: &problems)
        return problems
    }
}
