import Testing
@testable import NewsFactsKit

@Suite struct InputFileTests {
    @Test func printableEscapesInvalidBytesControlsAndPercent() {
        #expect(InputFile.printable(Array("新闻/a.txt".utf8)) == "新闻/a.txt")
        #expect(InputFile.printable([0x61, 0xFF, 0x62]) == "a%FFb")
        #expect(InputFile.printable(Array("a\nb".utf8)) == "a%0Ab")
        #expect(InputFile.printable(Array("100%.txt".utf8)) == "100%25.txt")
    }
}
