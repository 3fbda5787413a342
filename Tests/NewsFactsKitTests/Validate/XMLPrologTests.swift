import Foundation
import Testing
@testable import NewsFactsKit

@Suite struct XMLPrologTests {
    static func problem(_ text: String) throws -> String? {
        let path = NSTemporaryDirectory() + "prolog-\(UUID().uuidString).xml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try XMLProlog.problem(in: path)
    }

    @Test(arguments: [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsfacts/>",
        "\u{FEFF}<?xml version=\"1.0\"?>\r\n  <!-- a comment ---><?pi x?>\n<newsfacts>",
        "<!-- <!DOCTYPE x> inside a comment --><newsfacts/>",
        "<newsfacts><!DOCTYPE is text here, not a declaration/></newsfacts>",
        "",
        "not xml at all",
    ])
    func accepted(text: String) throws {
        #expect(try Self.problem(text) == nil)
    }

    @Test(arguments: [
        "<!DOCTYPE newsfacts [<!ENTITY a \"b\">]><newsfacts/>",
        "<?xml version=\"1.0\"?>\n<!-- c --><!DOCTYPE newsfacts SYSTEM \"http://127.0.0.1/x.dtd\"><newsfacts/>",
        "<?xml version=\"1.0\"?><!ENTITY x \"y\"><newsfacts/>",
    ])
    func refused(text: String) throws {
        #expect(try Self.problem(text)?.contains("document type declaration") == true)
    }
}
