import Testing
@testable import NewsFactsKit
import NewsFactsTestSupport

/// Random texts built from the characters every pass treats specially: normalization must not trap and
/// must keep its map well formed.
@Suite struct NormalizeInvariantTests {
    static let alphabet: [Unicode.Scalar] = [
        "\r", "\n", "\n", " ", "\t", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{0}",
        "。", "，", ",", "、", "：", "“", "”", "(", ")", "（", "）", "#", "|", "■", "-", "*", ".",
        "1", "4", "0", "１", "a", "B", "中", "門", "乾", "憑", "藉", "个", "记", "者", "本", "报", "讯", "𠮷",
    ]

    @Test func randomTextsKeepAWellFormedMap() throws {
        for seed in 0..<400 {
            let picks = EncodedBytes.random(count: 1 + seed % 60, seed: UInt64(seed) &+ 1000)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: picks.map { Self.alphabet[Int($0) % Self.alphabet.count] })
            let original = String(view)
            let (source, text, _) = try NormalizeTables.normalize(original)
            #expect(text.count <= source.count, "\(original.debugDescription)")
            for i in 0..<text.count {
                #expect(text.starts[i] < text.ends[i] && text.ends[i] <= Int32(source.count), "\(original.debugDescription)")
                if i > 0 { #expect(text.starts[i] >= text.ends[i - 1], "\(original.debugDescription)") }
            }
            // No line break survives at either end, and no two in a row.
            let normalized = text.string(0..<text.count)
            #expect(!normalized.hasPrefix("\n") && !normalized.hasSuffix("\n") && !normalized.contains("\n\n"),
                    "\(original.debugDescription) → \(normalized.debugDescription)")
        }
    }
}
