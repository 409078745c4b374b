"""Where information comes from: outlets, articles, actors, and the record of imports."""

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone


class ActorKind(models.TextChoices):
    PERSON = "person"
    ORGANIZATION = "organization"
    OUTLET = "outlet"
    GROUP = "group"
    UNNAMED = "unnamed"


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Actor(models.Model):
    """Anyone who says things: a person, an organisation, an outlet, a group, or an
    unnamed source ("sources", "Ukrainian officials") kept as such."""

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=ActorKind.choices)
    description = models.CharField(max_length=300, blank=True, help_text="Title or role, e.g. defence minister")
    outlet = models.OneToOneField(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="actor")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), "kind", name="actor_unique_name_per_kind"),
        ]

    def __str__(self):
        return self.name


class ActorAlias(models.Model):
    """Another name the same actor goes by ("Musk", "the tech billionaire")."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, db_index=True, editable=False)

    class Meta:
        verbose_name_plural = "actor aliases"
        constraints = [
            models.UniqueConstraint(fields=["actor", "normalized"], name="alias_unique_per_actor"),
        ]

    def __str__(self):
        return self.alias


class ImportRun(models.Model):
    class Trigger(models.TextChoices):
        COMMAND = "command"
        SCHEDULE = "schedule"
        TASK = "task"
        ADMIN = "admin"

    trigger = models.CharField(max_length=20, choices=Trigger.choices)
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    files_seen = models.PositiveIntegerField(default=0)
    imported = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    quarantined = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"import run {self.pk} ({self.trigger}, {self.started_at:%Y-%m-%d %H:%M})"

    @property
    def duration(self):
        return self.finished_at - self.started_at if self.finished_at else None

    def summary(self) -> str:
        return (
            f"imported={self.imported} unchanged={self.unchanged} "
            f"updated={self.updated} quarantined={self.quarantined}"
        )


class Article(models.Model):
    """One imported document. ``text`` is exactly as received (decoded, newlines
    normalised) and never rewritten: every offset in the system points into it."""

    class Format(models.TextChoices):
        TEXT = "text"
        HTML = "html"
        JSON = "json"

    identity = models.CharField(
        max_length=500, help_text="What makes a later file a new version of this one: URL, sidecar id or file name"
    )
    source_file = models.CharField(max_length=500)
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    title = models.CharField(max_length=500, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    format = models.CharField(max_length=10, choices=Format.choices, default=Format.TEXT)
    encoding = models.CharField(max_length=20, default="utf-8")
    text = models.TextField()
    raw = models.TextField(blank=True, help_text="The HTML or JSON as received, when the text was extracted from it")
    excluded = models.JSONField(
        default=list, blank=True, help_text="Boilerplate ranges of the text: [[start, end, kind], ...]"
    )
    metadata = models.JSONField(default=dict, blank=True, help_text="Each detected field and how it was found")
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    source_hash = models.CharField(
        max_length=64, db_index=True, editable=False, blank=True,
        help_text="SHA-256 of the file's bytes (and sidecar's): an unchanged file is known before it is parsed",
    )
    version = models.PositiveIntegerField(default=1)
    previous = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="next_version"
    )
    is_current = models.BooleanField(default=True)
    import_run = models.ForeignKey(ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    imported_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-imported_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["identity"], condition=Q(is_current=True), name="one_current_version_per_identity"
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="article_version_positive"),
        ]
        indexes = [models.Index(fields=["-published"], name="article_published_idx")]

    def __str__(self):
        return self.title or self.source_file

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def excluded_spans(self) -> list[tuple[int, int]]:
        return [(start, end) for start, end, *_ in self.excluded]


class QuarantinedFile(models.Model):
    """A file that could not become an article, and why, in words an operator can act on."""

    import_run = models.ForeignKey(ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="quarantine")
    source_file = models.CharField(max_length=500)
    stored_path = models.CharField(max_length=1000, blank=True, help_text="Where the file lies now")
    reason = models.TextField()
    size = models.BigIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    retries = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["-created_at"], condition=Q(resolved_at__isnull=True), name="quarantine_open_idx"),
        ]

    def __str__(self):
        return f"{self.source_file}: {self.reason[:60]}"


class InboxItem(models.Model):
    """A file seen in the inbox, imported by one worker at a time.

    A worker claims the item with a conditional UPDATE (state, lease) before it touches
    the file, so two workers never import the same file; a claim whose worker died is
    taken over once its lease has run out."""

    class State(models.TextChoices):
        PENDING = "pending"
        IMPORTING = "importing"
        DONE = "done"

    name = models.CharField(max_length=500)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    import_run = models.ForeignKey(ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="items")
    seen_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=200, blank=True, help_text="The task that holds the claim")
    attempts = models.PositiveIntegerField(default=0)
    finished_at = models.DateTimeField(null=True, blank=True)
    result = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["-seen_at"]
        constraints = [
            models.UniqueConstraint(fields=["name"], condition=~Q(state="done"), name="one_open_inbox_item_per_name"),
        ]
        indexes = [
            models.Index(fields=["state", "claimed_at"], condition=~Q(state="done"), name="inbox_open_idx"),
        ]

    def __str__(self):
        return f"{self.name} ({self.state})"
