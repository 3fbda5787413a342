import Dispatch
import Foundation
import NewsFactsKit
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns the first SIGINT or SIGTERM during `extract` into a `RunInterrupt`: the run finishes the files
/// in flight, keeps them in its journal and stops without replacing any output. A second signal has
/// its default effect (the process ends at once; the journal still holds what was finished).
final class StopSignals {
    /// The first signal received, shared with the handlers.
    private final class Received: Sendable {
        let number = Atomic<Int32>(0)
    }

    /// The request the run watches.
    let interrupt = RunInterrupt()
    private let received = Received()
    private var sources: [any DispatchSourceSignal] = []

    /// Starts listening.
    init() {
        let interrupt = self.interrupt
        let received = self.received
        // A process can start with these signals blocked (a parent that spawned it from a thread that
        // blocks them, as libdispatch's threads do); blocked, they would wait forever.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in [SIGINT, SIGTERM] {
            // Ignored as a signal, so that only the dispatch source sees it.
            Glibc.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                _ = received.number.compareExchange(expected: 0, desired: number, ordering: .relaxed)
                FileHandle.standardError.write(Data("\nnewsfacts: stopping after the files in flight (again to stop at once)\n".utf8))
                Glibc.signal(SIGINT, SIG_DFL)
                Glibc.signal(SIGTERM, SIG_DFL)
                interrupt.request()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The first signal received, or 0.
    var signal: Int32 {
        received.number.load(ordering: .relaxed)
    }

    /// Stops listening and gives both signals their default effect back.
    func restore() {
        for source in sources { source.cancel() }
        sources = []
        Glibc.signal(SIGINT, SIG_DFL)
        Glibc.signal(SIGTERM, SIG_DFL)
    }
}
