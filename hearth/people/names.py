"""Name normalisation and keys, shared by recording names and searching for them."""

import re
import unicodedata

import jellyfish

_NON_LETTERS = re.compile(r"[^a-z ]+")


def normalise(name: str) -> str:
    """Lower case, accents removed, hyphens and apostrophes dropped: "O'Brien-Smith" -> "obriensmith"."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    text = text.replace("-", " ").replace("'", "")
    return " ".join(_NON_LETTERS.sub("", text).split()).replace(" ", "")


def tokens(name: str) -> list[str]:
    """The words of a name, each normalised: "Mary-Jane O'Neill" -> ["mary", "jane", "oneill"]."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    text = text.replace("'", "")
    return [t for t in _NON_LETTERS.sub(" ", text.replace("-", " ")).split() if t]


def phonetic(token: str) -> str:
    return jellyfish.metaphone(token)[:40] if token else ""
