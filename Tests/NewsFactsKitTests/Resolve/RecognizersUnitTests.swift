import Testing
@testable import NewsFactsKit

/// The Recognizers-Text Currency, Dimension and Age models run through the whole fact pipeline: a case's
/// results are the facts of the matching kind (money, measure, age). Failing cases are listed with a
/// reason in `Fixtures/recognizers-zh/known-failures.tsv`, as for the Number and Percent models.
///
/// Every model must pass 90 %, except Dimension (36 cases): its 5 failures are all cases that the
/// reference itself marks not_supported (the unit 两 after Chinese numerals, 一位 as a bit), so it is held
/// to 85 %; `coveredModelsTogether` holds the five models NewsFacts covers to 90 % as a whole.
@Suite struct RecognizersUnitTests {
    @Test func currencyModel() throws {
        try RecognizersSuite.check(file: "NumberWithUnit_CurrencyModel.jsonl", minimumPassRate: 0.9) {
            RecognizersModels.facts($0, kind: .money)
        }
    }

    @Test func dimensionModel() throws {
        try RecognizersSuite.check(file: "NumberWithUnit_DimensionModel.jsonl", minimumPassRate: 0.85,
                                   canonical: RecognizersModels.canonicalDimension) {
            RecognizersModels.facts($0, kind: .measure)
        }
    }

    @Test func ageModel() throws {
        try RecognizersSuite.check(file: "NumberWithUnit_AgeModel.jsonl", minimumPassRate: 0.9) {
            RecognizersModels.facts($0, kind: .age)
        }
    }

    /// The five models NewsFacts covers (Number, Percent, Currency, Dimension, Age), together.
    @Test func coveredModelsTogether() throws {
        let runs: [(String, ((RecognizersSuite.Expected) -> Double?)?, (String) -> [RecognizersSuite.Found])] = [
            ("Number_NumberModel.jsonl", nil, RecognizersModels.number),
            ("Number_PercentModel.jsonl", nil, RecognizersModels.percent),
            ("NumberWithUnit_CurrencyModel.jsonl", nil, { RecognizersModels.facts($0, kind: .money) }),
            ("NumberWithUnit_DimensionModel.jsonl", RecognizersModels.canonicalDimension, { RecognizersModels.facts($0, kind: .measure) }),
            ("NumberWithUnit_AgeModel.jsonl", nil, { RecognizersModels.facts($0, kind: .age) }),
        ]
        var passed = 0
        var total = 0
        for (file, canonical, model) in runs {
            for testCase in try RecognizersSuite.cases(file) {
                total += 1
                if RecognizersSuite.agree(testCase.expected, model(testCase.input), canonical: canonical) { passed += 1 }
            }
        }
        print("recognizers-zh covered models together: \(passed)/\(total)")
        #expect(total == 598)
        #expect(Double(passed) / Double(total) >= 0.9, "\(passed)/\(total)")
    }
}
