/// An output format, chosen with `--format`.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// JSON Lines: one object per line, UTF-8, LF.
    case jsonl
    /// RFC 4180 CSV, one file per table.
    case csv
    /// XML written through libxml2's xmlTextWriter.
    case xml
}
