import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.partners import selectors, services
from hearth.partners.models import Involvement

TODAY = timezone.localdate


def dsl(partners, **extra):
    return services.record_involvement(
        actor=partners.sw, person=partners.ada, role="dsl", professional_name="Priya Shah", organisation=partners.school,
        phone="01632 960 555", email="dsl@millane.example.org", started_on=dt.date(2024, 9, 1), **extra)


@pytest.mark.django_db
def test_record_update_and_end_an_involvement_each_audited(partners):
    inv = dsl(partners)
    assert inv.recorded_by == partners.sw and inv.source == "unit" and inv.organisation_display == "Mill Lane Primary"
    current, past = selectors.team_around(partners.ada)
    assert current == [inv] and past == []
    services.update_involvement(actor=partners.sw, involvement=inv, role="dsl", professional_name="Priya Shah-Jones",
                                organisation=partners.school, phone="01632 960 556", email="dsl@millane.example.org",
                                started_on=dt.date(2024, 9, 1))
    inv.refresh_from_db()
    assert inv.professional_name == "Priya Shah-Jones" and inv.phone == "01632 960 556"
    services.end_involvement(actor=partners.sw, involvement=inv, ended_on=TODAY())
    current, past = selectors.team_around(partners.ada)
    assert current == [] and past == [inv]
    actions = list(AuditEvent.objects.filter(object_type="partners.involvement", object_id=str(inv.pk))
                   .values_list("action", flat=True))
    assert actions == ["record_involvement", "update_involvement", "end_involvement"]
    assert AuditEvent.objects.get(action="update_involvement").detail["changed"] == ["phone", "professional_name"]
    with pytest.raises(ValidationError):
        services.end_involvement(actor=partners.sw, involvement=inv)


@pytest.mark.django_db
def test_front_door_can_record_a_referrer_as_a_partner_source(partners):
    inv = services.record_involvement(actor=None, person=partners.ada, role="dsl", professional_name="Priya Shah",
                                      organisation_name="Mill Lane Primary", source="referral")
    assert inv.source == "referral" and inv.organisation is None and inv.organisation_display == "Mill Lane Primary"


@pytest.mark.django_db
@pytest.mark.parametrize("kwargs, field", [
    ({"role": "wizard"}, "role"),
    ({"professional_name": "", "organisation": None, "organisation_name": ""}, "professional_name"),
    ({"phone": "call me maybe"}, "phone"),
    ({"email": "not-an-email"}, "email"),
    ({"started_on": dt.date(2999, 1, 1)}, "started_on"),
])
def test_bad_involvement_is_refused_in_plain_words_and_nothing_saved(partners, kwargs, field):
    good = {"role": "gp", "professional_name": "Dr Okafor", "organisation": None, "organisation_name": "Mill Surgery",
            "phone": "", "email": "", "started_on": None}
    with pytest.raises(ValidationError) as exc:
        services.record_involvement(actor=partners.sw, person=partners.ada, **{**good, **kwargs})
    assert field in exc.value.message_dict
    assert not Involvement.objects.exists()
    assert not AuditEvent.objects.filter(action="record_involvement").exists()


@pytest.mark.django_db
def test_end_date_rules(partners):
    inv = dsl(partners)
    with pytest.raises(ValidationError) as exc:
        services.end_involvement(actor=partners.sw, involvement=inv, ended_on=dt.date(2024, 8, 1))
    assert "ended_on" in exc.value.message_dict
    with pytest.raises(ValidationError):
        services.end_involvement(actor=partners.sw, involvement=inv, ended_on=TODAY() + dt.timedelta(days=1))
    inv.refresh_from_db()
    assert inv.ended_on is None


# --- Pages ------------------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_team_page_lists_professionals_with_phone_and_email_links(client, partners):
    inv = dsl(partners)
    ended = services.record_involvement(actor=partners.sw, person=partners.ada, role="health_visitor",
                                        professional_name="Old Visitor", organisation_name="Northshire NHS",
                                        started_on=dt.date(2016, 1, 1))
    services.end_involvement(actor=partners.sw, involvement=ended, ended_on=dt.date(2019, 1, 1))
    client.force_login(partners.sw)
    page = client.get(f"/people/{partners.ada.pk}/team/").content.decode()
    assert "Team around the child" in page and "Priya Shah" in page and "Designated safeguarding lead" in page
    assert 'href="tel:01632960555"' in page and 'href="mailto:dsl@millane.example.org"' in page
    assert "Old Visitor" in page and "govuk-details" in page  # past professionals, collapsed
    assert f"/people/{partners.ada.pk}/team/{inv.pk}/change/" in page
    assert AuditEvent.objects.filter(action="view_team_around_child", person_id=partners.ada.pk, actor=partners.sw).exists()


