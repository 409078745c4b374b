"""Test settings: the base settings, tuned for speed."""

import os

# Tests never see a real secret; set before base reads it so DEBUG can stay off.
os.environ.setdefault("SECRET_KEY", "test-only-not-secret")

from .base import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Tests run tasks in-process unless a test starts a real worker (tests/test_celery_worker.py
# turns this off for its duration); the broker URL still comes from the environment.
CELERY_TASK_ALWAYS_EAGER = True
