import Foundation

/// Locates and reads the data files under `Sources/NewsFactsKit/Resources/`.
///
/// Linguistic knowledge (units, classifiers, qualifier words, exclusions, gazetteers, OpenCC tables)
/// lives in these files, not in code. They are read once at start-up into immutable tables.
/// `NEWSFACTS_RESOURCES` overrides the location (for an installed binary or an edited copy).
public enum ResourceFile {
    /// A resource that could not be found or read.
    public struct Missing: Error, CustomStringConvertible {
        /// The relative path asked for.
        public var path: String
        /// Where it was looked for.
        public var searched: [String]
        /// A sentence for a person.
        public var description: String {
            "resource file \(path) not found (looked in \(searched.joined(separator: ", "))); set NEWSFACTS_RESOURCES to the Resources folder"
        }
    }

    /// The folder holding the resource files.
    public static let directory: URL? = {
        if let override = ProcessInfo.processInfo.environment["NEWSFACTS_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        // `.copy("Resources")` puts the folder inside the bundle; on Linux, Foundation already reports
        // that folder as the bundle's resourceURL, on Darwin the bundle's own Resources folder.
        guard let base = Bundle.module.resourceURL else { return nil }
        let nested = base.appendingPathComponent("Resources", isDirectory: true)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: nested.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return nested
        }
        return base
    }()

    /// The bytes of a resource file, by path relative to the Resources folder.
    public static func data(_ path: String) throws -> Data {
        guard let directory else { throw Missing(path: path, searched: ["(no resource bundle)"]) }
        let url = directory.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Missing(path: path, searched: [directory.path])
        }
        return data
    }

    /// The text of a resource file as UTF-8.
    public static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    /// The rows of a tab-separated resource file: blank lines and `#` comments skipped, cells trimmed.
    ///
    /// A cell may itself hold a `|`-separated list; callers split it.
    public static func rows(_ path: String) throws -> [[String]] {
        var rows: [[String]] = []
        for line in try text(path).split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return rows
    }
}
