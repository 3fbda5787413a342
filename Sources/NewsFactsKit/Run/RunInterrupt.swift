/// A request to stop a run early (SIGINT, SIGTERM), made from any thread.
///
/// The run stops reading new files, finishes the pieces already in flight (they reach the journal),
/// removes its temporary output files and throws `ExtractionRun.Interrupted`; the previous run's files
/// stay as they were, and `--resume` continues from the journal.
public final class RunInterrupt: Sendable {
    private struct State {
        var requested = false
        var handlers: [@Sendable () -> Void] = []
    }

    private let monitor = Monitor(State())

    /// A request not made yet.
    public init() {}

    /// Whether a stop was requested.
    public var isRequested: Bool {
        monitor.withLock { $0.requested }
    }

    /// Requests the stop (once; later calls do nothing).
    public func request() {
        let handlers = monitor.withLock { s -> [@Sendable () -> Void] in
            guard !s.requested else { return [] }
            s.requested = true
            return s.handlers
        }
        for handler in handlers { handler() }
    }

    /// Runs `handler` on request (at once if already requested).
    func onRequest(_ handler: @escaping @Sendable () -> Void) {
        let now = monitor.withLock { s -> Bool in
            if s.requested { return true }
            s.handlers.append(handler)
            return false
        }
        if now { handler() }
    }
}
