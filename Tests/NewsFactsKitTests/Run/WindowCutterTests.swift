import Testing
@testable import NewsFactsKit

/// Where a window of text ends: after a line break in its second half, else after a sentence end and
/// its closing marks, else at its end.
@Suite struct WindowCutterTests {
    static let cutter = Result { try WindowCutter() }

    /// The text up to `|` is the expected window; the marker is removed.
    @Test(arguments: [
        "第一行。\n第二行有数字12个。\n|第三行",
        "第一行。\n第二行有数字12个，没有句号也没有换行|",        // no break in the second half: the end
        "前半有换行\n后半句子结束了。”|还没完的句子",             // sentence end with its closing quote
        "前半部分内容很长很长\r\n|后半",                          // after CR LF, not between them
        "前半部分。后半部分内容很长。|\r",                        // a CR at the end waits: is an LF next?
        "\n前半部分没有任何标点符号的很长的一行文字啊|",             // a break in the first half does not count
    ])
    func cut(_ marked: String) throws {
        let cutter = try Self.cutter.get()
        let parts = marked.split(separator: "|", omittingEmptySubsequences: false)
        let scalars = Array(marked.replacingOccurrences(of: "|", with: "").unicodeScalars)
        let expected = parts[0].unicodeScalars.count
        #expect(cutter.cut(scalars) == expected)
    }
}
