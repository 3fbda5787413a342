/// Decides the currency of a plain `元` in a document (GUIDELINES §1: CNY on the mainland; HKD, MOP or
/// TWD in a Hong Kong, Macau or Taiwan document; no exchange conversion).
///
/// A region wins when its marker words (from `contexts.tsv`) occur at least twice and more often than
/// the mainland markers; a mainland page that mentions Taiwan once stays CNY.
struct CurrencyDetector: Sendable {
    let lexicon: ResolveLexicon

    /// The document's currency code.
    func currency(of text: [Unicode.Scalar]) -> String {
        let mainland = count(lexicon.mainlandMarkers, in: text)
        var best = ("CNY", 1)
        for (currency, words) in lexicon.currencyMarkers {
            let n = count(words, in: text)
            if n >= 2, n > mainland, n > best.1 { best = (currency, n) }
        }
        return best.0
    }

    private func count(_ words: [[Unicode.Scalar]], in text: [Unicode.Scalar]) -> Int {
        guard !words.isEmpty else { return 0 }
        let firsts = Set(words.compactMap(\.first))
        var n = 0
        var i = 0
        while i < text.count {
            if firsts.contains(text[i]) {
                for w in words where i + w.count <= text.count && text[i..<i + w.count].elementsEqual(w) {
                    n += 1
                    break
                }
            }
            i += 1
        }
        return n
    }
}
