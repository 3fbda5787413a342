/// Writes every table into one `newsfacts.xml` through libxml2's streaming `xmlTextWriter`: a root
/// `newsfacts` element in the namespace `XMLWriter.namespace`, carrying `schema_version`, then one
/// element per record in the order the run produces them (for each document its facts, entities,
/// rejects, then its document record), one child element per field in schema order.
///
/// Null is an empty element with `xsi:nil="true"`; numbers are decimal text; text that XML 1.0 cannot
/// hold is written in the escaped form of `XMLTextNotation`. Nothing is kept in memory beyond
/// libxml2's and `AtomicFile`'s buffers. Validates against `schemas/newsfacts.xsd`.
public final class XMLWriter: RecordWriter {
    /// XML.
    public let format = OutputFormat.xml
    /// The namespace of every element (major schema version only, so that additions keep it).
    public static let namespace = "urn:newsfacts:records:1"
    /// The XML Schema instance namespace (for `xsi:nil`).
    public static let instanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"
    /// The file name.
    public static let fileName = "newsfacts.xml"
    /// The root element's name.
    public static let rootElement = "newsfacts"

    private let file: AtomicFile
    private let writer: XMLTextWriter
    private var finished = false

    /// Opens `newsfacts.xml` under a temporary name in `directory` and writes the root's start tag.
    public init(directory: String, schemaVersion: String = ExtractionRun.schemaVersion) throws {
        file = try AtomicFile(path: directory + "/" + Self.fileName)
        do {
            writer = try XMLTextWriter(file: file)
            try writer.startDocument()
            try writer.startElement(Self.rootElement)
            try writer.attribute("xmlns", Self.namespace)
            try writer.attribute("xmlns:xsi", Self.instanceNamespace)
            try writer.attribute("schema_version", schemaVersion)
        } catch {
            file.discard()
            throw error
        }
    }

    /// The final path.
    public var paths: [String] { [file.path] }

    /// Appends one record element.
    public func write(_ values: [FieldValue], schema: TableSchema) throws {
        try writer.startElement(schema.recordElement)
        for (column, value) in zip(schema.columns, values) {
            switch value {
            case .null:
                try writer.startElement(column.name)
                try writer.attribute("xsi:nil", "true")
                try writer.endElement()
            case .string(let s):
                if XMLTextNotation.needsEscaping(s) {
                    try writer.startElement(column.name)
                    try writer.attribute("escaped", "true")
                    try writer.text(XMLTextNotation.escape(s))
                    try writer.endElement()
                } else {
                    try writer.element(column.name, text: s)
                }
            case .integer(let i):
                try writer.element(column.name, text: String(i))
            case .number(let n):
                try writer.element(column.name, text: n.decimal)
            case .bool(let b):
                try writer.element(column.name, text: b ? "true" : "false")
            }
        }
        try writer.endElement()
    }

    /// Closes the root, flushes and syncs the file under its temporary name.
    public func seal() throws {
        guard !finished else { return }
        try writer.finish()
        finished = true
        try file.seal()
    }

    /// Seals if needed and renames the file into place.
    public func commit() throws {
        try seal()
        try file.commit()
    }

    /// Removes the temporary file.
    public func discard() {
        writer.abandon()
        file.discard()
    }
}
