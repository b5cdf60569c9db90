"""Partner agencies' staff accounts never see case records: not by unit, not by reason, not restricted-and-named."""

import pytest

from hearth.access.gate import open_person
from hearth.access.models import ReasonedAccess, Restriction
from hearth.access.services import decide
from hearth.audit.models import AuditEvent
from hearth.partners.models import OrganisationMember
from tests.factories import UserFactory


@pytest.fixture
def dsl_user(partners):
    user = UserFactory(username="school_dsl")
    OrganisationMember.objects.create(user=user, organisation=partners.school, job_title="Designated safeguarding lead")
    return user


@pytest.mark.django_db
def test_partner_user_is_never_allowed_and_not_offered_the_reason_route(partners, dsl_user):
    decision = decide(dsl_user, partners.ada)
    assert decision.allowed is False and decision.basis == "partner" and not decision.needs_reason


@pytest.mark.django_db
def test_partner_rule_wins_over_unit_membership_reasons_and_restriction_naming(partners, dsl_user):
    # Even an account that is (wrongly) also in the unit, has an open reason and is named on a restriction.
    from tests.factories import member

    both = member(partners.unit_a, "sw", username="dual")
    OrganisationMember.objects.create(user=both, organisation=partners.health)
    assert decide(both, partners.ada).basis == "partner"
    ReasonedAccess.objects.create(user=dsl_user, person=partners.zed, reason="Because I asked nicely",
                                  expires_at="2999-01-01T00:00:00Z")
    assert decide(dsl_user, partners.zed).allowed is False
    restriction = Restriction.objects.create(person=partners.byron, reason="Relative of staff")
    restriction.named_staff.add(dsl_user)
    assert decide(dsl_user, partners.byron).basis == "partner"


@pytest.mark.django_db
def test_ordinary_staff_are_unaffected(partners):
    assert decide(partners.sw, partners.ada).basis == "unit"
    assert decide(partners.other, partners.ada).needs_reason


@pytest.mark.django_db
def test_gate_refuses_with_403_and_logs_the_refusal(partners, dsl_user):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        open_person(dsl_user, partners.ada.pk, action="view_chronology")
    assert AuditEvent.objects.filter(action="refused_partner_user", actor=dsl_user, person_id=partners.ada.pk).exists()
    assert not AuditEvent.objects.filter(action="view_chronology", actor=dsl_user).exists()


@pytest.mark.django_db
def test_partner_user_gets_403_on_person_pages_and_the_api_and_no_reason_form(client, partners, dsl_user):
    client.force_login(dsl_user)
    ada = partners.ada.pk
    for url in (f"/people/{ada}/", f"/people/{ada}/family/", f"/people/{ada}/team/", f"/people/{ada}/record/",
                f"/people/{ada}/reason/", f"/api/v1/people/{ada}/chronology"):
        response = client.get(url)
        assert response.status_code == 403, url
        assert b"Mill Lane" not in response.content and b"Lovelace" not in response.content, url
    response = client.post(f"/people/{ada}/reason/", {"reason": "I am the school DSL and need to check"})
    assert response.status_code == 403
    assert not ReasonedAccess.objects.filter(user=dsl_user).exists()


@pytest.mark.django_db
def test_partner_user_cannot_search_or_see_boards_and_meetings(client, partners, dsl_user):
    from hearth.cases import services as case_services

    meeting = case_services.start_meeting(actor=partners.csw, unit=partners.unit_a)
    client.force_login(dsl_user)
    for url in ("/people/?q=Lovelace", f"/units/{partners.unit_a.pk}/", f"/meetings/{meeting.pk}/",
                "/api/v1/people/search?q=Lovelace", f"/api/v1/units/{partners.unit_a.pk}/board"):
        response = client.get(url)
        assert response.status_code == 403, url
        assert b"Lovelace" not in response.content and b"2015" not in response.content, url


@pytest.mark.django_db
def test_the_boundary_leaves_staff_and_partner_api_alone(client, partners, dsl_user):
    client.force_login(partners.sw)
    response = client.get("/people/?q=Lovelace")
    assert response.status_code == 200 and b"Lovelace" in response.content
    client.force_login(dsl_user)  # a partner account's session does not stop the partner API answering its key
    from hearth.partners.tests.conftest import bearer

    response = client.post("/api/v1/partner/children/status", data={"nhs_number": "9434765919"},
                           content_type="application/json", **bearer(partners.health_key))
    assert response.status_code == 200
