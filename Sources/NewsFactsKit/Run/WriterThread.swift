/// One record writer (one format) on a thread of its own, fed batches of rows in order through a
/// bounded queue; so the formats are written side by side, and the slowest (XML) sets the pace
/// instead of the sum of all.
///
/// The writer is created, used and finished on its thread and never leaves it.
struct WriterThread: Sendable {
    private enum Message: Sendable {
        case rows([TableRow])
        case seal
        case commit
    }

    private struct Status {
        var ready = false
        var failure: String?
        var committed = false
        var sealed = false
    }

    private let queue: BlockingQueue<Message>
    private let status = Monitor(Status())
    /// Rows queued and not yet written. The queue's own bound counts batches, and one batch (the
    /// records of a window of a large file) can hold thousands of rows: this bounds the rows, so that
    /// a writer that falls behind holds megabytes, not hundreds of them.
    private let pending = Monitor(0)
    /// The most rows queued at once (a larger batch still goes, alone).
    static let rowLimit = 8192
    private let thread: RunThread

    /// Starts the thread and waits until it has created its writer; throws what creating it threw.
    init(name: String, queueCapacity: Int = 64, make: @escaping @Sendable () throws -> any RecordWriter) throws {
        let queue = BlockingQueue<Message>(capacity: queueCapacity)
        let status = self.status
        let pending = self.pending
        self.queue = queue
        thread = RunThread("newsfacts-write-\(name)") {
            let writer: any RecordWriter
            do {
                writer = try make()
            } catch {
                status.withLock { s in
                    s.failure = "\(error)"
                    s.ready = true
                }
                while queue.pop() != nil {}
                return
            }
            status.withLock { $0.ready = true }
            Self.serve(writer, queue, status, pending)
        }
        status.wait(until: { $0.ready }) { _ in }
        if let failure = status.withLock({ $0.failure }) {
            queue.close()
            thread.join()
            throw ExtractionRun.OutputFailure(description: failure)
        }
    }

    private static func serve(_ writer: any RecordWriter, _ queue: BlockingQueue<Message>, _ status: Monitor<Status>,
                              _ pending: Monitor<Int>) {
        let tables = ExtractionRun.tables
        var failed = false
        var committed = false
        while let message = queue.pop() {
            var rowCount = 0
            if case .rows(let rows) = message { rowCount = rows.count }
            defer { if rowCount > 0 { pending.withLock { $0 -= rowCount } } }
            guard !failed else { continue }
            do {
                switch message {
                case .rows(let rows):
                    if StageTimer.isEnabled {
                        try StageTimer.measure("write \(writer.format.rawValue)") {
                            for row in rows { try writer.write(row.values, schema: tables[row.table]) }
                        }
                    } else {
                        for row in rows { try writer.write(row.values, schema: tables[row.table]) }
                    }
                case .seal:
                    try writer.seal()
                    status.withLock { $0.sealed = true }
                case .commit:
                    try writer.commit()
                    committed = true
                    status.withLock { $0.committed = true }
                }
            } catch {
                failed = true
                status.withLock { $0.failure = "\(error)" }
            }
        }
        if !committed { writer.discard() }
    }

    /// Queues rows; throws if the writer has failed.
    func send(_ rows: [TableRow]) throws {
        if let failure = status.withLock({ $0.failure }) {
            throw ExtractionRun.OutputFailure(description: failure)
        }
        let limit = Self.rowLimit
        pending.wait(until: { $0 == 0 || $0 + rows.count <= limit }) { $0 += rows.count }
        queue.push(.rows(rows))
    }

    /// Finishes the files and syncs them to disk under their temporary names, waiting until done;
    /// throws the writer's failure (a full disk shows here, before any final name changes).
    func seal() throws {
        queue.push(.seal)
        status.wait(until: { $0.sealed || $0.failure != nil }) { _ in }
        if let failure = status.withLock({ $0.failure }) {
            throw ExtractionRun.OutputFailure(description: failure)
        }
    }

    /// Finishes the files and renames them into place (or, with `commit` false, removes them), then
    /// ends the thread; throws the writer's failure, if any.
    func finish(commit: Bool) throws {
        if commit { queue.push(.commit) }
        queue.close()
        thread.join()
        if let failure = status.withLock({ $0.failure }) {
            throw ExtractionRun.OutputFailure(description: failure)
        }
    }
}
