"""Previous/next paging that reads one row more than a page instead of counting every row first.

The child's chronology only ever offers "Previous" and "Next", so it has no use for a total; not counting saves a
query on the most visited page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PeekPage:
    object_list: list
    number: int
    _more: bool

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    def has_next(self) -> bool:
        return self._more

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next() or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def peek_page(queryset, page: str | int | None, per_page: int) -> PeekPage:
    """Page `page` (1-based; anything that is not a positive whole number means the first page)."""
    try:
        number = max(1, int(page or 1))
    except (TypeError, ValueError):
        number = 1
    start = (number - 1) * per_page
    rows = list(queryset[start:start + per_page + 1])
    return PeekPage(rows[:per_page], number, len(rows) > per_page)
