"""Browser fixtures: Debian's Chromium driven by sync Playwright against pytest-django's live server.

One browser for the whole session; a fresh context (cookies, viewport) for every test. The live server
uses a transactional database, so each test builds its own `world` and the server sees it.
"""

import pytest
from django.conf import settings as django_settings
from django.test import Client

from hearth.core import context_processors
from hearth.units.models import Authority
from tests.browser.pages import AUTHORITY, DESKTOP, PHONE

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread, where Django's ORM would then refuse to run.
    # Allowed only while the browser is up, so the rest of the suite keeps Django's check.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def authority(transactional_db):
    """The header names the authority; its name is cached per process, so start and end with a clean cache."""
    context_processors._authority_name.cache_clear()
    Authority.objects.create(name=AUTHORITY, la_code="999")
    yield AUTHORITY
    context_processors._authority_name.cache_clear()


@pytest.fixture
def site(live_server, settings, authority, world):
    """The live server with the world in its database; cookies work over plain http."""
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    return live_server


def _new_context(browser, site, viewport):
    context = browser.new_context(base_url=site.url, viewport=viewport, locale="en-GB", timezone_id="Europe/London")
    context.set_default_timeout(10_000)
    return context


def _watch(context) -> list[str]:
    """Collect what a person would not see but a broken page shows: script errors, missing styles or scripts."""
    problems = []
    context.on("weberror", lambda error: problems.append(f"JavaScript error: {error.error}"))
    context.on("console", lambda msg: msg.type == "error" and problems.append(f"console error: {msg.text}"))
    context.on("response", lambda response: response.status >= 400 and response.request.resource_type != "document"
               and problems.append(f"{response.status} for {response.url}"))
    return problems


def _close(context, problems):
    context.close()
    assert not problems, "the browser reported problems:\n" + "\n".join(problems)


@pytest.fixture
def context(browser, site):
    context = _new_context(browser, site, DESKTOP)
    problems = _watch(context)
    yield context
    _close(context, problems)


@pytest.fixture
def phone_context(browser, site):
    context = _new_context(browser, site, PHONE)
    problems = _watch(context)
    yield context
    _close(context, problems)


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def phone_page(phone_context):
    return phone_context.new_page()


@pytest.fixture
def sign_in_as(site):
    """Put a signed-in session cookie for `user` into a browser context (skips the sign-in page's round trip)."""

    def sign_in(context, user):
        client = Client()
        client.force_login(user)  # the first backend that signs people in (settings.AUTHENTICATION_BACKENDS)
        cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": site.url}])

    return sign_in
