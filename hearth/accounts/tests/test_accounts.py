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


def test_signed_out_after_inactivity_settings():
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE == 30 * 60


@pytest.mark.django_db
def test_sign_in_and_out(client):
    UserFactory(username="amira", password="correct-horse-battery")
    bad = client.post("/sign-in/", {"username": "amira", "password": "wrong"})
    assert "Enter a correct username and password" in bad.content.decode()
    good = client.post("/sign-in/", {"username": "amira", "password": "correct-horse-battery"})
    assert good.status_code == 302
    assert client.session.get_expiry_age() <= 30 * 60
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
