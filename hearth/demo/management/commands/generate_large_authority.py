"""Generate a large synthetic authority for load tests (the demo generator, scaled)."""

import datetime as dt
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from hearth.demo.generate import conflicting_usernames, flush_domain_data, generate, large_spec, summary
from hearth.people.models import Person
from hearth.units.models import Authority


class Command(BaseCommand):
    help = "Generate a large synthetic local authority (default 50,000 children) for performance testing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--children", type=int, default=50_000, help="How many children (default 50000)")
        parser.add_argument("--flush-first", action="store_true",
                            help="Delete all existing staff, units, people and cases first (the audit log stays)")
        parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                            help="Pretend the load happens on this date (YYYY-MM-DD); default today")

    def handle(self, *args, children: int, flush_first: bool, today: dt.date | None = None, **options) -> None:
        if children < 1:
            raise CommandError("--children must be at least 1")
        started = time.perf_counter()
        if flush_first:
            flush_domain_data()
            self.stdout.write(f"Flushed existing data in {time.perf_counter() - started:.1f}s.")
        elif Authority.objects.exists() or Person.objects.exists():
            raise CommandError("The database already holds data: pass --flush-first to replace it.")
        elif conflicting_usernames():
            raise CommandError("Demo usernames already exist: pass --flush-first to replace them.")

        def progress(message: str) -> None:
            self.stdout.write(f"  {message} ({time.perf_counter() - started:.0f}s)")

        result = generate(large_spec(children), today=today, action="generate_large_authority", progress=progress)
        for line in summary(result):
            self.stdout.write(line)
        if connection.vendor == "postgresql":
            # Fresh statistics after a bulk load, as autovacuum would gather them in production.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(f"\nDone in {time.perf_counter() - started:.1f}s.")
