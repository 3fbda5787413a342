import CLibXML2

/// Reads `newsfacts.xml` record by record through libxml2's streaming `xmlTextReader`, validating it
/// against the XSD on the way (`xmlTextReaderSetSchema`), so that files of any size are read in
/// bounded memory.
///
/// Parsing never reaches the network (`XML_PARSE_NONET`), loads no DTD and substitutes no entities.
/// A file with a document type declaration is refused before libxml2 reads it (`XMLProlog`), so no
/// entity can be defined; an entity reference is reported as a problem. `XML_PARSE_HUGE` lifts
/// libxml2's 10 MB limit on one text node, which the writer does not have either.
final class XMLRecordReader {
    /// One record element, converted to the values of its table; `values` is nil when the element does
    /// not have its table's fields.
    struct Record {
        var table: TableSchema
        var values: [FieldValue]?
        var line: Int
    }

    /// A problem found in the file: a parser or validity error, or a structure the reader refuses.
    struct Problem: Hashable {
        var line: Int
        var message: String
    }

    /// The reader could not be set up.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let path: String
    private let tables: [String: TableSchema]
    private let schemaVersion: String
    private var reader: xmlTextReaderPtr?
    private var schema: xmlSchemaPtr?
    private let sink = XMLErrorSink()
    private var problems: [Problem] = []
    private var finished = false

