#!/usr/bin/env python3
"""Loads a NewsFacts output folder into the real tools users load it into, and checks that every one of
them holds the same rows as the JSONL.

    scripts/integration/load_test.py OUTPUT_DIR [--schemas schemas] [--require-cjk]

Checks, each against the JSONL read with Python's json module (exact numbers as Decimal):
  - jsonschema (Draft 2020-12): every JSONL line and manifest.json against schemas/*.schema.json
  - xmllint --schema schemas/newsfacts.xsd (no network)
  - PostgreSQL: a throwaway server (initdb into a temporary folder, listening only on a Unix socket
    there), schemas/postgres.sql, \\copy from each CSV and from each JSONL; every row and field compared
  - SQLite: .import --csv of each CSV; every row and field compared (SQLite imports text; NULL arrives as '')
  - DuckDB (PyPI duckdb): schemas/duckdb.sql, COPY from each CSV and each JSONL; every row and field compared
  - LibreOffice: soffice --headless --convert-to xlsx of facts.csv and facts.excel.csv; the sheet read back
    from the xlsx has one row per record and every text cell intact (Chinese included)

Exit status: 0 all held; 1 a check failed; 3 a tool is missing (the message says which and how to install it).
"""
import argparse
import base64
import csv
import datetime
import decimal
import glob
import json
import math
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

TABLES = ["documents", "facts", "entities", "rejects"]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def ok(message):
    print("ok: " + message, flush=True)


class Missing(Exception):
    pass


def need(tool, package):
    path = shutil.which(tool)
    if path is None:
        raise Missing(f"{tool} is not installed (Debian: apt-get install {package})")
    return path


def postgres_bin(tool):
    path = shutil.which(tool)
    if path:
        return path
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{tool}"), reverse=True):
        return candidate
    raise Missing(f"{tool} is not installed (Debian: apt-get install postgresql)")


# ---------------------------------------------------------------------------------------------------
# Reference rows from the JSONL


