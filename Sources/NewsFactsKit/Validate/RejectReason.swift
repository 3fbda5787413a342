/// Why a record failed validation: the stable codes of the `reason` column of `rejects`.
///
/// The codes are part of the output schema (the JSON Schema and the XSD enumerate them): a code is
/// never renamed or reused for another meaning; new codes may be added with a schema version.
/// `newsfacts validate` reports problems in files with the same codes.
public enum RejectReason: String, Sendable, Hashable, CaseIterable, Codable {
    /// A value of the wrong type for its column (text where a number belongs, …).
    case fieldType = "field.type"
    /// Null in a column that requires a value.
    case fieldNull = "field.null"
    /// A value outside the column's allowed values.
    case fieldEnum = "field.enum"
    /// A string that does not have the column's form (SHA-256, ISO 8601 period, adcode).
    case fieldPattern = "field.pattern"
    /// An integer below the column's minimum (a negative offset or count).
    case fieldMinimum = "field.minimum"
    /// An empty string where text is required, or where an absent value must be null.
    case fieldEmpty = "field.empty"
    /// A string holding U+0000, which PostgreSQL and C tools cannot store.
    case fieldNUL = "field.nul"
    /// A field that the record's kind or type does not have (a role on a place, an adcode on a person).
    case fieldNotApplicable = "field.not-applicable"
    /// A number that is NaN or infinite.
    case numberNonFinite = "number.non-finite"
    /// A number whose decimal text is not canonical (exponent, leading or trailing zeros, `-0`).
    case numberMalformed = "number.malformed"
    /// `doc` is not the key of the document the record came from.
    case docMismatch = "doc.mismatch"
    /// `id` is not `doc#start-end` (facts) or `doc#type:start-end` (entities).
    case idMalformed = "id.malformed"
    /// `id` repeats an earlier record's.
    case idDuplicate = "id.duplicate"
    /// Not `0 ≤ start < end ≤` the document's length in code points.
    case spanOutOfRange = "span.out-of-range"
    /// `mention` is not the original text between `start` and `end`.
    case spanMismatch = "span.mismatch"
    /// `value_max` is below `value`.
    case valueRange = "value.range"
    /// Only one of `normalized_value` and `normalized_unit` is set.
    case normalizedIncomplete = "normalized.incomplete"
    /// A normalized value on a kind that has none (counts).
    case normalizedUnexpected = "normalized.unexpected"
    /// A normalized unit that is not canonical for the fact's kind (money needs an ISO 4217 code).
    case normalizedUnit = "normalized.unit"
    /// A date entity's `normalized` is not an ISO 8601 date or period.
    case normalizedMalformed = "normalized.malformed"
    /// `place` without `place_source`, `date` without `date_source`, or the reverse.
    case attributionIncomplete = "attribution.incomplete"
    /// `article` is not the index of an article of the page.
    case articleOutOfRange = "article.out-of-range"

    /// A sentence for the documentation.
    public var summary: String {
        switch self {
        case .fieldType: return "a value of the wrong type for its column"
        case .fieldNull: return "null in a column that requires a value"
        case .fieldEnum: return "a value outside the column's allowed values"
        case .fieldPattern: return "a string without the column's form (SHA-256, ISO 8601 period, adcode)"
        case .fieldMinimum: return "an integer below the column's minimum"
        case .fieldEmpty: return "an empty string where text is required or null is meant"
        case .fieldNUL: return "a string holding U+0000, which PostgreSQL and C tools cannot store"
        case .fieldNotApplicable: return "a field the record's kind or type does not have"
        case .numberNonFinite: return "a number that is NaN or infinite"
        case .numberMalformed: return "decimal text that is not canonical"
        case .docMismatch: return "doc is not the key of the record's document"
        case .idMalformed: return "id is not doc#start-end (facts) or doc#type:start-end (entities)"
        case .idDuplicate: return "id repeats an earlier record's"
        case .spanOutOfRange: return "not 0 <= start < end <= the document's length in code points"
        case .spanMismatch: return "mention is not the original text between start and end"
        case .valueRange: return "value_max is below value"
        case .normalizedIncomplete: return "only one of normalized_value and normalized_unit is set"
        case .normalizedUnexpected: return "a normalized value on a kind that has none (counts)"
        case .normalizedUnit: return "a normalized unit that is not canonical for the kind"
        case .normalizedMalformed: return "a date entity's normalized is not ISO 8601"
        case .attributionIncomplete: return "place without place_source, date without date_source, or the reverse"
        case .articleOutOfRange: return "article is not the index of an article of the page"
        }
    }
}
