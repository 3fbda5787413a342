#if canImport(Glibc)
import Glibc
#endif

/// An input file opened for reading by its raw path, read whole or in windows.
///
/// Opened non-blocking and refused unless it is (still) a regular file, so that a file replaced by a
/// FIFO or a device after it was listed cannot hang the run. Only the feeder thread uses one, and
/// closes it before moving on.
final class InputReader {
    private let fd: Int32
    private let path: String
    /// Size and modification time when opened (or rewound), to tell a file that changes under us.
    private var opened = stat()

    /// Opens the file; throws a failure for its `error` document.
    init(_ file: InputFile) throws(ReadFailure) {
        path = file.path
        fd = withCString(file.rawPath) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        if fd < 0 {
            if errno == ENOENT {
                throw ReadFailure(message: "cannot open \(path): no such file (it was listed, then removed or renamed)")
            }
            throw Self.failure("open", path)
        }
        guard fstat(fd, &opened) == 0 else {
            let failure = Self.failure("examine", path)
            close(fd)
            throw failure
        }
        guard (opened.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw ReadFailure(message: "cannot read \(path): it is no longer a regular file (replaced after it was listed)")
        }
    }

    /// Reads one whole file, as `readStable()` does.
    static func readWhole(_ file: InputFile) -> Result<[UInt8], ReadFailure> {
        do {
            return .success(try InputReader(file).readStable())
        } catch {
            return .failure(error)
        }
    }

    /// Whether the file's size or modification time differ from when it was opened.
    var changed: Bool {
        var now = stat()
        guard fstat(fd, &now) == 0 else { return true }
        return now.st_size != opened.st_size || now.st_mtim.tv_sec != opened.st_mtim.tv_sec
            || now.st_mtim.tv_nsec != opened.st_mtim.tv_nsec
    }

    /// Reads everything from the start; a file that changes while it is read is read once more, and
    /// refused if it changes again, because its bytes would match no version of the file.
    func readStable() throws(ReadFailure) -> [UInt8] {
        for attempt in 1...2 {
            if attempt == 2 {
                guard lseek(fd, 0, SEEK_SET) == 0, fstat(fd, &opened) == 0 else { throw Self.failure("rewind", path) }
            }
            let bytes = try readAll()
            if !changed && bytes.count == Int(opened.st_size) { return bytes }
        }
        throw ReadFailure(message: "cannot read \(path): it changed while being read, twice; run again when it is complete")
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
