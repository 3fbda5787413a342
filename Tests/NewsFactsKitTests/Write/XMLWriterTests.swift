import Foundation
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// The XML writer: the escaped notation for characters XML 1.0 cannot hold, nulls, and a file that
/// libxml2 validates against the XSD. Expected text is written by hand from `XMLTextNotation`'s rules.
@Suite struct XMLWriterTests {
    @Test(arguments: [
        ("plain 学校 <&>", false, "plain 学校 <&>"),
        ("tab\tlf\ncr\r", false, "tab\tlf\ncr\r"),
        ("a\u{1}b", true, "a\\u0001b"),
        ("\u{0}", true, "\\u0000"),
        ("x\u{B}\u{C}\u{1F}", true, "x\\u000b\\u000c\\u001f"),
        ("\u{FFFE}\u{FFFF}\u{FFFD}", true, "\\ufffe\\uffff\u{FFFD}"),
        ("back\\slash \u{1}", true, "back\\\\slash \\u0001"),
        ("literal \\u0001 only", false, "literal \\u0001 only"),
        ("😀\u{10FFFF}\u{E000}", false, "😀\u{10FFFF}\u{E000}"),
        ("\u{7F}\u{85}\u{9F}", false, "\u{7F}\u{85}\u{9F}"),
    ])
    func illegalCharactersAreEscapedReversibly(text: String, needs: Bool, escaped: String) throws {
        #expect(XMLTextNotation.needsEscaping(text) == needs)
        if needs {
            #expect(XMLTextNotation.escape(text) == escaped)
            #expect(try XMLTextNotation.unescape(escaped).unicodeScalars.elementsEqual(text.unicodeScalars))
        }
    }

    @Test(arguments: ["\\x", "\\u12", "\\u00zz", "\\u0041", "\\u00E9", "end\\"])
    func malformedEscapesAreRefused(text: String) {
        #expect(throws: XMLTextNotation.MalformedEscape.self) { try XMLTextNotation.unescape(text) }
    }

    @Test func recordsAreWrittenFieldByFieldWithNil() throws {
        let dir = try OutputFolder.temporary()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = try XMLWriter(directory: dir)
        try writer.write(RejectRecord(table: "facts", doc: "a\u{1}.txt", stage: .validate, reason: "field.nul",
                                      message: "m <&>\r\n", record: "{}"))
        try writer.write(DocumentRecord(doc: "d", path: "p", status: .error))
        #expect(!FileManager.default.fileExists(atPath: dir + "/newsfacts.xml"), "visible before commit")
        try writer.commit()
        let text = try String(contentsOfFile: dir + "/newsfacts.xml", encoding: .utf8)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsfacts xmlns=\"urn:newsfacts:records:1\""))
        #expect(text.contains("<doc escaped=\"true\">a\\u0001.txt</doc>"))
        #expect(text.contains("<message>m &lt;&amp;&gt;&#13;\n</message>"))
        #expect(text.contains("<bytes xsi:nil=\"true\"/>"))
        #expect(text.contains("schema_version=\"\(ExtractionRun.schemaVersion)\""))
        // Nothing XML 1.0 forbids is in the bytes.
        #expect(!text.unicodeScalars.contains { !XMLTextNotation.isLegal($0.value) })
        let result = try run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", OutputFolder.packageRoot.path + "/schemas/newsfacts.xsd", dir + "/newsfacts.xml"])
        #expect(result == 0)
    }

    @Test func hardCasesHoldNoCharacterXMLForbids() throws {
        let out = try OutputFolder.hardCases(formats: [.xml], excel: false)
        defer { OutputFolder.remove(out) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/newsfacts.xml"))
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            Issue.record("newsfacts.xml is not UTF-8")
            return
        }
        #expect(!text.unicodeScalars.contains { !XMLTextNotation.isLegal($0.value) })
        #expect(text.contains("escaped=\"true\""))
    }

    /// The writer hands libxml2 each record in one raw write (`XMLRecordLayout`); the file must
    /// be byte for byte what libxml2's element calls write, field by field, for every sort of value: the
    /// hard cases (quotes, `<&>`, CR, C0 controls, U+FFFE, backslashes, emoji, 400 digits), the seeds'
    /// own records, the empty string, negative and extreme integers, booleans, every table, and an element
    /// without fields between records.
    @Test func rawFieldsAreWhatTheElementCallsWrite() throws {
        let hard = HardCases()
        let seeds = try OutputFolder.seedRecords()
        var rows: [([FieldValue], TableSchema)] = []
        for fact in hard.facts + hard.invalid.map(\.0) + seeds.facts { rows.append((fact.fieldValues, FactRecord.schema)) }
        for entity in hard.entities + seeds.entities { rows.append((entity.fieldValues, EntityRecord.schema)) }
        rows.append((RejectRecord(table: "facts", doc: "a\u{1}\u{FFFF}.txt", stage: .validate, reason: "field.nul",
                                  message: "m <&>\"'\r\n\\u0001 \t", record: "{\"a\":\"\\\\\"}").fieldValues, RejectRecord.schema))
        rows.append((DocumentRecord(doc: "", path: " p ", status: .error).fieldValues, DocumentRecord.schema))
        let schema = TableSchema(name: "t", recordElement: "row", columns: [
            .init("s", .string, ""), .init("i", .integer, ""), .init("j", .integer, ""), .init("b", .boolean, ""),
            .init("c", .boolean, ""), .init("n", .number, nullable: true, ""),
        ])
        rows.append(([.string(""), .integer(Int.min), .integer(-7), .bool(true), .bool(false), .null], schema))
        rows.append(([.string("&amp;"), .integer(Int.max), .integer(0), .bool(false), .bool(true),
                      .number(ExactNumber(double: -1e400, decimal: "-1" + String(repeating: "0", count: 400)))], schema))
        rows.append(([.string("short")], schema))
        rows.append(([], schema))
        rows.append((seeds.facts[0].fieldValues, FactRecord.schema))
        #expect(rows.count > 100)

        // Once with a record first, once with an element without fields first (libxml2 closes the
        // root's start tag then).
        try expectSameDocument(rows)
        try expectSameDocument([([], schema)] + rows)
    }

    private func expectSameDocument(_ rows: [([FieldValue], TableSchema)]) throws {
        let fast = try OutputFolder.temporary("xml-fast")
        let reference = try OutputFolder.temporary("xml-reference")
        defer {
            try? FileManager.default.removeItem(atPath: fast)
            try? FileManager.default.removeItem(atPath: reference)
        }
        let fastWriter = try XMLWriter(directory: fast)
        let referenceWriter = try XMLWriter(directory: reference)
        for (values, schema) in rows {
            try fastWriter.write(values, schema: schema)
            try referenceWriter.writeByElements(values, schema: schema)
        }
        try fastWriter.commit()
        try referenceWriter.commit()
        let fastBytes = try Data(contentsOf: URL(fileURLWithPath: fast + "/newsfacts.xml"))
        let referenceBytes = try Data(contentsOf: URL(fileURLWithPath: reference + "/newsfacts.xml"))
        #expect(referenceBytes.count > 100_000)
        #expect(fastBytes == referenceBytes)
        if fastBytes != referenceBytes, let index = zip(fastBytes, referenceBytes).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            let text = { (d: Data) in String(decoding: d[max(0, index - 80)..<min(d.count, index + 80)], as: UTF8.self) }
            Issue.record("first difference at byte \(index):\n\(text(fastBytes))\n---\n\(text(referenceBytes))")
        }
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            Issue.record("\(tool) is missing: install libxml2-utils (.ci/run does)")
            return -1
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
