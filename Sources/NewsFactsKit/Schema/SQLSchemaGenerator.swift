/// `CREATE TABLE` statements for the output tables, generated from their `TableSchema`s, in the
/// dialects the outputs are tested with.
///
/// Every identifier is double-quoted: `end` and `table` are reserved words. Tables come in dependency
/// order (`documents` first, since the others' `doc` references it in PostgreSQL).
public enum SQLSchemaGenerator {
    /// A SQL dialect.
    public enum Dialect: Sendable {
        /// PostgreSQL: exact `numeric` for amounts, `CHECK`s for allowed values, patterns and minimums,
        /// primary and foreign keys, column comments.
        case postgres
        /// DuckDB: `DOUBLE` for amounts (DuckDB's `DECIMAL` stops at 38 digits), primary keys, no checks.
        case duckdb
    }

    /// The script for a dialect.
    public static func script(_ dialect: Dialect, tables: [TableSchema] = ExtractionRun.tables) -> String {
        let ordered = tables.filter { $0.name == DocumentRecord.schema.name } + tables.filter { $0.name != DocumentRecord.schema.name }
        var out: [String] = []
        switch dialect {
        case .postgres:
            out.append("-- NewsFacts output tables for PostgreSQL, schema version \(ExtractionRun.schemaVersion).")
            out.append("-- Generated from the record model by `newsfacts schemas`; do not edit.")
            out.append("-- Load documents first (the other tables reference it); docs/outputs.md shows \\copy for CSV and JSONL.")
        case .duckdb:
            out.append("-- NewsFacts output tables for DuckDB, schema version \(ExtractionRun.schemaVersion).")
            out.append("-- Generated from the record model by `newsfacts schemas`; do not edit.")
            out.append("-- Amounts are DOUBLE: exact beyond 15-17 significant digits only in the JSONL and CSV text")
            out.append("-- (and in PostgreSQL's numeric); a value beyond ±1.8e308 loads as ±inf.")
            out.append("-- Load into these tables (their types rule, nothing is guessed):")
            out.append("--   COPY facts FROM 'facts.csv' (FORMAT csv, HEADER true, ALLOW_QUOTED_NULLS false);")
            out.append("--   COPY facts FROM 'facts.jsonl' (FORMAT json);")
            out.append("-- ALLOW_QUOTED_NULLS false keeps \"\" an empty string; docs/outputs.md has more.")
        }
        for table in ordered {
            out.append("")
            out.append(createTable(table, dialect))
            if dialect == .postgres {
                for column in table.columns {
                    out.append("COMMENT ON COLUMN \(quoted(table.name)).\(quoted(column.name)) IS \(literal(column.summary));")
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func createTable(_ table: TableSchema, _ dialect: Dialect) -> String {
        var lines: [String] = []
        for column in table.columns {
            var line = "    \(quoted(column.name)) \(type(column, dialect))"
            if !column.nullable { line += " NOT NULL" }
            if table.key == column.name { line += " PRIMARY KEY" }
            if dialect == .postgres {
                if column.name == "doc", table.name != DocumentRecord.schema.name {
                    line += " REFERENCES \(quoted(DocumentRecord.schema.name)) (\(quoted("doc")))"
                }
                if let check = check(column) { line += " CHECK (\(check))" }
            }
            lines.append(line)
        }
        return "CREATE TABLE \(quoted(table.name)) (\n" + lines.joined(separator: ",\n") + "\n);"
    }

    private static func type(_ column: TableSchema.Column, _ dialect: Dialect) -> String {
        switch (column.type, dialect) {
        case (.string, .postgres): return "text"
        case (.string, .duckdb): return "VARCHAR"
        case (.integer, .postgres): return "bigint"
        case (.integer, .duckdb): return "BIGINT"
        case (.number, .postgres): return "numeric"
        case (.number, .duckdb): return "DOUBLE"
        case (.boolean, .postgres): return "boolean"
        case (.boolean, .duckdb): return "BOOLEAN"
        }
    }

    /// The PostgreSQL check of a column's allowed values, pattern or minimum, if it has one.
    private static func check(_ column: TableSchema.Column) -> String? {
        let name = quoted(column.name)
        var parts: [String] = []
        if let allowed = column.allowed {
            parts.append("\(name) IN (\(allowed.map(literal).joined(separator: ", ")))")
        }
        if let pattern = column.pattern {
            parts.append("\(name) ~ \(literal("^(" + pattern.regex + ")$"))")
        }
        if let minimum = column.minimum {
            parts.append("\(name) >= \(minimum)")
        }
        if column.type == .string, column.allowed == nil, column.pattern == nil {
            parts.append("\(name) <> ''")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// A double-quoted identifier.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A single-quoted string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
