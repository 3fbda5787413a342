import Foundation
import Glibc
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// The compact file list: docs, raw paths and problems as the walker found them.
@Suite struct InputListTests {
    @Test func rawNamesProblemsAndOrder() throws {
        let folder = try OutputFolder.temporary("list")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A name that is not UTF-8, one with a %, one in a subfolder, and a broken link.
        let odd = Array(folder.utf8) + Array("/a".utf8) + [0xFF] + Array("b.txt".utf8)
        let fd = withCString(odd) { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        close(fd)
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/100%.txt"))
        try FileManager.default.createDirectory(atPath: folder + "/z", withIntermediateDirectories: true)
        try Data("yy".utf8).write(to: URL(fileURLWithPath: folder + "/z/c.txt"))
        symlink(folder + "/missing.txt", folder + "/broken.txt")

        let list = InputWalker().list(in: [folder, folder + "/nothing-here.txt"])
        let files = (0..<list.count).map { list[$0] }
        #expect(files.map(\.doc) == ["100%25.txt", "a%FFb.txt", "broken.txt", "nothing-here.txt", "z/c.txt"])
        #expect(files[1].rawPath == odd)
        #expect(files[1].path == folder + "/a%FFb.txt")
        #expect(files[0].rawPath == Array((folder + "/100%.txt").utf8))
        #expect(files[2].problem == "broken symbolic link: its target does not exist")
        #expect(files[3].path == folder + "/nothing-here.txt")
        #expect(files[3].problem?.hasPrefix("cannot read input") == true)
        #expect(files[4].problem == nil)
        #expect(list.size(at: 4) == 2)
        #expect(list.totalBytes == 3)
        // The same as the walker's plain list.
        #expect(InputWalker().files(in: [folder, folder + "/nothing-here.txt"]) == files)
    }
}
