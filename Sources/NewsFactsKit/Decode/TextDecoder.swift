import Crypto

/// Decode stage: turns the file's bytes into the original text and records its encoding and SHA-256.
///
/// First version: UTF-8 with or without BOM. (GB18030, UTF-16 and detection land with the decode work.)
public struct TextDecoder: DocumentStage {
    /// Decoding belongs to the decode stage.
    public let stage = StageName.decode

    /// Creates the decoder.
    public init() {}

    /// Decodes `context.input.bytes` into `context.source`.
    public func run(_ context: inout DocumentContext) {
        let bytes = context.input.bytes
        context.sha256 = SHA256.hash(data: bytes).map { String(format2hex: $0) }.joined()
        var body = bytes[...]
        context.encoding = "UTF-8"
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = bytes.dropFirst(3)
            context.encoding = "UTF-8 BOM"
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(body.count / 2)
        var decoder = UTF8()
        var iterator = body.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error:
                scalars.append("\u{FFFD}")
            }
        }
        context.source = SourceText(scalars)
        if scalars.isEmpty {
            context.status = .empty
            context.report(.decode, .warning, "decode.empty", "the file holds no text")
        }
    }
}

extension String {
    /// Two lower-case hex digits of a byte.
    init(format2hex byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self = String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
