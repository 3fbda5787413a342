/// The encodings the decode stage recognizes, named as `documents.jsonl` reports them.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8 without a byte-order mark (also the fallback, with U+FFFD for invalid bytes).
    case utf8 = "UTF-8"
    /// UTF-8 with the byte-order mark EF BB BF.
    case utf8BOM = "UTF-8-BOM"
    /// UTF-16, little-endian, with or without a byte-order mark.
    case utf16LE = "UTF-16LE"
    /// UTF-16, big-endian, with or without a byte-order mark.
    case utf16BE = "UTF-16BE"
    /// UTF-32, little-endian, with a byte-order mark.
    case utf32LE = "UTF-32LE"
    /// UTF-32, big-endian, with a byte-order mark.
    case utf32BE = "UTF-32BE"
    /// GB18030 (a superset of GBK and GB2312), decoded through iconv.
    case gb18030 = "GB18030"
}
