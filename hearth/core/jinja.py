"""The Jinja2 environment for Hearth's pages.

GOV.UK Frontend components come from govuk-frontend-jinja's macros; MOJ Frontend components
come from the Nunjucks templates in the npm package installed at set-up (never copied here),
which Jinja2 reads as they are.
"""

import functools
import posixpath
from datetime import date, datetime

from django.conf import settings
from django.contrib.messages import get_messages
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, FunctionLoader, PackageLoader, PrefixLoader
from markupsafe import Markup

from hearth.core import forms as form_helpers


def url(name: str, *args, **kwargs) -> str:
    """reverse(), remembered: a unit's board links each child two or three times, and reverse() costs ~20 µs a call.
    The URL patterns never change while the process runs; the script prefix and the URLconf in use (a request's
    own, or ROOT_URLCONF) are part of the key."""
    return _reverse(get_script_prefix(), get_urlconf(), name, args, tuple(sorted(kwargs.items())))


@functools.lru_cache(maxsize=8192)
def _reverse(prefix: str, urlconf: str | None, name: str, args: tuple, kwargs: tuple) -> str:
    return reverse(name, urlconf=urlconf, args=args or None, kwargs=dict(kwargs) or None)


def link(href: str, text: str, hidden: str = "") -> Markup:
    """A GOV.UK link, escaped: for table cells and summary lists that take HTML."""
    extra = Markup(' <span class="govuk-visually-hidden">{}</span>').format(hidden) if hidden else ""
    return Markup('<a class="govuk-link" href="{}">{}{}</a>').format(href, text, extra)


def govuk_date(value, fmt: str = "long") -> str:
    """12 March 2024 (long) or 12 Mar 2024 (short), as the GOV.UK style guide asks."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        time = value.strftime("%-I:%M%p").lower()
        return f"{value.day} {value.strftime('%B' if fmt == 'long' else '%b')} {value.year} at {time}"
    return f"{value.day} {value.strftime('%B' if fmt == 'long' else '%b')} {value.year}"


def age(dob: date | None, on: date | None = None) -> int | None:
    if not dob:
        return None
    on = on or timezone.localdate()
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def moj_date(value, kind: str = "date") -> str:
    if isinstance(value, str):
        value = date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    return govuk_date(value, "long")


def days_ago(value, today: date | None = None) -> str:
    if not value:
        return "Never"
    today = today or timezone.localdate()
    delta = (today - value).days
    if delta == 0:
        return "Today"
    if delta == 1:
        return "Yesterday"
    if delta < 0:
        return govuk_date(value, "short")
    return f"{delta} days ago"


class HearthEnvironment(Environment):
    """Resolves the relative includes ("./template.njk") that MOJ's Nunjucks macros use."""

    def join_path(self, template: str, parent: str) -> str:
        if template.startswith(("./", "../")):
            return posixpath.normpath(posixpath.join(posixpath.dirname(parent), template))
        return template

    def getattr(self, obj, attribute):
        # Nunjucks reads `params.items` as the key "items"; Jinja would find dict.items first. The rest is
        # Environment.getattr written out: every `a.b` in every template comes here (thousands a page).
        if isinstance(obj, dict) and attribute in obj:
            return obj[attribute]
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)


def environment(**options) -> Environment:
    base_loader = options.pop("loader", None)
    node = settings.HEARTH_NODE_MODULES
    govuk_jinja = PackageLoader("govuk_frontend_jinja")

    def govuk_macro_port(name: str):
        # GOV.UK's Nunjucks helper macros are not Jinja-compatible; MOJ templates get the Jinja port.
        if name.startswith("govuk/macros/") and name.endswith(".njk"):
            port = "macros/" + name.removeprefix("govuk/macros/").removesuffix(".njk") + ".html"
            return govuk_jinja.get_source(None, port)
        return None

    loaders = [
        PrefixLoader({"govuk_frontend_jinja": govuk_jinja}),
        FunctionLoader(govuk_macro_port),
        # MOJ's templates name themselves "moj/..." and GOV.UK helpers "govuk/...": load them by those names.
        FileSystemLoader([str(node / "@ministryofjustice" / "frontend"), str(node / "govuk-frontend" / "dist")]),
    ]
    if base_loader is not None:
        loaders.insert(0, base_loader)
    options["loader"] = ChoiceLoader(loaders)
    options.setdefault("autoescape", True)
    env = HearthEnvironment(**options)
    assert env.autoescape
    env.globals.update(
        static=static,
        url=url,
        get_messages=get_messages,
        field=form_helpers.field,
        error_summary=form_helpers.error_summary,
        today=timezone.localdate,
        age=age,
        link=link,
    )
    env.filters.update(govuk_date=govuk_date, mojDate=moj_date, date=lambda v, fmt=None: govuk_date(v), days_ago=days_ago)
    return env
