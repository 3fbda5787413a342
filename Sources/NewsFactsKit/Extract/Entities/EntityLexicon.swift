import Foundation

/// Every table the entity recognizers use, loaded once from `Resources/places/` and
/// `Resources/entities/` into immutable tries and sets.
///
/// A class, so that handing it to each recognizer for each document costs one reference count
/// rather than a copy of some thirty tables' references.
public final class EntityLexicon: Sendable {
    /// What a place name in the text stands for.
    public enum PlaceEntry: Sendable, Hashable {
        /// A PRC division, by full name or short form.
        case division(Gazetteer.Name)
        /// A foreign place or a region, with its normalized form if any.
        case foreign(String?)
        /// A natural feature or scenic place (no path).
        case landmark
        /// A word that starts with a place name but is none (澳门元).
        case notPlace
    }

    /// How a word next to a name marks it as a person's.
    public enum PersonCue: String, Sendable, Hashable {
        case byline, credit, title, role, after
    }

    /// How strongly an organization ending marks a name.
    public enum OrgStrength: String, Sendable, Hashable {
        case strong, weak
    }

    /// The bounds on the name before an ending (landforms, settlements).
    public struct StemRule: Sendable, Hashable {
        /// The least and most characters of name before the ending.
        public var bounds: ClosedRange<Int>
        /// Whether the ending marks a name that no place name precedes.
        public var alone: Bool
    }

    /// What a date word means (`date-words.tsv`).
    public enum DateWord: Sendable, Hashable {
        case yearRel(Int), monthRel(Int), dayRel(Int), weekRel(Int)
        case period(Int, Int), yearPart(Int, Int), yearTail, samePeriod, monthPart, rangeSep
        /// A holiday, dated only after a year (`今年春节`).
        case holiday(Holiday)
        /// A month of the lunar calendar (`腊月`), after a year: part of the date, not resolvable to a
        /// Gregorian month.
        case lunarMonth
    }

    /// The divisions.
    public let gazetteer: Gazetteer
    /// Place names: divisions (full and short), foreign places, landmarks.
    public let places: ScalarTrie<[PlaceEntry]>
    /// Words after a zone name that make it a facility (项目).
    public let facilityWords: ScalarTrie<Bool>
    /// Characters after a country's name that make a demonym (冰岛人).
    public let foreignFollowers: ScalarTrie<Bool>
    /// Zone endings (开发区).
    public let zoneSuffixes: ScalarTrie<Bool>
    /// Landform endings with their stem bounds.
    public let landformSuffixes: ScalarTrie<StemRule>
    /// Settlement endings with their stem bounds.
    public let settlementSuffixes: ScalarTrie<StemRule>
    /// Words right after a settlement ending that show it belongs to a longer word (村民, 乡镇).
    public let settlementFollowers: ScalarTrie<Bool>
    /// Words that never begin an organization's name (verbs, time words before one).
    public let orgStemStops: ScalarTrie<Bool>
    /// Endings of a settlement's name part that make it a common word.
    public let settlementStopwords: ScalarTrie<Bool>
    /// Generic place references (该县, 全市).
    public let genericReferences: ScalarTrie<Bool>
    /// Surnames.
    public let surnames: ScalarTrie<Bool>
    /// Person cue words.
    public let personCues: ScalarTrie<PersonCue>
    /// Organization endings.
    public let orgSuffixes: ScalarTrie<OrgStrength>
    /// Well-known organization names.
    public let orgNames: ScalarTrie<Bool>
    /// Administrative prefixes of organization names.
    public let orgPrefixes: ScalarTrie<Bool>
    /// Words that begin with an administrative prefix character but are no prefix (区域, 市场).
    public let orgPrefixWords: ScalarTrie<Bool>
    /// Common words ending like an organization.
    public let orgStopwords: ScalarTrie<Bool>
    /// Names of a kind of organization (供电公司), never an organization on their own.
    public let orgGeneric: ScalarTrie<Bool>
    /// Source labels (来源).
    public let orgLabels: ScalarTrie<Bool>
    /// Characters that never belong to a name found by scanning back from its ending.
    public let functionCharacters: ScalarSet
    /// Date words.
    public let dateWords: ScalarTrie<[DateWord]>
    /// Labels of a page's own date.
    public let documentDateLabels: ScalarTrie<Bool>
    /// Dateline endings (电, 专讯).
    public let datelineEnds: ScalarTrie<Bool>

    /// The lexicon built from the resource files, loaded once per process.
    public static func standard() throws -> EntityLexicon {
        try cached.get()
    }

    private static let cached: Result<EntityLexicon, any Error> = Result { try EntityLexicon.load() }

