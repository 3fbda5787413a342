import Foundation

/// Validates JSON values against a JSON Schema (draft 2020-12) that uses only the keywords NewsFacts'
/// generated schemas use.
///
/// Supported: `type`, `enum`, `const`, `properties`, `required`, `additionalProperties` (boolean),
/// `items`, `pattern`, `minLength`, `minimum`; the annotations `$schema`, `$id`, `title`,
/// `description`, `$comment`, `format`. A schema with any other keyword is refused when the validator
/// is made, so that a keyword is never silently ignored. Patterns that are a `ValuePattern` run through
/// its hand-written matcher; any other pattern through `NSRegularExpression`.
public struct JSONSchemaValidator: Sendable {
    /// A schema the validator cannot apply faithfully.
    public struct Unsupported: Error, CustomStringConvertible {
        /// A sentence for a person.
        public var description: String
    }

    /// One way a value breaks the schema.
    public struct Violation: Sendable, Hashable, CustomStringConvertible {
        /// The property path (`value`, `options.formats[1]`), empty for the whole value.
        public var path: String
        /// A sentence for a person.
        public var message: String
        /// `path: message`.
        public var description: String { path.isEmpty ? message : "\(path): \(message)" }
    }

    private let root: Node

    /// Compiles a schema.
    public init(schema: JSONValue) throws {
        root = try Node(schema)
    }

    /// Every violation of the schema by `value`.
    public func validate(_ value: JSONValue) -> [Violation] {
        var violations: [Violation] = []
        root.validate(value, path: "", into: &violations)
        return violations
    }

    private enum Pattern: Sendable {
        case known(ValuePattern)
        case regex(String)

        func matches(_ s: String) -> Bool {
            switch self {
            case .known(let pattern): return pattern.matches(s)
            case .regex(let source):
                guard let regex = try? NSRegularExpression(pattern: source) else { return false }
                return regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
            }
        }
    }

    private final class Node: Sendable {
        let types: [String]?
        let enumValues: [JSONValue]?
        let constValue: JSONValue?
        let properties: [String: Node]
        let required: [String]
        let additionalProperties: Bool
        let items: Node?
        let pattern: Pattern?
        let patternSource: String?
        let minLength: Int?
        let minimum: String?

        private static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$comment", "format"]
        private static let keywords: Set<String> = [
            "type", "enum", "const", "properties", "required", "additionalProperties", "items", "pattern",
            "minLength", "minimum",
        ]

        init(_ schema: JSONValue) throws {
            guard case .object(let members) = schema else { throw Unsupported(description: "a schema must be an object") }
            var types: [String]?
            var enumValues: [JSONValue]?
            var constValue: JSONValue?
            var properties: [String: Node] = [:]
            var required: [String] = []
            var additionalProperties = true
            var items: Node?
            var pattern: Pattern?
            var patternSource: String?
            var minLength: Int?
            var minimum: String?
            for (key, value) in members {
                if Self.annotations.contains(key) { continue }
                guard Self.keywords.contains(key) else { throw Unsupported(description: "unsupported keyword \(key)") }
                switch (key, value) {
                case ("type", .string(let t)): types = [t]
                case ("type", .array(let list)): types = list.compactMap { if case .string(let t) = $0 { return t } else { return nil } }
                case ("enum", .array(let list)): enumValues = list
                case ("const", let v): constValue = v
                case ("properties", .object(let props)):
                    for (name, schema) in props { properties[name] = try Node(schema) }
                case ("required", .array(let list)): required = list.compactMap { if case .string(let t) = $0 { return t } else { return nil } }
                case ("additionalProperties", .bool(let b)): additionalProperties = b
                case ("items", let v): items = try Node(v)
                case ("pattern", .string(let p)):
                    patternSource = p
                    if let known = ValuePattern.allCases.first(where: { JSONSchemaGenerator.anchored($0) == p }) {
                        pattern = .known(known)
                    } else {
                        guard (try? NSRegularExpression(pattern: p)) != nil else { throw Unsupported(description: "bad pattern \(p)") }
                        pattern = .regex(p)
                    }
                case ("minLength", .integer(let n)): minLength = n
                case ("minimum", .integer(let n)): minimum = String(n)
                case ("minimum", .number(let n)): minimum = n.decimal
                default: throw Unsupported(description: "unsupported form of keyword \(key)")
                }
            }
            self.types = types
            self.enumValues = enumValues
            self.constValue = constValue
            self.properties = properties
            self.required = required
            self.additionalProperties = additionalProperties
            self.items = items
            self.pattern = pattern
            self.patternSource = patternSource
            self.minLength = minLength
            self.minimum = minimum
        }

