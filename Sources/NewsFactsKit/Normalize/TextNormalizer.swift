/// Normalize stage: builds the matching text and its offset map from the original.
///
/// The passes, in order, and why in this order:
///
///     InvisibleRemoval         zero-width characters out first, so no later pass sees them
///     WidthFolding             full-width forms and odd spaces to ASCII (one for one)
///     TraditionalToSimplified  OpenCC characters (one for one); before layout, whose byline words are Simplified
///     LineEndingFolding        CRLF, CR and other breaks to one "\n"; layout sees one kind of break
///     LayoutRepair             join lines broken inside sentences; one "\n" per real break
///
/// Every normalized scalar keeps the original range it stands for, so records always quote the original
/// (`context.source`) while extractors match on `context.text`.
public struct TextNormalizer: DocumentStage {
    /// Normalization belongs to the normalize stage.
    public let stage = StageName.normalize

    private let invisible: InvisibleRemoval
    private let width: WidthFolding
    private let script: TraditionalToSimplified
    private let lineEndings: LineEndingFolding
    private let layout: LayoutRepair

    /// The tables, read once per process: every normalizer shares them.
    private static let tables: Result<(InvisibleRemoval, WidthFolding, TraditionalToSimplified, LayoutRepair), any Error> =
        Result { (try InvisibleRemoval.load(), try WidthFolding.load(), try TraditionalToSimplified.load(), try LayoutRepair.load()) }

    /// Creates the normalizer with the tables from `Sources/NewsFactsKit/Resources/` (read once).
    ///
    /// - Throws: `ResourceFile.Missing` or a table format error when a resource cannot be read.
    public init() throws {
        (invisible, width, script, layout) = try Self.tables.get()
        lineEndings = LineEndingFolding()
    }

    /// Creates a normalizer from passes built elsewhere (tests build them from rows).
    init(invisible: InvisibleRemoval, width: WidthFolding, script: TraditionalToSimplified, layout: LayoutRepair) {
        self.invisible = invisible
        self.width = width
        self.script = script
        self.lineEndings = LineEndingFolding()
        self.layout = layout
    }

    /// Sets `context.text` from `context.source`.
    public func run(_ context: inout DocumentContext) {
        var text = NormalizedText(identity: context.source)
        invisible.apply(&text)
        width.apply(&text)
        let conversion = script.apply(&text)
        if conversion.converted > 0 {
            let mode = conversion.traditional ? "Traditional text" : "Traditional-only characters in Simplified text"
            context.report(.normalize, .note, "normalize.traditional",
                           "\(mode): \(conversion.converted) characters read as Simplified")
        }
        lineEndings.apply(&text)
        layout.apply(&text)
        context.text = text
    }
}
