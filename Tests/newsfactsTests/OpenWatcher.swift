import Foundation
import Glibc

/// Runs an action once when a process opens a given file in a folder (inotify `IN_OPEN`), so that a
/// test can change files while `newsfacts extract` is busy, at a known point of its run.
final class OpenWatcher: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private var stopped = false
    private var firedFlag = false
    private let done = DispatchSemaphore(value: 0)

    /// Whether the action ran.
    var fired: Bool { lock.withLock { firedFlag } }

    /// Starts watching `folder` for an open of `name`; `action` runs on the watcher's thread.
    init(folder: String, name: String, action: @escaping @Sendable () -> Void) throws {
        // IN_NONBLOCK | IN_CLOEXEC (O_NONBLOCK | O_CLOEXEC on Linux), so that the loop below can stop.
        fd = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
        guard fd >= 0 else { throw POSIXError(.EIO) }
        // IN_OPEN = 0x20.
        guard inotify_add_watch(fd, folder, 0x20) >= 0 else {
            close(fd)
            throw POSIXError(.EIO)
        }
        let target = Array(name.utf8)
        let thread = Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !lock.withLock({ stopped }) {
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 50) > 0 else { continue }
                let n = buffer.withUnsafeMutableBytes { raw -> Int in
                    guard let base = raw.baseAddress else { return -1 }
                    return read(fd, base, raw.count)
                }
                guard n > 0 else { continue }
                // struct inotify_event: wd, mask, cookie, len (4 bytes each), then len bytes of name.
                var offset = 0
                while offset + 16 <= n {
                    let length = Int(buffer[offset + 12]) | Int(buffer[offset + 13]) << 8
                        | Int(buffer[offset + 14]) << 16 | Int(buffer[offset + 15]) << 24
                    let nameBytes = buffer[(offset + 16)..<min(n, offset + 16 + length)].prefix { $0 != 0 }
                    if Array(nameBytes) == target, !lock.withLock({ firedFlag }) {
                        action()
                        lock.withLock { firedFlag = true }
                    }
                    offset += 16 + length
                }
            }
            done.signal()
        }
        thread.start()
    }

    /// Stops watching and waits for the thread to end.
    func stop() {
        lock.withLock { stopped = true }
        done.wait()
        close(fd)
    }
}
