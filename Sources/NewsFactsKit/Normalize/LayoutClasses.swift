/// The character and word classes that layout repair reasons with, from `normalize/layout.tsv`.
struct LayoutClasses: Sendable {
    /// The table it reads.
    static let file = "normalize/layout.tsv"

    /// A line ending with one of these ends a sentence.
    let final: ScalarSet
    /// Sentence-final punctuation that headlines do not contain; inside a line it marks body text.
    let strongFinal: ScalarSet
    /// Clause commas: inside a line without final punctuation they mark body text.
    let clause: ScalarSet
    /// A line ending with one of these stops inside a sentence.
    let nonFinal: ScalarSet
    /// Opening quotes and brackets.
    let opening: ScalarSet
    /// Closing quotes and brackets.
    let closing: ScalarSet
    /// Characters that cannot begin a sentence (besides closing ones).
    let noStart: ScalarSet
    /// List bullets and section marks.
    let bullet: ScalarSet
    /// Numbers of numbered list items.
    let listNumeral: ScalarSet
    /// What follows a list number.
    let listMarkEnd: ScalarSet
    /// Words that begin a byline, dateline or source line.
    let bylineStart: [[Unicode.Scalar]]

    /// Class bits of every BMP code point for the classes tested on every scalar of a line (one array
    /// lookup instead of five set lookups): see `Flag`.
    private let flagTable: [UInt8]

    /// Bits of the flag table (above U+FFFF no punctuation class has members).
    enum Flag {
        static let opening: UInt8 = 1
        static let closing: UInt8 = 2
        static let final: UInt8 = 4
        static let strongFinal: UInt8 = 8
        static let clause: UInt8 = 16
    }

    /// Calls `body` with the class bits of the BMP as a buffer (for the per-scalar loop of a line).
    func withFlagTable<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        flagTable.withUnsafeBufferPointer(body)
    }

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
        func set(_ name: String) throws -> ScalarSet {
            ScalarSet(try words(name).flatMap { $0.unicodeScalars })
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
        var table = [UInt8](repeating: 0, count: 0x10000)
        for (name, flag) in [("opening", Flag.opening), ("closing", Flag.closing), ("final", Flag.final),
                             ("strongFinal", Flag.strongFinal), ("clause", Flag.clause)] {
            for scalar in try words(name).flatMap(\.unicodeScalars) where scalar.value < 0x10000 {
                table[Int(scalar.value)] |= flag
            }
        }
        flagTable = table
        bylineStart = try words("bylineStart").map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    /// Loads the classes from the resources.
    static func load() throws -> LayoutClasses {
        try LayoutClasses(rows: ResourceFile.rows(file))
    }
}
