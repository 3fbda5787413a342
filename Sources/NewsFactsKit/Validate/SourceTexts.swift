import Foundation

/// The original texts of the documents an output folder names, for `newsfacts validate --sources`:
/// a file is used only when its SHA-256 is still the one in `documents`, so that a changed or moved
/// input never makes a valid span look wrong.
///
/// Records come grouped by document in run order, so one text is kept at a time.
final class SourceTexts {
    private struct Entry {
        var path: String
        var sha256: String?
    }

    private var entries: [String: Entry] = [:]
    private var current: (doc: String, text: SourceText?)?
    private let decoder = Pipeline(stages: [TextDecoder()])
    /// Documents whose file was missing or changed, so their spans were not compared with the text.
    private(set) var unchecked = Set<String>()
    /// Documents whose text was compared.
    private(set) var checked = Set<String>()

    /// Remembers where a document's text is and what its hash was.
    func register(_ document: DocumentRecord) {
        guard document.status == .ok else { return }
        entries[document.doc] = Entry(path: document.path, sha256: document.sha256)
    }

    /// The text of a document, decoded as the run decoded it, or nil when it cannot be trusted.
    func text(for doc: String) -> SourceText? {
        if let current, current.doc == doc { return current.text }
        var text: SourceText?
        if let entry = entries[doc], let data = FileManager.default.contents(atPath: entry.path) {
            let context = decoder.process(InputDocument(doc: doc, path: entry.path, bytes: Array(data)))
            if context.sha256 == entry.sha256 { text = context.source }
        }
        if text == nil { unchecked.insert(doc) } else { checked.insert(doc) }
        current = (doc, text)
        return text
    }
}
