"""The adoption pages: who may see them (need to know), every read and write audited, GOV.UK errors."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from hearth.adoption.models import Household
from hearth.audit.models import AuditEvent
from hearth.people.models import Person

pytestmark = pytest.mark.django_db


def urls(h):
    return [reverse("adoption:households"), reverse("adoption:new"), reverse("adoption:household", kwargs={"pk": h.pk}),
            reverse("adoption:add-adopter", kwargs={"pk": h.pk}),
            reverse("adoption:change-adopter", kwargs={"pk": h.pk, "person_pk": h.adopters.first().person_id}),
            reverse("adoption:step", kwargs={"pk": h.pk, "slug": "stage-2-started"}),
            reverse("adoption:step", kwargs={"pk": h.pk, "slug": "matched"})]


def test_the_unit_and_its_head_of_service_see_the_household_and_each_read_is_audited(client, world, reids):
    for user in (world.sw, world.hos):
        client.force_login(user)
        page = client.get(reverse("adoption:households")).content.decode()
        assert "Jo Reid and Kim Reid" in page and "Approved" in page
        before = AuditEvent.objects.filter(action="view_adopter_household", actor=user).count()
        page = client.get(reverse("adoption:household", kwargs={"pk": reids.pk})).content.decode()
        assert "Application approved" in page and "Stage 1 started" in page and "Hearing" in page
        reads = AuditEvent.objects.filter(action="view_adopter_household", actor=user)
        assert reads.count() == before + 2  # one row for each adopter's record
        assert set(reads.values_list("person_id", flat=True)) == set(reids.adopters.values_list("person_id", flat=True))


def test_a_member_of_another_unit_and_a_stranger_are_refused_and_nothing_is_written(client, world, reids):
    for user in (world.other, world.outsider):
        client.force_login(user)
        for url in urls(reids):
            assert client.get(url).status_code == 403, url
            assert client.post(url, {"on-day": "1", "on-month": "6", "on-year": "2025"}).status_code == 403, url
        assert AuditEvent.objects.filter(actor=user, action__startswith="refused_adopter").exists()
    reids.refresh_from_db()
    assert reids.stage2_started_on == dt.date(2025, 5, 12)
    assert not AuditEvent.objects.filter(action__in=["view_adopter_household", "view_adopter_households"],
                                         actor__in=[world.other, world.outsider]).exists()


def test_a_signed_out_user_is_sent_to_sign_in(client, world, reids):
    for url in urls(reids):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/sign-in/")


def test_the_adoption_team_permission_sees_every_household(client, world, reids):
    world.outsider.user_permissions.add(Permission.objects.get(codename="work_with_adopters"))
    client.force_login(world.outsider)
    assert client.get(reverse("adoption:household", kwargs={"pk": reids.pk})).status_code == 200
    assert "Jo Reid" in client.get(reverse("adoption:households")).content.decode()


def test_a_bad_date_shows_the_error_summary_and_writes_nothing(client, world, reids):
    client.force_login(world.sw)
    url = reverse("adoption:step", kwargs={"pk": reids.pk, "slug": "stage-2-ended"})
    page = client.post(url, {"on-day": "1", "on-month": "1", "on-year": "2025"}).content.decode()
    assert "There is a problem" in page and "on or after stage 2 started (12 May 2025)" in page
    page = client.post(url, {"on-day": "31", "on-month": "2", "on-year": "2025"}).content.decode()
    assert "The date must be a real date" in page
    reids.refresh_from_db()
    assert reids.stage2_ended_on == dt.date(2025, 9, 10)


def test_adding_a_household_and_recording_a_step_through_the_pages(client, world, reids):
    client.force_login(world.sw)
    response = client.post(reverse("adoption:new"), {
        "unit": world.unit_a.pk, "enquiry_on-day": "3", "enquiry_on-month": "11", "enquiry_on-year": "2025",
        "given_name": "Pat", "family_name": "Okafor", "date_of_birth-day": "2", "date_of_birth-month": "2",
        "date_of_birth-year": "1980", "sex": "M", "ethnicity": "BAFR"})
    h = Household.objects.get(adopters__person__given_name="Pat")
    assert response.status_code == 302 and response["Location"] == reverse("adoption:household", kwargs={"pk": h.pk})
    response = client.post(reverse("adoption:step", kwargs={"pk": h.pk, "slug": "left"}), {
        "left_on-day": "10", "left_on-month": "11", "left_on-year": "2025", "reason": "withdrew"})
    h.refresh_from_db()
    assert response.status_code == 302 and h.left_on == dt.date(2025, 11, 10) and h.leaving_reason == "withdrew"
    page = client.post(reverse("adoption:new"), {"unit": world.unit_a.pk}).content.decode()
    assert "Enter the date of the enquiry" in page and "Enter a first name" in page and "date of birth" in page
    assert Person.objects.filter(given_name="Pat").count() == 1


def test_a_match_recorded_on_the_page_is_the_childs_adoption_stage(client, world, reids):
    from hearth.looked_after import services as looked_after
    from hearth.looked_after.models import AdoptionStage

    looked_after.record_adoption_stage(actor=world.sw, child=world.ada, stage="decision", on=dt.date(2025, 6, 1))
    client.force_login(world.sw)
    url = reverse("adoption:step", kwargs={"pk": reids.pk, "slug": "matched"})
    assert "Ada Lovelace" in client.get(url).content.decode()  # offered: a live adoption decision, no match yet
    response = client.post(url, {"child": world.ada.pk, "on-day": "1", "on-month": "10", "on-year": "2025"})
    assert response.status_code == 302
    stage = AdoptionStage.objects.get(child=world.ada, stage="matched")
    assert stage.on == dt.date(2025, 10, 1) and stage.household_link.household_id == reids.pk
    assert "Ada Lovelace" not in client.get(url).content.decode()  # matched now: no longer offered
    page = client.get(reverse("adoption:household", kwargs={"pk": reids.pk})).content.decode()
    assert "Matched with adopters" in page and "Matched" in page
    placed = client.get(reverse("adoption:step", kwargs={"pk": reids.pk, "slug": "placed"})).content.decode()
    assert "Ada Lovelace" in placed  # the placement offers the children matched with this household
    ordered = client.get(reverse("adoption:step", kwargs={"pk": reids.pk, "slug": "adoption-order"})).content.decode()
    assert "Ada Lovelace" not in ordered  # not placed yet
    response = client.post(reverse("adoption:step", kwargs={"pk": reids.pk, "slug": "fostering-for-adoption"}), {"fostering": "yes"})
    reids.refresh_from_db()
    assert response.status_code == 302 and reids.fostering_for_adoption


def test_correcting_an_adopters_record_changes_the_person_that_list_11_reads(client, world, reids):
    from hearth.returns import annex_a

    kim = reids.adopters.get(person__given_name="Kim").person
    client.force_login(world.sw)
    url = reverse("adoption:change-adopter", kwargs={"pk": reids.pk, "person_pk": kim.pk})
    data = {"given_name": "Kim", "family_name": "Reid", "date_of_birth-day": "20", "date_of_birth-month": "9",
            "date_of_birth-year": "1984", "sex": "M", "ethnicity": "BAFR", "disabilities": ["VIS"]}
    assert client.post(url, {**data, "given_name": "Kym"}).status_code == 200  # a new name: say what happened to the old
    response = client.post(url, data)
    assert response.status_code == 302
    kim.refresh_from_db()
    assert kim.ethnicity == "BAFR" and list(kim.disabilities.values_list("code", flat=True)) == ["VIS"]
    assert AuditEvent.objects.filter(action="change_adopter", person_id=kim.pk).exists()
    row = {r[0]: r for r in annex_a.build(dt.date.today())[10].rows}[str(kim.pk)]
    assert (row[3], row[4]) == ("African", "Y")
    assert client.get(reverse("adoption:change-adopter", kwargs={"pk": reids.pk, "person_pk": world.ada.pk})).status_code == 404


def test_the_list_is_paged_in_a_fixed_number_of_queries(client, world, reids, django_assert_max_num_queries):
    from hearth.adoption import selectors
    from hearth.adoption.tests.conftest import household

    for _ in range(selectors.PER_PAGE):
        household(world, approved=False, second=False)
    client.force_login(world.sw)
    with django_assert_max_num_queries(20):
        page = client.get(reverse("adoption:households")).content.decode()
    assert page.count('data-label="Adopters"') == selectors.PER_PAGE and "?page=2" in page
    page = client.get(reverse("adoption:households") + "?page=2").content.decode()
    assert page.count('data-label="Adopters"') == 1 and "?page=1" in page


def test_who_may_see_a_household_opens_its_adopters_records_and_nobody_else_does_without_a_reason(client, world, reids):
    from hearth.access.services import decide

    jo = reids.adopters.get(person__given_name="Jo").person
    assert decide(world.outsider, jo).needs_reason  # no household of theirs: a reason first, as before
    assert decide(world.other, jo).needs_reason  # another unit's member
    world.outsider.user_permissions.add(Permission.objects.get(codename="work_with_adopters"))
    team = type(world.outsider).objects.get(pk=world.outsider.pk)  # permissions are cached on the user object
    assert decide(team, jo).allowed and decide(team, jo).basis == "adoption"
    client.force_login(team)
    assert client.get(reverse("people:detail", kwargs={"pk": jo.pk})).status_code == 200
    assert AuditEvent.objects.filter(actor=team, person_id=jo.pk, action__startswith="view_", detail__basis="adoption").exists()


def test_the_household_page_reads_every_adopters_disabilities_in_one_query(client, world, reids):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hearth.people.models import PersonDisability

    PersonDisability.objects.create(person=reids.adopters.last().person, code="HEAR")  # both adopters have one now
    client.force_login(world.sw)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("adoption:household", kwargs={"pk": reids.pk}))
    assert page.status_code == 200 and page.content.decode().count("Hearing") == 2
    assert sum("people_persondisability" in q["sql"] for q in queries.captured_queries) == 1


def test_children_to_match_are_need_to_know_and_matching_opens_the_child_through_the_gate(client, world, reids):
    """The unit working with a household matches only the children its units hold; the adoption team, who find
    families, open any child with a live adoption decision without a reason, and nobody else does."""
    from hearth.access.services import decide
    from hearth.adoption.tests.conftest import household
    from hearth.looked_after import services as looked_after

    looked_after.record_adoption_stage(actor=world.sw, child=world.ada, stage="decision", on=dt.date(2025, 6, 1))
    theirs = household(world, unit=world.unit_b)  # a household another unit works with
    client.force_login(world.other)
    url = reverse("adoption:step", kwargs={"pk": theirs.pk, "slug": "matched"})
    assert "Ada Lovelace" not in client.get(url).content.decode()  # not a child of their unit
    assert decide(world.other, world.ada).needs_reason and decide(world.outsider, world.zed).needs_reason
    world.outsider.user_permissions.add(Permission.objects.get(codename="work_with_adopters"))
    team = type(world.outsider).objects.get(pk=world.outsider.pk)
    assert decide(team, world.ada).basis == "adoption"  # finding Ada a family
    assert decide(team, world.byron).needs_reason  # no adoption plan: a reason, as for anyone
    client.force_login(team)
    assert "Ada Lovelace" in client.get(url).content.decode()
    before = AuditEvent.objects.count()
    response = client.post(url, {"child": world.ada.pk, "on-day": "1", "on-month": "10", "on-year": "2025"})
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="open_for_adoption", actor=team, person_id=world.ada.pk).exists()
    assert AuditEvent.objects.count() > before
