import Foundation
import NewsFactsTestSupport
import Testing
@testable import NewsFactsKit

/// CSV cells and files: RFC 4180 quoting, null versus empty, the Excel variant's BOM and formula
/// neutralization. Expected bytes are written out by hand from RFC 4180 §2 and `CSVDialect`'s rules.
@Suite struct CSVWriterTests {
    private static func cell(_ value: FieldValue, _ dialect: CSVDialect = .rfc4180) -> String {
        var out: [UInt8] = []
        CSVText.appendValue(value, dialect: dialect, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test(arguments: [
        ("学校", "学校"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("crlf\r\nend", "\"crlf\r\nend\""),
        (" lead", "\" lead\""),
        ("trail ", "\"trail \""),
        ("\u{3000}全角空格", "\"\u{3000}全角空格\""),
        ("in side", "in side"),
        ("tab\tinside", "tab\tinside"),
        ("<&>😀𠀀", "<&>😀𠀀"),
        ("=1+1", "=1+1"),
        ("", "\"\""),
    ])
    func textCellsAreQuotedOnlyWhenNeeded(value: String, expected: String) {
        #expect(Self.cell(.string(value)) == expected)
    }

    @Test func nullIsAnEmptyUnquotedCell() {
        #expect(Self.cell(.null) == "")
        #expect(Self.cell(.null, .excel) == "")
    }

    @Test func numbersAreDecimalText() {
        #expect(Self.cell(.integer(-42)) == "-42")
        #expect(Self.cell(.number(ExactNumber(1.4e10))) == "14000000000")
        #expect(Self.cell(.number(ExactNumber(0.000001))) == "0.000001")
        let huge = "1" + String(repeating: "0", count: 400)
        #expect(Self.cell(.number(ExactNumber(double: .infinity, decimal: huge))) == huge)
        #expect(Self.cell(.number(ExactNumber(-5)), .excel) == "-5")
        #expect(Self.cell(.bool(true)) == "true")
    }

    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+86", "'+86"),
        ("-气温", "'-气温"),
        ("@user", "'@user"),
        ("\tx", "\"'\tx\""),
        ("\rx", "\"'\rx\""),
        ("'quoted", "''quoted"),
        ("a=b", "a=b"),
        ("=a,b", "\"'=a,b\""),
        ("", "\"\""),
    ])
    func excelNeutralizesFormulaTriggers(value: String, expected: String) {
        #expect(Self.cell(.string(value), .excel) == expected)
    }

    @Test func filesHaveHeaderCRLFAndTheirDialectsBOM() throws {
        let dir = try OutputFolder.temporary()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let schema = RejectRecord.schema
        let record = RejectRecord(table: "facts", doc: "a,b.txt", stage: .validate, reason: "span.mismatch",
                                  message: "two\nlines", record: "{\"k\":\"=v\"}")
        for dialect in [CSVDialect.rfc4180, .excel] {
            let writer = try CSVWriter(directory: dir, tables: [schema], dialect: dialect)
            try writer.write(record)
            #expect(!FileManager.default.fileExists(atPath: dir + "/rejects" + dialect.fileSuffix), "visible before commit")
            try writer.commit()
        }
        let plain = try Data(contentsOf: URL(fileURLWithPath: dir + "/rejects.csv"))
        let expected = "table,doc,stage,reason,message,record\r\nfacts,\"a,b.txt\",validate,span.mismatch,\"two\nlines\",\"{\"\"k\"\":\"\"=v\"\"}\"\r\n"
        #expect(String(decoding: plain, as: UTF8.self) == expected)
        let excel = try Data(contentsOf: URL(fileURLWithPath: dir + "/rejects.excel.csv"))
        #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: excel.dropFirst(3), as: UTF8.self) == expected)
    }

    @Test func discardLeavesNothing() throws {
        let dir = try OutputFolder.temporary()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = try CSVWriter(directory: dir, tables: ExtractionRun.tables)
        writer.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }
}
