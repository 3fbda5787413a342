/// The character and word classes that layout repair reasons with, from `normalize/layout.tsv`.
struct LayoutClasses: Sendable {
    /// The table it reads.
    static let file = "normalize/layout.tsv"

    /// A line ending with one of these ends a sentence.
    let final: Set<Unicode.Scalar>
    /// Sentence-final punctuation that headlines do not contain; inside a line it marks body text.
    let strongFinal: Set<Unicode.Scalar>
    /// Clause commas: inside a line without final punctuation they mark body text.
    let clause: Set<Unicode.Scalar>
    /// A line ending with one of these stops inside a sentence.
    let nonFinal: Set<Unicode.Scalar>
    /// Opening quotes and brackets.
    let opening: Set<Unicode.Scalar>
    /// Closing quotes and brackets.
    let closing: Set<Unicode.Scalar>
    /// Characters that cannot begin a sentence (besides closing ones).
    let noStart: Set<Unicode.Scalar>
    /// List bullets and section marks.
    let bullet: Set<Unicode.Scalar>
    /// Numbers of numbered list items.
    let listNumeral: Set<Unicode.Scalar>
    /// What follows a list number.
    let listMarkEnd: Set<Unicode.Scalar>
    /// Words that begin a byline, dateline or source line.
    let bylineStart: [[Unicode.Scalar]]

    /// A class the table lacks.
    struct MissingClass: Error, CustomStringConvertible {
        /// The class name.
        var name: String
        /// A sentence for a person.
        var description: String { "\(LayoutClasses.file): no row for class '\(name)'" }
    }

    /// Builds the classes from the rows of `normalize/layout.tsv`: class name, space-separated members.
    init(rows: [[String]]) throws {
        var members: [String: [String]] = [:]
        for row in rows where row.count >= 2 {
            members[row[0], default: []] += row[1].split(separator: " ").map(String.init)
        }
        func words(_ name: String) throws -> [String] {
            guard let list = members[name] else { throw MissingClass(name: name) }
            return list
        }
        func set(_ name: String) throws -> Set<Unicode.Scalar> {
            Set(try words(name).flatMap { $0.unicodeScalars })
        }
        final = try set("final")
        strongFinal = try set("strongFinal")
        clause = try set("clause")
        nonFinal = try set("nonFinal")
        opening = try set("opening")
        closing = try set("closing")
        noStart = try set("noStart")
        bullet = try set("bullet")
        listNumeral = try set("listNumeral")
        listMarkEnd = try set("listMarkEnd")
        // Longest first, so that 本报记者 is tried before 记者 (the result is the same; the order is
        // only for clarity in a debugger).
        bylineStart = try words("bylineStart").map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    /// Loads the classes from the resources.
    static func load() throws -> LayoutClasses {
        try LayoutClasses(rows: ResourceFile.rows(file))
    }
}
