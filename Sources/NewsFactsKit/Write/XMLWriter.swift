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
    private var layouts: [String: XMLRecordLayout] = [:]
    private var lastLayout: (name: String, layout: XMLRecordLayout)?
    private var body: [UInt8] = []

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

    /// Appends one record element: libxml2 opens and closes it, and takes its fields in one raw write
    /// laid out as its own element calls would write them (`XMLRecordLayout`); text is escaped by
    /// libxml2's `xmlEncodeSpecialChars` where it holds a character that needs it.
    public func write(_ values: [FieldValue], schema: TableSchema) throws {
        let layout = self.layout(of: schema)
        let count = min(values.count, layout.fields.count)
        try writer.startElement(schema.recordElement)
        if count > 0 {
            body.removeAll(keepingCapacity: true)
            body.append(contentsOf: layout.fieldsPrefix)
            for i in 0..<count {
                let field = layout.fields[i]
                switch values[i] {
                case .null:
                    body.append(contentsOf: field.null)
                    continue
                case .string(let s):
                    try appendText(s, field)
                case .integer(let n):
                    body.append(contentsOf: field.open)
                    body.appendDecimal(n)
                case .number(let n):
                    try appendText(n.decimal, field)
                case .bool(let b):
                    body.append(contentsOf: field.open)
                    body.append(contentsOf: b ? Self.trueText : Self.falseText)
                }
                body.append(contentsOf: field.close)
            }
            body.append(contentsOf: layout.fieldsSuffix)
            try writer.raw(body)
        }
        try writer.endElement()
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

    private func layout(of schema: TableSchema) -> XMLRecordLayout {
        if let last = lastLayout, last.name == schema.name { return last.layout }
        let layout = layouts[schema.name] ?? XMLRecordLayout(schema: schema, indent: XMLTextWriter.indentString)
        layouts[schema.name] = layout
        lastLayout = (schema.name, layout)
        return layout
    }

    /// Appends the start tag and text of a text field; `field.close` follows.
    private func appendText(_ text: String, _ field: XMLRecordLayout.Field) throws {
        var s = text
        switch s.withUTF8(Self.classify) {
        case .plain:
            body.append(contentsOf: field.open)
            s.withUTF8 { body.append(contentsOf: $0) }
        case .special:
            body.append(contentsOf: field.open)
            try XMLTextWriter.appendEscaped(text, to: &body)
        case .illegal:
            body.append(contentsOf: field.openEscaped)
            try XMLTextWriter.appendEscaped(XMLTextNotation.escape(text), to: &body)
        }
    }

    private enum TextClass { case plain, special, illegal }

    /// Whether UTF-8 text can be written as it is, needs libxml2's escaping of `<>&"` and CR, or holds a
    /// character XML 1.0 cannot (`XMLTextNotation.needsEscaping`), in one pass.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> TextClass {
        var special = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x3F {
                switch b {
                case 0x22, 0x26, 0x3C, 0x3E, 0x0D: special = true
                case 0x09, 0x0A: break
                case 0x00..<0x20: return .illegal
                default: break
                }
            } else if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                return .illegal
            }
            i += 1
        }
        return special ? .special : .plain
    }

    /// Closes the root, flushes and renames the file into place.
    public func commit() throws {
        try writer.finish()
        try file.commit()
    }

    /// Removes the temporary file.
    public func discard() {
        writer.abandon()
        file.discard()
    }
}
