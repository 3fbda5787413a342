import Foundation

/// A corpus for run tests: pages recombined from the seeds' paragraphs, every file different, some in
/// subfolders, made the same way every time (a fixed pseudo-random sequence).
public enum TestCorpus {
    /// The seeds' non-empty lines, in file order.
    public static func seedParagraphs() throws -> [String] {
        let folder = OutputFolder.packageRoot.appendingPathComponent("seeds")
        var paragraphs: [String] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            paragraphs += text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        }
        return paragraphs
    }

    /// Writes `files` pages of 4 to `maxParagraphs` paragraphs into `folder` (a third of them in
    /// `sub/`); returns the total size in bytes.
    @discardableResult
    public static func write(files: Int, into folder: String, maxParagraphs: Int = 24, seed: UInt64 = 7) throws -> Int {
        let paragraphs = try seedParagraphs()
        var state = seed
        func next(_ bound: Int) -> Int {
            // SplitMix64: a tiny generator that gives the same corpus on every platform.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        var total = 0
        for i in 0..<files {
            let count = 4 + next(max(1, maxParagraphs - 3))
            let page = (0..<count).map { _ in paragraphs[next(paragraphs.count)] }.joined(separator: "\n") + "\n\(i)\n"
            let name = (i % 3 == 0 ? "sub/" : "") + "page\(String(1000 + i).dropFirst()).txt"
            let data = Data(page.utf8)
            try data.write(to: URL(fileURLWithPath: folder + "/" + name))
            total += data.count
        }
        return total
    }
}
