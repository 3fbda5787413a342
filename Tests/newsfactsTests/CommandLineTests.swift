import Foundation
import Testing

/// End-to-end tests of the built `newsfacts` binary: exit codes and output files.
@Suite struct CommandLineTests {
    @Test func unknownFormatIsAUsageError() throws {
        let result = try Binary.run(["extract", "--format", "yaml", "--out", Binary.temporaryDirectory()])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown format"))
    }
}
