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
    private let thread: RunThread

    /// Starts the thread and waits until it has created its writer; throws what creating it threw.
    init(name: String, queueCapacity: Int = 64, make: @escaping @Sendable () throws -> any RecordWriter) throws {
        let queue = BlockingQueue<Message>(capacity: queueCapacity)
        let status = self.status
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
            Self.serve(writer, queue, status)
        }
        status.wait(until: { $0.ready }) { _ in }
        if let failure = status.withLock({ $0.failure }) {
            queue.close()
            thread.join()
            throw ExtractionRun.OutputFailure(description: failure)
        }
    }

    private static func serve(_ writer: any RecordWriter, _ queue: BlockingQueue<Message>, _ status: Monitor<Status>) {
        let tables = ExtractionRun.tables
        var failed = false
        var committed = false
        while let message = queue.pop() {
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
