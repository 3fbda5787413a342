import CLibXML2

/// A thin, throwing wrapper over libxml2's streaming `xmlTextWriter`, writing into an `AtomicFile` or
/// into memory. Internal: libxml2 types never leave this file and the reader's.
///
/// Every call's result is checked; a negative result throws with the name of the call. Text is escaped
/// by libxml2 (`&`, `<`, `>`, and CR as `&#13;` so that a parser does not turn it into LF); characters
/// that XML 1.0 cannot hold at all must be removed before (see `XMLTextNotation`).
final class XMLTextWriter {
    /// A libxml2 call that failed, or the file behind it.
    struct Failure: Error, CustomStringConvertible {
        /// A sentence for a person.
        var description: String
    }

    /// The indentation per level when indenting.
    static let indentString = "  "

    private var writer: xmlTextWriterPtr?
    private let sink: XMLOutputSink

    /// A writer streaming into `file` (which the caller commits after `finish()`).
    convenience init(file: AtomicFile, indent: Bool = true) throws {
        try self.init(sink: XMLOutputSink(file: file), indent: indent)
    }

    /// A writer collecting its output in memory (`bytes` after `finish()`).
    convenience init(indent: Bool = true) throws {
        try self.init(sink: XMLOutputSink(file: nil), indent: indent)
    }

    private init(sink: XMLOutputSink, indent: Bool) throws {
        _ = XMLLibrary.initialized
        self.sink = sink
        let context = Unmanaged.passUnretained(sink).toOpaque()
        guard let output = xmlOutputBufferCreateIO(XMLTextWriterCallbacks.write, XMLTextWriterCallbacks.close, context, nil) else {
            throw Failure(description: "xmlOutputBufferCreateIO failed")
        }
        // The writer owns the output buffer from here on and closes it when freed.
        guard let writer = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            throw Failure(description: "xmlNewTextWriter failed")
        }
        self.writer = writer
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
            try check(xmlTextWriterSetIndentString(writer, Self.indentString), "xmlTextWriterSetIndentString")
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    /// The bytes written, for a memory writer after `finish()`.
    var bytes: [UInt8] { sink.bytes }

    /// `<?xml version="1.0" encoding="UTF-8"?>`.
    func startDocument() throws {
        try check(xmlTextWriterStartDocument(try live(), "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// Opens an element.
    func startElement(_ name: String) throws {
        let writer = try live()
        try check(name.withXMLChars { xmlTextWriterStartElement(writer, $0) }, "xmlTextWriterStartElement(\(name))")
    }

    /// Writes an attribute of the element just opened.
    func attribute(_ name: String, _ value: String) throws {
        let writer = try live()
        let rc = name.withXMLChars { n in value.withXMLChars { v in xmlTextWriterWriteAttribute(writer, n, v) } }
        try check(rc, "xmlTextWriterWriteAttribute(\(name))")
    }

    /// Writes escaped text. `text` must hold only characters XML 1.0 allows.
    func text(_ text: String) throws {
        let writer = try live()
        try check(text.withXMLChars { xmlTextWriterWriteString(writer, $0) }, "xmlTextWriterWriteString")
    }

    /// Closes the innermost open element.
    func endElement() throws {
        try check(xmlTextWriterEndElement(try live()), "xmlTextWriterEndElement")
    }

    /// `<name>text</name>` in one call. `text` must hold only characters XML 1.0 allows.
    func element(_ name: String, text: String) throws {
        let writer = try live()
        let rc = name.withXMLChars { n in text.withXMLChars { xmlTextWriterWriteElement(writer, n, $0) } }
        try check(rc, "xmlTextWriterWriteElement(\(name))")
    }

    /// Writes bytes as they are (`xmlTextWriterWriteRawLen`): markup the caller has made well-formed.
    func raw(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        let writer = try live()
        guard let count = Int32(exactly: bytes.count) else { throw Failure(description: "raw XML text too long") }
        var none: xmlChar = 0
        let rc = bytes.baseAddress.map { xmlTextWriterWriteRawLen(writer, $0, count) } ?? xmlTextWriterWriteRawLen(writer, &none, 0)
        try check(rc, "xmlTextWriterWriteRawLen")
    }

    /// Appends `text` escaped as element content, by libxml2's own `xmlEncodeSpecialChars` (what
    /// `xmlTextWriterWriteString` does: `<`, `>`, `&`, `"` and CR become references). `text` must hold
    /// only characters XML 1.0 allows.
    static func appendEscaped(_ text: String, to out: inout ByteBuffer) throws {
        _ = XMLLibrary.initialized
        guard let encoded = text.withXMLChars({ xmlEncodeSpecialChars(nil, $0) }) else {
            throw Failure(description: "xmlEncodeSpecialChars failed")
        }
        defer { nf_xmlFree(encoded) }
        var count = 0
        while encoded[count] != 0 { count += 1 }
        out.append(UnsafeBufferPointer(start: encoded, count: count))
    }

    /// Closes every open element, flushes, and frees the writer (which closes its output).
    func finish() throws {
        let writer = try live()
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        xmlFreeTextWriter(writer)
        self.writer = nil
        if let error = sink.error { throw error }
    }

    /// Frees the writer without finishing the document.
    func abandon() {
        if let writer { xmlFreeTextWriter(writer) }
        writer = nil
    }

    private func live() throws -> xmlTextWriterPtr {
        guard let writer else { throw Failure(description: "the XML writer is already closed") }
        return writer
    }

    private func check(_ rc: Int32, _ call: String) throws {
        guard rc < 0 else { return }
        if let error = sink.error { throw error }
        throw Failure(description: "\(call) failed")
    }
}

/// Where an `XMLTextWriter`'s bytes go; the C write callback reaches it through the context pointer
/// and keeps the first error, which the writer rethrows.
private final class XMLOutputSink {
    let file: AtomicFile?
    var bytes: [UInt8] = []
    var error: (any Error)?

    init(file: AtomicFile?) {
        self.file = file
    }

    func append(_ buffer: UnsafeRawBufferPointer) -> Bool {
        guard error == nil else { return false }
        guard let file else {
            bytes.append(contentsOf: buffer)
            return true
        }
        do {
            try file.write(buffer)
            return true
        } catch {
            self.error = error
            return false
        }
    }
}

/// The C callbacks of the output buffer; they capture nothing and reach the sink through `context`.
private enum XMLTextWriterCallbacks {
    static let write: xmlOutputWriteCallback = { context, buffer, length in
        guard let context, let buffer, length >= 0 else { return -1 }
        let sink = Unmanaged<XMLOutputSink>.fromOpaque(context).takeUnretainedValue()
        return sink.append(UnsafeRawBufferPointer(start: buffer, count: Int(length))) ? length : -1
    }
    static let close: xmlOutputCloseCallback = { _ in 0 }
}
