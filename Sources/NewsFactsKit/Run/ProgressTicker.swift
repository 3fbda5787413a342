import Foundation

/// Calls a progress callback at a fixed interval from a thread of its own while the run advances the
/// counts; the callback never slows the run.
struct ProgressTicker: Sendable {
    private struct State {
        var progress: RunProgress
        var stopped = false
    }

    private let state: Monitor<State>
    private let started = ContinuousClock.now
    private let thread: RunThread?
    private let report: (@Sendable (RunProgress) -> Void)?

    /// Starts ticking, if there is a callback.
    init(totalFiles: Int, totalBytes: Int, interval: Duration,
         report: (@Sendable (RunProgress) -> Void)?) {
        let state = Monitor(State(progress: RunProgress(totalFiles: totalFiles, totalBytes: totalBytes)))
        self.state = state
        let started = self.started
        self.report = report
        guard let report else {
            thread = nil
            return
        }
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        thread = RunThread("newsfacts-progress") {
            while true {
                let stopped = state.wait(until: { $0.stopped }, deadline: Date(timeIntervalSinceNow: seconds))
                if stopped { return }
                var progress = state.withLock { $0.progress }
                progress.seconds = Self.seconds(since: started)
                report(progress)
            }
        }
    }

    /// Counts finished work.
    func advance(files: Int, bytes: Int) {
        state.withLock { s in
            s.progress.files += files
            s.progress.bytes += bytes
        }
    }

    /// Stops the thread and reports the final counts once more (so that even a short run shows its
    /// line); returns them.
    @discardableResult
    func stop(reporting: Bool = true) -> RunProgress {
        var progress = state.withLock { s in
            s.stopped = true
            return s.progress
        }
        thread?.join()
        progress.seconds = Self.seconds(since: started)
        if reporting { report?(progress) }
        return progress
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
