/// The bytes libxml2's `xmlTextWriter` writes around the fields of one record element of a table, so
/// that `XMLWriter` can hand libxml2 a record's fields in one `xmlTextWriterWriteRawLen` call instead of
/// three to six calls per field (each with its own allocations), byte for byte the same document.
///
/// The layout follows libxml2 2.9's writer with indentation on (`xmlwriter.c`): a record element is at
/// depth 1 and its fields at depth 2, indented by `indent` per level. `xmlTextWriterStartElement` of the
/// first field closes the record's start tag with `>` and a line break; each field is its indentation,
/// start tag, text and end tag and a line break (`<name xsi:nil="true"/>` for null); the record's
/// `xmlTextWriterEndElement` indents its end tag. A raw write closes the start tag with `>` itself and
/// turns the end tag's indentation off, so `fieldsPrefix` and `fieldsSuffix` supply the line break and
/// the indentation. `XMLWriterTests` checks the result against the element-by-element calls.
struct XMLRecordLayout {
    /// What libxml2 writes for one column, as ranges of `bytes`: before and after its text, and the
    /// whole null element.
    struct Field {
        /// Indentation and start tag.
        var open: Range<Int>
        /// Indentation and start tag with `escaped="true"` (see `XMLTextNotation`).
        var openEscaped: Range<Int>
        /// End tag and line break.
        var close: Range<Int>
        /// Indentation, the empty element with `xsi:nil="true"`, line break.
        var null: Range<Int>
    }

    /// Every fragment, one after the other (one allocation, read through one pointer per record).
    let bytes: [UInt8]
    /// One entry per column, in schema order.
    let fields: [Field]
    /// Written after the record's start tag (which libxml2 closes), before the first field.
    let fieldsPrefix: Range<Int>
    /// Written after the last field, before libxml2 writes the record's end tag.
    let fieldsSuffix: Range<Int>

    /// The layout of `schema`'s records with `indent` per level (the writer's indent string).
    init(schema: TableSchema, indent: String) {
        var bytes: [UInt8] = []
        func add(_ fragment: [UInt8]) -> Range<Int> {
            bytes += fragment
            return bytes.count - fragment.count..<bytes.count
        }
        let fieldIndent = Array((indent + indent).utf8)
        fields = schema.columns.map { column in
            let name = Array(column.name.utf8)
            return Field(
                open: add(fieldIndent + [0x3C] + name + [0x3E]),
                openEscaped: add(fieldIndent + [0x3C] + name + Array(" escaped=\"true\">".utf8)),
                close: add([0x3C, 0x2F] + name + [0x3E, 0x0A]),
                null: add(fieldIndent + [0x3C] + name + Array(" xsi:nil=\"true\"/>\n".utf8)))
        }
        fieldsPrefix = add([0x0A])
        fieldsSuffix = add(Array(indent.utf8))
        self.bytes = bytes
    }
}
