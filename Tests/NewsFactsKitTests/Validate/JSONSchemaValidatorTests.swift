import Testing
@testable import NewsFactsKit

/// The JSON Schema subset validator, on the generated schemas.
@Suite struct JSONSchemaValidatorTests {
    private let facts = try? JSONSchemaValidator(schema: JSONSchemaGenerator.schema(for: FactRecord.schema))

    private func violations(_ json: String) throws -> [String] {
        let validator = try #require(facts)
        return validator.validate(try JSONParser.parse(json)).map(\.path)
    }

    @Test func aWrittenFactIsValid() throws {
        #expect(try violations(JSONText.object(RecordRulesTests.fact())).isEmpty)
        let huge = RecordRulesTests.fact { $0.value = ExactNumber(double: .infinity, decimal: "1" + String(repeating: "0", count: 400)) }
        #expect(try violations(JSONText.object(huge)).isEmpty)
    }

    @Test(arguments: [
        ("\"kind\":\"count\"", "\"kind\":\"amount\"", "kind"),
        ("\"start\":4", "\"start\":-1", "start"),
        ("\"start\":4", "\"start\":4.5", "start"),
        ("\"value\":89", "\"value\":\"8.9e1\"", "value"),
        ("\"value\":89", "\"value\":true", "value"),
        ("\"subject\":\"学校\"", "\"subject\":\"\"", "subject"),
        ("\"per\":null", "\"per\":7", "per"),
        ("\"mention\":\"89所\"", "\"mention\":null", "mention"),
        ("\"date\":null", "\"date\":\"2023年\"", "date"),
        ("\"change\":null", "\"change\":\"up\"", "change"),
        ("\"id\":\"a.txt#4-7\",", "", "id"),
        ("\"id\":", "\"extra\":1,\"id\":", "extra"),
    ])
    func brokenRowsAreCaught(find: String, replace: String, path: String) throws {
        let json = JSONText.object(RecordRulesTests.fact())
        #expect(json.contains(find))
        let broken = json.replacingOccurrences(of: find, with: replace)
        #expect(try violations(broken).contains(path), "\(broken)")
    }

    @Test func unknownKeywordsAreRefused() {
        #expect(throws: JSONSchemaValidator.Unsupported.self) {
            try JSONSchemaValidator(schema: .object([("type", .string("object")), ("oneOf", .array([]))]))
        }
    }
}
