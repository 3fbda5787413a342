/// The byte-order marks that announce an encoding at the start of a file.
enum ByteOrderMark {
    /// The encoding announced by a byte-order mark at the start of `bytes`, and the mark's length.
    ///
    /// UTF-32LE (FF FE 00 00) is tested before UTF-16LE (FF FE), whose mark it begins with. A UTF-16LE
    /// file whose first character is U+0000 would read as UTF-32LE; that is what every other detector
    /// does too, and such a file is not a news page.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> (encoding: TextEncoding, length: Int)? {
        func starts(_ mark: [UInt8]) -> Bool {
            bytes.count >= mark.count && zip(bytes, mark).allSatisfy { $0 == $1 }
        }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LE, 4) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BE, 4) }
        if starts([0xEF, 0xBB, 0xBF]) { return (.utf8BOM, 3) }
        if starts([0xFF, 0xFE]) { return (.utf16LE, 2) }
        if starts([0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }
}
