import Foundation

/// State shared by the threads of a run, guarded by one condition lock.
///
/// Every change wakes every waiter, which keeps the conditions simple (each waiter re-checks its own);
/// the run changes shared state a few times per document, far too rarely for the extra wake-ups to show.
final class Monitor<State>: @unchecked Sendable {
    // @unchecked: `state` is read and written only inside `withLock` and `wait`, which hold `condition`
    // for the whole access, so no two threads ever touch it at once. `State` itself need not be
    // Sendable because it never leaves the lock: callers get results computed under it.
    private let condition = NSCondition()
    private var state: State

    /// Wraps an initial state.
    init(_ state: State) {
        self.state = state
    }

    /// Reads or changes the state under the lock, then wakes every waiter.
    func withLock<R>(_ body: (inout State) throws -> R) rethrows -> R {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return try body(&state)
    }

    /// Waits until `ready` holds, then runs `body` under the same lock and wakes every waiter.
    func wait<R>(until ready: (State) -> Bool, _ body: (inout State) throws -> R) rethrows -> R {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        while !ready(state) { condition.wait() }
        return try body(&state)
    }

    /// Waits until `ready` holds or `deadline` passes; returns whether it holds.
    func wait(until ready: (State) -> Bool, deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !ready(state) {
            if !condition.wait(until: deadline) { return ready(state) }
        }
        return true
    }
}
