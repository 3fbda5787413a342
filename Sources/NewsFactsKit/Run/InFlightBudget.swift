/// Bounds the work between reading a file and writing its records: at most `items` pieces of work and
/// `bytes` input bytes at once, so the run's memory is the same for ten files or ten million.
///
/// The feeder takes a share before it reads a file or a window and the collector gives it back once
/// the records are handed to the writers. A piece larger than the whole budget waits until nothing
/// else is in flight, then goes alone.
struct InFlightBudget: Sendable {
    private struct State {
        var items = 0
        var bytes = 0
        var cancelled = false
    }

    private let monitor = Monitor(State())
    /// The most pieces of work in flight.
    let items: Int
    /// The most input bytes in flight.
    let bytes: Int

    /// A budget.
    init(items: Int, bytes: Int) {
        self.items = max(1, items)
        self.bytes = max(1, bytes)
    }

    /// Waits for room for a piece of `cost` bytes; false when the run was cancelled.
    func acquire(_ cost: Int) -> Bool {
        let (items, bytes) = (self.items, self.bytes)
        return monitor.wait(until: { s in
            s.cancelled || s.items == 0 || (s.items < items && s.bytes + cost <= bytes)
        }) { s in
            guard !s.cancelled else { return false }
            s.items += 1
            s.bytes += cost
            return true
        }
    }

    /// Gives back a piece's share.
    func release(_ cost: Int) {
        monitor.withLock { s in
            s.items -= 1
            s.bytes -= cost
        }
    }

    /// Wakes and refuses every waiting and later `acquire`.
    func cancel() {
        monitor.withLock { $0.cancelled = true }
    }
}
