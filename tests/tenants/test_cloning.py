"""A hub cloned from the template is the template, object for object, under the same names."""

from django.db import connection

from tenants.cloning import clone_schema
from tenants.provisioning import template_schema_name

CATALOG = {
    "columns": """
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
               pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON (d.adrelid = a.attrelid AND d.adnum = a.attnum)
        WHERE n.nspname = %s AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
    """,
    "constraints": """
        SELECT rel.relname, con.conname, con.contype, pg_get_constraintdef(con.oid), con.condeferrable
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
        WHERE n.nspname = %s
    """,
    # A partial index's predicate comes back from PostgreSQL's parser in an equivalent but
    # differently written form (array casts), so for those the definition up to WHERE is compared.
    "indexes": """
        SELECT idx.relname, i.indisunique, i.indpred IS NOT NULL,
               split_part(replace(pg_get_indexdef(i.indexrelid), quote_ident(n.nspname) || '.', ''), ' WHERE ', 1)
        FROM pg_index i JOIN pg_class idx ON idx.oid = i.indexrelid JOIN pg_namespace n ON n.oid = idx.relnamespace
        WHERE n.nspname = %s
    """,
}


def catalog(schema):
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL search_path TO {connection.ops.quote_name(schema)}")
        snapshot = {}
        for name, query in CATALOG.items():
            cursor.execute(query, [schema])
            snapshot[name] = sorted(cursor.fetchall(), key=repr)
        cursor.execute("SET LOCAL search_path TO public")
    return snapshot


def row_counts(schema):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relkind = 'r'",
            [schema],
        )
        counts = {}
        for (table,) in cursor.fetchall():
            cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(schema)}.{connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def next_ids(schema):
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
               JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = %s AND c.relkind = 'r' AND a.attidentity <> ''""",
            [schema],
        )
        positions = {}
        for table, column in cursor.fetchall():
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [f"{schema}.{table}", column])
            cursor.execute(f"SELECT last_value, is_called FROM {cursor.fetchone()[0]}")
            positions[(table, column)] = cursor.fetchone()
    return positions


def test_a_clone_has_the_templates_tables_constraints_indexes_rows_and_sequence_positions():
    template = template_schema_name()

    clone_schema(template, "clone_check")

    assert catalog("clone_check") == catalog(template)
    assert row_counts("clone_check") == row_counts(template)
    assert next_ids("clone_check") == next_ids(template)


def test_cloning_keeps_the_connections_search_path():
    with connection.cursor() as cursor:
        cursor.execute("SHOW search_path")
        before = cursor.fetchone()[0]
        clone_schema(template_schema_name(), "clone_path_check")
        cursor.execute("SHOW search_path")
        assert cursor.fetchone()[0] == before
