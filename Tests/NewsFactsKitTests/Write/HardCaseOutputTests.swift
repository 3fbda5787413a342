import Foundation
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// What the writers put on disk for the hard cases, checked byte by byte where a format has rules
/// beyond what a round trip shows.
@Suite struct HardCaseOutputTests {
    /// Writes the hard-case output into `NEWSFACTS_HARD_CASES_OUT`, for a person or a tool to look at.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSFACTS_HARD_CASES_OUT"] != nil))
    func keepHardCaseOutput() throws {
        let out = ProcessInfo.processInfo.environment["NEWSFACTS_HARD_CASES_OUT"] ?? ""
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try OutputFolder.hardCases(into: out, seeds: true)
    }
}
