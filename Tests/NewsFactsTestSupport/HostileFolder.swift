import Foundation
import Glibc

/// A folder of hostile inputs for `newsfacts extract` (issue 7), built at test time so that nothing
/// binary is committed, beside copies of the seed pages.
///
/// Layout under a fresh temporary `root`:
/// - `input/`: the seeds and every hostile case (files, odd names, links, a FIFO, locked and too-deep
///   folders, files that change during the run);
/// - `outside/`: what the links pointing out of the input tree reach (`secret.txt`, and `back`, a link
///   to `input/`, so that following links could loop).
///
/// `expectations` say what `documents.jsonl` must hold for each case, written by hand from the spec
/// (issue 7 and docs/robustness.md), not from the program's output.
public struct HostileFolder: Sendable {
    /// What `documents.jsonl` must say of one input.
    public struct Expectation: Sendable, CustomStringConvertible {
        /// The record's `doc`, or its beginning when `prefix` is set (the too-deep folder's name is long).
        public var doc: String
        /// Whether `doc` is only the beginning of the key.
        public var prefix = false
        /// `ok`, `empty` or `error`.
        public var status: String
        /// A part the message must contain (nil: any message, or none).
        public var message: String?
        /// The detected encoding, when the case is about one.
        public var encoding: String?

        /// A line for failure messages.
        public var description: String { "\(doc) → \(status)" + (message.map { " (\($0))" } ?? "") }
    }

    /// The temporary folder holding everything.
    public let root: String
    /// The input folder passed to `extract`.
    public let input: String
    /// The folder outside the input tree that links point into.
    public let outside: String
    /// The seed files copied into `input/` (their names are their docs).
    public let seeds: [String]
    /// What `documents.jsonl` must hold, one per input (the seeds excluded).
    public private(set) var expectations: [Expectation] = []
    /// Cases built differently than asked, and why (printed by the tests).
    public private(set) var notes: [String] = []
    /// The bytes `zz-grows.txt` holds after `changeDuringRun()`.
    public private(set) var grownBytes: [UInt8] = []

    /// Whether permission bits stop this process's reads: false for root, unless the run drops the
    /// capabilities that bypass them (see `permissionsEnforced`).
    public let permissionsEnforced: Bool

    /// The seed pages' folder in the repository.
    public static var seedFolder: String { OutputFolder.packageRoot.appendingPathComponent("seeds").path }

    /// A short Chinese text with two facts, numbered so each file's facts differ.
    public static func page(_ n: Int) -> String { "全市有\(n)所学校，投资\(n)亿元。\n" }

    /// Builds the folder. `permissionsEnforced` says whether the run that reads it will be stopped by
    /// permission bits (a non-root user, or root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH).
    public init(permissionsEnforced: Bool) throws {
        self.permissionsEnforced = permissionsEnforced
        root = try OutputFolder.temporary("hostile")
        input = root + "/input"
        outside = root + "/outside"
        let fm = FileManager.default
        try fm.createDirectory(atPath: input, withIntermediateDirectories: true)
        try fm.createDirectory(atPath: outside, withIntermediateDirectories: true)
        seeds = try fm.contentsOfDirectory(atPath: Self.seedFolder).filter { $0.hasSuffix(".txt") }.sorted()
        for name in seeds {
            try fm.copyItem(atPath: Self.seedFolder + "/" + name, toPath: input + "/" + name)
        }
        try buildEncodings()
        try buildText()
        try buildNames()
        try buildLinks()
        try buildUnreadable()
        try buildChanging()
    }

    /// Removes everything (permissions restored first, deep folders with `rm -rf`).
    public func remove() {
        chmod(input + "/unreadable.txt", 0o644)
        chmod(input + "/locked", 0o755)
        let rm = Process()
        rm.executableURL = URL(fileURLWithPath: "/bin/rm")
        rm.arguments = ["-rf", root]
        try? rm.run()
        rm.waitUntilExit()
    }

    // MARK: - Cases

