import Foundation
import Glibc
import NewsFactsTestSupport
import Testing

/// `newsfacts validate` reads an XML file someone else may have written: it must never fetch or expand
/// an external entity or DTD, by file or network, nor blow up on nested entities. Each case plants a
/// document type declaration in a real output's `newsfacts.xml` and checks that validate reports it,
/// that the planted file was never opened (inotify) and that a listening socket got no connection.
@Suite(.serialized) struct SecurityTests {
    /// A fresh valid output of the seeds, and a folder beside it for planted files.
    static func output() throws -> (out: String, planted: String) {
        let root = try OutputFolder.temporary("xml")
        let out = root + "/out"
        let planted = root + "/planted"
        try FileManager.default.createDirectory(atPath: planted, withIntermediateDirectories: true)
        let run = try Command.newsfacts(["extract", "seeds", "--out", out, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        return (out, planted)
    }

    /// Puts `doctype` after the XML declaration and `reference` in place of the first doc's text.
    static func plant(_ out: String, doctype: String, reference: String) throws {
        let path = out + "/newsfacts.xml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        guard let declarationEnd = text.range(of: "?>\n") else {
            Issue.record("no XML declaration in \(path)")
            return
        }
        text.insert(contentsOf: doctype + "\n", at: declarationEnd.upperBound)
        if let docStart = text.range(of: "<doc>"), let docEnd = text.range(of: "</doc>", range: docStart.upperBound..<text.endIndex) {
            text.replaceSubrange(docStart.upperBound..<docEnd.lowerBound, with: reference)
        }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    static let marker = "NEWSFACTS-SECRET-7f3a"

    @Test func theWatcherSeesAnOpen() throws {
        // Control: the inotify check below can fail (a plain read of the planted file is seen).
        let (out, planted) = try Self.output()
        defer { OutputFolder.remove(out); try? FileManager.default.removeItem(atPath: planted) }
        FileManager.default.createFile(atPath: planted + "/secret.txt", contents: Data(Self.marker.utf8))
        let watcher = try OpenWatcher(folder: planted, name: "secret.txt") {}
        _ = try Command.run(["/bin/cat", planted + "/secret.txt"])
        Thread.sleep(forTimeInterval: 0.2)
        watcher.stop()
        #expect(watcher.fired)
    }

    @Test(arguments: ["general", "parameter"])
    func externalEntitiesAreNeitherLoadedNorExpanded(kind: String) throws {
        let (out, planted) = try Self.output()
        defer { OutputFolder.remove(out); try? FileManager.default.removeItem(atPath: planted) }
        FileManager.default.createFile(atPath: planted + "/secret.txt", contents: Data(Self.marker.utf8))
        FileManager.default.createFile(atPath: planted + "/evil.dtd",
                                       contents: Data("<!ENTITY leak \"\(Self.marker)\">".utf8))
        let doctype = kind == "general"
            ? "<!DOCTYPE newsfacts [<!ENTITY xxe SYSTEM \"file://\(planted)/secret.txt\">]>"
            : "<!DOCTYPE newsfacts [<!ENTITY % ext SYSTEM \"file://\(planted)/evil.dtd\"> %ext;]>"
        try Self.plant(out, doctype: doctype, reference: kind == "general" ? "&xxe;" : "&leak;")
        let secret = try OpenWatcher(folder: planted, name: "secret.txt") {}
        let dtd = try OpenWatcher(folder: planted, name: "evil.dtd") {}
        let result = try Command.newsfacts(["validate", out])
        Thread.sleep(forTimeInterval: 0.2)
        secret.stop()
        dtd.stop()
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("newsfacts.xml"), "\(result.stdout)")
        #expect(!result.stdout.contains(Self.marker), "the entity was expanded:\n\(result.stdout)")
        #expect(!secret.fired && !dtd.fired, "validate opened a file an entity names")
    }

    @Test func anExternalDTDIsNotFetched() throws {
        let (out, planted) = try Self.output()
        defer { OutputFolder.remove(out); try? FileManager.default.removeItem(atPath: planted) }
        let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(server >= 0)
        defer { close(server) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(bound == 0 && listen(server, 8) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(server, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        try Self.plant(out, doctype: "<!DOCTYPE newsfacts SYSTEM \"http://127.0.0.1:\(port)/evil.dtd\" [<!ENTITY % remote SYSTEM \"http://127.0.0.1:\(port)/remote.dtd\"> %remote;]>",
                       reference: "x")
        let result = try Command.newsfacts(["validate", out])
        #expect(result.status == 1, "\(result.stdout)")
        _ = fcntl(server, F_SETFL, fcntl(server, F_GETFL) | O_NONBLOCK)
        let connection = accept(server, nil, nil)
        #expect(connection < 0, "validate connected to the DTD's server")
        if connection >= 0 { close(connection) }
    }

    @Test func nestedEntitiesDoNotBlowUp() throws {
        let (out, planted) = try Self.output()
        defer { OutputFolder.remove(out); try? FileManager.default.removeItem(atPath: planted) }
        var entities = "<!ENTITY lol0 \"lol\">"
        for i in 1...9 {
            entities += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">"
        }
        try Self.plant(out, doctype: "<!DOCTYPE newsfacts [\(entities)]>", reference: "&lol9;")
        let started = Date()
        let result = try Command.newsfacts(["validate", out])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(!result.stdout.contains("lollollol"))
    }
}
