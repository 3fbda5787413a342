/// The bytes libxml2's `xmlTextWriter` writes for one record element of a table, so that `XMLWriter` can
/// hand libxml2 a whole record in one `xmlTextWriterWriteRawLen` call instead of the start and end
/// calls of the record and three to six calls per field (each with its own allocations), byte for byte
/// the same document.
///
/// The layout follows libxml2 2.9's writer with indentation on (`xmlwriter.c`): the root is at depth 0,
/// a record element at depth 1 and its fields at depth 2, indented by `indent` per level. Starting the
/// first record closes the root's start tag with `>` and a line break (`rootBreak`; a raw write closes
/// it with `>` alone); a record is its indented start tag and a line break, then each field (its
/// indentation, start tag, text, end tag and a line break; `<name xsi:nil="true"/>` for null), then its
/// indented end tag and a line break. `XMLWriterTests` checks the result against the element-by-element
/// calls.
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
    /// The line break that ends the root's start tag, before the first record.
    let rootBreak: Range<Int>
    /// The record's indented start tag and a line break.
    let recordOpen: Range<Int>
    /// The record's indented end tag and a line break.
    let recordClose: Range<Int>

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
        let recordIndent = Array(indent.utf8)
        let element = Array(schema.recordElement.utf8)
        rootBreak = add([0x0A])
        recordOpen = add(recordIndent + [0x3C] + element + [0x3E, 0x0A])
        recordClose = add(recordIndent + [0x3C, 0x2F] + element + [0x3E, 0x0A])
        self.bytes = bytes
    }
}
