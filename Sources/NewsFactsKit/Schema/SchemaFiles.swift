import Foundation

/// The files of the top-level `schemas/` folder, generated from the record model, so that the
/// checked-in copies can be rewritten (`newsfacts schemas --out schemas`) and compared (a test, and
/// `newsfacts schemas --check`) and never drift from what the code writes.
public enum SchemaFiles {
    /// One generated file.
    public struct File: Sendable, Hashable {
        /// The path relative to the schemas folder.
        public var path: String
        /// The contents.
        public var contents: String
    }

    /// Every file, in a stable order.
    public static func all() throws -> [File] {
        var files: [File] = []
        for table in ExtractionRun.tables {
            files.append(File(path: "\(table.name).schema.json", contents: JSONSchemaGenerator.schema(for: table).prettyText))
        }
        files.append(File(path: "manifest.schema.json", contents: ManifestSchema.schema.prettyText))
        files.append(File(path: "newsfacts.xsd", contents: try XSDGenerator.schema()))
        files.append(File(path: "postgres.sql", contents: SQLSchemaGenerator.script(.postgres)))
        files.append(File(path: "duckdb.sql", contents: SQLSchemaGenerator.script(.duckdb)))
        for table in ExtractionRun.tables {
            files.append(File(path: "bigquery/\(table.name).json", contents: BigQuerySchemaGenerator.schema(for: table).prettyText))
        }
        return files
    }

    /// Writes every file under `directory`, creating folders as needed.
    public static func write(to directory: String) throws {
        for file in try all() {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let atomic = try AtomicFile(path: url.path)
            try atomic.write(file.contents)
            try atomic.commit()
        }
    }

    /// The paths under `directory` that are missing or differ from what the code generates.
    public static func differences(in directory: String) throws -> [String] {
        try all().compactMap { file in
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file.path).path
            guard let data = FileManager.default.contents(atPath: path) else { return "\(file.path) (missing)" }
            return String(decoding: data, as: UTF8.self) == file.contents ? nil : file.path
        }
    }
}
