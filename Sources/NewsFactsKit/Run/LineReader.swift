#if canImport(Glibc)
import Glibc
#endif

/// Reads a text file line by line in 64 KiB blocks, so an index of a million documents is never held
/// whole.
final class LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    /// Opens a file; nil if it cannot be opened.
    init?(path: String) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return nil }
    }

    deinit {
        close(fd)
    }

    /// The next line without its LF; nil at the end. A read error ends the file early, which the
    /// callers notice as a missing document.
    func next() -> String? {
        while true {
            if let lf = buffer[start...].firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[start..<lf], as: UTF8.self)
                start = lf + 1
                return line
            }
            if ended {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            var block = [UInt8](repeating: 0, count: 1 << 16)
            let n = block.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                var n: Int
                repeat { n = read(fd, base, raw.count) } while n < 0 && errno == EINTR
                return n
            }
            if n <= 0 { ended = true } else { buffer.append(contentsOf: block[0..<n]) }
        }
    }
}
