"""Write the Children in Need census XML for a collection year, checked against the schema and the DfE rules."""

from django.core.management.base import BaseCommand

from hearth.returns.cin_census import latest_year
from hearth.returns.management.commands._produce import produce


class Command(BaseCommand):
    help = "Write the CIN census XML for a collection year (e.g. --year 2026 for April 2025 to March 2026) and print its findings."

    def add_arguments(self, parser):
        parser.add_argument("--year", default=None, help="the year the collection ends (31 March); default the last ended")
        parser.add_argument("--out", default=None, help="the file to write; default CIN_census_<years>.xml")

    def handle(self, *args, year=None, out=None, **options):
        produce(self, "cin-census", str(year or latest_year()), out)
