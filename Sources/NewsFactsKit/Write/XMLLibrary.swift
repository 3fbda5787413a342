import CLibXML2

/// Process-wide set-up of libxml2, done once before any parser, writer or schema is used.
enum XMLLibrary {
    /// Runs `xmlInitParser()` the first time it is read; Swift runs a static initializer exactly once,
    /// even when several threads reach it, which is what libxml2 asks of its initialization.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()
}

extension String {
    /// Calls `body` with the string as a NUL-terminated UTF-8 `xmlChar` pointer.
    func withXMLChars<T>(_ body: (UnsafePointer<xmlChar>) throws -> T) rethrows -> T {
        try withCString { try body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
