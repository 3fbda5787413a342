import Foundation

/// A thread of a run, started with a body and joined when the run ends.
///
/// The run uses plain threads rather than the cooperative pool: its stages block on queues and disk,
/// which Swift concurrency's fixed-size pool must never do.
struct RunThread: Sendable {
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` on a new thread named `name`.
    init(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let done = self.done
        let thread = Thread {
            body()
            done.signal()
        }
        thread.name = name
        // The pipeline's stages recurse little, but a page can be long: give them the main thread's room.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits until the body has returned.
    func join() {
        done.wait()
    }
}
