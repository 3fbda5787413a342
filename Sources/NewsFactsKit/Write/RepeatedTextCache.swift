#if canImport(Glibc)
import Glibc
#endif

/// The last text written in each column of a table and the bytes it was written as, so that a text
/// that repeats in the next record is copied instead of scanned and escaped again.
///
/// Consecutive records repeat long texts all the time: every record of a document has its path, the
/// facts of one sentence share its `context` (three in five facts on news pages), an article's facts
/// its `headline`. Texts are compared by their UTF-8 bytes (not `==`, which would call two canonically
/// equivalent spellings equal though they must be written differently); short texts are not cached,
/// encoding them is as cheap as comparing.
struct RepeatedTextCache {
    /// Texts shorter than this many UTF-8 bytes are encoded every time.
    static let minimumLength = 24

    private var texts: [String]
    private var encoded: [[UInt8]]

    /// A cache for a table of `columns` columns.
    init(columns: Int) {
        texts = Array(repeating: "", count: columns)
        encoded = Array(repeating: [], count: columns)
    }

    /// Appends `text` as `encode` writes it, from the cache when column `column` held the same bytes
    /// last time.
    @inline(__always)
    mutating func append(_ text: String, column: Int, to out: inout ByteBuffer,
                         encode: (String, inout ByteBuffer) throws -> Void) rethrows {
        guard column < texts.count, text.utf8.count >= Self.minimumLength else {
            try encode(text, &out)
            return
        }
        if Self.sameBytes(text, texts[column]) {
            encoded[column].withUnsafeBufferPointer { out.append($0) }
            return
        }
        let start = out.count
        try encode(text, &out)
        texts[column] = text
        encoded[column].removeAll(keepingCapacity: true)
        out.withBytes(from: start) { encoded[column].append(contentsOf: $0) }
    }

    /// Whether two strings are the same UTF-8 bytes (the same storage is found at once).
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return x.count == y.count }
                return p == q || memcmp(p, q, x.count) == 0
            }
        }
    }
}
