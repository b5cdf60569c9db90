"""Hearth settings: one module, configured from environment variables.

DATABASE_URL selects the database (PostgreSQL in production and in the test suite);
without it Hearth uses an embedded SQLite file. See .env.example for every variable.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


DEBUG = env_bool("HEARTH_DEBUG", False)
SECRET_KEY = os.environ.get("HEARTH_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and os.environ.get("HEARTH_ALLOW_INSECURE_KEY") != "1":
        raise RuntimeError("Set HEARTH_SECRET_KEY (or HEARTH_DEBUG=1 for local development).")
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("HEARTH_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks",
    "axes",
    "hearth.core",
    "hearth.accounts",
    "hearth.audit",
    "hearth.units",
    "hearth.people",
    "hearth.cases",
    "hearth.access",
    "hearth.partners",
    "hearth.frontdoor",
    "hearth.casework",
    "hearth.looked_after",
    "hearth.matching",
    "hearth.spending",
    "hearth.decisions",
    "hearth.demo",
    "hearth.returns",
    "hearth.redaction",
    "hearth.adoption",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hearth.accounts.middleware.IdleSignOutMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "hearth.partners.middleware.PartnerAccountBoundary",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hearth.urls"
WSGI_APPLICATION = "hearth.wsgi.application"

TEMPLATES = [
    {
        # Hearth's pages: Jinja2 with the GOV.UK Frontend macros (govuk-frontend-jinja)
        # and MOJ Frontend's own templates from its npm package.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "hearth" / "jinja2"],
        "APP_DIRS": True,
        "OPTIONS": {
            "environment": "hearth.core.jinja.environment",
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.messages.context_processors.messages",
                "hearth.core.context_processors.hearth",
            ],
        },
    },
    {
        # Django's own admin pages.
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("HEARTH_DB_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "hearth.accounts.backends.HearthModelBackend",  # Django's ModelBackend; reads the partner membership with the user
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "accounts:sign-in"
LOGIN_REDIRECT_URL = "core:home"

# Signed out after inactivity: hearth.accounts.middleware signs a user out HEARTH_IDLE_MINUTES after their last
# request and says so on the sign-in page. The session itself lives a working day longer, so that a stale one is
# still recognised (and the user told why) rather than silently forgotten.
HEARTH_IDLE_SECONDS = env_int("HEARTH_IDLE_MINUTES", 30) * 60
SESSION_COOKIE_AGE = HEARTH_IDLE_SECONDS + 12 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("HEARTH_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Repeated failed sign-ins are throttled (django-axes): after AXES_FAILURE_LIMIT failures
# for one username from one address, that pair is locked out for AXES_COOLOFF_TIME hours.
AXES_FAILURE_LIMIT = env_int("HEARTH_SIGNIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("HEARTH_SIGNIN_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "hearth.accounts.views.locked_out"
AXES_ENABLED = env_bool("HEARTH_SIGNIN_THROTTLE", True)

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    ("govuk", BASE_DIR / "node_modules" / "govuk-frontend" / "dist" / "govuk"),
    ("moj", BASE_DIR / "node_modules" / "@ministryofjustice" / "frontend" / "moj"),
    ("htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
    ("build", BASE_DIR / "build" / "static"),
    BASE_DIR / "hearth" / "static",
]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("HEARTH_LOG_LEVEL", "WARNING")},
}

# Hearth's own settings.
HEARTH_REASON_ACCESS_HOURS = env_int("HEARTH_REASON_ACCESS_HOURS", 8)
HEARTH_NODE_MODULES = BASE_DIR / "node_modules"
