import Foundation
import Testing

/// The Microsoft Recognizers-Text Chinese cases in `Fixtures/recognizers-zh/` (MIT, see its LICENSE),
/// with a shared runner: a model adapter turns an input sentence into results, the runner compares them
/// with each case's expected list and checks the outcome against `known-failures.tsv`.
///
/// To add a model (Currency, Dimension, Age), write its adapter and call `check(file:…)` from a test;
/// list its failing cases in the same `known-failures.tsv`.
enum RecognizersSuite {
    /// One expected result of a case.
    struct Expected: Decodable, Sendable {
        var text: String
        var value: Double?
        var unit: String?
        var type: String
    }

    /// One case: an input sentence and the results a model should find in it.
    struct Case: Decodable, Sendable {
        var input: String
        var expected: [Expected]
    }

    /// One result found by the system under test: its text as written in the input, and its value in
    /// the reference's terms (percentages as the number before `%`).
    struct Found: Sendable, CustomStringConvertible {
        var text: String
        var value: Double?
        /// The amount in a canonical unit, for models whose reference folds a multiplier into the unit
        /// (`六千字节` is 6 Kilobyte there, 6000 字节 here): compared with `canonical(expected)` when given.
        var canonical: Double? = nil
        var description: String { "\(text)=\(value.map { "\($0)" } ?? "nil")" }
    }

    /// The outcome of running one model's file.
    struct Report: Sendable {
        var file: String
        var total: Int
        var passed: Int
        var passRate: Double { total == 0 ? 0 : Double(passed) / Double(total) }
    }

    /// The folder of the fixture files.
    static var directory: URL {
        get throws {
            guard let url = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/recognizers-zh") else {
                throw CocoaError(.fileNoSuchFile)
            }
            return url
        }
    }

    /// The cases of one file (`Number_NumberModel.jsonl`).
    static func cases(_ file: String) throws -> [Case] {
        let data = try Data(contentsOf: try directory.appendingPathComponent(file))
        let decoder = JSONDecoder()
        return try String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { try decoder.decode(Case.self, from: Data($0.utf8)) }
    }

    /// The listed failures of one file: input → reason. The input column is a JSON string, so spaces at
    /// either end stay visible.
    static func knownFailures(_ file: String) throws -> [String: String] {
        let text = try String(contentsOf: try directory.appendingPathComponent("known-failures.tsv"), encoding: .utf8)
        var result: [String: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 3, cells[0] == file else { continue }
            let input = try JSONDecoder().decode(String.self, from: Data(cells[1].utf8))
            result[input] = cells[2]
        }
        return result
    }

    /// NFKC and lower case, as the reference writes expected texts (`４，５６５` → `4,565`).
    static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// Whether found results equal expected ones: same count, and in order the same folded text and
    /// the same value (relative difference under 1e-9; the reference rounds repeating decimals).
    static func agree(_ expected: [Expected], _ found: [Found], canonical: ((Expected) -> Double?)? = nil) -> Bool {
        guard expected.count == found.count else { return false }
        for (e, f) in zip(expected, found) {
            guard fold(e.text) == fold(f.text) else { return false }
            if let canonical, let want = canonical(e), let got = f.canonical {
                if abs(want - got) / max(abs(want), abs(got), 1e-300) > 1e-6 { return false }
                continue
            }
            switch (e.value, f.value) {
            case (nil, _): continue
            case let (x?, y?):
                let scale = max(abs(x), abs(y), 1e-300)
                if abs(x - y) / scale > 1e-9 { return false }
            default: return false
            }
        }
        return true
    }

    /// Runs every case of `file` through `model` and records issues: a failing case that is not listed,
    /// a listed case that passes (the list must stay honest), a pass rate below `minimumPassRate`.
    @discardableResult
    static func check(file: String, minimumPassRate: Double,
                      canonical: ((Expected) -> Double?)? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation,
                      model: (String) -> [Found]) throws -> Report {
        let cases = try cases(file)
        let listed = try knownFailures(file)
        var passed = 0
        var unlisted: [String] = []
        var failing: Set<String> = []
        for testCase in cases {
            let found = model(testCase.input)
            if agree(testCase.expected, found, canonical: canonical) {
                passed += 1
                continue
            }
            failing.insert(testCase.input)
            if listed[testCase.input] == nil {
                let data = (try? JSONEncoder().encode(testCase.input)).map { String(decoding: $0, as: UTF8.self) } ?? testCase.input
                unlisted.append("\(file)\t\(data)\texpected \(testCase.expected.map { "\($0.text)=\($0.value.map { "\($0)" } ?? "nil")" }), found \(found)")
            }
        }
        let inputs = Set(cases.map(\.input))
        for (input, reason) in listed.sorted(by: { $0.key < $1.key }) {
            if !inputs.contains(input) {
                Issue.record("known-failures.tsv lists \(input.debugDescription) for \(file), which has no such case", sourceLocation: sourceLocation)
            } else if !failing.contains(input) {
                Issue.record("known-failures.tsv lists \(input.debugDescription) (\(reason)) but it passes: remove it", sourceLocation: sourceLocation)
            }
        }
        if !unlisted.isEmpty {
            Issue.record("\(unlisted.count) failing cases of \(file) are not in known-failures.tsv:\n\(unlisted.joined(separator: "\n"))",
                         sourceLocation: sourceLocation)
        }
        let report = Report(file: file, total: cases.count, passed: passed)
        print("recognizers-zh \(file): \(passed)/\(cases.count) passed (\(String(format: "%.1f", report.passRate * 100)) %)")
        #expect(report.passRate >= minimumPassRate, "\(file): pass rate \(report.passRate) below \(minimumPassRate)",
                sourceLocation: sourceLocation)
        return report
    }
}
