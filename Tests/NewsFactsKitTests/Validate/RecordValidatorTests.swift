import Testing
@testable import NewsFactsKit

/// The validate stage: failing records move to rejects with table, stage, reason and the record as
/// JSON; valid ones stay, in order; nothing is dropped.
@Suite struct RecordValidatorTests {
    private func context(_ text: String, facts: [FactRecord] = [], entities: [EntityRecord] = []) -> DocumentContext {
        var context = DocumentContext(input: InputDocument(doc: "a.txt", path: "a.txt", bytes: Array(text.utf8)))
        context.source = SourceText(text)
        context.facts = facts
        context.entities = entities
        return context
    }

    private let validator = RecordValidator(rules: RecordRulesTests.rules)

    @Test func failuresMoveToRejectsAndTheRestStay() throws {
        let good = RecordRulesTests.fact()
        let bad = RecordRulesTests.fact { $0.mention = "89个" }
        let entity = RecordRulesTests.entity()
        var context = context(RecordRulesTests.text, facts: [bad, good], entities: [entity, entity])
        validator.run(&context)
        #expect(context.facts == [good])
        #expect(context.entities == [entity])
        #expect(context.rejects.count == 2)
        let reject = try #require(context.rejects.first)
        #expect(reject.table == "facts")
        #expect(reject.stage == .resolve)
        #expect(reject.reason == "span.mismatch")
        #expect(reject.record == JSONText.object(bad))
        #expect(reject.message.contains("mention"))
        #expect(context.rejects.last?.reason == "id.duplicate")
        #expect(context.rejects.last?.table == "entities")
        #expect(context.diagnostics.contains { $0.code == "validate.rejected" && $0.message.contains("2 records") })
        #expect(context.documentRecord.rejects == 2)
        #expect(context.documentRecord.facts == 1)
    }

    @Test func aValidDocumentIsLeftAlone() {
        var context = context(RecordRulesTests.text, facts: [RecordRulesTests.fact()])
        validator.run(&context)
        #expect(context.rejects.isEmpty)
        #expect(context.diagnostics.isEmpty)
    }

    @Test func aBadDocumentDateIsRejectedAndCleared() {
        var context = context("x")
        context.documentDate = PartialDate(year: 12345, month: 1)
        validator.run(&context)
        #expect(context.documentDate == nil)
        #expect(context.rejects.map(\.table) == ["documents"])
        #expect(context.rejects.first?.stage == .extract)
        #expect(context.rejects.first?.record.contains("12345-01") == true)
    }

    @Test func theStandardPipelineEndsWithValidation() throws {
        #expect(try Pipeline.standard().stages.last?.stage == .validate)
    }
}
