import Testing
@testable import NewsFactsKit

/// The Recognizers-Text Number and Percent models run through decode, normalize and `NumberScanner`.
///
/// The Number model expects every plain number and fraction (not percentages); the Percent model every
/// percentage, in its terms: `81%` → 81, `千分之2.4` → 0.24, `八成` and `八折` → 80, `万分之三` → 0.03,
/// `6个百分点` → 6. Failing cases are listed with a reason in `known-failures.tsv`.
@Suite struct RecognizersNumberTests {
    @Test func numberModel() throws {
        try RecognizersSuite.check(file: "Number_NumberModel.jsonl", minimumPassRate: 0.9, model: RecognizersModels.number)
    }

    @Test func percentModel() throws {
        try RecognizersSuite.check(file: "Number_PercentModel.jsonl", minimumPassRate: 0.9, model: RecognizersModels.percent)
    }
}
