"""Write hearth/redaction/places_councils.txt: the council areas of the UK (its unitary authorities, metropolitan
districts, London boroughs, Scottish council areas, Northern Irish districts and two-tier counties), from ISO 3166-2:GB as
the pycountry package ships it (PyPI; the data is Debian's iso-codes, LGPL-2.1).

A council's area is where a family lives as surely as a town is ("moved to Kirklees", "placed in Calderdale"), and
several have no town of their name, so neither GeoNames' towns nor the hand-written lists held them. The detector reads
only the text file this writes, never the package: pycountry is not a product dependency. Names that are also given
names (Angus, Dudley, Devon) are left out, as `places_districts.txt` leaves them out. Run again only to refresh:

    .venv/bin/pip install pycountry==26.2.16 && .venv/bin/python scripts/make_places_councils.py
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "hearth" / "redaction" / "places_councils.txt"
# England, Scotland, Wales and Northern Ireland are not marked (not_names.txt), and neither are counties: a county is too
# wide to tell anyone where a family lives, and it names police forces and health trusts ("North Yorkshire Police")
NOT_AREAS = ("Country", "Nation", "Province", "Two-tier county")


def _plain(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.lower().replace(",", " ").split())


def _names(official: str) -> set[str]:
    """The ways an area is written: "Bristol, City of" -> "bristol", "city of bristol"; "Durham, County" -> "durham",
    "county durham"; "Aberdeen City" -> "aberdeen", "aberdeen city"; "Isle of Anglesey [Sir Ynys Môn GB-YNM]" -> also
    "sir ynys mon". Not a name of several words joined by "and" or a comma taken apart ("Kensington and Chelsea")."""
    welsh = re.search(r"\[([^\]]*?)(?:\s+GB-[A-Z]{3})?\]", official)
    name = re.sub(r"\s*\[.*\]", "", official)
    out = {name}
    if welsh:
        out.add(welsh.group(1))
    if m := re.fullmatch(r"(.+), (City of|County|The)", name):
        out = {m.group(1), f"{m.group(2)} {m.group(1)}"}
    if m := re.fullmatch(r"(.+) City", name):
        out.add(m.group(1))
    return {_plain(n).replace("st. ", "st ") for n in out}


def main() -> None:
    from hearth.redaction import gazetteer

    givens = gazetteer.given_names() | gazetteer.listed_given_names()
    areas = sorted({n for s in pycountry.subdivisions.get(country_code="GB") if s.type not in NOT_AREAS
                    for n in _names(s.name) if n not in givens and " " not in n})
    lines = [
        f"# Council areas of the UK from ISO 3166-2:GB, as shipped by the pycountry package {pycountry.__version__}",
        "# (Debian's iso-codes, LGPL-2.1): written by scripts/make_places_councils.py, not by hand. Lower case, accents",
        "# removed, one name a line. Names that are also given names (Angus, Dudley, Devon) are left out. Read as",
        "# places_districts.txt is: a place, unless a title or relationship word stands before it.",
        *areas,
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(areas)} names written to {OUT}")


if __name__ == "__main__":
    main()
