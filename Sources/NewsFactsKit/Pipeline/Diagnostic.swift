/// A problem found while processing one document: what, where, and how bad.
///
/// Stages never throw for bad input; they append diagnostics to the document context and carry on.
/// Only an `error` diagnostic from the decode stage marks a document as failed.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error

        /// Notes sort before warnings, warnings before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// The stage that reported it.
    public var stage: StageName
    /// How serious it is.
    public var severity: Severity
    /// A stable, machine-readable code such as `decode.invalid-utf8`.
    public var code: String
    /// A sentence for a person.
    public var message: String
    /// The code point offset in the original text it refers to, if any.
    public var offset: Int?

    /// Creates a diagnostic.
    public init(stage: StageName, severity: Severity, code: String, message: String, offset: Int? = nil) {
        self.stage = stage
        self.severity = severity
        self.code = code
        self.message = message
        self.offset = offset
    }
}