    /// Opens `path` and prepares validation against `xsd` (the schema's text).
    init(path: String, xsd: String, tables: [TableSchema], schemaVersion: String) throws {
        _ = XMLLibrary.initialized
        do {
            if let problem = try XMLProlog.problem(in: path) { throw Failure(description: problem) }
        } catch let failure as FileBytes.Failure {
            throw Failure(description: failure.description)
        }
        self.path = path
        self.tables = Dictionary(tables.map { ($0.recordElement, $0) }, uniquingKeysWith: { first, _ in first })
        self.schemaVersion = schemaVersion
        let context = Unmanaged.passUnretained(sink).toOpaque()

        let schemaBytes = Array(xsd.utf8)
        let parsed: xmlSchemaPtr? = schemaBytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let parser = xmlSchemaNewMemParserCtxt(raw, Int32(buffer.count)) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, XMLRecordReaderCallbacks.error, context)
            return xmlSchemaParse(parser)
        }
        guard let parsed else {
            throw Failure(description: "the XML schema does not compile: " + sink.problems.map(\.message).joined(separator: "; "))
        }
        schema = parsed

        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else {
            xmlSchemaFree(parsed)
            schema = nil
            throw Failure(description: "cannot open \(path)")
        }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, XMLRecordReaderCallbacks.error, context)
        guard xmlTextReaderSetSchema(reader, parsed) == 0 else {
            throw Failure(description: "cannot attach the XML schema to the reader")
        }
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
        if let schema { xmlSchemaFree(schema) }
    }

    /// Problems found since the last call (parser and validity errors, refused structures).
    func takeProblems() -> [Problem] {
        let all = problems + sink.problems
        problems.removeAll()
        sink.problems.removeAll()
        return all
    }

    /// The next record, or nil at the end of the file (or after a fatal error, reported as a problem).
    func next() -> Record? {
        guard let reader, !finished else { return nil }
        var record: Record?
        var values: [FieldValue] = []
        var broken = false
        var column: TableSchema.Column?
        var nilField = false
        var escaped = false
        var text = ""
        // After xmlTextReaderNext (skipping a subtree) the reader already stands on the next node.
        var standing = false
        while true {
            let rc = standing ? 1 : xmlTextReaderRead(reader)
            standing = false
            if rc != 1 {
                finished = true
                if rc < 0 { note(reader, "the file is not well-formed XML; reading stopped") }
                if record != nil { note(reader, "the file ends inside a record") }
                return nil
            }
            let type = xmlTextReaderNodeType(reader)
            let depth = xmlTextReaderDepth(reader)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let name = Self.string(xmlTextReaderConstLocalName(reader))
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                switch depth {
                case 0:
                    checkRoot(reader, name)
                case 1:
                    guard let table = tables[name] else {
                        note(reader, "<\(name)> is not a record element")
                        standing = xmlTextReaderNext(reader) == 1
                        continue
                    }
                    record = Record(table: table, values: nil, line: line(reader))
                    values = []
                    broken = false
                    if empty { note(reader, "<\(name)> has no fields"); return record }
                case 2:
                    guard let table = record?.table else { continue }
                    guard values.count < table.columns.count, table.columns[values.count].name == name else {
                        let expected = values.count < table.columns.count ? "<\(table.columns[values.count].name)>" : "the end of the record"
                        note(reader, "<\(name)> where \(expected) belongs")
                        broken = true
                        standing = xmlTextReaderNext(reader) == 1
                        continue
                    }
                    column = table.columns[values.count]
                    let attributes = xmlTextReaderHasAttributes(reader) == 1
                    nilField = attributes && attribute(reader, "nil", XMLWriter.instanceNamespace) == "true"
                    escaped = attributes && attribute(reader, "escaped", nil) == "true"
                    text = ""
                    if empty { finishField(reader, column, nilField, escaped, text, &values, &broken); column = nil }
                default:
                    note(reader, "unexpected element <\(name)> inside a field")
                    broken = true
                }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                if column != nil, depth == 3 { text += Self.string(xmlTextReaderConstValue(reader)) }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                if depth == 2, column != nil {
                    finishField(reader, column, nilField, escaped, text, &values, &broken)
                    column = nil
                } else if depth == 1, var done = record {
                    if values.count != done.table.columns.count, !broken {
                        note(reader, "<\(done.table.recordElement)> has \(values.count) of \(done.table.columns.count) fields")
                        broken = true
                    }
                    done.values = broken ? nil : values
                    return done
                }
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                // XMLProlog refuses such files first; should one get here, stop before any entity is met.
                note(reader, "a document type declaration is not allowed; the file was not read further")
                finished = true
                return nil
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                note(reader, "an entity reference is not allowed")
                broken = true
            default:
                continue
            }
        }
    }

    private func finishField(_ reader: xmlTextReaderPtr, _ column: TableSchema.Column?, _ isNil: Bool, _ escaped: Bool,
                             _ text: String, _ values: inout [FieldValue], _ broken: inout Bool) {
        guard let column else { return }
        if isNil {
            if !text.isEmpty { note(reader, "<\(column.name)> is nil but has text"); broken = true }
            values.append(.null)
            return
        }
        var content = text
        if escaped {
            do {
                content = try XMLTextNotation.unescape(text)
            } catch {
                note(reader, "<\(column.name)>: \(error)")
                broken = true
                values.append(.null)
                return
            }
        }
        do {
            values.append(try FieldValue(text: content, column: column))
        } catch {
            note(reader, "<\(column.name)>: \(error)")
            broken = true
            values.append(.null)
        }
    }

    private func checkRoot(_ reader: xmlTextReaderPtr, _ name: String) {
        let namespace = Self.string(xmlTextReaderConstNamespaceUri(reader))
        if name != XMLWriter.rootElement || namespace != XMLWriter.namespace {
            note(reader, "the root is {\(namespace)}\(name), not {\(XMLWriter.namespace)}\(XMLWriter.rootElement)")
        }
        let version = attribute(reader, "schema_version", nil)
        if version != schemaVersion {
            note(reader, "schema_version is \(version ?? "missing"), not \(schemaVersion)")
        }
    }

    private func attribute(_ reader: xmlTextReaderPtr, _ name: String, _ namespace: String?) -> String? {
        let raw: UnsafeMutablePointer<xmlChar>? = name.withXMLChars { n in
            if let namespace {
                return namespace.withXMLChars { xmlTextReaderGetAttributeNs(reader, n, $0) }
            }
            return xmlTextReaderGetAttribute(reader, n)
        }
        guard let raw else { return nil }
        defer { nf_xmlFree(raw) }
        return String(cString: raw)
    }

    private func note(_ reader: xmlTextReaderPtr, _ message: String) {
        problems.append(Problem(line: line(reader), message: message))
    }

    private func line(_ reader: xmlTextReaderPtr) -> Int {
        Int(xmlTextReaderGetParserLineNumber(reader))
    }

    private static func string(_ chars: UnsafePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        return String(cString: chars)
    }
}

/// Collects libxml2's errors; the C handler reaches it through its user data.
private final class XMLErrorSink {
    var problems: [XMLRecordReader.Problem] = []
}

/// The C error handler; it captures nothing and reaches the sink through `userData`.
private enum XMLRecordReaderCallbacks {
    static let error: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let sink = Unmanaged<XMLErrorSink>.fromOpaque(userData).takeUnretainedValue()
        var message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
        while message.last == "\n" { message.removeLast() }
        sink.problems.append(XMLRecordReader.Problem(line: Int(error.pointee.line), message: message))
    }
}
