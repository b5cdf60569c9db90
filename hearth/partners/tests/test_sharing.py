import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.partners import services
from hearth.partners.models import InformationShare

TODAY = timezone.localdate


def shared_entries(person):
    return ChronologyEntry.objects.filter(child=person, kind=EntryKind.INFORMATION_SHARED).order_by("recorded_at", "pk")


@pytest.mark.django_db
def test_request_then_reply_each_go_on_the_chronology_and_audit(partners):
    share = services.request_information(actor=partners.sw, person=partners.ada, organisation=partners.health,
                                         lawful_basis="ca1989_s47", details="Attendance at A&E in the last year")
    assert share.status == "awaiting" and share.direction == "requested_from_partner"
    first = shared_entries(partners.ada).get()
    assert share.chronology_entry == first
    assert first.case == partners.case_ada and first.unit == partners.unit_a and first.author == partners.sw
    assert "Northshire Children's Hospital" in first.title and "section 47" in first.narrative
    services.record_response(actor=partners.sw, share=share, response="Two attendances, both minor injuries.")
    share.refresh_from_db()
    assert share.status == "answered" and share.responded_at is not None
    entries = list(shared_entries(partners.ada))
    assert len(entries) == 2 and "Two attendances" in entries[1].narrative
    assert list(AuditEvent.objects.filter(object_type="partners.informationshare").values_list("action", flat=True)) == [
        "request_information", "record_information_response"]
    with pytest.raises(ValidationError):
        services.record_response(actor=partners.sw, share=share, response="Again")


@pytest.mark.django_db
def test_declined_reply(partners):
    share = services.request_information(actor=partners.sw, person=partners.ada, organisation_name="Mill Surgery",
                                         lawful_basis="consent", details="GP records")
    services.record_response(actor=partners.sw, share=share, response="Consent not on file", declined=True)
    share.refresh_from_db()
    assert share.status == "declined"
    assert "declined" in shared_entries(partners.ada).last().title


@pytest.mark.django_db
def test_share_out_and_received(partners):
    out = services.record_share(actor=partners.sw, person=partners.ada, organisation=partners.police,
                                lawful_basis="public_task", details="Outcome of strategy discussion",
                                shared_on=TODAY() - dt.timedelta(days=2))
    assert out.direction == "shared_with_partner" and out.status == "shared"
    assert out.chronology_entry.occurred_on == TODAY() - dt.timedelta(days=2)
    received = services.record_share(actor=partners.sw, person=partners.ada, organisation=partners.school,
                                     direction="received_from_partner", lawful_basis="other",
                                     lawful_basis_other="Keeping Children Safe in Education", details="Bruise seen in PE")
    assert received.status == "received" and received.lawful_basis_display == "Other: Keeping Children Safe in Education"
    assert shared_entries(partners.ada).count() == 2
    assert AuditEvent.objects.filter(action="record_information_share", person_id=partners.ada.pk).count() == 2


@pytest.mark.django_db
def test_share_about_a_child_without_an_open_case_has_no_unit(partners):
    from tests.factories import child

    nobody = child("Nell", "Gwyn", dt.date(2016, 1, 1))
    share = services.record_share(actor=partners.sw, person=nobody, organisation=partners.police,
                                  lawful_basis="ca1989_s17", details="Address history")
    assert share.chronology_entry.case is None and share.chronology_entry.unit is None


@pytest.mark.django_db
@pytest.mark.parametrize("kwargs, field", [
    ({"organisation": None, "organisation_name": ""}, "organisation"),
    ({"lawful_basis": ""}, "lawful_basis"),
    ({"lawful_basis": "because"}, "lawful_basis"),
    ({"lawful_basis": "other", "lawful_basis_other": " "}, "lawful_basis_other"),
    ({"details": "  "}, "details"),
])
def test_bad_request_is_refused_and_nothing_written(partners, kwargs, field):
    good = {"organisation": partners.health, "organisation_name": "", "lawful_basis": "ca1989_s47",
            "lawful_basis_other": "", "details": "Health history"}
    before = ChronologyEntry.objects.count()
    with pytest.raises(ValidationError) as exc:
        services.request_information(actor=partners.sw, person=partners.ada, **{**good, **kwargs})
    assert field in exc.value.message_dict
    assert ChronologyEntry.objects.count() == before and not InformationShare.objects.exists()


