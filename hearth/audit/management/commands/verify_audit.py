from django.core.management.base import BaseCommand, CommandError

from hearth.audit.services import verify


class Command(BaseCommand):
    help = "Check the audit log's hash chain: reports any entry altered, removed or reordered."

    def handle(self, *args, **options):
        result = verify()
        if result.ok:
            self.stdout.write(self.style.SUCCESS(f"Audit log intact: {result.checked} entries checked."))
            return
        for problem in result.problems:
            self.stderr.write(problem)
        raise CommandError(f"Audit log tampered with: {len(result.problems)} problem(s) in {result.checked} entries.")
