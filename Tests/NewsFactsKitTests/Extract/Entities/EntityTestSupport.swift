import Testing
@testable import NewsFactsKit

/// Shared helpers for the entity tests: a pipeline up to entity records, and marked text.
enum EntityTestSupport {
    /// The standard lexicon (loaded once per process).
    static func lexicon() throws -> EntityLexicon {
        try EntityLexicon.standard()
    }

    /// Runs decode, normalize (identity, or `normalizer`), entity extraction and resolution over `text`.
    static func context(_ text: String, normalizer: (any DocumentStage)? = nil, doc: String = "t.txt") throws -> DocumentContext {
        let pipeline = Pipeline(stages: [
            TextDecoder(), try normalizer ?? TextNormalizer(), EntityExtractor(lexicon: try lexicon()), EntityResolver(),
        ])
        return pipeline.process(text: text, doc: doc)
    }

    /// The entity records of `text`.
    static func entities(_ text: String, normalizer: (any DocumentStage)? = nil) throws -> [EntityRecord] {
        try context(text, normalizer: normalizer).entities
    }

    /// `text` with the ⟦marked⟧ span removed from the markers, and the marked span's code point range.
    static func unmark(_ marked: String) -> (text: String, range: Range<Int>?) {
        var scalars: [Unicode.Scalar] = []
        var start: Int?
        var end: Int?
        for s in marked.unicodeScalars {
            if s == "⟦" { start = scalars.count; continue }
            if s == "⟧" { end = scalars.count; continue }
            scalars.append(s)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        if let start, let end { return (String(view), start..<end) }
        return (String(view), nil)
    }
}

/// A stand-in for the normalize stage's Traditional→Simplified mapping, one character for one, over
/// the characters the tests use (the real table comes from OpenCC with the normalize work).
struct TraditionalTestNormalizer: DocumentStage {
    let stage = StageName.normalize
    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = ["瀋沈", "陽阳", "電电", "記记", "遼辽", "寧宁", "進进", "貿贸", "總总", "額额", "縣县", "長长", "楊杨", "興兴",
                     "門门", "個个", "關关", "國国", "協协", "調调", "監监", "察察", "澳澳", "區区", "劃划", "報报", "導导", "攝摄",
                     "萬万", "們们", "說说", "產产", "臺台", "灣湾", "億亿", "島岛", "鄉乡", "鎮镇", "時时", "間间", "發发", "佈布"]
        var t: [Unicode.Scalar: Unicode.Scalar] = [:]
        for p in pairs {
            let s = Array(p.unicodeScalars)
            t[s[0]] = s[1]
        }
        return t
    }()

    func run(_ context: inout DocumentContext) {
        var text = NormalizedText(identity: context.source)
        for i in 0..<text.count {
            if let simplified = Self.table[text.scalars[i]] { text.replace(at: i, with: simplified) }
        }
        context.text = text
    }
}
