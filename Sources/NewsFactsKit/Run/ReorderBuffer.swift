/// Puts the results of the workers, who finish in any order, back in sequence order for the collector.
///
/// The buffer never holds more than the in-flight budget allows, because the feeder takes a share of
/// it before any piece of work exists.
struct ReorderBuffer: Sendable {
    private struct State {
        var results: [Int: (WorkResult, cost: Int)] = [:]
        var total: Int?
        var cancelled = false
    }

    private let monitor = Monitor(State())

    /// Creates an empty buffer.
    init() {}

    /// Hands in the result with this sequence number and the budget share it holds.
    func put(_ sequence: Int, _ result: WorkResult, cost: Int) {
        monitor.withLock { $0.results[sequence] = (result, cost) }
    }

    /// Says that no sequence number at or above `total` will come.
    func finish(total: Int) {
        monitor.withLock { $0.total = total }
    }

    /// Waits for the result with this sequence number; nil when there is none (the end, or cancelled).
    func take(_ sequence: Int) -> (WorkResult, cost: Int)? {
        monitor.wait(until: { s in
            s.cancelled || s.results[sequence] != nil || (s.total.map { sequence >= $0 } ?? false)
        }) { s in
            guard !s.cancelled else { return nil }
            return s.results.removeValue(forKey: sequence)
        }
    }

    /// Wakes the collector and drops every result.
    func cancel() {
        monitor.withLock { s in
            s.cancelled = true
            s.results = [:]
        }
    }
}
