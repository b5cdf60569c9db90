"""Load the small synthetic demo authority. Running it again changes nothing."""

import datetime as dt
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hearth.demo.generate import (
    DEMO_PASSWORD,
    DEMO_SPEC,
    FIXED_USERNAMES,
    OTHER_DEMO_LOGINS,
    conflicting_usernames,
    generate,
    summary,
)
from hearth.units.models import Authority


class Command(BaseCommand):
    help = "Load a synthetic local authority (staff, units, families, cases) for demonstrations. Idempotent."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                            help="Pretend the load happens on this date (YYYY-MM-DD); default today")

    def handle(self, *args, today: dt.date | None = None, **options) -> None:
        if Authority.objects.filter(name=DEMO_SPEC.authority_name).exists():
            self.stdout.write(f"The demo authority ({DEMO_SPEC.authority_name}) is already loaded: nothing changed.")
            logins = ", ".join(FIXED_USERNAMES + OTHER_DEMO_LOGINS)
            self.stdout.write(f"Demo logins: {logins} (password: {DEMO_PASSWORD}; API key and roles: see the README)")
            return
        other = Authority.objects.first()
        if other is not None:
            raise CommandError(f"This database already holds another authority ({other.name}); use an empty one.")
        clashes = conflicting_usernames()
        if clashes:
            raise CommandError(f"These usernames already exist and the demo needs them: {', '.join(clashes)}")
        started = time.perf_counter()
        result = generate(DEMO_SPEC, today=today, action="load_demo")
        for line in summary(result):
            self.stdout.write(line)
        self.stdout.write(f"\nDone in {time.perf_counter() - started:.1f}s.")
