/// The XML Schema of `newsfacts.xml` (`schemas/newsfacts.xsd`), generated from the `TableSchema`s and
/// written through libxml2's `xmlTextWriter` like the records themselves.
///
/// Decimal columns are strings restricted to canonical decimal text rather than `xs:decimal`, because
/// libxml2's schema validator rejects `xs:decimal` values of more than 24 digits, which amounts may have.
/// Plain text columns (no allowed values, no pattern) accept the `escaped` attribute of
/// `XMLTextNotation`.
public enum XSDGenerator {
    private static let xs = "http://www.w3.org/2001/XMLSchema"

    /// The schema document as text.
    public static func schema(tables: [TableSchema] = ExtractionRun.tables) throws -> String {
        let w = try XMLTextWriter()
        try w.startDocument()
        try w.startElement("xs:schema")
        try w.attribute("xmlns:xs", xs)
        try w.attribute("xmlns:nf", XMLWriter.namespace)
        try w.attribute("targetNamespace", XMLWriter.namespace)
        try w.attribute("elementFormDefault", "qualified")
        try w.attribute("attributeFormDefault", "unqualified")
        try w.attribute("version", ExtractionRun.schemaVersion)
        try documentation(w, "NewsFacts records, schema version \(ExtractionRun.schemaVersion). Generated from the "
            + "record model by `newsfacts schemas`; do not edit. One root element; one child element per record, "
            + "in the order of the run; one child element per field, in column order; xsi:nil=\"true\" for null.")

        try w.startElement("xs:element")
        try w.attribute("name", XMLWriter.rootElement)
        try w.startElement("xs:complexType")
        try w.startElement("xs:choice")
        try w.attribute("minOccurs", "0")
        try w.attribute("maxOccurs", "unbounded")
        for table in tables {
            try w.startElement("xs:element")
            try w.attribute("name", table.recordElement)
            try w.attribute("type", "nf:" + table.recordElement)
            try w.endElement()
        }
        try w.endElement()
        try w.startElement("xs:attribute")
        try w.attribute("name", "schema_version")
        try w.attribute("type", "xs:string")
        try w.attribute("use", "required")
        try w.attribute("fixed", ExtractionRun.schemaVersion)
        try w.endElement()
        try w.endElement()
        try w.endElement()

        for table in tables {
            try recordType(w, table)
        }
        try sharedTypes(w)
        try w.endElement()
        try w.finish()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    private static func recordType(_ w: XMLTextWriter, _ table: TableSchema) throws {
        try w.startElement("xs:complexType")
        try w.attribute("name", table.recordElement)
        try documentation(w, "One record of \(table.name).")
        try w.startElement("xs:sequence")
        for column in table.columns {
            try w.startElement("xs:element")
            try w.attribute("name", column.name)
            let named = namedType(column)
            if let named { try w.attribute("type", named) }
            if column.nullable { try w.attribute("nillable", "true") }
            try documentation(w, column.summary)
            if named == nil { try inlineType(w, column) }
            try w.endElement()
        }
        try w.endElement()
        try w.endElement()
    }

    /// The named type of a column, or nil when it needs an inline restriction.
    private static func namedType(_ column: TableSchema.Column) -> String? {
        switch column.type {
        case .string: return column.allowed == nil && column.pattern == nil ? "nf:text" : nil
        case .number: return "nf:decimal"
        case .integer: return column.minimum == nil ? "xs:long" : nil
        case .boolean: return "xs:boolean"
        }
    }

    private static func inlineType(_ w: XMLTextWriter, _ column: TableSchema.Column) throws {
        try w.startElement("xs:simpleType")
        try w.startElement("xs:restriction")
        switch column.type {
        case .integer:
            try w.attribute("base", "xs:long")
            if let minimum = column.minimum { try facet(w, "xs:minInclusive", String(minimum)) }
        default:
            try w.attribute("base", "xs:string")
            for value in column.allowed ?? [] { try facet(w, "xs:enumeration", value) }
            if let pattern = column.pattern { try facet(w, "xs:pattern", pattern.regex) }
        }
        try w.endElement()
        try w.endElement()
    }

    private static func sharedTypes(_ w: XMLTextWriter) throws {
        try w.startElement("xs:simpleType")
        try w.attribute("name", "decimal")
        try documentation(w, "A decimal number as canonical text (no exponent, no leading or trailing zeros), of any length.")
        try w.startElement("xs:restriction")
        try w.attribute("base", "xs:string")
        try facet(w, "xs:pattern", ValuePattern.decimal.regex)
        try w.endElement()
        try w.endElement()

        try w.startElement("xs:simpleType")
        try w.attribute("name", "nonEmptyText")
        try w.startElement("xs:restriction")
        try w.attribute("base", "xs:string")
        try facet(w, "xs:minLength", "1")
        try w.endElement()
        try w.endElement()

        try w.startElement("xs:complexType")
        try w.attribute("name", "text")
        try documentation(w, "Text. With escaped=\"true\" it is in the escaped notation: \\\\ stands for a backslash and "
            + "\\uXXXX (four lower-case hex digits) for a character that XML 1.0 cannot hold.")
        try w.startElement("xs:simpleContent")
        try w.startElement("xs:extension")
        try w.attribute("base", "nf:nonEmptyText")
        try w.startElement("xs:attribute")
        try w.attribute("name", "escaped")
        try w.attribute("type", "xs:boolean")
        try w.attribute("use", "optional")
        try w.endElement()
        try w.endElement()
        try w.endElement()
        try w.endElement()
    }

    private static func facet(_ w: XMLTextWriter, _ name: String, _ value: String) throws {
        try w.startElement(name)
        try w.attribute("value", value)
        try w.endElement()
    }

    private static func documentation(_ w: XMLTextWriter, _ text: String) throws {
        try w.startElement("xs:annotation")
        try w.element("xs:documentation", text: text)
        try w.endElement()
    }
}
