"""The merge and undo pages: both records must be openable by the worker; bad input is explained."""

import datetime as dt
import re

import pytest

from hearth.access.models import Restriction
from hearth.audit.models import AuditEvent
from hearth.matching.models import PersonMerge
from hearth.people import services as people_services
from hearth.people.models import RelationshipKind


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.fixture
def dup(world):
    """A second record of Ada, a sister of Byron (so the unit holding Byron may open it)."""
    person = people_services.create_person(actor=None, given_name="Addie", family_name="Lovelace",
                                           date_of_birth=dt.date(2015, 3, 12), sex="F")
    people_services.add_relationship(actor=None, from_person=person, to_person=world.byron,
                                     kind=RelationshipKind.SIBLING)
    return person


@pytest.mark.django_db
def test_worker_compares_then_merges(client, world, dup):
    client.force_login(world.csw)
    url = f"/people/{world.ada.pk}/merge/"
    page = client.get(url)
    assert page.status_code == 200 and "Merge a duplicate into this record" in text(page)
    compare = client.post(url, {"duplicate": dup.pk, "reason": "Referral used her nickname"})
    assert compare.status_code == 200
    body = text(compare)
    assert "The two records side by side" in body and "Addie Lovelace" in body and "Ada Lovelace" in body
    assert not PersonMerge.objects.exists()  # comparing changes nothing
    done = client.post(url, {"duplicate": dup.pk, "reason": "Referral used her nickname", "confirm": "yes"})
    assert done.status_code == 302 and done["Location"] == f"/people/{world.ada.pk}/"
    merge = PersonMerge.objects.get()
    assert (merge.keep, merge.duplicate, merge.merged_by) == (world.ada, dup, world.csw)
    assert AuditEvent.objects.filter(action="open_for_merge", person_id=dup.pk, actor_id=world.csw.pk).exists()
    listing = client.get(url)
    assert f"/merges/{merge.pk}/undo/" in text(listing)


@pytest.mark.django_db
def test_bad_input_is_explained(client, world, dup):
    client.force_login(world.csw)
    url = f"/people/{world.ada.pk}/merge/"
    empty = text(client.post(url, {"duplicate": "", "reason": ""}))
    assert "There is a problem" in empty
    assert "Enter the record number of the duplicate" in empty and "Enter why these two records are the same person" in empty
    assert "Record number must be a number, like 1234" in text(client.post(url, {"duplicate": "abc", "reason": "x"}))
    assert "There is no record with this number" in text(client.post(url, {"duplicate": 999999, "reason": "Same"}))
    same = text(client.post(url, {"duplicate": world.ada.pk, "reason": "Same", "confirm": "yes"}))
    assert "this is the record you are on" in same
    open_case = text(client.post(url, {"duplicate": world.byron.pk, "reason": "Same", "confirm": "yes"}))
    assert "Both records have an open case" in open_case
    assert not PersonMerge.objects.exists()


@pytest.mark.django_db
def test_worker_cannot_merge_a_record_they_cannot_open(client, world, dup):
    client.force_login(world.csw)
    url = f"/people/{world.ada.pk}/merge/"
    other_unit = text(client.post(url, {"duplicate": world.zed.pk, "reason": "Same", "confirm": "yes"}))
    assert "You cannot open this record yet" in other_unit
    Restriction.objects.create(person=dup, reason="Relative of staff")
    restricted = text(client.post(url, {"duplicate": dup.pk, "reason": "Same", "confirm": "yes"}))
    assert "This record is restricted" in restricted and "Addie" not in restricted
    assert not PersonMerge.objects.exists()


@pytest.mark.django_db
def test_member_of_another_unit_or_signed_out_user_cannot_merge_or_undo(client, world, dup):
    from hearth.matching.services import merge_people

    merge = merge_people(actor=world.csw, keep=world.ada, duplicate=dup, reason="Same child")
    signed_out = client.post(f"/merges/{merge.pk}/undo/", {"reason": "Not the same"})
    assert signed_out.status_code == 302 and signed_out["Location"].startswith("/sign-in/")
    client.force_login(world.other)
    page = client.get(f"/people/{world.ada.pk}/merge/")
    assert page.status_code == 302 and "/reason/" in page["Location"]
    undo = client.post(f"/merges/{merge.pk}/undo/", {"reason": "Not the same"})
    assert undo.status_code == 302 and "/reason/" in undo["Location"]
    merge.refresh_from_db()
    assert not merge.is_undone


@pytest.mark.django_db
def test_worker_undoes_a_merge(client, world, dup):
    from hearth.matching.services import merge_people

    merge = merge_people(actor=world.csw, keep=world.ada, duplicate=dup, reason="Same child")
    client.force_login(world.csw)
    url = f"/merges/{merge.pk}/undo/"
    page = client.get(url)
    assert page.status_code == 200 and "Undo a merge" in text(page) and "Same child" in text(page)
    missing = text(client.post(url, {"reason": ""}))
    assert "Enter why the merge is being undone" in missing
    done = client.post(url, {"reason": "They are twins"})
    assert done.status_code == 302
    merge.refresh_from_db()
    assert merge.is_undone and merge.undo_reason == "They are twins"
    assert "This merge was undone" in text(client.get(url))