@pytest.mark.django_db
def test_add_page_shows_errors_then_saves(client, partners):
    client.force_login(partners.sw)
    url = f"/people/{partners.ada.pk}/team/add/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"role": "", "email": "nope"})
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page and "Select the professional&#39;s role" in page
    response = client.post(url, {"role": "gp", "professional_name": "", "organisation": "", "organisation_name": "",
                                 "email": "nope"})
    page = response.content.decode()
    assert "Enter the professional&#39;s name, or their organisation" in page
    assert "Enter an email address in the correct format" in page
    assert not Involvement.objects.exists()
    response = client.post(url, {"role": "gp", "professional_name": "Dr Okafor", "organisation": partners.health.pk,
                                 "phone": "01632 960 777", "started_on-day": "1", "started_on-month": "2",
                                 "started_on-year": "2020"})
    assert response.status_code == 302 and response["Location"] == f"/people/{partners.ada.pk}/team/"
    inv = Involvement.objects.get()
    assert inv.organisation == partners.health and inv.started_on == dt.date(2020, 2, 1) and inv.recorded_by == partners.sw


@pytest.mark.django_db
def test_change_and_end_pages(client, partners):
    inv = dsl(partners)
    client.force_login(partners.csw)
    url = f"/people/{partners.ada.pk}/team/{inv.pk}/change/"
    assert "Priya Shah" in client.get(url).content.decode()
    response = client.post(url, {"role": "dsl", "professional_name": "Priya Shah", "organisation": partners.school.pk,
                                 "phone": "01632 960 999", "email": "", "started_on-day": "1", "started_on-month": "9",
                                 "started_on-year": "2024"})
    assert response.status_code == 302
    inv.refresh_from_db()
    assert inv.phone == "01632 960 999" and inv.email == "" and inv.started_on == dt.date(2024, 9, 1)
    end = f"/people/{partners.ada.pk}/team/{inv.pk}/end/"
    response = client.post(end, {"ended_on-day": "1", "ended_on-month": "1", "ended_on-year": "2024"})
    assert "must be on or after the date they started" in response.content.decode()
    today = TODAY()
    response = client.post(end, {"ended_on-day": today.day, "ended_on-month": today.month, "ended_on-year": today.year})
    assert response.status_code == 302
    inv.refresh_from_db()
    assert inv.ended_on == today


@pytest.mark.django_db
def test_involvement_of_another_child_is_not_found(client, partners):
    inv = services.record_involvement(actor=partners.sw, person=partners.byron, role="gp", professional_name="Dr B")
    client.force_login(partners.sw)
    assert client.get(f"/people/{partners.ada.pk}/team/{inv.pk}/change/").status_code == 404


@pytest.mark.django_db
def test_member_of_another_unit_is_asked_for_a_reason_and_cannot_change(client, partners):
    inv = dsl(partners)
    client.force_login(partners.other)
    for url in (f"/people/{partners.ada.pk}/team/", f"/people/{partners.ada.pk}/team/add/",
                f"/people/{partners.ada.pk}/team/{inv.pk}/end/"):
        response = client.post(url, {"role": "gp", "professional_name": "Intruder"})
        assert response.status_code == 302 and "/reason/" in response["Location"], url
        assert "Priya" not in response.content.decode()
    assert Involvement.objects.count() == 1


@pytest.mark.django_db
def test_reader_from_outside_the_unit_sees_the_team_but_cannot_change_it(client, partners):
    from hearth.access.services import open_with_reason

    dsl(partners)
    open_with_reason(user=partners.other, person=partners.ada, reason="Sibling is on my caseload, checking school")
    client.force_login(partners.other)
    page = client.get(f"/people/{partners.ada.pk}/team/").content.decode()
    assert "Priya Shah" in page and "Add a professional" not in page and "/change/" not in page
    response = client.post(f"/people/{partners.ada.pk}/team/add/", {"role": "gp", "professional_name": "Dr X"})
    assert response.status_code == 403
    assert Involvement.objects.count() == 1


@pytest.mark.django_db
def test_head_of_service_sees_but_does_not_edit(client, partners):
    dsl(partners)
    client.force_login(partners.hos)
    page = client.get(f"/people/{partners.ada.pk}/team/").content.decode()
    assert "Priya Shah" in page and "Add a professional" not in page


@pytest.mark.django_db
def test_signed_out_user_is_sent_to_sign_in(client, partners):
    inv = dsl(partners)
    for url in (f"/people/{partners.ada.pk}/team/", f"/people/{partners.ada.pk}/team/add/",
                f"/people/{partners.ada.pk}/team/{inv.pk}/change/", f"/people/{partners.ada.pk}/team/{inv.pk}/end/"):
        response = client.post(url, {"role": "gp", "professional_name": "X"})
        assert response.status_code == 302 and response["Location"].startswith("/sign-in/"), url
    assert Involvement.objects.count() == 1


@pytest.mark.django_db
def test_sub_navigation_links_to_the_team_page(client, partners):
    client.force_login(partners.sw)
    page = client.get(f"/people/{partners.ada.pk}/").content.decode()
    assert f'href="/people/{partners.ada.pk}/team/"' in page and "Team around the child" in page
