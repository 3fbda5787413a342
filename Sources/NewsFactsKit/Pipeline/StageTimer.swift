import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opt-in CPU time per pipeline pass and per writer, for the benchmark (`scripts/bench.sh`).
///
/// Set `NEWSFACTS_STAGE_TIMES=1` and `newsfacts extract` prints, at the end, the CPU seconds each pass
/// and each writer spent, summed over all threads, with the single-thread MB/s each would reach alone.
/// The variable is read once; when it is unset the only cost is one test of a constant per document and
/// pass, so the timer can stay in release builds.
///
/// CPU time (`CLOCK_THREAD_CPUTIME_ID`) rather than wall time, so that time spent waiting (for a queue, for
/// the disk, for another process on a shared machine) is not charged to a stage.
public final class StageTimer: @unchecked Sendable {
    /// Whether timing is on (`NEWSFACTS_STAGE_TIMES` set to anything but empty or `0`).
    public static let isEnabled: Bool = {
        guard let value = getenv("NEWSFACTS_STAGE_TIMES") else { return false }
        let text = String(cString: value)
        return !text.isEmpty && text != "0"
    }()

    /// The process-wide accumulator.
    public static let shared = StageTimer()

    private struct Slot {
        var nanoseconds: Int64 = 0
        var calls = 0
    }

    // Guarded by `lock`; a lock per measurement is cheap next to the two clock reads around it.
    private let lock = NSLock()
    private var order: [String] = []
    private var slots: [String: Slot] = [:]
    private var inputBytes = 0
    private var documents = 0

    /// An empty accumulator (tests; the tool uses `shared`).
    public init() {}

    /// The CPU time the calling thread has used, in nanoseconds.
    public static func threadCPUNanoseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// Runs `body` and, when timing is on, charges its CPU time to `name` in `shared`.
    @inline(__always)
    public static func measure<T, E: Error>(_ name: @autoclosure () -> String, _ body: () throws(E) -> T) throws(E) -> T {
        guard isEnabled else { return try body() }
        let start = threadCPUNanoseconds()
        defer { shared.add(name(), nanoseconds: threadCPUNanoseconds() - start) }
        return try body()
    }

    /// Charges CPU time to a named slot; slots are reported in the order they were first charged.
    public func add(_ name: String, nanoseconds: Int64) {
        lock.lock()
        defer { lock.unlock() }
        if slots[name] == nil { order.append(name) }
        slots[name, default: Slot()].nanoseconds += nanoseconds
        slots[name, default: Slot()].calls += 1
    }

    /// Counts one document's input bytes, the base of the MB/s column (`documents: 0` for a later
    /// window of a large file).
    public func addDocument(bytes: Int, documents: Int = 1) {
        lock.lock()
        defer { lock.unlock() }
        inputBytes += bytes
        self.documents += documents
    }

    /// The table printed at the end of a run: CPU seconds, single-thread MB/s and share per slot.
    public func report() -> String {
        lock.lock()
        defer { lock.unlock() }
        let total = order.reduce(Int64(0)) { $0 + (slots[$1]?.nanoseconds ?? 0) }
        let megabytes = Double(inputBytes) / 1_000_000
        var lines = ["stage times: CPU seconds summed over threads, \(documents) documents, "
            + "\(fixed(megabytes, 1)) MB; MB/s = input MB / stage CPU seconds"]
        lines.append(pad("stage", 32) + pad("cpu s", 10, left: true) + pad("MB/s", 10, left: true)
            + pad("share", 8, left: true))
        for name in order {
            let ns = slots[name]?.nanoseconds ?? 0
            let seconds = Double(ns) / 1e9
            let rate = seconds > 0 ? megabytes / seconds : 0
            let share = total > 0 ? 100 * Double(ns) / Double(total) : 0
            lines.append(pad(name, 32) + pad(fixed(seconds, 3), 10, left: true)
                + pad(fixed(rate, 1), 10, left: true) + pad(fixed(share, 1) + "%", 8, left: true))
        }
        let seconds = Double(total) / 1e9
        lines.append(pad("total", 32) + pad(fixed(seconds, 3), 10, left: true)
            + pad(fixed(seconds > 0 ? megabytes / seconds : 0, 1), 10, left: true) + pad("100.0%", 8, left: true))
        return lines.joined(separator: "\n") + "\n"
    }

    private func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return left ? fill + text : text + fill
    }
}
