import Testing
@testable import NewsFactsKit

/// The Recognizers-Text Number and Percent models run through `NumberScanner`.
///
/// The Number model expects every plain number and fraction (not percentages); the Percent model every
/// percentage, in its terms: `81%` → 81, `千分之2.4` → 0.24, `八成` and `八折` → 80, `万分之三` → 0.03,
/// `6个百分点` → 6. Failing cases are listed with a reason in `known-failures.tsv`.
@Suite struct RecognizersNumberTests {
    let scanner: NumberScanner

    init() throws {
        scanner = try NumberScanner()
    }

    /// The scanner's numbers that a model reports, as the reference would write them: `result` gives the
    /// span and the value in the reference's terms, or nil for a number the model does not report.
    private func found(_ input: String, result: (NumberMention) -> (Range<Int>, Double)?) -> [RecognizersSuite.Found] {
        let scalars = Array(input.unicodeScalars)
        return scanner.scan(scalars, in: 0..<scalars.count).compactMap { mention in
            guard let (range, value) = result(mention) else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return RecognizersSuite.Found(text: String(view), value: value)
        }
    }

    @Test func numberModel() throws {
        try RecognizersSuite.check(file: "Number_NumberModel.jsonl", minimumPassRate: 0.9) { input in
            found(input) { mention in
                switch mention.form {
                case .cardinal, .fraction: return (mention.range, mention.value.double)
                case .percent, .permille: return nil
                }
            }
        }
    }

    @Test func percentModel() throws {
        try RecognizersSuite.check(file: "Number_PercentModel.jsonl", minimumPassRate: 0.9) { input in
            found(input) { mention in
                if let proportion = mention.proportion {
                    switch proportion.kind {
                    case .tenths: return (proportion.range, proportion.value.double * 10)
                    case .percentagePoints: return (proportion.range, proportion.value.double)
                    case .partsPer: return (proportion.range, mention.value.double * 100)
                    }
                }
                switch mention.form {
                case .percent: return (mention.range, mention.value.double)
                case .permille: return (mention.range, mention.value.double / 10)
                case .cardinal, .fraction: return nil
                }
            }
        }
    }
}
