/// Why a file could not be read, for its `error` document.
struct ReadFailure: Error, Sendable {
    /// A sentence for a person.
    var message: String
}
