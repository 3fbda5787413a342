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
        // The bundle holds the copied `Resources` folder. (Foundation on Linux reports that very folder as
        // the bundle's `resourceURL`, so build the path from `bundleURL` to be the same everywhere.)
        return Bundle.module.bundleURL.appendingPathComponent("Resources", isDirectory: true)
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
    /// A cell may itself hold a `|`-separated list; callers split it. Trimming removes what Foundation's
    /// `CharacterSet.whitespaces` holds (tab and the space separators, general category Zs); it is done
    /// here on the UTF-8 bytes because Foundation's `trimmingCharacters` made reading the tables most of
    /// the start-up time.
    public static func rows(_ path: String) throws -> [[String]] {
        let bytes = [UInt8](try data(path))
        var rows: [[String]] = []
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            while lineStart < buffer.count {
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
                let line = trim(buffer, lineStart..<lineEnd)
                if !line.isEmpty, buffer[line.lowerBound] != 0x23 {
                    var cells: [String] = []
                    var cellStart = lineStart
                    for i in lineStart...lineEnd where i == lineEnd || buffer[i] == 0x09 {
                        let cell = trim(buffer, cellStart..<i)
                        cells.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[cell]), as: UTF8.self))
                        cellStart = i + 1
                    }
                    rows.append(cells)
                }
                lineStart = lineEnd + 1
            }
        }
        return rows
    }

    /// `range` without leading and trailing tabs and space separators.
    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, let width = blankWidth(bytes, at: lower, before: upper) { lower += width }
        while upper > lower, let width = blankWidth(bytes, endingAt: upper, after: lower) { upper -= width }
        return lower..<upper
    }

    /// The UTF-8 length of the blank starting at `i`, if one does.
    private static func blankWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, before end: Int) -> Int? {
        for width in 1...3 where i + width <= end && isBlank(bytes, i..<i + width) { return width }
        return nil
    }

    /// The UTF-8 length of the blank ending at `end`, if one does.
    private static func blankWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, after start: Int) -> Int? {
        for width in 1...3 where end - width >= start && isBlank(bytes, end - width..<end) { return width }
        return nil
    }

    /// Whether the bytes are exactly the UTF-8 of a tab or a space separator (Zs: U+0020, U+00A0,
    /// U+1680, U+2000–U+200A, U+202F, U+205F, U+3000).
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let b = bytes[range.lowerBound]
        switch range.count {
        case 1: return b == 0x20 || b == 0x09
        case 2: return b == 0xC2 && bytes[range.lowerBound + 1] == 0xA0
        default:
            let b1 = bytes[range.lowerBound + 1]
            let b2 = bytes[range.lowerBound + 2]
            switch (b, b1) {
            case (0xE1, 0x9A): return b2 == 0x80
            case (0xE2, 0x80): return (0x80...0x8A).contains(b2) || b2 == 0xAF
            case (0xE2, 0x81): return b2 == 0x9F
            case (0xE3, 0x80): return b2 == 0x80
            default: return false
            }
        }
    }
}
