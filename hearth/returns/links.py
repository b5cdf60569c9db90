"""Where in Hearth each finding is fixed: the page of the child's record that holds the field."""

from __future__ import annotations

from django.urls import reverse

PAGES = {
    "identity": ("people:edit", {}, ""),
    "school": ("people:school-identifiers", {}, ""),
    "death": ("people:record-death", {}, ""),
    "statutory": ("people:detail", {}, "#statutory-heading"),
    "need": ("casework:step", {"slug": "primary-need"}, ""),
    "care": ("looked_after:care", {}, ""),
}


def fix_url(fix: str, person_id: int | None) -> str:
    if person_id is None or fix not in PAGES:
        return ""
    name, kwargs, anchor = PAGES[fix]
    return reverse(name, kwargs={"pk": person_id, **kwargs}) + anchor


LABELS = {"identity": "Change the child's details", "school": "Change school identifiers", "death": "Record the date of death",
          "statutory": "Statutory work", "need": "Record the primary need", "care": "Open the Care page"}
