import Foundation
@testable import NewsFactsKit

/// The normalization passes built from the resource files in the source tree.
///
/// Reading the files by path keeps these tests about the tables and the passes, independent of how the
/// resource bundle is located at run time.
enum NormalizeTables {
    /// `Sources/NewsFactsKit/Resources`, found from this file's path.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/NewsFactsKit/Resources")

    /// The rows of a resource file, parsed as `ResourceFile.rows` does.
    static func rows(_ path: String) throws -> [[String]] {
        let text = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    static func width() throws -> WidthFolding { try WidthFolding(rows: rows(WidthFolding.file)) }
    static func invisible() throws -> InvisibleRemoval { try InvisibleRemoval(rows: rows(InvisibleRemoval.file)) }
    static func layout() throws -> LayoutRepair { LayoutRepair(classes: try LayoutClasses(rows: rows(LayoutClasses.file))) }
    static func script() throws -> TraditionalToSimplified {
        try TraditionalToSimplified(characters: rows("opencc/TSCharacters.tsv"), twVariants: rows("opencc/TWVariantsRev.tsv"),
                                    hkVariants: rows("opencc/HKVariantsRev.tsv"), phrases: rows("opencc/TSPhrases.tsv"),
                                    simplifiedToTraditional: rows("opencc/STCharacters.tsv"))
    }
    static func normalizer() throws -> TextNormalizer {
        TextNormalizer(invisible: try invisible(), width: try width(), script: try script(), layout: try layout())
    }

    /// One normalizer for all tests (the tables are immutable).
    static let shared: Result<TextNormalizer, any Error> = Result { try normalizer() }

    /// Normalizes a text with every pass, as the Normalize stage does.
    static func normalize(_ original: String) throws -> (source: SourceText, text: NormalizedText, diagnostics: [Diagnostic]) {
        var context = DocumentContext(input: InputDocument(doc: "t.txt", path: "t.txt", bytes: Array(original.utf8)))
        context.source = SourceText(original)
        try shared.get().run(&context)
        return (context.source, context.text, context.diagnostics)
    }
}

extension NormalizedText {
    /// The normalized range of the first occurrence of `needle`, for mapping checks.
    func range(of needle: String) -> Range<Int>? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= count else { return nil }
        for i in 0...(count - n.count) where Array(scalars[i..<(i + n.count)]) == n { return i..<(i + n.count) }
        return nil
    }
}
