/// A string as a dictionary key compared and hashed by its UTF-8 bytes.
///
/// `String` hashes through Unicode normalization, which for CJK text costs over a thousand
/// instructions a key; the tables built at start-up (gazetteer names and paths, all NFC from one
/// generated file) need only byte identity.
struct UTF8Key: Hashable {
    /// The text.
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
