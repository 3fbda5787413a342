extension RecordRules {
    /// Checks a document record: its schema and key.
    public func check(_ document: DocumentRecord, scope: RecordScope) -> [RecordProblem] {
        var problems = checkFields(document.fieldValues, schema: DocumentRecord.schema)
        checkDoc(document.doc, scope, into: &problems)
        if let characters = document.characters, let expected = scope.characters, characters != expected {
            problems.append(.init(.spanOutOfRange, field: "characters", "is \(characters), the text has \(expected) code points"))
        }
        return problems
    }
}
