import Foundation
import Glibc
import NewsFactsTestSupport
import Testing

/// Faults of the output side and the exit codes: an output folder that cannot be written and a full
/// disk end with exit 3, a clear message and no half-written file under a final name; 0, 1, 2 and
/// `--strict` as documented. Variants the machine does not allow (mounts in an unprivileged container)
/// are skipped with a line saying so.
@Suite(.serialized) struct FaultTests {
    /// Files in a folder, hidden temporary files included.
    /// The names in `folder`, without the run's journal folder `.newsfacts`: it stays after a failed
    /// run on purpose, so that `--resume` can continue it.
    static func listing(_ folder: String) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).subtracting([".newsfacts"])
    }

    /// Mounts a tmpfs (`options` such as `size=64k` or `ro`) on `folder`; false when the runner forbids it.
    static func mount(_ folder: String, _ options: String) -> Bool {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let result = try? Command.run(["/bin/mount", "-t", "tmpfs", "-o", options, "tmpfs", folder])
        return result?.status == 0
    }

    static func unmount(_ folder: String) {
        _ = try? Command.run(["/bin/umount", folder])
    }

    @Test func anOutputFolderInsideAFileIsExit3() throws {
        let root = try OutputFolder.temporary("fault")
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root + "/file", contents: Data("x".utf8))
        let run = try Command.newsfacts(["extract", "--out", root + "/file/out", "--quiet"])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("cannot create output folder"), "\(run.stderr)")
        #expect(Self.listing(root) == ["file"])
    }

    @Test func anOutputPathThatIsAFileIsExit3() throws {
        let root = try OutputFolder.temporary("fault")
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root + "/out", contents: Data("x".utf8))
        let run = try Command.newsfacts(["extract", "--out", root + "/out", "--quiet"])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("cannot create output folder"), "\(run.stderr)")
    }

    /// A read-only folder: a read-only tmpfs (root cannot write there either), else a chmod 555 folder
    /// for a non-root user; as root without mounts the variant is skipped.
    @Test func aReadOnlyOutputFolderIsExit3() throws {
        let root = try OutputFolder.temporary("fault")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = root + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var mounted = false
        if Self.mount(out, "ro,size=64k") {
            mounted = true
        } else if geteuid() != 0 {
            chmod(out, 0o555)
        } else {
            print("FaultTests: skipped the read-only output folder: running as root and mounting is not allowed here")
            return
        }
        defer { if mounted { Self.unmount(out) } else { chmod(out, 0o755) } }
        let run = try Command.newsfacts(["extract", "--out", out, "--quiet"])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("cannot write to output folder") && run.stderr.contains(out), "\(run.stderr)")
        #expect(Self.listing(out).isEmpty)
    }

    /// A full disk (a 96 KiB tmpfs): the seeds' output does not fit. The run fails with exit 3 and says
    /// why, leaves no temporary file, and the previous run's files (a small one that fit) are intact
    /// and still valid.
    @Test func aFullDiskIsExit3AndKeepsThePreviousRun() throws {
        let root = try OutputFolder.temporary("fault")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = root + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        guard Self.mount(out, "size=96k") else {
            print("FaultTests: skipped the full-disk tmpfs: mounting is not allowed here (the ulimit -f test still runs)")
            return
        }
        defer { Self.unmount(out) }
        let small = root + "/small"
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        try HostileFolder.write(Array("one.txt".utf8), in: small, Array(HostileFolder.page(7).utf8))
        let first = try Command.newsfacts(["extract", small, "--out", out, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let previous = try Data(contentsOf: URL(fileURLWithPath: out + "/documents.jsonl"))

        let run = try Command.newsfacts(["extract", "seeds", "--out", out, "--excel", "--quiet"])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("No space left on device"), "\(run.stderr)")
        #expect(!Self.listing(out).contains { $0.hasPrefix(".") }, "temporary files left: \(Self.listing(out))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/documents.jsonl")) == previous)
        let validate = try Command.newsfacts(["validate", out])
        #expect(validate.status == 0, "\(validate.stdout)")
    }

    /// A file-size limit (`ulimit -f`): writing past it raises SIGXFSZ, which would kill the process;
    /// the tool ignores it, so the write fails, the run ends with exit 3 and removes its files.
    @Test func aFileSizeLimitIsExit3NotASignal() throws {
        let root = try OutputFolder.temporary("fault")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = root + "/out"
        // The test runner may itself ignore SIGXFSZ, and an ignored signal stays ignored across exec:
        // env --default-signal gives the tool the default (fatal) disposition, so that the test shows
        // that the tool ignores it on its own.
        var prefix: [String] = []
        if (try? Command.run(["/usr/bin/env", "--default-signal=XFSZ", "true"]))?.status == 0 {
            prefix = ["/usr/bin/env", "--default-signal=XFSZ"]
        } else {
            print("FaultTests: env --default-signal is missing; SIGXFSZ keeps the test runner's disposition")
        }
        // 64 blocks (32 to 64 KiB, by the shell's block size): less than the seeds' facts.xml alone.
        let run = try Command.run(prefix + ["/bin/sh", "-c", "ulimit -f 64 && exec \"$0\" \"$@\"",
                                            Binary.executable.path, "extract", "seeds", "--out", out, "--quiet"])
        #expect(run.status == 3, "exit \(run.status) (128+25 would be SIGXFSZ)\n\(run.stderr)")
        #expect(run.stderr.contains("File too large"), "\(run.stderr)")
        #expect(Self.listing(out).isEmpty, "left: \(Self.listing(out))")
    }

    // MARK: - Exit codes

    @Test(arguments: [
        (["extract", "--format", "yaml"], "unknown format"),
        (["extract", "--no-such-option"], "no-such-option"),
        (["extract", "--out"], "--out"),
        (["no-such-command", "x"], "no such file or folder: no-such-command"),
        (["validate", "/nonexistent/newsfacts-output"], "no such folder"),
    ])
    func usageErrorsAreExit2(arguments: [String], says: String) throws {
        let run = try Command.newsfacts(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(says), "\(run.stderr)")
    }

    /// 0 when every document is processed; an empty or repaired document is 0 by default and 1 with
    /// `--strict`; a failed document is 1 either way.
    @Test(arguments: [
        ("clean", [UInt8](), 0, 0),
        ("empty.txt", [], 0, 1),
        ("invalid-utf8.txt", [0xFF], 0, 1),
        ("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], 1, 1),
    ] as [(String, [UInt8], Int32, Int32)])
    func exitCodesWithAndWithoutStrict(name: String, bytes: [UInt8], plain: Int32, strict: Int32) throws {
        let root = try OutputFolder.temporary("exit")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/input"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try HostileFolder.write(Array("page.txt".utf8), in: input, Array(HostileFolder.page(1).utf8))
        if name != "clean" {
            let content = name == "invalid-utf8.txt" ? Array(HostileFolder.page(2).utf8) + bytes : bytes
            try HostileFolder.write(Array(name.utf8), in: input, content)
        }
        let run = try Command.newsfacts(["extract", input, "--out", root + "/out", "--quiet"])
        #expect(run.status == plain, "\(name): \(run.stderr)")
        let strictRun = try Command.newsfacts(["extract", input, "--out", root + "/strict", "--quiet", "--strict"])
        #expect(strictRun.status == strict, "\(name) --strict: \(strictRun.stderr)")
        if strict == 1 && plain == 0 { #expect(strictRun.stderr.contains("--strict")) }
    }
}
