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


