/// A JSON document with ordered object keys, for the manifest and other small structured outputs.
public indirect enum JSONValue: Sendable, Hashable {
    /// null
    case null
    /// true / false
    case bool(Bool)
    /// A whole number.
    case integer(Int)
    /// A number (written as a string when a Double cannot hold it exactly).
    case number(ExactNumber)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object whose keys keep their order.
    case object([(String, JSONValue)])

    /// Pretty-printed text (two-space indent) ending with a newline.
    public var prettyText: String {
        var out: [UInt8] = []
        append(to: &out, indent: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// JSON without white space, as `JSONText.object` writes a record: a parsed record (every number's
    /// exact text and every key's order kept) is written back byte for byte.
    public var compactText: String {
        var out: [UInt8] = []
        append(to: &out, indent: nil)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text: pretty-printed at `indent`, or compact when `indent` is nil.
    private func append(to out: inout [UInt8], indent: Int?) {
        let pad = { (n: Int) in [UInt8](repeating: 0x20, count: n) }
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .integer(let i): out.append(contentsOf: String(i).utf8)
        case .number(let n): JSONText.appendNumber(n, to: &out)
        case .string(let s): JSONText.appendString(s, to: &out)
        case .array(let items):
            guard let indent else {
                out.append(0x5B)
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(0x2C) }
                    item.append(to: &out, indent: nil)
                }
                out.append(0x5D)
                return
            }
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                out.append(contentsOf: pad(indent + 2))
                item.append(to: &out, indent: indent + 2)
                out.append(contentsOf: (i + 1 < items.count ? ",\n" : "\n").utf8)
            }
            out.append(contentsOf: pad(indent))
            out.append(0x5D)
        case .object(let members):
            guard let indent else {
                out.append(0x7B)
                for (i, (key, value)) in members.enumerated() {
                    if i > 0 { out.append(0x2C) }
                    JSONText.appendString(key, to: &out)
                    out.append(0x3A)
                    value.append(to: &out, indent: nil)
                }
                out.append(0x7D)
                return
            }
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (i, (key, value)) in members.enumerated() {
                out.append(contentsOf: pad(indent + 2))
                JSONText.appendString(key, to: &out)
                out.append(contentsOf: ": ".utf8)
                value.append(to: &out, indent: indent + 2)
                out.append(contentsOf: (i + 1 < members.count ? ",\n" : "\n").utf8)
            }
            out.append(contentsOf: pad(indent))
            out.append(0x7D)
        }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Hashes consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(prettyText)
    }
}
