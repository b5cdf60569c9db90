"""Every form page about an existing person goes through the access gate: wrong unit, signed out, restricted."""

import pytest

from hearth.access.models import Restriction
from hearth.audit.models import AuditEvent
from hearth.people.models import Address, Person, PersonName, PersonWarning, Relationship

GOOD_POSTS = {
    "edit": {"given_name": "Augusta", "family_name": "Lovelace", "sex": "F", "ethnicity": "NOBT", "old_name": "previous"},
    "add-name": {"kind": "alias", "given_name": "Polly"},
    "add-address": {"line_1": "2 New Street", "postcode": "NE2 1AA"},
    "find-relative": {"q": "Mary"},
    "add-relationship": {"kind": "aunt_uncle", "lives_with": "no"},
    "add-relative": {"given_name": "Will", "family_name": "King", "sex": "M", "ethnicity": "NOBT", "rel-kind": "father",
                     "rel-lives_with": "no"},
    "add-warning": {"kind": "staff", "text": "Dog in the house"},
    "end-warning": {},
    "details": {},
}


def urls(world, child):
    warning = PersonWarning.objects.create(person=child, kind="staff", text="Dog in the house")
    p = child.pk
    return {
        "details": f"/people/{p}/details/",
        "edit": f"/people/{p}/edit/",
        "add-name": f"/people/{p}/names/new/",
        "add-address": f"/people/{p}/addresses/new/",
        "find-relative": f"/people/{p}/relationships/find/",
        "add-relationship": f"/people/{p}/relationships/new/{world.mother.pk}/",
        "add-relative": f"/people/{p}/relationships/new-person/",
        "add-warning": f"/people/{p}/warnings/new/",
        "end-warning": f"/people/{p}/warnings/{warning.pk}/end/",
    }


def state():
    return (list(Person.objects.values()), list(PersonName.objects.values()), list(Address.objects.values()),
            list(Relationship.objects.values()), list(PersonWarning.objects.values()))


@pytest.mark.django_db
def test_member_of_another_unit_is_asked_for_a_reason_and_nothing_is_written(client, world):
    pages = urls(world, world.ada)
    client.force_login(world.other)
    before = state()
    for name, url in pages.items():
        for method, data in (("get", None), ("post", GOOD_POSTS[name])):
            response = getattr(client, method)(url, data)
            assert response.status_code == 302, (name, method, response.status_code)
            assert response["Location"].startswith(f"/people/{world.ada.pk}/reason/?next="), (name, method)
            assert b"Lovelace" not in response.content
    assert state() == before
    # Nothing was read either: the gate logs a successful open only.
    assert not AuditEvent.objects.filter(actor=world.other, person_id=world.ada.pk).exists()


@pytest.mark.django_db
def test_signed_out_user_is_sent_to_sign_in(client, world):
    pages = urls(world, world.ada)
    before = state()
    for name, url in [*pages.items(), ("new", "/people/new/")]:
        for method, data in (("get", None), ("post", GOOD_POSTS.get(name, {}))):
            response = getattr(client, method)(url, data)
            assert response.status_code == 302 and response["Location"].startswith("/sign-in/"), (name, method)
    assert state() == before


@pytest.mark.django_db
def test_restricted_record_is_refused_even_to_its_unit(client, world):
    pages = urls(world, world.byron)
    Restriction.objects.create(person=world.byron, reason="Staff member's relative")
    client.force_login(world.sw)
    before = state()
    for name, url in pages.items():
        for method, data in (("get", None), ("post", GOOD_POSTS[name])):
            assert getattr(client, method)(url, data).status_code == 403, (name, method)
    assert state() == before


@pytest.mark.django_db
def test_with_a_reason_given_another_unit_may_use_the_forms_and_the_unit_sees_who(client, world):
    from hearth.access.services import open_with_reason

    open_with_reason(user=world.other, person=world.ada, reason="Ada's school moved to our area")
    client.force_login(world.other)
    response = client.post(f"/people/{world.ada.pk}/warnings/new/", GOOD_POSTS["add-warning"])
    assert response.status_code == 302
    row = AuditEvent.objects.get(action="add_warning", person_id=world.ada.pk)
    assert row.actor == world.other
    opened = AuditEvent.objects.filter(action="open_add_warning_form", person_id=world.ada.pk, actor=world.other).first()
    assert opened is not None and opened.detail["basis"] == "reason"
