/// A first-in, first-out queue between threads with a fixed capacity: `push` waits while it is full,
/// `pop` while it is empty, so a fast producer can never run ahead of its consumer by more than the
/// capacity.
///
/// `close()` ends it: pushes are refused, and pops return what is left, then nil.
struct BlockingQueue<Element: Sendable>: Sendable {
    private struct State {
        var items: [Element?] = []
        var head = 0
        var closed = false
        var count: Int { items.count - head }
    }

    private let monitor = Monitor(State())
    /// The most elements held at once.
    let capacity: Int

    /// Creates an empty queue.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Appends an element, waiting for room; returns false (dropping it) when the queue is closed.
    @discardableResult
    func push(_ element: Element) -> Bool {
        let capacity = self.capacity
        return monitor.wait(until: { $0.closed || $0.count < capacity }) { state in
            guard !state.closed else { return false }
            state.items.append(element)
            return true
        }
    }

    /// Removes the oldest element, waiting for one; nil once the queue is closed and empty.
    func pop() -> Element? {
        monitor.wait(until: { $0.closed || $0.count > 0 }) { state in
            guard state.count > 0 else { return nil }
            let element = state.items[state.head]
            state.items[state.head] = nil
            state.head += 1
            // Drop the consumed front now and then, so the array does not grow with the run.
            if state.head >= 1024 && state.head * 2 >= state.items.count {
                state.items.removeFirst(state.head)
                state.head = 0
            }
            return element
        }
    }

    /// Refuses further pushes and wakes every waiting thread.
    func close() {
        monitor.withLock { $0.closed = true }
    }
}