    private mutating func file(_ name: String, _ bytes: [UInt8], _ status: String, _ message: String? = nil,
                               encoding: String? = nil) throws {
        try Self.write(Array(name.utf8), in: input, bytes)
        expectations.append(Expectation(doc: name, status: status, message: message, encoding: encoding))
    }

    private mutating func buildEncodings() throws {
        let text = (1...6).map { Self.page(100 + $0) }.joined()
        try file("empty.txt", [], "empty", "holds no text")
        try file("whitespace.txt", Array(" \n\t\u{3000}\r\n  ".utf8), "empty", "only whitespace")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        try file("image.png.txt", png + EncodedBytes.random(count: 2000, seed: 1), "error", "PNG image")
        try file("random.txt", EncodedBytes.random(count: 4096, seed: 7), "error", "binary file")
        try file("invalid-utf8.txt", Array(Self.page(11).utf8) + [0xFF, 0xC0, 0x80] + Array(Self.page(12).utf8),
                 "ok", "invalid UTF-8")
        guard let gb = EncodedBytes.iconv(text, to: "GB18030") else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "iconv has no GB18030"])
        }
        try file("gb18030.txt", gb, "ok", encoding: "GB18030")
        try file("utf16le-bom.txt", [0xFF, 0xFE] + EncodedBytes.utf16(text, bigEndian: false), "ok", encoding: "UTF-16LE")
        try file("utf16be-bom.txt", [0xFE, 0xFF] + EncodedBytes.utf16(text, bigEndian: true), "ok", encoding: "UTF-16BE")
        try file("utf16le.txt", EncodedBytes.utf16(text, bigEndian: false), "ok", encoding: "UTF-16LE")
        try file("utf16be.txt", EncodedBytes.utf16(text, bigEndian: true), "ok", encoding: "UTF-16BE")
        try file("nul.txt", Array("全市有89所\u{0}学校。\n".utf8) + Array(Self.page(13).utf8), "ok", "NUL")
    }

    private mutating func buildText() throws {
        // A line of about 2 MB without a break, built from the seeds' own sentences.
        let seedText = try seeds.map { try String(contentsOfFile: Self.seedFolder + "/" + $0, encoding: .utf8) }
            .joined().filter { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        var long = ""
        while long.utf8.count < 2_000_000 { long += seedText }
        try file("long-line.txt", Array(long.utf8), "ok")
        try file("numbers.txt", Array(("总额为" + String(repeating: "9", count: 400) + "元。另有1e999元。余额-0元。\n").utf8), "ok")
        // Every C0 and C1 control (NUL has its own case) and every Unicode space, each between two
        // sentences, so that controls stay a small share of the bytes (a page, not a binary file).
        let controls = (0x01...0x1F).map { $0 } + [0x7F] + (0x80...0x9F).map { $0 }
        let spaces = [0xA0, 0x1680] + (0x2000...0x200A).map { $0 } + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
        let invisible = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]
        var mixed = ""
        for (i, value) in (controls + spaces + invisible).enumerated() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            mixed += "投资\(i + 1)亿元" + String(Character(scalar)) + "，同比增长\(i % 9 + 1)%。"
        }
        try file("spaces-controls.txt", Array(mixed.utf8), "ok")
        try file("rtl-emoji.txt", Array("\u{200F}\u{202E}投资3亿元\u{202C}😀👨‍👩‍👧，增长5%\u{200E}。🇨🇳\n".utf8), "ok")
        try file("mixed-eol.txt", Array("第一行有3个。\r\n第二行有4个。\r第三行有5个。\n\r\n最后有6个。\r".utf8), "ok")
        // Characters XML 1.0 cannot carry (U+FFFE, U+FFFF, C0 controls) inside sentences with facts.
        try file("xml-illegal.txt", Array("投资3亿元\u{FFFE}，增长\u{1}5%。\u{FFFF}共有\u{1B}7个。\n".utf8), "ok")
        // Sentences a spreadsheet would read as formulas.
        try file("formulas.txt", Array("=SUM(A1:A9)有3个\n+1有4个\n-2有5个\n@cmd有6个\n".utf8), "ok")
        // A folder named like a text file is walked, not read.
        try FileManager.default.createDirectory(atPath: input + "/folder.txt", withIntermediateDirectories: true)
        try Self.write(Array("inner.txt".utf8), in: input + "/folder.txt", Array(Self.page(14).utf8))
        expectations.append(Expectation(doc: "folder.txt/inner.txt", status: "ok"))
    }

    /// File names that are not UTF-8 or hold controls, quotes, dots and formula characters; the
    /// expected `doc` is the name with invalid bytes, controls and `%` written `%XX` (docs/outputs.md).
    private mutating func buildNames() throws {
        let names: [([UInt8], String)] = [
            ([0x62, 0x61, 0x64, 0xFF, 0xFE, 0x2E, 0x74, 0x78, 0x74], "bad%FF%FE.txt"),
            (Array("new\nline.txt".utf8), "new%0Aline.txt"),
            (Array("tab\tcr\r.txt".utf8), "tab%09cr%0D.txt"),
            (Array("ctrl-\u{1}\u{1B}.txt".utf8), "ctrl-%01%1B.txt"),
            (Array("quote\"s'.txt".utf8), "quote\"s'.txt"),
            (Array("..dots.txt".utf8), "..dots.txt"),
            (Array("...txt".utf8), "...txt"),
            (Array("back\\slash.txt".utf8), "back\\slash.txt"),
            (Array("100%.txt".utf8), "100%25.txt"),
            (Array("=HYPERLINK(\"http:x\").txt".utf8), "=HYPERLINK(\"http:x\").txt"),
            (Array("+1.txt".utf8), "+1.txt"),
            (Array("-rf.txt".utf8), "-rf.txt"),
            (Array("@SUM(1).txt".utf8), "@SUM(1).txt"),
            (Array("<tag>&amp;.txt".utf8), "<tag>&amp;.txt"),
            (Array("nonchar-\u{FFFE}.txt".utf8), "nonchar-\u{FFFE}.txt"),
            (Array("rtl-\u{202E}gnp.txt".utf8), "rtl-\u{202E}gnp.txt"),
            (Array(" leading space.txt".utf8), " leading space.txt"),
            (Array((String(repeating: "长", count: 80) + ".txt").utf8), String(repeating: "长", count: 80) + ".txt"),
        ]
        for (i, (raw, doc)) in names.enumerated() {
            try Self.write(raw, in: input, Array(Self.page(200 + i).utf8))
            expectations.append(Expectation(doc: doc, status: "ok"))
        }
    }

    private mutating func buildLinks() throws {
        try Self.write(Array("secret.txt".utf8), in: outside, Array(Self.page(300).utf8))
        try Self.link("../outside/secret.txt", at: input + "/outside.txt")
        expectations.append(Expectation(doc: "outside.txt", status: "error", message: "outside the input folder"))
        try Self.link(outside, at: input + "/outside-dir")
        expectations.append(Expectation(doc: "outside-dir", status: "error", message: "outside the input folder"))
        try Self.link(input, at: outside + "/back")
        try Self.link("loop-b.txt", at: input + "/loop-a.txt")
        try Self.link("loop-a.txt", at: input + "/loop-b.txt")
        expectations.append(Expectation(doc: "loop-a.txt", status: "error", message: "symbolic link loop"))
        expectations.append(Expectation(doc: "loop-b.txt", status: "error", message: "symbolic link loop"))
        try Self.link("no-such-file.txt", at: input + "/dangling.txt")
        expectations.append(Expectation(doc: "dangling.txt", status: "error", message: "does not exist"))
        try FileManager.default.createDirectory(atPath: input + "/loops", withIntermediateDirectories: true)
        try Self.link(".", at: input + "/loops/self")
        expectations.append(Expectation(doc: "loops/self", status: "error", message: "already walked"))
        try Self.link("..", at: input + "/loops/up")
        expectations.append(Expectation(doc: "loops/up", status: "error", message: "already walked"))
    }

    private mutating func buildUnreadable() throws {
        guard mkfifo(input + "/fifo.txt", 0o644) == 0 else { throw Self.posix("mkfifo") }
        expectations.append(Expectation(doc: "fifo.txt", status: "error", message: "not a regular file"))
        try file("unreadable.txt", Array(Self.page(400).utf8), permissionsEnforced ? "error" : "ok",
                 permissionsEnforced ? "Permission denied" : nil)
        chmod(input + "/unreadable.txt", 0)
        try FileManager.default.createDirectory(atPath: input + "/locked", withIntermediateDirectories: true)
        try Self.write(Array("inside.txt".utf8), in: input + "/locked", Array(Self.page(401).utf8))
        chmod(input + "/locked", 0)
        if permissionsEnforced {
            expectations.append(Expectation(doc: "locked", status: "error", message: "Permission denied"))
        } else {
            expectations.append(Expectation(doc: "locked/inside.txt", status: "ok"))
            notes.append("running as root with permission checks bypassed: unreadable.txt and locked/ are read; "
                         + "the too-deep folder stands for an unreadable path")
        }
        // Folders nested beyond PATH_MAX: no one, root included, can open the deepest by its path.
        let component = String(repeating: "d", count: 200)
        var fd = open(input, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { throw Self.posix("open") }
        let names = ["deep"] + Array(repeating: component, count: 24)
        for name in names {
            guard mkdirat(fd, name, 0o755) == 0 else { close(fd); throw Self.posix("mkdirat") }
            let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
            close(fd)
            guard next >= 0 else { throw Self.posix("openat") }
            fd = next
        }
        let leaf = openat(fd, "bottom.txt", O_WRONLY | O_CREAT, 0o644)
        if leaf >= 0 { close(leaf) }
        close(fd)
        expectations.append(Expectation(doc: "deep/", prefix: true, status: "error", message: "File name too long"))
    }

    /// Files changed by `changeDuringRun()`, which a test calls once the run has listed them.
    private mutating func buildChanging() throws {
        try file("zz-vanish.txt", Array(Self.page(500).utf8), "error", "removed or renamed")
        try file("zz-fifo-later.txt", Array(Self.page(501).utf8), "error", "no longer a regular file")
        try file("zz-dir-later.txt", Array(Self.page(502).utf8), "error", "no longer a regular file")
        try file("zz-grows.txt", Array(Self.page(503).utf8), "ok")
        grownBytes = Array((Self.page(503) + Self.page(504)).utf8)
    }

    /// Makes the changes of the `zz-` cases: remove one, replace one by a FIFO and one by a folder,
    /// append to one. Called while the run is busy with earlier files, after it listed these.
    public func changeDuringRun() {
        unlink(input + "/zz-vanish.txt")
        unlink(input + "/zz-fifo-later.txt")
        mkfifo(input + "/zz-fifo-later.txt", 0o644)
        unlink(input + "/zz-dir-later.txt")
        mkdir(input + "/zz-dir-later.txt", 0o755)
        try? Self.write(Array("zz-grows.txt".utf8), in: input, grownBytes)
    }

    // MARK: - Raw file system calls (names need not be UTF-8)

    /// Writes a file whose name is raw bytes.
    public static func write(_ name: [UInt8], in folder: String, _ bytes: [UInt8]) throws {
        let path = (Array(folder.utf8) + [0x2F] + name + [0]).map { CChar(bitPattern: $0) }
        let fd = path.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return open(base, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        guard fd >= 0 else { throw posix("open") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return Glibc.write(fd, base + offset, raw.count - offset)
            }
            guard n > 0 else { throw posix("write") }
            offset += n
        }
    }

    static func link(_ target: String, at path: String) throws {
        guard symlink(target, path) == 0 else { throw posix("symlink") }
    }

    static func posix(_ call: String) -> any Error {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO, userInfo: [NSLocalizedDescriptionKey: "\(call) failed"])
    }
}
