/// Validate stage: every fact and entity of a document is checked against its schema and the original
/// text; a record that fails moves to `context.rejects` with its reason, so nothing is dropped silently.
///
/// Runs last in the pipeline. The stage that produced a record is recorded with its reject: facts and
/// entities come from resolve; the document's own date (the only part of the document record that
/// a stage supplies) from extract. A document record is never dropped (`documents` has one row per
/// input); a date that fails is rejected and cleared instead.
public struct RecordValidator: DocumentStage {
    /// Validation belongs to the validate stage.
    public let stage = StageName.validate
    /// The rules applied.
    public let rules: RecordRules

    /// Loads the rules' resource tables.
    public init() throws {
        self.rules = try RecordRules()
    }

    /// A validator with given rules.
    public init(rules: RecordRules) {
        self.rules = rules
    }

    /// Moves every failing record of the document to `context.rejects`.
    public func run(_ context: inout DocumentContext) {
        let scope = RecordScope(doc: context.input.doc, source: context.source, articles: context.articles.count)
        var reasons: [RejectReason] = []

        // A record without problems has the canonical id of its document and span (`doc#start-end`,
        // `doc#type:start-end`), so equal ids are equal spans: the set holds spans, hashed as integers
        // rather than as id strings.
        var ids = Set<SpanKey>()
        var facts: [FactRecord] = []
        facts.reserveCapacity(context.facts.count)
        for fact in context.facts {
            var problems = rules.check(fact, scope: scope)
            let factKey = SpanKey(start: fact.start, end: fact.end, type: nil)
            if problems.isEmpty, ids.contains(factKey) {
                problems.append(.init(.idDuplicate, field: "id", "repeats an earlier fact's id \(RecordRules.quoted(fact.id))"))
            }
            if problems.isEmpty {
                ids.insert(factKey)
                facts.append(fact)
            } else {
                context.rejects.append(Self.reject(fact, doc: context.input.doc, stage: .resolve, problems))
                reasons.append(problems[0].reason)
            }
        }
        context.facts = facts

        ids.removeAll(keepingCapacity: true)
        var entities: [EntityRecord] = []
        entities.reserveCapacity(context.entities.count)
        for entity in context.entities {
            var problems = rules.check(entity, scope: scope)
            let entityKey = SpanKey(start: entity.start, end: entity.end, type: entity.type)
            if problems.isEmpty, ids.contains(entityKey) {
                problems.append(.init(.idDuplicate, field: "id", "repeats an earlier entity's id \(RecordRules.quoted(entity.id))"))
            }
            if problems.isEmpty {
                ids.insert(entityKey)
                entities.append(entity)
            } else {
                context.rejects.append(Self.reject(entity, doc: context.input.doc, stage: .resolve, problems))
                reasons.append(problems[0].reason)
            }
        }
        context.entities = entities

        if let date = context.documentDate?.iso, !ValuePattern.isoPeriod.matches(date) {
            let problem = RecordProblem(.fieldPattern, field: "date", "\(RecordRules.quoted(date)) is not \(ValuePattern.isoPeriod.summary)")
            context.rejects.append(Self.reject(context.documentRecord, doc: context.input.doc, stage: .extract, [problem]))
            context.documentDate = nil
            reasons.append(problem.reason)
        }

        if !reasons.isEmpty {
            context.report(.validate, .warning, "validate.rejected", Self.summary(of: reasons))
        }
    }

    /// What a valid record's id is made of besides the document.
    private struct SpanKey: Hashable {
        var start: Int
        var end: Int
        var type: EntityType?
    }

    /// A reject for a record: its table, the stage that produced it, the first problem's reason, every
    /// problem in the message, and the record as JSON.
    static func reject<R: OutputRecord>(_ record: R, doc: String, stage: StageName, _ problems: [RecordProblem]) -> RejectRecord {
        RejectRecord(table: R.schema.name, doc: doc, stage: stage, reason: problems[0].reason.rawValue,
                     message: problems.map(\.description).joined(separator: "; "), record: JSONText.object(record))
    }

    /// `3 records rejected by validation (span.mismatch ×2, field.empty)`.
    static func summary(of reasons: [RejectReason]) -> String {
        var counts: [(RejectReason, Int)] = []
        for reason in reasons {
            if let i = counts.firstIndex(where: { $0.0 == reason }) { counts[i].1 += 1 } else { counts.append((reason, 1)) }
        }
        let parts = counts.map { $0.1 > 1 ? "\($0.0.rawValue) ×\($0.1)" : $0.0.rawValue }
        let noun = reasons.count == 1 ? "record" : "records"
        return "\(reasons.count) \(noun) rejected by validation (\(parts.joined(separator: ", ")))"
    }
}
