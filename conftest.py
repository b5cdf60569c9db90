"""Shared test fixtures: a unit with its five roles, a child it holds, and another unit."""


import pytest

from tests import factories


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db):
    """Two units; a family held by unit A; a child held by unit B; a head of service over A."""
    return factories.build_world()




@pytest.fixture(autouse=True)
def _audit_log_purgeable_in_transactional_tests(request):
    """Transactional tests (live server, browser) empty the database afterwards: let them empty the audit log."""
    marker = request.node.get_closest_marker("django_db")
    transactional = "transactional_db" in request.fixturenames or "live_server" in request.fixturenames or (
        marker is not None and marker.kwargs.get("transaction")
    )
    if not transactional:
        yield
        return
    request.getfixturevalue("transactional_db")
    from hearth.audit.guard import disable_guard, enable_guard

    enable_guard()
    yield
    disable_guard()


@pytest.fixture
def admin_client_(client, db):
    """A test client signed in as a superuser (client.admin), for the admin pages."""
    admin = factories.UserFactory(username="admin", is_staff=True, is_superuser=True)
    client.force_login(admin)
    client.admin = admin
    return client
