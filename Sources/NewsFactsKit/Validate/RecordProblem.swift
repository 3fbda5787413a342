/// One way a record breaks the output rules: a stable reason code, the field concerned and a sentence.
public struct RecordProblem: Sendable, Hashable, CustomStringConvertible {
    /// The reason code (the `reason` of a reject).
    public var reason: RejectReason
    /// The column concerned, if one is.
    public var field: String?
    /// A sentence for a person.
    public var message: String

    /// Creates a problem.
    public init(_ reason: RejectReason, field: String? = nil, _ message: String) {
        self.reason = reason
        self.field = field
        self.message = message
    }

    /// `field: message (reason)`.
    public var description: String {
        (field.map { "\($0): " } ?? "") + message + " (\(reason.rawValue))"
    }
}
