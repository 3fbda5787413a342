/// What sort of amount a fact states (GUIDELINES §1 `kind`).
public enum FactKind: String, Sendable, Hashable, CaseIterable, Codable {
    case count, money, percent, measure, age, duration
}

/// How the stated amount relates to the true one (GUIDELINES §1 `qualifier`).
public enum Qualifier: String, Sendable, Hashable, CaseIterable, Codable {
    case exact, approx
    case moreThan = "more_than"
    case atLeast = "at_least"
    case lessThan = "less_than"
    case atMost = "at_most"
}

/// Whether an amount is a change or the level reached after one (GUIDELINES §1 `change`).
public enum Change: String, Sendable, Hashable, CaseIterable, Codable {
    case increaseTo = "increase_to"
    case increaseBy = "increase_by"
    case decreaseTo = "decrease_to"
    case decreaseBy = "decrease_by"
}

/// Where an attribution (place or date) was found.
public enum AttributionSource: String, Sendable, Hashable, CaseIterable, Codable {
    case sentence, article, document
}

/// The type of a named entity (GUIDELINES §2).
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    case person, place, organization, date
}
