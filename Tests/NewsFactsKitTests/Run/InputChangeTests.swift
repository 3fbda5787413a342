import Foundation
import Glibc
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// Files that change between the walk that lists them and the read, made deterministic by changing
/// them in between: each becomes an `error` document with a clear message (or is read as it is now),
/// and none can hang the run.
@Suite struct InputChangeTests {
    /// A folder with one page, listed; then `change` runs, then the file is processed.
    static func process(_ change: (String) throws -> Void) throws -> DocumentContext {
        let folder = try OutputFolder.temporary("change")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HostileFolder.write(Array("page.txt".utf8), in: folder, Array(HostileFolder.page(1).utf8))
        let files = InputWalker().files(in: [folder])
        try #require(files.count == 1 && files[0].problem == nil)
        try change(folder + "/page.txt")
        let run = ExtractionRun(options: ExtractOptions(inputs: [folder]), pipeline: try SharedPipeline.standard.get())
        return run.process(files[0])
    }

    @Test func aFileRemovedAfterListingIsAnError() throws {
        let context = try Self.process { unlink($0) }
        #expect(context.status == .error)
        #expect(context.documentRecord.message?.contains("removed or renamed") == true, "\(context.documentRecord)")
        #expect(context.documentRecord.bytes == nil)
    }

    @Test func aFileReplacedByAFIFOIsRefusedWithoutBlocking() throws {
        let context = try Self.process { path in
            unlink(path)
            #expect(mkfifo(path, 0o644) == 0)
        }
        #expect(context.status == .error)
        #expect(context.documentRecord.message?.contains("no longer a regular file") == true, "\(context.documentRecord)")
    }

    @Test func aFileReplacedByAFolderIsAnError() throws {
        let context = try Self.process { path in
            unlink(path)
            #expect(mkdir(path, 0o755) == 0)
        }
        #expect(context.status == .error)
        #expect(context.documentRecord.message?.contains("no longer a regular file") == true, "\(context.documentRecord)")
    }

    @Test func aFileRewrittenAfterListingIsReadAsItIsNow() throws {
        let now = Array((HostileFolder.page(1) + HostileFolder.page(2)).utf8)
        let context = try Self.process { path in try HostileFolder.write(Array("page.txt".utf8), in: (path as NSString).deletingLastPathComponent, now) }
        #expect(context.status == .ok)
        #expect(context.documentRecord.bytes == now.count)
        #expect(context.facts.count == 4)
    }

    /// A command-line input that is a FIFO is listed with a problem, never opened.
    @Test func aFIFOGivenByNameIsNotRead() throws {
        let folder = try OutputFolder.temporary("fifo")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/pipe.txt", 0o644) == 0)
        let files = InputWalker().files(in: [folder + "/pipe.txt"])
        #expect(files.count == 1)
        #expect(files.first?.problem?.contains("not a regular file") == true)
    }
}
