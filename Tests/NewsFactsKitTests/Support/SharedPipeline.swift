@testable import NewsFactsKit

/// One standard pipeline for all tests (resource tables are loaded once).
enum SharedPipeline {
    /// The standard pipeline, or nil with the reason when resources cannot load.
    static let standard: Result<Pipeline, any Error> = Result { try Pipeline.standard() }

    /// The facts of a text run through the standard pipeline.
    static func facts(_ text: String) throws -> [FactRecord] {
        try standard.get().process(text: text).facts
    }
}
