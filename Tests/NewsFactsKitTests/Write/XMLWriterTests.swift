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
