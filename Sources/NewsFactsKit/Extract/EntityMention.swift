/// An entity found in the normalized text, before it becomes a record.
public struct EntityMention: Sendable, Hashable {
    /// The span in normalized offsets.
    public var range: Range<Int>
    /// The entity type.
    public var type: EntityType
    /// ISO 8601 for dates, the full administrative path for places.
    public var normalized: String?
    /// A person's role as stated.
    public var role: String?
    /// A place's administrative division code.
    public var adcode: String?

    /// Creates an entity mention.
    public init(range: Range<Int>, type: EntityType, normalized: String? = nil, role: String? = nil, adcode: String? = nil) {
        self.range = range
        self.type = type
        self.normalized = normalized
        self.role = role
        self.adcode = adcode
    }
}
