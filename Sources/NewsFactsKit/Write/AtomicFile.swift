import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An output file written under a temporary name in its final folder and renamed into place when
/// complete, so that a reader never sees half a file.
///
/// Writes are buffered (1 MiB) and go through POSIX `write`; `seal()` flushes, `fsync`s and closes,
/// `commit()` seals if needed and renames.
/// `discard()` (or deinit without commit) removes the temporary file.
public final class AtomicFile {
    /// An I/O failure, with the path and the system's reason.
    public struct IOError: Error, CustomStringConvertible {
        /// The file concerned.
        public var path: String
        /// What was being done.
        public var operation: String
        /// errno at the time.
        public var code: Int32
        /// What the system's reason does not say, if anything.
        public var detail: String?

        /// Creates an error.
        public init(path: String, operation: String, code: Int32, detail: String? = nil) {
            self.path = path
            self.operation = operation
            self.code = code
            self.detail = detail
        }

        /// A sentence for a person.
        public var description: String {
            if let detail { return "cannot \(operation) \(path): \(detail)" }
            return "cannot \(operation) \(path): \(String(cString: strerror(code)))"
        }
    }

    /// The final path.
    public let path: String
    /// The temporary path written until commit.
    public let temporaryPath: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var committed = false
    private var sealed = false
    private let capacity = 1 << 20

    /// Creates the temporary file next to `path`.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        temporaryPath = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw IOError(path: temporaryPath, operation: "create", code: errno) }
        buffer.reserveCapacity(capacity)
    }

    deinit {
        if !committed { discard() }
    }

    /// Appends bytes.
    public func write(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends a string as UTF-8.
    public func write(_ string: String) throws {
        var s = string
        s.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { try flush() }
    }

    /// Writes the buffer out.
    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(fd, base.advanced(by: offset), raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw IOError(path: temporaryPath, operation: "write", code: errno)
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and closes the file, still under its temporary name: after this succeeded the
    /// data is on disk, and `commit()` only renames. A run seals every file before it renames any, so
    /// that a full disk fails it before a single final name changes.
    public func seal() throws {
        guard !sealed, !committed else { return }
        try flush()
        if fsync(fd) != 0 { throw IOError(path: temporaryPath, operation: "sync", code: errno) }
        if close(fd) != 0 { fd = -1; throw IOError(path: temporaryPath, operation: "close", code: errno) }
        fd = -1
        sealed = true
    }

    /// Seals the file if needed and renames it to its final name.
    public func commit() throws {
        guard !committed else { return }
        try seal()
        if rename(temporaryPath, path) != 0 { throw IOError(path: path, operation: "rename into", code: errno) }
        committed = true
    }

    /// Closes and removes the temporary file.
    public func discard() {
        if fd >= 0 { close(fd); fd = -1 }
        unlink(temporaryPath)
        committed = true
    }
}
