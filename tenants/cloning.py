"""
Copying a template schema into a new hub's schema.

django-tenants ships a general clone function (pg-clone-schema) that looks every table up in
information_schema; those views scan the catalog of every schema, so each hub made the next one
slower (0.9 s for the first of 20 bench hubs, 2.1 s for the last). The template holds only tables,
their identity sequences, indexes and constraints, so this copies exactly those, reading only the
template's own catalog rows: its cost depends on the template, not on how many hubs exist.

The copy is one SQL script, built once per process and template state from the template's catalog
(`clone_script`) and sent in one round trip with only the target schema's name in front of it: every
statement in it names the template's tables explicitly and the new ones unqualified, resolved through
the search path the script's header sets. Rows come from the template at the moment of the copy.

Index and constraint names are kept: later migrations drop and alter them by name.

Where the time goes (PostgreSQL 15): every btree index a new schema gets (about 350 with the TOAST
tables' own) is built through a path that fsyncs its file before the statement ends, so a copy costs
at least that many disk flushes; everything else (catalog rows, the ~800 rows of data) is small.
"""

from django.db import connection, transaction

TABLES = """
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = %s AND c.relkind = 'r' ORDER BY c.relname
"""
# Primary keys and unique constraints first (foreign keys need them).
CONSTRAINTS = """
    SELECT rel.relname, con.conname, con.contype, pg_get_constraintdef(con.oid)
    FROM pg_constraint con
    JOIN pg_class rel ON rel.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = rel.relnamespace
    WHERE n.nspname = %s AND con.contype IN ('p', 'u', 'x', 'f')
    ORDER BY con.contype = 'f', rel.relname, con.conname
"""
# Indexes of their own; those behind a primary key or unique constraint come with the constraint.
INDEXES = """
    SELECT pg_get_indexdef(i.indexrelid)
    FROM pg_index i
    JOIN pg_class idx ON idx.oid = i.indexrelid
    JOIN pg_namespace n ON n.oid = idx.relnamespace
    WHERE n.nspname = %s
      AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
    ORDER BY idx.relname
"""
IDENTITY_COLUMNS = """
    SELECT c.relname, a.attname, pg_get_serial_sequence(format('%%I.%%I', n.nspname, c.relname), a.attname)
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = %s AND c.relkind = 'r' AND a.attidentity <> '' AND NOT a.attisdropped
    ORDER BY c.relname, a.attname
"""
# What the script depends on: the template schema itself (a rebuilt template is a new schema) and
# its migration state (every change to its tables comes with a migration record).
STATE = """
    SELECT n.oid, (SELECT count(*) FROM {source}.django_migrations), (SELECT max(id) FROM {source}.django_migrations)
    FROM pg_namespace n WHERE n.nspname = %s
"""

_scripts = {}


def clone_schema(source, target):
    """Create schema `target` as a copy of `source`: structure, rows and sequence positions."""
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SHOW search_path")
        previous_search_path = cursor.fetchone()[0]
        try:
            body = clone_script(source)
            cursor.execute(f"CREATE SCHEMA {quote(target)};\nSET LOCAL search_path TO {quote(target)};\n{body}")
        finally:
            # SET LOCAL inside a savepoint lasts until the outer transaction ends; put back what
            # django-tenants believes is set.
            cursor.execute("SELECT set_config('search_path', %s, true)", [previous_search_path])


def clone_script(source):
    """The statements that copy `source` into the schema first on the search path, as one text.

    Kept per process for as long as the template's schema and migration state stay the same.
    """
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(STATE.format(source=quote(source)), [source])
        state = (source, *cursor.fetchone())
    script = _scripts.get(state)
    if script is None:
        _scripts.clear()
        script = _scripts[state] = _build_script(source)
    return script


def _build_script(source):
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SHOW search_path")
        previous_search_path = cursor.fetchone()[0]
        try:
            # Definitions read with only the template on the search path come back with
            # unqualified references between its tables, which then land in the new schema.
            cursor.execute(f"SET LOCAL search_path TO {quote(source)}")
            cursor.execute(TABLES, [source])
            tables = [row[0] for row in cursor.fetchall()]
            cursor.execute(CONSTRAINTS, [source])
            constraints = cursor.fetchall()
            cursor.execute(INDEXES, [source])
            index_definitions = [row[0] for row in cursor.fetchall()]
            cursor.execute(IDENTITY_COLUMNS, [source])
            identity_columns = cursor.fetchall()
            cursor.execute("SELECT quote_ident(%s)", [source])
            index_table_prefix = f" ON {cursor.fetchone()[0]}."
        finally:
            cursor.execute("SELECT set_config('search_path', %s, true)", [previous_search_path])

    script = []
    for table in tables:
        script.append(
            f"CREATE TABLE {quote(table)} (LIKE {quote(source)}.{quote(table)} INCLUDING DEFAULTS "
            "INCLUDING IDENTITY INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS)"
        )
        script.append(f"INSERT INTO {quote(table)} OVERRIDING SYSTEM VALUE SELECT * FROM {quote(source)}.{quote(table)}")
    for table, column, source_sequence in identity_columns:
        script.append(
            f"SELECT setval(pg_get_serial_sequence({_literal(quote(table))}, {_literal(column)}), last_value, is_called) "
            f"FROM {source_sequence}"
        )
    script += [
        f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}"
        for table, name, kind, definition in constraints
        if kind != "f"
    ]
    # Unqualified: the new table of that name, through the search path.
    script += [definition.replace(index_table_prefix, " ON ", 1) for definition in index_definitions]
    script += [
        f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}"
        for table, name, kind, definition in constraints
        if kind == "f"
    ]
    return ";\n".join(script)


def _literal(text):
    """A SQL string literal (for the one-script clone, which cannot take parameters)."""
    return "'" + text.replace("'", "''") + "'"
