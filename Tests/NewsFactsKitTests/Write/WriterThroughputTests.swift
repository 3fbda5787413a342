import Foundation
import NewsFactsKit
import NewsFactsTestSupport
import Testing

/// Writer throughput on synthetic facts: records/s and MB/s per format.
///
/// By default a small run that checks the files are complete; `NEWSFACTS_BENCH_RECORDS=1000000` measures
/// (in a release build: `swift test -c release -Xswiftc -enable-testing --filter WriterThroughput`).
@Suite(.serialized) struct WriterThroughputTests {
    static let count = Int(ProcessInfo.processInfo.environment["NEWSFACTS_BENCH_RECORDS"] ?? "") ?? 2_000

    /// A realistic fact: Chinese mention, subject and a 40-character context, some nulls.
    static func fact(_ i: Int) -> FactRecord {
        let doc = "2024/人民日报/\(i / 100).txt"
        let start = (i % 100) * 37
        return FactRecord(
            id: "\(doc)#\(start)-\(start + 6)", doc: doc, start: start, end: start + 6, mention: "36.4亿元",
            value: ExactNumber(3_640_000_000 + Double(i)), unit: "元", kind: .money, qualifier: i % 3 == 0 ? .approx : .exact,
            subject: "总投资", normalizedValue: ExactNumber(3_640_000_000 + Double(i)), normalizedUnit: "CNY",
            article: i % 4, headline: i % 2 == 0 ? "阳高县：项目建设跑出\"加速度\"" : nil,
            context: "项目总投资36.4亿元，建成后年产值可达50亿元，带动就业1200人。",
            place: "山西省大同市阳高县", placeSource: .article, date: "2023-02", dateSource: .document)
    }

    @Test(arguments: ["jsonl", "csv", "excel.csv", "xml"])
    func throughput(format: String) throws {
        let dir = try OutputFolder.temporary("bench")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let tables = [FactRecord.schema]
        let writer: any RecordWriter
        switch format {
        case "jsonl": writer = try JSONLinesWriter(directory: dir, tables: tables)
        case "csv": writer = try CSVWriter(directory: dir, tables: tables)
        case "excel.csv": writer = try CSVWriter(directory: dir, tables: tables, dialect: .excel)
        default: writer = try XMLWriter(directory: dir)
        }
        let facts = (0..<min(Self.count, 10_000)).map(Self.fact)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for i in 0..<Self.count { try writer.write(facts[i % facts.count]) }
            try writer.commit()
        }
        let path = writer.paths.first { $0.hasSuffix("facts." + format) || $0.hasSuffix("newsfacts.xml") } ?? ""
        let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("writer \(format): \(Self.count) facts, \(bytes / 1_048_576) MB in \(String(format: "%.2f", seconds)) s: "
              + "\(Int(Double(Self.count) / seconds)) records/s, \(String(format: "%.1f", Double(bytes) / 1_048_576 / seconds)) MB/s")
        // Every record reached the file: one line per fact (plus the header), or one <fact> element.
        let (lines, elements) = try Self.count(path, element: Array("<fact>".utf8))
        #expect((format == "xml" ? elements : lines - (format == "jsonl" ? 0 : 1)) == Self.count)
    }

    /// Writes a whole run of `NEWSFACTS_BENCH_RECORDS` synthetic facts (100 documents, every format and
    /// the Excel CSVs) into `NEWSFACTS_SYNTHETIC_OUT`, timing the run, for measuring `newsfacts validate`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSFACTS_SYNTHETIC_OUT"] != nil))
    func syntheticRun() throws {
        let out = ProcessInfo.processInfo.environment["NEWSFACTS_SYNTHETIC_OUT"] ?? ""
        let input = out + "-input"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let text = SyntheticFactsStage.text(sentences: max(1, Self.count / 100))
        for i in 0..<100 {
            try Data(text.utf8).write(to: URL(fileURLWithPath: input + "/doc\(i).txt"))
        }
        var stages = try Pipeline.standard().stages
        stages.insert(SyntheticFactsStage(), at: stages.count - 1)
        let options = ExtractOptions(inputs: [input], output: out, excel: true)
        let clock = ContinuousClock()
        var summary = RunSummary()
        let elapsed = try clock.measure {
            summary = try ExtractionRun(options: options, pipeline: Pipeline(stages: stages)).run()
        }
        print("synthetic run: \(summary.facts) facts from \(summary.bytes / 1_048_576) MB in \(elapsed)")
        #expect(summary.rejects == 0)
    }

    /// LF bytes and occurrences of `element` in a file, read in chunks (the files can be gigabytes).
    static func count(_ path: String, element: [UInt8]) throws -> (Int, Int) {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var lines = 0
        var elements = 0
        var matched = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { bytes in
                for byte in bytes {
                    if byte == 0x0A { lines += 1 }
                    matched = byte == element[matched] ? matched + 1 : (byte == element[0] ? 1 : 0)
                    if matched == element.count {
                        elements += 1
                        matched = 0
                    }
                }
            }
        }
        return (lines, elements)
    }
}
