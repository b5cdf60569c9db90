"""Switching the audit log's append-only guard off and on: for test-database teardown and tamper tests only."""

from importlib import import_module

from django.db import connection

_migration = import_module("hearth.audit.migrations.0002_append_only")


def disable_guard() -> None:
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER USER")
        else:
            for sql in _migration.SQLITE_BACKWARD:
                cur.execute(sql)


def enable_guard() -> None:
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER USER")
        else:
            for sql in _migration.SQLITE_BACKWARD + _migration.SQLITE_FORWARD:
                cur.execute(sql)
