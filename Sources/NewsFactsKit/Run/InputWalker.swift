import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the files to process under the inputs: files as given, folders walked recursively.
///
/// Files are matched against `include` globs (`fnmatch`, on the file name), sorted by `doc` so that the
/// output order never depends on the file system. Symbolic links are followed only when their target
/// lies inside the input root, unless `followSymlinks` is set; folders already visited (by device and
/// inode) are never entered twice, so link loops end. Paths that cannot be used are returned with a
/// `problem` so that every input is accounted for. Every `doc` is unique (see `DocKeys`).
public struct InputWalker: Sendable {
    /// Globs a file name must match (any of them).
    public var include: [String]
    /// Follow symbolic links wherever they point.
    public var followSymlinks: Bool

    /// Creates a walker.
    public init(include: [String] = ["*.txt"], followSymlinks: Bool = false) {
        self.include = include
        self.followSymlinks = followSymlinks
    }

    /// The files under `inputs`, sorted by `doc`; a missing input is returned with a problem.
    public func files(in inputs: [String]) -> [InputFile] {
        let list = self.list(in: inputs)
        return (0..<list.count).map { list[$0] }
    }

    /// The files under `inputs` as a compact list, sorted by `doc`; a missing input is listed with a problem.
    public func list(in inputs: [String]) -> InputList {
        var result = InputList()
        for input in inputs {
            var st = stat()
            let raw = Array(input.utf8)
            guard stat(input, &st) == 0 else {
                let reason = String(cString: strerror(errno))
                result.addRoot(raw, doc: lastComponent(raw), size: 0, problem: "cannot read input \(input): \(reason)")
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                let root = realPath(raw) ?? raw
                var visited = Set<FileID>()
                result.beginFolder(raw)
                walk(directory: raw, relative: [], root: root, visited: &visited, into: &result)
            } else if (st.st_mode & S_IFMT) == S_IFREG {
                result.addRoot(raw, doc: lastComponent(raw), size: Int(st.st_size))
            } else {
                result.addRoot(raw, doc: lastComponent(raw), size: 0,
                               problem: "not a regular file (a FIFO, socket or device is not read)")
            }
        }
        // Unique keys in input order (before sorting), so that which duplicate keeps its name depends
        // only on the command line.
        result.sortWithUniqueDocs()
        return result
    }

    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private func walk(directory: [UInt8], relative: [UInt8], root: [UInt8],
                      visited: inout Set<FileID>, into result: inout InputList) {
        var st = stat()
        guard withCString(directory, { stat($0, &st) }) == 0 else {
            let reason = String(cString: strerror(errno))
            result.addFile(relative: relative, size: 0, problem: "cannot open folder: \(reason)")
            return
        }
        let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        guard visited.insert(id).inserted else {
            result.addFile(relative: relative, size: 0, problem: "folder already walked (a symbolic link loop or a second link to it); not entered again")
            return
        }
        guard let dir = withCString(directory, { opendir($0) }) else {
            let reason = String(cString: strerror(errno))
            result.addFile(relative: relative, size: 0, problem: "cannot open folder: \(reason)")
            return
        }
        defer { closedir(dir) }
        var names: [(name: [UInt8], type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append((name, entry.pointee.d_type))
        }
        names.sort { $0.name.lexicographicallyPrecedes($1.name) }
        for (name, type) in names {
            let path = directory + [0x2F] + name
            let rel = relative.isEmpty ? name : relative + [0x2F] + name
            var lst = stat()
            guard withCString(path, { lstat($0, &lst) }) == 0 else {
                // Gone since the folder was read, or beyond the system's path length: accounted for when
                // it could be an input (a matching name, or a folder that may hold some).
                let code = errno
                let couldHoldInputs = type == UInt8(DT_DIR) || type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN)
                if code == ENOENT {
                    if matches(name) { result.addFile(relative: rel, size: 0, problem: "vanished while its folder was being read") }
                } else if matches(name) || couldHoldInputs {
                    result.addFile(relative: rel, size: 0, problem: "cannot examine: \(String(cString: strerror(code)))")
                }
                continue
            }
            var isLink = (lst.st_mode & S_IFMT) == S_IFLNK
            var target = lst
            if isLink {
                guard withCString(path, { stat($0, &target) }) == 0 else {
                    let code = errno
                    if matches(name) {
                        let why = code == ELOOP ? "a symbolic link loop" : code == ENOENT ? "its target does not exist"
                            : String(cString: strerror(code))
                        result.addFile(relative: rel, size: 0, problem: "broken symbolic link: \(why)")
                    }
                    continue
                }
                if !followSymlinks {
                    let real = realPath(path) ?? []
                    let inside = real == root || real.starts(with: root + [0x2F])
                    if !inside {
                        if (target.st_mode & S_IFMT) == S_IFDIR || matches(name) {
                            result.addFile(relative: rel, size: 0, problem: "symbolic link points outside the input folder; not followed (use --follow-symlinks)")
                        }
                        continue
                    }
                }
            } else {
                isLink = false
            }
            switch target.st_mode & S_IFMT {
            case S_IFDIR:
                walk(directory: path, relative: rel, root: root, visited: &visited, into: &result)
            case S_IFREG:
                if matches(name) { result.addFile(relative: rel, size: Int(target.st_size)) }
            default:
                if matches(name) { result.addFile(relative: rel, size: 0, problem: "not a regular file (a FIFO, socket or device is not read)") }
            }
        }
    }

    private func matches(_ name: [UInt8]) -> Bool {
        withCString(name) { cname in include.contains { fnmatch($0, cname, 0) == 0 } }
    }

    private func lastComponent(_ path: [UInt8]) -> [UInt8] {
        let trimmed = path.last == 0x2F ? Array(path.dropLast()) : path
        if let slash = trimmed.lastIndex(of: 0x2F) { return Array(InputFile.printable(Array(trimmed[(slash + 1)...])).utf8) }
        return Array(InputFile.printable(trimmed).utf8)
    }

    private func realPath(_ path: [UInt8]) -> [UInt8]? {
        withCString(path) { cpath in
            guard let resolved = realpath(cpath, nil) else { return nil }
            defer { free(resolved) }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self),
                                             count: strlen(resolved)))
        }
    }
}

/// Calls `body` with a NUL-terminated copy of raw path bytes.
func withCString<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
    defer { buffer.deallocate() }
    for (i, b) in bytes.enumerated() { buffer[i] = CChar(bitPattern: b) }
    buffer[bytes.count] = 0
    return body(UnsafePointer(buffer))
}
