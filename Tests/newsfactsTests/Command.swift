import Foundation

/// Runs a command and collects its output, reading stdout and stderr at the same time: a child that
/// fills one pipe while the test waits on the other would otherwise hang both (a hostile XML once made
/// libxml2 print hundreds of megabytes to stderr).
enum Command {
    /// Runs `arguments[0]` with the rest as arguments; a signal shows as status 128 + its number.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = directory ?? Binary.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stderrBox = DataBox()
        let reader = Thread {
            stderrBox.set(err.fileHandleForReading.readDataToEndOfFile())
        }
        reader.start()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderrData = stderrBox.wait()
        let status = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
        return Binary.Result(status: status, stdout: String(decoding: stdoutData, as: UTF8.self),
                             stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Runs the built `newsfacts` with arguments, in the package root unless told otherwise.
    static func newsfacts(_ arguments: [String], in directory: URL? = nil) throws -> Binary.Result {
        try run([Binary.executable.path] + arguments, in: directory)
    }

    /// Data handed from the reader thread.
    private final class DataBox: @unchecked Sendable {
        private var data = Data()
        private let ready = DispatchSemaphore(value: 0)

        func set(_ value: Data) {
            data = value
            ready.signal()
        }

        func wait() -> Data {
            ready.wait()
            return data
        }
    }
}
