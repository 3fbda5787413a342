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
    private var tables: [String: Table] = [:]
    /// The table of the previous record: records come in runs of one table, so this spares the lookup.
    private var last: (name: String, table: Table)?
    private var body = ByteBuffer()
    /// Whether the root's start tag is still open (no record written yet).
    private var rootOpen = true
    /// Whether `seal()` closed the document already.
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

    /// Appends one record element: libxml2 takes it in one raw write laid out as its own element calls
    /// would write it (`XMLRecordLayout`); text is escaped by libxml2's `xmlEncodeSpecialChars` where it
    /// holds a character that needs it.
    public func write(_ values: [FieldValue], schema: TableSchema) throws {
        let table = self.table(of: schema)
        defer { rootOpen = false }
        guard min(values.count, table.layout.fields.count) > 0 else {
            // An element without fields (no table has one) is left to libxml2: `<record/>`.
            try writer.startElement(schema.recordElement)
            try writer.endElement()
            return
        }
        try Self.encode(values, table.layout, first: rootOpen, cache: &table.cache, into: &body)
        try body.withBytes { try writer.raw($0) }
    }

    /// One record as libxml2's element calls would write it (see `XMLRecordLayout`).
    private static func encode(_ values: [FieldValue], _ layout: XMLRecordLayout, first: Bool,
                               cache: inout RepeatedTextCache, into body: inout ByteBuffer) throws {
        let count = min(values.count, layout.fields.count)
        body.removeAll()
        try layout.bytes.withUnsafeBufferPointer { bytes in
            func fragment(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: bytes[range])
            }
            if first { body.append(fragment(layout.rootBreak)) }
            body.append(fragment(layout.recordOpen))
            try layout.fields.withUnsafeBufferPointer { fields in
                for i in 0..<count {
                    switch values[i] {
                    case .null:
                        body.append(fragment(fields[i].null))
                        continue
                    case .string(let s):
                        try cache.append(s, column: i, to: &body) { text, body in
                            try appendText(text, open: fragment(fields[i].open), openEscaped: fragment(fields[i].openEscaped), to: &body)
                        }
                    case .integer(let n):
                        body.append(fragment(fields[i].open))
                        body.appendDecimal(n)
                    case .number(let n):
                        try appendText(n.decimal, open: fragment(fields[i].open), openEscaped: fragment(fields[i].openEscaped), to: &body)
                    case .bool(let b):
                        body.append(fragment(fields[i].open))
                        body.append(b ? trueText : falseText)
                    }
                    body.append(fragment(fields[i].close))
                }
            }
            body.append(fragment(layout.recordClose))
        }
    }

    /// The record element field by field through libxml2's element calls: the reference that `write`
    /// must reproduce byte for byte (tests).
    func writeByElements(_ values: [FieldValue], schema: TableSchema) throws {
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

    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)

    /// One table's layout and repeated texts.
    private final class Table {
        let layout: XMLRecordLayout
        var cache: RepeatedTextCache

        init(schema: TableSchema) {
            layout = XMLRecordLayout(schema: schema, indent: XMLTextWriter.indentString)
            cache = RepeatedTextCache(columns: schema.columns.count)
        }
    }

    private func table(of schema: TableSchema) -> Table {
        if let last, last.name == schema.name { return last.table }
        let table = tables[schema.name] ?? Table(schema: schema)
        tables[schema.name] = table
        last = (schema.name, table)
        return table
    }

    /// Appends the start tag and text of a text field; the end tag follows.
    private static func appendText(_ text: String, open: UnsafeBufferPointer<UInt8>, openEscaped: UnsafeBufferPointer<UInt8>,
                                   to body: inout ByteBuffer) throws {
        var s = text
        switch s.withUTF8(ByteScan.xmlNeed) {
        case .none:
            body.append(open)
            s.withUTF8 { body.append($0) }
        case .special:
            body.append(open)
            try XMLTextWriter.appendEscaped(text, to: &body)
        case .illegal:
            body.append(openEscaped)
            try XMLTextWriter.appendEscaped(XMLTextNotation.escape(text), to: &body)
        }
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
