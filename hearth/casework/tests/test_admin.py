"""The authority's casework settings in admin: every change audited; national values read-only; staff only."""

import pytest

from hearth.audit.models import AuditEvent
from hearth.casework.models import StepPolicy, TimescaleSetting
from hearth.casework.settings import timescale


@pytest.mark.django_db
def test_every_timescale_and_step_is_seeded_with_its_default():
    assert TimescaleSetting.objects.count() == 10
    icpc = TimescaleSetting.objects.get(key="icpc")
    assert (icpc.value, icpc.unit, icpc.national_value) == (15, "working_days", 15) and "Working Together" in icpc.source
    assert (timescale("cp_visit").value, timescale("drift").value, timescale("drift").unit) == (10, 90, "days")
    assert StepPolicy.objects.exists() and not StepPolicy.objects.filter(needs_second_person=True).exists()


@pytest.mark.django_db
def test_changing_a_timescale_in_admin_is_audited(admin_client_):
    row = TimescaleSetting.objects.get(key="cp_visit")
    url = f"/admin/casework/timescalesetting/{row.pk}/change/"
    assert admin_client_.get(url).status_code == 200
    response = admin_client_.post(url, {"value": 15, "unit": "working_days"})
    assert response.status_code == 302
    row.refresh_from_db()
    assert (row.value, row.national_value) == (15, 10)
    event = AuditEvent.objects.get(action="change_timescale")
    assert event.actor == admin_client_.admin and event.detail["before"]["value"] == 10 and event.detail["after"]["value"] == 15


@pytest.mark.django_db
def test_a_bad_timescale_is_refused_and_nothing_changes(admin_client_):
    row = TimescaleSetting.objects.get(key="icpc")
    response = admin_client_.post(f"/admin/casework/timescalesetting/{row.pk}/change/", {"value": 0, "unit": "working_days"})
    assert response.status_code == 200 and "Enter a number from 1 to 366" in response.content.decode()
    row.refresh_from_db()
    assert row.value == 15 and not AuditEvent.objects.filter(action="change_timescale").exists()


@pytest.mark.django_db
def test_changing_a_step_policy_in_admin_is_audited(admin_client_):
    policy = StepPolicy.objects.get(step="authorise_assessment")
    response = admin_client_.post(f"/admin/casework/steppolicy/{policy.pk}/change/", {"needs_second_person": "on"})
    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.needs_second_person
    assert AuditEvent.objects.filter(action="change_step_policy", object_id=str(policy.pk)).exists()


@pytest.mark.django_db
def test_unit_staff_cannot_change_settings(client, world):
    client.force_login(world.csw)
    row = TimescaleSetting.objects.get(key="icpc")
    response = client.post(f"/admin/casework/timescalesetting/{row.pk}/change/", {"value": 1, "unit": "days"})
    assert response.status_code in (302, 403)
    row.refresh_from_db()
    assert row.value == 15
