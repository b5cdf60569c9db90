"""Write hearth/redaction/names_never_lower.txt: the given names of the detector's lists that English never writes in
lower case as a word of its own ("liam", "gavin", "donna"), unlike "summer", "mason", "terry" or "lee", which are words.

The words of English are Debian's wbritish and wamerican word lists (/usr/share/dict/british-english and
american-english, from SCOWL; copyright Kevin Atkinson and others, under a permissive licence), which keep proper nouns
capitalised and ordinary words in lower case. The detector reads only the text file this writes, never the lists, so
they are no dependency of Hearth. Run again whenever names_extra.txt or the name lists change:

    apt-get install wbritish wamerican && .venv/bin/python scripts/make_names_never_lower.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "hearth" / "redaction" / "names_never_lower.txt"
LEXICONS = (Path("/usr/share/dict/british-english"), Path("/usr/share/dict/american-english"))


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hearth.settings")
    from hearth.redaction import gazetteer

    words = {w for lexicon in LEXICONS for w in lexicon.read_text(encoding="utf-8").split() if w.islower()}
    excluded = words | gazetteer.common_words() | gazetteer.not_names() | gazetteer.community_kin()
    names = sorted(n for n in gazetteer.listed_given_names() if n.isalpha() and len(n) >= 3 and n not in excluded)
    lines = [
        "# Given names that English never writes in lower case as a word (SCOWL's word lists, as Debian ships them in",
        "# wbritish and wamerican, hold them only capitalised, or not at all): written by scripts/make_names_never_lower.py,",
        "# not by hand. In someone's own lower-case words, one of these between English words is a person ('tell liam').",
        *names,
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main()
