import Foundation
import Testing
@testable import NewsFactsKit

/// Runs the whole pipeline over `seeds/` and scores the output against the hand-made gold records with
/// the project's scorer (`scripts/score.py`), as the issue's acceptance figures are defined.
@Suite(.serialized) struct GoldenSeedTests {
    @Test func seedFactsMeetTheAcceptanceFigures() throws {
        let score = try Scorer.scoreSeeds()
        let fact = try #require(score["fact"] as? [String: Any])
        #expect((fact["f1"] as? Double ?? 0) >= 0.95, "fact F1 \(fact["f1"] ?? "nil")")
        #expect((fact["subject_agree"] as? Double ?? 0) >= 0.85, "subject agreement \(fact["subject_agree"] ?? "nil")")
        for field in ["unit_agree", "kind_agree", "qualifier_agree", "normalized_agree"] {
            #expect((fact[field] as? Double ?? 0) >= 0.95, "\(field) \(fact[field] ?? "nil")")
        }
        #expect(fact["provenance_errors"] as? Int == 0, "provenance errors \(fact["provenance_errors"] ?? "nil")")
    }
}