    /// Reads every table (tests call this through `standard()`).
    static func load() throws -> EntityLexicon {
        let gazetteer = try Gazetteer.load()
        var places = ScalarTrie<[PlaceEntry]>()
        let append: ([PlaceEntry], [PlaceEntry]) -> [PlaceEntry] = { $0 + $1 }
        for (name, entries) in gazetteer.names {
            places.insert(name, entries.map { .division($0) }, merge: append)
        }
        for row in try Self.rows("places/foreign.tsv") where !row[0].isEmpty {
            let normalized = row.count >= 2 && !row[1].isEmpty ? row[1] : nil
            places.insert(row[0], [.foreign(normalized)], merge: append)
        }
        for row in try Self.rows("places/landmarks.tsv") where !row[0].isEmpty {
            places.insert(row[0], [.landmark], merge: append)
        }
        for row in try Self.rows("places/place-stopwords.tsv") where !row[0].isEmpty {
            places.insert(row[0], [.notPlace], merge: append)
        }
        var dateWords = ScalarTrie<[DateWord]>()
        for row in try Self.rows("entities/date-words.tsv") where row.count >= 2 {
            let bounds = row.count >= 3 ? Self.bounds(row[2]) : nil
            let shift = row.count >= 3 ? Int(row[2]) : nil
            let word: DateWord?
            switch row[1] {
            case "yearRel": word = shift.map { .yearRel($0) }
            case "monthRel": word = shift.map { .monthRel($0) }
            case "dayRel": word = shift.map { .dayRel($0) }
            case "weekRel": word = shift.map { .weekRel($0) }
            case "period": word = bounds.map { .period($0.lowerBound, $0.upperBound) }
            case "yearPart": word = bounds.map { .yearPart($0.lowerBound, $0.upperBound) }
            case "yearTail": word = .yearTail
            case "samePeriod": word = .samePeriod
            case "monthPart": word = .monthPart
            case "rangeSep": word = .rangeSep
            case "holiday": word = row.count >= 3 ? Holiday(row[2]).map { .holiday($0) } : nil
            case "lunarMonth": word = .lunarMonth
            default: word = nil
            }
            if let word { dateWords.insert(row[0], [word], merge: { $0 + $1 }) }
        }
        return try EntityLexicon(gazetteer: gazetteer, places: places, dateWords: dateWords)
    }

    /// The rows of a resource file.
    static func rows(_ path: String) throws -> [[String]] {
        try ResourceFile.rows(path)
    }

    private init(gazetteer: Gazetteer, places: ScalarTrie<[PlaceEntry]>, dateWords: ScalarTrie<[DateWord]>) throws {
        self.gazetteer = gazetteer
        self.places = places
        self.facilityWords = try Self.set("places/facility-words.tsv")
        self.foreignFollowers = try Self.set("places/foreign-followers.tsv")
        self.zoneSuffixes = try Self.set("places/zone-suffixes.tsv")
        self.landformSuffixes = try Self.boundedTrie("places/landform-suffixes.tsv")
        self.settlementSuffixes = try Self.boundedTrie("places/settlement-suffixes.tsv")
        self.settlementFollowers = try Self.set("places/settlement-followers.tsv")
        self.orgStemStops = try Self.set("entities/org-stem-stops.tsv")
        self.settlementStopwords = try Self.set("places/settlement-stopwords.tsv")
        self.genericReferences = try Self.set("places/generic-references.tsv")
        self.surnames = try Self.set("entities/surnames.tsv")
        self.personCues = try Self.keyed("entities/person-context.tsv") { PersonCue(rawValue: $0) }
        self.orgSuffixes = try Self.keyed("entities/org-suffixes.tsv") { OrgStrength(rawValue: $0) }
        self.orgNames = try Self.set("entities/org-names.tsv")
        self.orgPrefixes = try Self.set("entities/org-prefixes.tsv")
        self.orgPrefixWords = try Self.set("entities/org-prefix-words.tsv")
        self.orgStopwords = try Self.set("entities/org-stopwords.tsv")
        self.orgGeneric = try Self.set("entities/org-generic.tsv")
        self.orgLabels = try Self.set("entities/org-labels.tsv")
        self.functionCharacters = ScalarSet(try Self.rows("entities/function-characters.tsv").compactMap { $0[0].unicodeScalars.first })
        self.dateWords = dateWords
        self.documentDateLabels = try Self.set("entities/document-date-labels.tsv")
        self.datelineEnds = try Self.set("entities/dateline-ends.tsv")
    }

    private static func bounds(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, parts[0] <= parts[1] else { return nil }
        return parts[0]...parts[1]
    }

    private static func set(_ path: String) throws -> ScalarTrie<Bool> {
        var trie = ScalarTrie<Bool>()
        for row in try Self.rows(path) where !row[0].isEmpty { trie.insert(row[0], true) }
        return trie
    }

    private static func boundedTrie(_ path: String) throws -> ScalarTrie<StemRule> {
        var trie = ScalarTrie<StemRule>()
        for row in try Self.rows(path) where row.count >= 2 {
            if let b = bounds(row[1]) { trie.insert(row[0], StemRule(bounds: b, alone: row.count < 3 || row[2] != "no")) }
        }
        return trie
    }

    private static func keyed<T: Sendable>(_ path: String, _ parse: (String) -> T?) throws -> ScalarTrie<T> {
        var trie = ScalarTrie<T>()
        for row in try Self.rows(path) where row.count >= 2 {
            if let value = parse(row[1]) { trie.insert(row[0], value) }
        }
        return trie
    }
}
