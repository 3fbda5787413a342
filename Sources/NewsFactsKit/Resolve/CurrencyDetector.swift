/// Decides the currency of a plain `元` in a document (GUIDELINES §1: CNY on the mainland; HKD, MOP or
/// TWD in a Hong Kong, Macau or Taiwan document; no exchange conversion).
///
/// A region wins when its marker words (from `contexts.tsv`) occur at least twice and more often than
/// the mainland markers; a mainland page that mentions Taiwan once stays CNY.
struct CurrencyDetector: Sendable {
    let lexicon: ResolveLexicon

    /// The document's currency code.
    ///
    /// - Complexity: one pass over the text with a trie of marker words.
    func currency(of text: [Unicode.Scalar]) -> String {
        var counts: [String?: Int] = [:]
        var i = 0
        while i < text.count {
            if lexicon.regionMarkers.mayStart(with: text[i]), let match = lexicon.regionMarkers.longestWord(in: text, at: i) {
                counts[match.value, default: 0] += 1
                i += match.length
            } else {
                i += 1
            }
        }
        let mainland = counts[String?.none] ?? 0
        var best = ("CNY", 1)
        for (currency, n) in counts {
            guard let currency else { continue }
            if n >= 2, n > mainland, n > best.1 || (n == best.1 && currency < best.0 && best.0 != "CNY") { best = (currency, n) }
        }
        return best.0
    }
}
