/// Magic numbers of common binary formats, to name what a non-text file is.
///
/// These are file-format facts, not linguistic data. A signature decides only together with bytes that
/// are not clean text (a text file may begin with `RIFF`); random bytes and unknown formats are caught
/// by their statistics instead.
enum BinarySignature {
    /// Known signatures: the bytes at offset 0 and a name for people.
    private static let known: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF87a".utf8), "GIF image"),
        (Array("GIF89a".utf8), "GIF image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or Office document"),
        ([0x1F, 0x8B], "gzip archive"),
        (Array("BZh".utf8), "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "legacy Office document"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x49, 0x49, 0x2A, 0x00], "TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
        (Array("RIFF".utf8), "RIFF media file"),
    ]

    /// The name of the binary format `bytes` begins with, if it is a known one.
    static func name(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        known.first { signature in
            bytes.count >= signature.bytes.count && zip(bytes, signature.bytes).allSatisfy { $0 == $1 }
        }?.name
    }
}