        func validate(_ value: JSONValue, path: String, into violations: inout [Violation]) {
            if let types, !types.contains(where: { Self.has(type: $0, value) }) {
                violations.append(Violation(path: path, message: "is \(Self.typeName(value)), not \(types.joined(separator: " or "))"))
                return
            }
            if let enumValues, !enumValues.contains(value) {
                violations.append(Violation(path: path, message: "\(Self.brief(value)) is not an allowed value"))
            }
            if let constValue, constValue != value {
                violations.append(Violation(path: path, message: "\(Self.brief(value)) is not \(Self.brief(constValue))"))
            }
            switch value {
            case .string(let s):
                if let minLength, s.unicodeScalars.count < minLength {
                    violations.append(Violation(path: path, message: "is shorter than \(minLength)"))
                }
                if let pattern, !pattern.matches(s) {
                    violations.append(Violation(path: path, message: "\(Self.brief(value)) does not match \(patternSource ?? "")"))
                }
            case .integer, .number:
                if let minimum, let text = Self.decimal(value),
                   let order = ExactNumber.compareDecimals(text, minimum), order < 0 {
                    violations.append(Violation(path: path, message: "is below the minimum \(minimum)"))
                }
            case .object(let members):
                let present = Set(members.map(\.0))
                for key in required where !present.contains(key) {
                    violations.append(Violation(path: Self.join(path, key), message: "is missing"))
                }
                for (key, member) in members {
                    if let node = properties[key] {
                        node.validate(member, path: Self.join(path, key), into: &violations)
                    } else if !additionalProperties {
                        violations.append(Violation(path: Self.join(path, key), message: "is not allowed"))
                    }
                }
            case .array(let list):
                if let items {
                    for (i, item) in list.enumerated() { items.validate(item, path: "\(path)[\(i)]", into: &violations) }
                }
            case .null, .bool:
                break
            }
        }

        private static func join(_ path: String, _ key: String) -> String {
            path.isEmpty ? key : path + "." + key
        }

        private static func has(type: String, _ value: JSONValue) -> Bool {
            switch (type, value) {
            case ("null", .null), ("boolean", .bool), ("string", .string), ("object", .object), ("array", .array): return true
            case ("integer", .integer), ("number", .integer), ("number", .number): return true
            case ("integer", .number(let n)): return !n.decimal.contains(".")
            default: return false
            }
        }

        private static func typeName(_ value: JSONValue) -> String {
            switch value {
            case .null: return "null"
            case .bool: return "a boolean"
            case .integer: return "an integer"
            case .number: return "a number"
            case .string: return "a string"
            case .array: return "an array"
            case .object: return "an object"
            }
        }

        private static func decimal(_ value: JSONValue) -> String? {
            switch value {
            case .integer(let i): return String(i)
            case .number(let n): return n.decimal
            default: return nil
            }
        }

        private static func brief(_ value: JSONValue) -> String {
            switch value {
            case .string(let s): return RecordRules.quoted(s)
            case .null: return "null"
            case .bool(let b): return b ? "true" : "false"
            case .integer(let i): return String(i)
            case .number(let n): return n.decimal
            case .array: return "an array"
            case .object: return "an object"
            }
        }
    }
}