def load_schemas(schemas):
    columns = {}
    for table in TABLES:
        with open(os.path.join(schemas, f"{table}.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        cols = []
        for name, prop in schema["properties"].items():
            types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
            kind = "number" if "number" in types else "integer" if "integer" in types else "boolean" if "boolean" in types else "string"
            cols.append((name, kind))
        columns[table] = cols
    return columns


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f.read().split("\n"):
            if line:
                rows.append(json.loads(line, parse_float=decimal.Decimal, parse_int=int))
    return rows


def exact(kind, value):
    """The exact value of a JSONL field: numbers as Decimal (big ones are JSON strings)."""
    if value is None:
        return None
    if kind == "number":
        return decimal.Decimal(str(value))
    return value


def key_of(table, row):
    key = {"documents": "doc", "facts": "id", "entities": "id"}.get(table)
    if key:
        return row[key]
    return (row["doc"], row["reason"], row["record"])


def compare(engine, table, columns, reference, loaded, *, text_only=False, approximate=False):
    """Compares rows (dicts) by key; reports the first differences."""
    if len(loaded) != len(reference):
        fail(f"{engine} {table}: {len(loaded)} rows, JSONL {len(reference)}")
        return
    by_key = {}
    for row in loaded:
        by_key.setdefault(key_of(table, row), []).append(row)
    problems = 0
    for ref in reference:
        candidates = by_key.get(key_of(table, ref), [])
        if not candidates:
            fail(f"{engine} {table}: row {key_of(table, ref)!r} is missing")
            problems += 1
            continue
        got = candidates.pop(0)
        for name, kind in columns:
            want = exact(kind, ref[name])
            have = got[name]
            if text_only:
                # SQLite .import: every value is text and NULL arrives as the empty string.
                if want is None:
                    same = have == ""
                elif kind == "number":
                    same = have != "" and decimal.Decimal(have) == want
                elif kind == "integer":
                    same = have == str(want)
                else:
                    same = have == want
            elif approximate and kind == "number" and want is not None and have is not None:
                same = (math.isinf(have) and float(want) == have) or math.isclose(float(want), have, rel_tol=1e-15)
            elif kind == "number" and want is not None and have is not None:
                same = decimal.Decimal(str(have)) == want
            else:
                same = have == want
            if not same:
                problems += 1
                if problems <= 5:
                    fail(f"{engine} {table} {key_of(table, ref)!r} {name}: {str(have)[:60]!r} != JSONL {str(want)[:60]!r}")
    if problems == 0:
        ok(f"{engine} {table}: {len(loaded)} rows, every field equal to the JSONL")


# ---------------------------------------------------------------------------------------------------
# The tools


def check_jsonschema(out, schemas, reference):
    try:
        import jsonschema
    except ImportError:
        raise Missing("the Python module jsonschema is missing (pip install jsonschema)")
    for table in TABLES:
        with open(os.path.join(schemas, f"{table}.schema.json"), encoding="utf-8") as f:
            validator = jsonschema.Draft202012Validator(json.load(f))
        errors = 0
        with open(os.path.join(out, f"{table}.jsonl"), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                for error in validator.iter_errors(json.loads(line)):
                    errors += 1
                    fail(f"jsonschema {table}.jsonl:{number}: {error.message[:200]}")
        if errors == 0:
            ok(f"jsonschema {table}.jsonl: {len(reference[table])} lines valid")
    with open(os.path.join(schemas, "manifest.schema.json"), encoding="utf-8") as f:
        validator = jsonschema.Draft202012Validator(json.load(f))
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
        errors = list(validator.iter_errors(json.load(f)))
    for error in errors:
        fail(f"jsonschema manifest.json: {error.message[:200]}")
    if not errors:
        ok("jsonschema manifest.json valid")


def check_xmllint(out, schemas):
    xmllint = need("xmllint", "libxml2-utils")
    result = subprocess.run([xmllint, "--noout", "--nonet", "--huge", "--schema", os.path.join(schemas, "newsfacts.xsd"),
                             os.path.join(out, "newsfacts.xml")], capture_output=True, text=True)
    if result.returncode != 0:
        fail("xmllint --schema: " + result.stderr.strip()[:2000])
    else:
        ok("xmllint --schema newsfacts.xsd: " + result.stderr.strip())


def check_postgres(out, schemas, columns, reference):
    need("psql", "postgresql-client")
    initdb, pg_ctl = postgres_bin("initdb"), postgres_bin("pg_ctl")
    psql = shutil.which("psql")
    as_root = os.geteuid() == 0
    if as_root:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise Missing("running as root and there is no postgres user to run the server (apt-get install postgresql)")
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    base = tempfile.mkdtemp(prefix="newsfacts-pg-")
    data = os.path.join(base, "data")
    if as_root:
        shutil.chown(base, "postgres", "postgres")
    started = False
    try:
        subprocess.run(run_as + [initdb, "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                                 "--no-sync"], check=True, capture_output=True, text=True)
        # Only a Unix socket in the temporary folder: nothing listens on the network.
        subprocess.run(run_as + [pg_ctl, "-D", data, "-l", os.path.join(base, "log"), "-w", "-o",
                                 f"-k {base} -c listen_addresses='' -c fsync=off", "start"],
                       check=True, capture_output=True, text=True)
        started = True

        def sql(script):
            result = subprocess.run([psql, "-h", base, "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                                     "-X", "-q", "-At"], input=script, capture_output=True, text=True)
            if result.returncode != 0:
                raise RuntimeError(result.stderr.strip())
            return result.stdout

        def literal(path):
            return "'" + path.replace("'", "''") + "'"

        ddl = os.path.join(schemas, "postgres.sql")
        load = ["CREATE SCHEMA from_csv; CREATE SCHEMA from_jsonl;",
                f"SET search_path TO from_csv; \\i {ddl}", f"SET search_path TO from_jsonl; \\i {ddl}", "SET search_path TO public;"]
        for table in TABLES:
            path = os.path.join(out, f"{table}.csv")
            load.append(f"\\copy from_csv.{table} FROM {literal(path)} WITH (FORMAT csv, HEADER true)")
        for table in TABLES:
            # One JSON object per line into a text column: CSV mode with quote and delimiter bytes that the
            # JSONL never holds raw (JSON escapes every control character), so no byte is interpreted.
            path = os.path.join(out, f"{table}.jsonl")
            load.append(f"CREATE TEMP TABLE raw_{table} (line text);")
            load.append(f"\\copy raw_{table} FROM {literal(path)} WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')")
            load.append(f"INSERT INTO from_jsonl.{table} SELECT r.* FROM raw_{table}, "
                        f"jsonb_populate_record(NULL::from_jsonl.{table}, line::jsonb) AS r;")
        sql("\n".join(load) + "\n")
        ok("postgres: schemas/postgres.sql created the tables; \\copy loaded every CSV and JSONL")
        for source in ["from_csv", "from_jsonl"]:
            for table in TABLES:
                # Base64, because psql's printing drops some code points (U+10FFFF) that the table holds.
                encoded = sql(f"SELECT encode(convert_to(coalesce(json_agg(t), '[]')::text, 'UTF8'), 'base64') FROM {source}.{table} AS t;")
                text = base64.b64decode(encoded).decode("utf-8")
                rows = json.loads(text, parse_float=decimal.Decimal, parse_int=int)
                compare(f"postgres {source}", table, columns[table], reference[table], rows)
    except RuntimeError as error:
        fail(f"postgres: {error}"[:3000])
    except subprocess.CalledProcessError as error:
        fail(f"postgres: {' '.join(error.cmd)} failed: {error.stderr}"[:3000])
    finally:
        if started:
            subprocess.run(run_as + [pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def check_sqlite(out, columns, reference):
    sqlite = need("sqlite3", "sqlite3")
    base = tempfile.mkdtemp(prefix="newsfacts-sqlite-")
    try:
        db = os.path.join(base, "newsfacts.db")
        commands = "\n".join(f'.import --csv "{os.path.join(out, table + ".csv")}" {table}' for table in TABLES) + "\n"
        result = subprocess.run([sqlite, "-bail", db], input=commands, capture_output=True, text=True)
        if result.returncode != 0 or result.stderr.strip():
            fail("sqlite3 .import: " + result.stderr.strip()[:2000])
            return
        connection = sqlite3.connect(db)
        connection.row_factory = sqlite3.Row
        for table in TABLES:
            rows = [dict(row) for row in connection.execute(f'SELECT * FROM "{table}"')]
            compare("sqlite .import", table, columns[table], reference[table], rows, text_only=True)
        connection.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)


def check_duckdb(out, schemas, columns, reference):
    try:
        import duckdb
    except ImportError:
        raise Missing("the Python module duckdb is missing (pip install duckdb)")
    with open(os.path.join(schemas, "duckdb.sql"), encoding="utf-8") as f:
        ddl = f.read()
    for source in ["csv", "jsonl"]:
        connection = duckdb.connect()
        connection.execute(ddl)
        for table in TABLES:
            path = os.path.join(out, f"{table}.{source}").replace("'", "''")
            # The statements docs/outputs.md gives: COPY into the tables of duckdb.sql, which fix the types.
            if source == "csv":
                statement = f"COPY \"{table}\" FROM '{path}' (FORMAT csv, HEADER true, ALLOW_QUOTED_NULLS false, MAX_LINE_SIZE 100000000)"
            else:
                statement = f"COPY \"{table}\" FROM '{path}' (FORMAT json, MAXIMUM_OBJECT_SIZE 100000000)"
            try:
                connection.execute(statement)
            except Exception as error:  # duckdb raises its own error types
                fail(f"duckdb {source} {table}: {error}"[:2000])
                continue
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row)) for row in cursor.fetchall()]
            compare(f"duckdb COPY {source}", table, columns[table], reference[table], rows, approximate=True)
        connection.close()


def is_iso_day(text):
    try:
        return len(text) == 10 and datetime.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def check_libreoffice(out, columns, reference, require_cjk):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise Missing("LibreOffice is not installed (Debian: apt-get install libreoffice-calc-nogui)")
    base = tempfile.mkdtemp(prefix="newsfacts-lo-")
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    try:
        for name, excel in [("facts.csv", False), ("facts.excel.csv", True)]:
            source = os.path.join(out, name)
            if not os.path.exists(source):
                if excel:
                    continue
                fail(f"libreoffice: {name} is missing")
                continue
            # Copy to a plain name: soffice names its output after the input.
            stem = "excel" if excel else "plain"
            shutil.copy(source, os.path.join(base, stem + ".csv"))
            # CSV filter options: separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8), from line 1,
            # and every column imported as Text (format 2): otherwise Calc turns `80%` into 0.8 and ISO dates
            # into date cells, as a user importing with column type Text avoids (README, Excel).
            with open(source, encoding="utf-8-sig", newline="") as f:
                width = len(next(csv.reader(f)))
            formats = "/".join(f"{i}/2" for i in range(1, width + 1))
            result = subprocess.run([soffice, f"-env:UserInstallation=file://{base}/profile", "--headless",
                                     "--convert-to", "xlsx", f"--infilter=CSV:44,34,76,1,{formats}", "--outdir", base,
                                     os.path.join(base, stem + ".csv")], capture_output=True, text=True, timeout=300)
            xlsx = os.path.join(base, stem + ".xlsx")
            if result.returncode != 0 or not os.path.exists(xlsx):
                fail(f"libreoffice {name}: conversion failed: {result.stderr.strip()[:1000]}")
                continue
            with zipfile.ZipFile(xlsx) as z:
                strings = []
                if "xl/sharedStrings.xml" in z.namelist():
                    for item in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(main + "si"):
                        strings.append("".join(t.text or "" for t in item.iter(main + "t")))
                sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
            rows = []
            for row in sheet.iter(main + "row"):
                cells = {}
                for cell in row.findall(main + "c"):
                    column = "".join(ch for ch in cell.get("r") if ch.isalpha())
                    value = cell.find(main + "v")
                    text = value.text if value is not None else None
                    if cell.get("t") == "s" and text is not None:
                        text = strings[int(text)]
                    cells[column] = (cell.get("t"), text)
                rows.append(cells)
            records = reference["facts"]
            if len(rows) != len(records) + 1:
                fail(f"libreoffice {name}: {len(rows)} sheet rows for {len(records)} records and a header")
                continue
            checked = cjk = 0
            letters = [chr(ord("A") + i) if i < 26 else "A" + chr(ord("A") + i - 26) for i in range(len(columns["facts"]))]
            for record, row in zip(records, rows[1:]):
                for (column, kind), letter in zip(columns["facts"], letters):
                    want = record[column]
                    if kind != "string" or want is None:
                        continue
                    # Cells a spreadsheet cannot hold as they are: controls (written _xHHHH_ in xlsx),
                    # CR (Calc keeps LF only), more than 32767 characters (its cell limit).
                    if any(ord(ch) < 0x20 and ch not in "\t\n" or ord(ch) in (0xFFFE, 0xFFFF) or ch == "\r" for ch in want) \
                            or len(want) > 32767:
                        continue
                    if excel and want.startswith(TRIGGERS):
                        want = "'" + want
                    elif not excel and want.startswith(("=", "+", "-", "@")):
                        continue  # the plain CSV is not for spreadsheets: Calc evaluates =SUM(...) there
                    kind_of_cell, have = row.get(letter, (None, None))
                    if kind_of_cell not in ("s", "str", "inlineStr") and have is not None and is_iso_day(want):
                        # Calc (like Excel) turns an ISO day into a date: the serial number must be that day.
                        have = (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(have)))).isoformat()
                    checked += 1
                    if any("\u4e00" <= ch <= "\u9fff" for ch in want):
                        cjk += 1
                    if have != want:
                        fail(f"libreoffice {name} {record['id']!r} {column}: {str(have)[:60]!r} != {want[:60]!r}")
            if require_cjk and cjk == 0:
                fail(f"libreoffice {name}: no Chinese text to check")
            ok(f"libreoffice {name} -> xlsx: {len(records)} rows, {checked} text cells intact ({cjk} with Chinese)")
    finally:
        shutil.rmtree(base, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--schemas", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schemas"))
    parser.add_argument("--require-cjk", action="store_true", help="fail if the facts hold no Chinese text to check")
    args = parser.parse_args()
    out, schemas = os.path.abspath(args.output), os.path.abspath(args.schemas)
    try:
        columns = load_schemas(schemas)
        reference = {table: read_jsonl(os.path.join(out, f"{table}.jsonl")) for table in TABLES}
        ok("reference: " + ", ".join(f"{len(reference[t])} {t}" for t in TABLES) + " in the JSONL")
        check_jsonschema(out, schemas, reference)
        check_xmllint(out, schemas)
        check_postgres(out, schemas, columns, reference)
        check_sqlite(out, columns, reference)
        check_duckdb(out, schemas, columns, reference)
        check_libreoffice(out, columns, reference, args.require_cjk)
    except Missing as missing:
        print(f"MISSING: {missing}", file=sys.stderr, flush=True)
        return 3
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("all loaders agree with the JSONL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
