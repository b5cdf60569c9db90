"""Name normalisation and keys, shared by recording names and searching for them."""

import functools
import re

import jellyfish
from anyascii import anyascii

_NON_LETTERS = re.compile(r"[^a-z ]+")


def _ascii(name: str) -> str:
    """Lower-case ASCII: accents removed and letters Unicode does not decompose transliterated, so "Jagieło" is
    "jagielo", "Søren" "soren", "Straße" "strasse", "Đorđević" "dordevic" (anyascii; NFKD alone dropped ł, ø, ß)."""
    return anyascii(name or "").lower()


@functools.lru_cache(maxsize=65536)  # a search normalises every word of a few hundred candidate names; names repeat
def normalise(name: str) -> str:
    """Lower case, accents removed, hyphens and apostrophes dropped: "O'Brien-Smith" -> "obriensmith"."""
    text = _ascii(name).replace("-", " ").replace("'", "")
    return " ".join(_NON_LETTERS.sub("", text).split()).replace(" ", "")


def tokens(name: str) -> list[str]:
    """The words of a name, each normalised: "Mary-Jane O'Neill" -> ["mary", "jane", "oneill"]."""
    text = _ascii(name).replace("'", "")
    return [t for t in _NON_LETTERS.sub(" ", text.replace("-", " ")).split() if t]


def phonetic(token: str) -> str:
    return jellyfish.metaphone(token)[:40] if token else ""
