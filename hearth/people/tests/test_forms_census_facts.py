"""Why a child has no UPN, a former UPN and a date of death: each recorded once on its own page."""

import pytest

from hearth.audit.models import AuditEvent


@pytest.fixture
def sw(client, world):
    client.force_login(world.sw)
    return client


@pytest.mark.django_db
def test_school_identifiers_are_saved_and_audited(sw, world):
    url = f"/people/{world.ada.pk}/school-identifiers/"
    assert sw.get(url).status_code == 200
    response = sw.post(url, {"upn_unknown_reason": "UN3", "former_upn": "b801200005001"})
    assert response.status_code == 302 and response["Location"] == f"/people/{world.ada.pk}/details/"
    world.ada.refresh_from_db()
    assert (world.ada.upn_unknown_reason, world.ada.former_upn) == ("UN3", "B801200005001")
    assert AuditEvent.objects.filter(person_id=world.ada.pk, action="record_school_identifiers").exists()
    assert "Educated outside England" in sw.get(f"/people/{world.ada.pk}/details/").content.decode()


@pytest.mark.django_db
def test_a_wrong_former_upn_is_explained_and_nothing_is_saved(sw, world):
    page = sw.post(f"/people/{world.ada.pk}/school-identifiers/", {"upn_unknown_reason": "UN3", "former_upn": "A801200005001"})
    assert page.status_code == 200
    assert "Former unique pupil number is not valid: the check letter does not match" in page.content.decode()
    world.ada.refresh_from_db()
    assert world.ada.upn_unknown_reason == ""


@pytest.mark.django_db
def test_date_of_death_in_the_future_is_refused_and_a_real_one_recorded(sw, world):
    url = f"/people/{world.mother.pk}/death/"
    page = sw.post(url, {"died_on-day": "1", "died_on-month": "1", "died_on-year": "2099"}).content.decode()
    assert "Date of death must be today or in the past" in page
    world.mother.refresh_from_db()
    assert world.mother.date_of_death is None
    assert sw.post(url, {"died_on-day": "4", "died_on-month": "2", "died_on-year": "2025"}).status_code == 302
    world.mother.refresh_from_db()
    assert str(world.mother.date_of_death) == "2025-02-04"


@pytest.mark.django_db
def test_staff_of_another_unit_are_asked_for_a_reason_and_change_nothing(client, world):
    client.force_login(world.other)
    response = client.post(f"/people/{world.ada.pk}/death/", {"died_on-day": "4", "died_on-month": "2", "died_on-year": "2025"})
    assert "/reason/" in response["Location"]
    world.ada.refresh_from_db()
    assert world.ada.date_of_death is None