@pytest.mark.django_db
def test_share_dates_cannot_be_in_the_future(partners):
    with pytest.raises(ValidationError) as exc:
        services.record_share(actor=partners.sw, person=partners.ada, organisation=partners.police, lawful_basis="ca1989_s47",
                              details="x", shared_on=TODAY() + dt.timedelta(days=1))
    assert "shared_on" in exc.value.message_dict
    share = services.request_information(actor=partners.sw, person=partners.ada, organisation=partners.health,
                                         lawful_basis="ca1989_s47", details="x")
    with pytest.raises(ValidationError) as exc:
        services.record_response(actor=partners.sw, share=share, response="y", responded_on=TODAY() - dt.timedelta(days=3))
    assert "responded_on" in exc.value.message_dict
    assert shared_entries(partners.ada).count() == 1


# --- Pages ------------------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_request_page_errors_then_saves_and_shows_on_team_page_and_chronology(client, partners):
    client.force_login(partners.sw)
    url = f"/people/{partners.ada.pk}/team/information/request/"
    assert client.get(url).status_code == 200
    page = client.post(url, {"lawful_basis": "other"}).content.decode()
    assert "There is a problem" in page and "Select the organisation, or enter its name" in page
    assert "Enter the lawful basis" in page and "Enter what was asked for" in page
    assert not InformationShare.objects.exists()
    response = client.post(url, {"organisation": partners.health.pk, "lawful_basis": "ca1989_s47",
                                 "details": "Recent attendances"})
    assert response.status_code == 302
    share = InformationShare.objects.get()
    team = client.get(f"/people/{partners.ada.pk}/team/").content.decode()
    assert "Recent attendances" in team and "Awaiting reply" in team and f"/information/{share.pk}/reply/" in team
    chronology = client.get(f"/people/{partners.ada.pk}/").content.decode()
    assert "Information requested from Northshire Children" in chronology


@pytest.mark.django_db
def test_reply_page(client, partners):
    share = services.request_information(actor=partners.sw, person=partners.ada, organisation=partners.health,
                                         lawful_basis="ca1989_s47", details="x")
    client.force_login(partners.sw)
    url = f"/people/{partners.ada.pk}/team/information/{share.pk}/reply/"
    page = client.post(url, {}).content.decode()
    assert "Select whether they shared the information" in page and "Enter what they told us" in page
    today = TODAY()
    response = client.post(url, {"outcome": "answered", "response": "Nothing of concern", "responded_on-day": today.day,
                                 "responded_on-month": today.month, "responded_on-year": today.year})
    assert response.status_code == 302
    share.refresh_from_db()
    assert share.status == "answered"
    assert "already" not in client.get(url).content.decode() and "recorded on" in client.get(url).content.decode()


@pytest.mark.django_db
def test_record_share_page(client, partners):
    client.force_login(partners.csw)
    url = f"/people/{partners.ada.pk}/team/information/record/"
    today = TODAY()
    page = client.post(url, {"organisation_name": "Mill Surgery"}).content.decode()
    assert "Select whether we shared the information or received it" in page and "Enter what was shared" in page
    response = client.post(url, {"direction": "shared_with_partner", "organisation_name": "Mill Surgery",
                                 "lawful_basis": "consent", "details": "Plan shared", "shared_on-day": today.day,
                                 "shared_on-month": today.month, "shared_on-year": today.year})
    assert response.status_code == 302
    assert InformationShare.objects.get().organisation_name == "Mill Surgery"


@pytest.mark.django_db
def test_sharing_pages_refuse_the_wrong_people(client, partners):
    share = services.request_information(actor=partners.sw, person=partners.ada, organisation=partners.health,
                                         lawful_basis="ca1989_s47", details="x")
    urls = [f"/people/{partners.ada.pk}/team/information/request/", f"/people/{partners.ada.pk}/team/information/record/",
            f"/people/{partners.ada.pk}/team/information/{share.pk}/reply/"]
    for url in urls:
        response = client.post(url, {"organisation_name": "X", "lawful_basis": "consent", "details": "y"})
        assert response["Location"].startswith("/sign-in/")
    client.force_login(partners.other)
    for url in urls:
        response = client.post(url, {"organisation_name": "X", "lawful_basis": "consent", "details": "y"})
        assert response.status_code == 302 and "/reason/" in response["Location"]
    client.force_login(partners.hos)
    for url in urls:
        assert client.post(url, {"organisation_name": "X", "lawful_basis": "consent", "details": "y"}).status_code == 403
    assert InformationShare.objects.count() == 1
