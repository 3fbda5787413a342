/// What a pipeline thread does with a piece of work: the pipeline over a whole document, or over one
/// window of a large one (already decoded by the feeder, so without the decode stage).
struct RunWorker: Sendable {
    /// The whole pipeline.
    let pipeline: Pipeline
    /// The pipeline without its decode passes, for windows.
    let windowPipeline: Pipeline

    /// A worker for `pipeline`.
    init(pipeline: Pipeline) {
        self.pipeline = pipeline
        self.windowPipeline = Pipeline(stages: pipeline.stages.filter { $0.stage != .decode })
    }

    /// Processes one piece of work.
    func process(_ item: WorkItem) -> WorkResult {
        switch item {
        case .document(_, let attempt, let file, let bytes):
            let context: DocumentContext
            switch bytes {
            case .success(let bytes):
                context = pipeline.process(InputDocument(doc: file.doc, path: file.path, bytes: bytes))
            case .failure(let failure):
                context = Self.failed(file, failure.message)
            }
            return .document(DocumentOutput(context, attempt: attempt))
        case .window(_, var window):
            var context = DocumentContext(input: InputDocument(doc: window.file.doc, path: window.file.path, bytes: []))
            context.encoding = window.encoding.rawValue
            context.source = SourceText(window.scalars)
            window.scalars = []
            if StageTimer.isEnabled {
                StageTimer.shared.addDocument(bytes: window.bytes, documents: window.index == 0 ? 1 : 0)
            }
            if context.source.count > 0 { windowPipeline.run(&context) }
            var summary = RunSummary()
            summary.facts = context.facts.count
            summary.entities = context.entities.count
            summary.rejects = context.rejects.count
            summary.add(rejects: context.rejects)
            var rows: [TableRow] = []
            rows.reserveCapacity(context.facts.count + context.entities.count + context.rejects.count)
            for fact in context.facts { rows.append(TableRow(fact)) }
            for entity in context.entities { rows.append(TableRow(entity)) }
            for reject in context.rejects { rows.append(TableRow(reject)) }
            return .window(WindowOutput(
                window: window, rows: rows, characters: context.source.count, articles: context.articles.count,
                summary: summary, date: context.documentDate?.iso,
                warnings: context.diagnostics.filter { $0.severity >= .warning }.map(\.message)))
        }
    }

    /// The context of a file that could not be read: an `error` document.
    static func failed(_ file: InputFile, _ message: String) -> DocumentContext {
        var context = DocumentContext(input: InputDocument(doc: file.doc, path: file.path, bytes: []))
        context.status = .error
        context.report(.decode, .error, "input.unreadable", message)
        return context
    }
}
