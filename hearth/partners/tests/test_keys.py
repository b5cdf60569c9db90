import datetime as dt
import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.partners import services
from hearth.partners.auth import organisation_for_key
from hearth.partners.models import PartnerApiKey
from hearth.partners.tests.conftest import bearer

STATUS = "/api/v1/partner/children/status"


def ask(client, headers, body=None):
    return client.post(STATUS, data=json.dumps(body or {"nhs_number": "9434765919"}), content_type="application/json",
                       **headers)


@pytest.mark.django_db
def test_new_key_is_long_random_and_only_its_hash_is_kept(partners):
    issued = partners.police_key
    key = PartnerApiKey.objects.get(pk=issued.key.pk)
    assert issued.plaintext.startswith(f"hpk_{key.prefix}_") and len(issued.plaintext) > 50
    assert issued.plaintext not in key.secret_hash and key.secret_hash == services.hash_key(issued.plaintext)
    other = services.create_api_key(actor=partners.csw, organisation=partners.police, label="Second")
    assert other.plaintext != issued.plaintext and other.key.prefix != key.prefix
    event = AuditEvent.objects.filter(action="partner_key_created", object_id=str(other.key.pk)).get()
    assert event.actor_id == partners.csw.pk and event.person_id is None
    assert event.detail["organisation"] == partners.police.pk and issued.plaintext not in json.dumps(event.detail)


@pytest.mark.django_db
def test_key_needs_a_label(partners):
    with pytest.raises(ValidationError) as exc:
        services.create_api_key(actor=None, organisation=partners.police, label="  ")
    assert "label" in exc.value.message_dict


@pytest.mark.django_db
def test_bearer_and_x_api_key_both_authenticate(client, partners):
    assert ask(client, bearer(partners.police_key)).status_code == 200
    assert ask(client, {"HTTP_X_API_KEY": partners.police_key.plaintext}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("headers", [
    {},
    {"HTTP_AUTHORIZATION": "Bearer "},
    {"HTTP_AUTHORIZATION": "Bearer not-a-key"},
    {"HTTP_X_API_KEY": "hpk_deadbeef_wrongsecret"},
])
def test_missing_or_wrong_key_is_401(client, partners, headers):
    assert ask(client, headers).status_code == 401


@pytest.mark.django_db
def test_right_prefix_wrong_secret_is_401(client, partners):
    forged = partners.police_key.plaintext[:-3] + "xyz"
    assert ask(client, {"HTTP_AUTHORIZATION": f"Bearer {forged}"}).status_code == 401


@pytest.mark.django_db
def test_revoked_key_is_401(client, partners):
    services.revoke_api_key(actor=partners.csw, key=partners.police_key.key)
    assert ask(client, bearer(partners.police_key)).status_code == 401
    assert AuditEvent.objects.filter(action="partner_key_revoked", object_id=str(partners.police_key.key.pk)).exists()
    with pytest.raises(ValidationError):
        services.revoke_api_key(actor=partners.csw, key=partners.police_key.key)


@pytest.mark.django_db
def test_rotation_issues_a_new_key_and_the_old_one_stops_at_once(client, partners):
    old = partners.police_key
    new = services.rotate_api_key(actor=partners.csw, key=old.key)
    old.key.refresh_from_db()
    assert old.key.revoked_at is not None and old.key.replaced_by == new.key
    assert new.key.label == old.key.label and new.key.organisation == partners.police
    assert ask(client, bearer(old)).status_code == 401
    assert ask(client, bearer(new)).status_code == 200
    assert AuditEvent.objects.filter(action="partner_key_rotated", object_id=str(old.key.pk)).get().detail["new_key"] == new.key.pk
    with pytest.raises(ValidationError):
        services.rotate_api_key(actor=partners.csw, key=old.key)


@pytest.mark.django_db
def test_inactive_organisation_is_401(client, partners):
    partners.police.active = False
    partners.police.save()
    assert ask(client, bearer(partners.police_key)).status_code == 401


@pytest.mark.django_db
def test_last_used_is_written_but_not_on_every_call(client, partners):
    key = partners.police_key.key
    assert key.last_used_at is None
    ask(client, bearer(partners.police_key))
    key.refresh_from_db()
    first = key.last_used_at
    assert first is not None
    ask(client, bearer(partners.police_key))
    key.refresh_from_db()
    assert key.last_used_at == first  # within the five-minute resolution: no write
    PartnerApiKey.objects.filter(pk=key.pk).update(last_used_at=timezone.now() - dt.timedelta(hours=1))
    assert organisation_for_key(partners.police_key.plaintext)[0] == partners.police
    key.refresh_from_db()
    assert timezone.now() - key.last_used_at < dt.timedelta(minutes=1)


@pytest.mark.django_db
def test_key_calls_need_no_csrf_token(partners):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert ask(strict, bearer(partners.health_key)).status_code == 200


@pytest.mark.django_db
def test_a_staff_session_is_not_a_partner_key(client, partners):
    client.force_login(partners.csw)
    assert ask(client, {}).status_code == 401


@pytest.fixture
def admin_client_(client, partners):
    from tests.factories import UserFactory

    admin = UserFactory(username="admin", is_staff=True, is_superuser=True)
    client.force_login(admin)
    partners.admin = admin
    return client


@pytest.mark.django_db
def test_admin_creates_a_key_and_sees_it_once(admin_client_, partners):
    response = admin_client_.post("/admin/partners/partnerapikey/add/",
                                  {"organisation": partners.police.pk, "label": "Out of hours desk"})
    assert response.status_code == 302
    key = PartnerApiKey.objects.get(label="Out of hours desk")
    assert key.created_by == partners.admin
    assert "messages" not in response.cookies or key.prefix not in response.cookies["messages"].value
    page = admin_client_.get(response["Location"]).content.decode()
    shown = [w for w in page.replace("<", " ").split() if w.startswith(f"hpk_{key.prefix}_")]
    assert len(shown) == 1 and services.hash_key(shown[0]) == key.secret_hash
    again = admin_client_.get(response["Location"]).content.decode()
    assert f"hpk_{key.prefix}_" not in again
    assert AuditEvent.objects.filter(action="partner_key_created", object_id=str(key.pk), actor=partners.admin).exists()


@pytest.mark.django_db
def test_admin_rotates_and_revokes_keys(admin_client_, partners):
    url = "/admin/partners/partnerapikey/"
    response = admin_client_.post(url, {"action": "rotate_keys", "_selected_action": [partners.police_key.key.pk]}, follow=True)
    new = PartnerApiKey.objects.get(replaces=partners.police_key.key)
    assert f"hpk_{new.prefix}_" in response.content.decode()
    admin_client_.post(url, {"action": "revoke_keys", "_selected_action": [new.pk]})
    new.refresh_from_db()
    assert new.revoked_at is not None
    assert AuditEvent.objects.filter(action="partner_key_revoked", object_id=str(new.pk), actor=partners.admin).exists()


@pytest.mark.django_db
def test_admin_pages_for_organisations_and_members_open(admin_client_, partners):
    for url in ("/admin/partners/organisation/", f"/admin/partners/organisation/{partners.police.pk}/change/",
                "/admin/partners/organisationmember/add/", f"/admin/partners/partnerapikey/{partners.police_key.key.pk}/change/"):
        assert admin_client_.get(url).status_code == 200, url
