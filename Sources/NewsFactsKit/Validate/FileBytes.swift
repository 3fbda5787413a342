#if canImport(Glibc)
import Glibc
#endif

/// Reads a file in 1 MiB chunks, byte by byte or line by line, so that output files of any size are
/// checked in bounded memory.
final class FileBytes {
    /// The file could not be opened or read.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let path: String
    private let fd: Int32
    private var buffer: [UInt8]
    private var position = 0
    private var count = 0
    private var finished = false

    /// Opens `path` for reading.
    init(path: String) throws {
        self.path = path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))") }
        buffer = [UInt8](repeating: 0, count: 1 << 20)
    }

    deinit {
        close(fd)
    }

    /// The next byte, or nil at the end.
    @inline(__always) func next() throws -> UInt8? {
        if position == count {
            try fill()
            if count == 0 { return nil }
        }
        let b = buffer[position]
        position += 1
        return b
    }

    /// The next byte without consuming it.
    func peek() throws -> UInt8? {
        if position == count {
            try fill()
            if count == 0 { return nil }
        }
        return buffer[position]
    }

    /// The next line without its LF, and whether an LF ended it; nil at the end.
    func line() throws -> (bytes: [UInt8], terminated: Bool)? {
        var out: [UInt8] = []
        while true {
            if position == count {
                try fill()
                if count == 0 { return out.isEmpty ? nil : (out, false) }
            }
            if let lf = buffer[position..<count].firstIndex(of: 0x0A) {
                out.append(contentsOf: buffer[position..<lf])
                position = lf + 1
                return (out, true)
            }
            out.append(contentsOf: buffer[position..<count])
            position = count
        }
    }

    private func fill() throws {
        guard !finished else {
            count = 0
            position = 0
            return
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(fd, base, raw.count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if n == 0 { finished = true }
            count = n
            position = 0
            return
        }
    }
}
