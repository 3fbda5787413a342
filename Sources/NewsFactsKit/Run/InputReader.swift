#if canImport(Glibc)
import Glibc
#endif

/// An input file opened for reading by its raw path, read whole or in windows.
///
/// Only the feeder thread uses one, and closes it before moving on.
final class InputReader {
    private let fd: Int32
    private let path: String

    /// Opens the file; throws a failure for its `error` document.
    init(_ file: InputFile) throws(ReadFailure) {
        path = file.path
        fd = withCString(file.rawPath) { open($0, O_RDONLY | O_CLOEXEC) }
        if fd < 0 { throw Self.failure("open", path) }
    }

    deinit {
        close(fd)
    }

    /// The size of the file now (0 if it cannot be told).
    var size: Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    /// Reads up to `count` bytes (fewer only at the end of the file).
    func read(upTo count: Int) throws(ReadFailure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.read(fd, base + filled, count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.failure("read", path)
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(count - filled)
        return bytes
    }

    /// Reads everything that is left.
    func readAll() throws(ReadFailure) -> [UInt8] {
        var bytes = try read(upTo: max(size, 1 << 16))
        while true {
            let more = try read(upTo: 1 << 16)
            if more.isEmpty { return bytes }
            bytes.append(contentsOf: more)
        }
    }

    private static func failure(_ operation: String, _ path: String) -> ReadFailure {
        ReadFailure(message: "cannot \(operation) \(path): \(String(cString: strerror(errno)))")
    }
}
