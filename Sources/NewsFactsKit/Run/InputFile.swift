/// A file to process, found by the input walker, or a path that could not be used.
public struct InputFile: Sendable, Hashable {
    /// The path relative to its input root (the record `doc`), as printable text.
    public var doc: String
    /// The path for messages (printable text; invalid UTF-8 bytes shown as `%XX`).
    public var path: String
    /// The path's raw bytes, for opening the file whatever its name's encoding.
    public var rawPath: [UInt8]
    /// Why the walker could not use this path (unreadable folder, symlink loop, …), if so.
    public var problem: String?

    /// Creates an input file.
    public init(doc: String, path: String, rawPath: [UInt8], problem: String? = nil) {
        self.doc = doc
        self.path = path
        self.rawPath = rawPath
        self.problem = problem
    }

    /// Printable text of raw path bytes: valid UTF-8 as is; every byte of invalid UTF-8, of a control
    /// character (newline, tab, …) and of `%` itself as `%XX`, so that a path is always one clean line
    /// and distinct byte strings stay distinct.
    public static func printable(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        func escape(_ b: UInt8) {
            for s in ("%" + String(format2hex: b).uppercased()).unicodeScalars { out.append(s) }
        }
        var index = 0
        while index < bytes.count {
            var iterator = bytes[index...].makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let s) = decoder.decode(&iterator) {
                let width = UTF8.width(s)
                if s.value >= 0x20, s.value != 0x7F, s.value != 0x25, !(0x80..<0xA0).contains(s.value) {
                    out.append(s)
                } else {
                    for b in bytes[index..<index + width] { escape(b) }
                }
                index += width
            } else {
                escape(bytes[index])
                index += 1
            }
        }
        return String(out)
    }
}
