import pytest
from django.conf import settings
from django.contrib.auth.hashers import identify_hasher, make_password

from tests.factories import UserFactory


def test_passwords_are_hashed_with_argon2_in_the_application():
    from hearth import settings as hearth_settings  # the tests themselves switch to a fast hasher

    assert hearth_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_argon2_hasher_works(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    assert identify_hasher(make_password("a long pass phrase")).algorithm == "argon2"


def test_idle_time_is_thirty_minutes_by_default():
    assert settings.HEARTH_IDLE_SECONDS == 30 * 60


@pytest.mark.django_db
def test_signed_out_after_inactivity_and_told_why(client, monkeypatch):
    UserFactory(username="amira", password="correct-horse-battery")
    clock = [1_800_000_000.0]
    monkeypatch.setattr("hearth.accounts.middleware.time.time", lambda: clock[0])
    client.post("/sign-in/", {"username": "amira", "password": "correct-horse-battery"})
    assert client.get("/").status_code in (200, 302)
    clock[0] += 29 * 60  # still active: a request within the idle time keeps the user signed in
    assert client.get("/people/").status_code == 200
    clock[0] += 29 * 60
    assert client.get("/people/").status_code == 200
    clock[0] += 31 * 60
    response = client.get("/people/")
    assert response.status_code == 302 and response["Location"].startswith("/sign-in/")
    assert "_auth_user_id" not in client.session
    page = client.get(response["Location"]).content.decode()
    assert "You were signed out after 30 minutes without activity" in page
    # Said once: a later visit to the sign-in page does not repeat it.
    assert "without activity." not in client.get("/sign-in/").content.decode()


@pytest.mark.django_db
def test_a_plain_sign_in_page_does_not_say_signed_out(client):
    assert "without activity." not in client.get("/sign-in/").content.decode()


@pytest.mark.django_db
def test_sign_in_and_out(client):
    UserFactory(username="amira", password="correct-horse-battery")
    bad = client.post("/sign-in/", {"username": "amira", "password": "wrong"})
    assert "Enter a correct username and password" in bad.content.decode()
    good = client.post("/sign-in/", {"username": "amira", "password": "correct-horse-battery"})
    assert good.status_code == 302
    assert client.session.get("hearth_last_seen") is not None
    assert client.post("/sign-out/").status_code == 302
    assert client.get("/").status_code == 302


@pytest.mark.django_db
def test_repeated_failed_sign_ins_are_throttled(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    UserFactory(username="amira", password="correct-horse-battery")
    for _ in range(3):
        client.post("/sign-in/", {"username": "amira", "password": "wrong"})
    locked = client.post("/sign-in/", {"username": "amira", "password": "correct-horse-battery"})
    assert locked.status_code == 429
    assert "Too many attempts to sign in" in locked.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_open_redirect_after_sign_in_is_refused(client):
    UserFactory(username="amira", password="correct-horse-battery")
    response = client.post("/sign-in/", {"username": "amira", "password": "correct-horse-battery", "next": "https://evil.example/"})
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_the_signed_in_user_comes_with_their_partner_membership_in_one_query(client, world):
    """A staff page asks whether the user is a partner agency's account; the answer is read with the user."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hearth.partners.models import Organisation, OrganisationMember

    client.force_login(world.sw)
    client.get("/people/")
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/people/").status_code == 200
    assert not [q for q in ctx.captured_queries if "partners_organisationmember" in q["sql"] and "accounts_user" not in q["sql"]]
    assert any("partners_organisationmember" in q["sql"] for q in ctx.captured_queries)  # joined to the user's read
    partner = type(world.sw).objects.create_user(username="teacher", password="x" * 14)
    OrganisationMember.objects.create(user=partner, organisation=Organisation.objects.create(name="Mill Lane Primary"))
    client.force_login(partner)
    assert client.get("/people/").status_code == 403  # still refused staff pages
