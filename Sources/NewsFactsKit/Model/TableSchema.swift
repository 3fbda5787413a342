/// The columns of one output table, in the order every format writes them.
public struct TableSchema: Sendable, Hashable {
    /// The type of a column's values.
    public enum ColumnType: String, Sendable, Hashable {
        case string, integer, number, boolean
    }

    /// One column.
    public struct Column: Sendable, Hashable {
        /// The field name (JSON key, CSV header, XML element).
        public var name: String
        /// The value type.
        public var type: ColumnType
        /// Whether null is allowed.
        public var nullable: Bool
        /// Allowed values, for enumerated string columns.
        public var allowed: [String]?
        /// The lexical form a string must have, where one is fixed (a `ValuePattern`).
        public var pattern: ValuePattern?
        /// The smallest allowed value of an integer column.
        public var minimum: Int?
        /// What the column means, for the schemas and the README.
        public var summary: String

        /// Creates a column.
        public init(_ name: String, _ type: ColumnType, nullable: Bool = false, allowed: [String]? = nil,
                    pattern: ValuePattern? = nil, minimum: Int? = nil, _ summary: String) {
            self.name = name
            self.type = type
            self.nullable = nullable
            self.allowed = allowed
            self.pattern = pattern
            self.minimum = minimum
            self.summary = summary
        }
    }

    /// The table name (`facts`, `entities`, `documents`, `rejects`), also the file stem.
    public var name: String
    /// The XML element name of one record.
    public var recordElement: String
    /// The columns in output order.
    public var columns: [Column]
    /// The column whose values are unique in the table (the SQL primary key), if there is one.
    public var key: String?

    /// Creates a schema.
    public init(name: String, recordElement: String, key: String? = nil, columns: [Column]) {
        self.name = name
        self.recordElement = recordElement
        self.key = key
        self.columns = columns
    }

    /// The index of a column by name.
    public func index(of column: String) -> Int? {
        columns.firstIndex { $0.name == column }
    }
}

/// A record of one output table: a row of typed values in the order of its schema's columns.
public protocol OutputRecord: Sendable {
    /// The table this record belongs to.
    static var schema: TableSchema { get }
    /// The values, one per column of `schema`, in order.
    var fieldValues: [FieldValue] { get }
}
