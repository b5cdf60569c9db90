"""Write Ofsted's Annex A lists 1 to 11 for an inspection date as one .xlsx workbook."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from hearth.returns.management.commands._produce import produce


class Command(BaseCommand):
    help = "Write Ofsted's Annex A workbook for an inspection date (--date YYYY-MM-DD, default today)."

    def add_arguments(self, parser):
        parser.add_argument("--date", default=None, help="the inspection date, YYYY-MM-DD; default today")
        parser.add_argument("--out", default=None, help="the file to write; default Annex_A_<date>.xlsx")

    def handle(self, *args, date=None, out=None, **options):
        produce(self, "annex-a", date or timezone.localdate().isoformat(), out)
