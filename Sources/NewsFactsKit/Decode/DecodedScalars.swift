/// The result of decoding bytes in one encoding: the scalars and where decoding went wrong.
struct DecodedScalars {
    /// The decoded code points, with U+FFFD for every ill-formed sequence.
    var scalars: [Unicode.Scalar]
    /// How many ill-formed sequences were replaced by U+FFFD.
    var invalidCount = 0
    /// The byte offset (in the decoded body, after any byte-order mark) of the first ill-formed sequence.
    var firstInvalidByte: Int?
    /// The code point offset of the first U+FFFD that stands for an ill-formed sequence.
    var firstInvalidScalar: Int?

    /// Records an ill-formed sequence at `byte` that became the scalar at `scalar`.
    mutating func noteInvalid(byte: Int, scalar: Int) {
        if invalidCount == 0 {
            firstInvalidByte = byte
            firstInvalidScalar = scalar
        }
        invalidCount += 1
    }
}
