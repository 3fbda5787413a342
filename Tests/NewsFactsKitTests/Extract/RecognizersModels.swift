@testable import NewsFactsKit

/// The adapters that run Recognizers-Text cases through NewsFacts, one per model NewsFacts covers.
enum RecognizersModels {
    /// Decode, normalize and scan, as the pipeline reads text.
    private static let reader: Result<(Pipeline, NumberScanner), any Error> = Result {
        (Pipeline(stages: [TextDecoder(), try TextNormalizer()]), try NumberScanner())
    }

    /// The scanner's numbers of an input that a model reports: `result` gives the span (normalized
    /// offsets) and the value in the reference's terms, or nil; spans are quoted from the original text.
    static func numbers(_ input: String, result: (NumberMention) -> (Range<Int>, Double)?) -> [RecognizersSuite.Found] {
        guard let (pipeline, scanner) = try? reader.get() else { return [] }
        let context = pipeline.process(text: input)
        let scalars = context.text.scalars
        return scanner.scan(scalars, in: 0..<scalars.count).compactMap { mention in
            guard let (range, value) = result(mention) else { return nil }
            return RecognizersSuite.Found(text: context.originalSpan(range).mention, value: value)
        }
    }

    /// The Number model: every plain number and fraction.
    static func number(_ input: String) -> [RecognizersSuite.Found] {
        numbers(input) { mention in
            switch mention.form {
            case .cardinal, .fraction: return (mention.range, mention.value.double)
            case .percent, .permille: return nil
            }
        }
    }

    /// The Percent model: every percentage in the reference's terms (`八成` → 80, `6个百分点` → 6).
    static func percent(_ input: String) -> [RecognizersSuite.Found] {
        numbers(input) { mention in
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

    /// The Currency, Dimension and Age models: the facts of one kind, with their canonical amounts.
    static func facts(_ input: String, kind: FactKind) -> [RecognizersSuite.Found] {
        let facts = (try? SharedPipeline.facts(input)) ?? []
        return facts.filter { $0.kind == kind }.map { fact in
            RecognizersSuite.Found(text: fact.mention, value: fact.value.double, canonical: fact.normalizedValue?.double)
        }
    }

    /// The reference's dimension units in NewsFacts' canonical units (kg, m, m2, B, bit, Hz, W, J).
    static let dimensionFactors: [String: Double] = [
        "Kilogram": 1, "Gram": 0.001, "Microgram": 1e-9, "Ton": 1000, "Jin": 0.5, "Liang": 0.05,
        "Meter": 1, "Centimeter": 0.01, "Kilometer": 1000, "Mu": 2000.0 / 3,
        "Bit": 1, "Kilobit": 1000, "Kilobyte": 1000, "Megabyte": 1_000_000,
        "Hertz": 1, "Megahertz": 1_000_000, "Kilowatt": 1000, "Kilocalorie": 4184,
    ]

    /// An expected dimension in canonical units.
    static func canonicalDimension(_ expected: RecognizersSuite.Expected) -> Double? {
        guard let value = expected.value, let unit = expected.unit, let factor = dimensionFactors[unit] else { return nil }
        return value * factor
    }
}
