/// `manifest.json`: what a run was asked to do, when, and what it wrote (`ManifestSchema` is its
/// schema). Shared by `extract` and `merge`, whose manifests differ only in times and `output`.
enum RunManifest {
    /// The manifest's file name.
    static let fileName = "manifest.json"

    /// The manifest of a run with these options and counts.
    static func value(options: JSONValue, started: String, finished: String, summary: RunSummary) -> JSONValue {
        .object([
            ("tool", .string("newsfacts")),
            ("version", .string(ExtractionRun.version)),
            ("schema_version", .string(ExtractionRun.schemaVersion)),
            ("options", options),
            ("started", .string(started)),
            ("finished", .string(finished)),
            ("counts", summary.manifestValue),
            ("tables", summary.tablesManifestValue),
        ])
    }
}
