/// Resolve pass for entities: settles overlapping mentions by `OverlapPolicy.longestThenEarliest`
/// (`晋能控股煤业集团燕子山矿` keeps the whole name, not `燕子山矿`; an organization that begins with a
/// place keeps the place inside it) and turns the rest into `EntityRecord`s in original offsets.
public struct EntityResolver: DocumentStage {
    /// Entity records belong to the resolve stage.
    public let stage = StageName.resolve
    /// The overlap policy.
    public let policy: OverlapPolicy

    /// Creates the resolver.
    public init(policy: OverlapPolicy = .longestThenEarliest) {
        self.policy = policy
    }

    /// Fills `context.entities` from `context.entityMentions`.
    public func run(_ context: inout DocumentContext) {
        let mentions = context.entityMentions
        guard !mentions.isEmpty else { return }
        var records: [EntityRecord] = []
        for i in policy.select(mentions.map(\.range)) {
            let m = mentions[i]
            let original = context.text.originalRange(m.range)
            guard !original.isEmpty else { continue }
            let doc = context.input.doc
            records.append(EntityRecord(
                id: RecordID.make(doc: doc, infix: m.type.rawValue, start: original.lowerBound, end: original.upperBound),
                doc: doc, start: original.lowerBound, end: original.upperBound,
                mention: context.source.string(original), type: m.type, normalized: m.normalized, role: m.role,
                adcode: m.adcode, article: context.articleIndex(containing: m.range.lowerBound)))
        }
        context.entities = records
    }
}
