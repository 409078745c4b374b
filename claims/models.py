"""What is said and what is true: statements with their chains, claims, status
history, annotations."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from sources.models import Actor, ActorKind, Article


class ClaimStatus(models.TextChoices):
    UNVERIFIED = "unverified"
    CONFIRMED = "confirmed"
    DENIED = "denied"
    DISPUTED = "disputed"


class Stance(models.TextChoices):
    ASSERTS = "asserts"
    DENIES = "denies"
    DISPUTES = "disputes"
    QUESTIONS = "questions"
    HEDGES = "hedges"


class DatePrecision(models.TextChoices):
    """How much of ``said_on`` the text gave: "last month" is the month's first day, precision month."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class LinkStatus(models.TextChoices):
    NEW = "new", "started its claim"
    AUTO = "auto", "linked automatically"
    SUGGESTED = "suggested", "started its claim; may restate another (see suggested claim)"
    CONFIRMED = "confirmed", "confirmed by a reviewer"


class Claim(models.Model):
    """One proposition. Editors rule on claims; statements are the evidence."""

    text = models.CharField(max_length=500, help_text="Short canonical wording, under 75 characters where possible")
    text_by_editor = models.BooleanField(default=False, help_text="An editor wrote the text: linking keeps it")
    status = models.CharField(max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.UNVERIFIED)
    subjects = models.ManyToManyField(Actor, blank=True, related_name="claims")
    version = models.PositiveIntegerField(default=1, help_text="Raised by every change, so stale edits are refused")
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_claims"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at"]
        permissions = [("set_claim_status", "Can set the status of a claim")]
        indexes = [
            models.Index(fields=["status", "-updated_at"], name="claim_status_idx",
                         condition=Q(merged_into__isnull=True)),
        ]

    def __str__(self):
        return self.text


class Statement(models.Model):
    """One attributed utterance in one article. Offsets index ``article.text``."""

    class Quote(models.TextChoices):
        DIRECT = "direct"
        INDIRECT = "indirect"
        MIXED = "mixed"

    class Review(models.TextChoices):
        PROPOSED = "proposed"
        ACCEPTED = "accepted"
        REJECTED = "rejected"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements")
    speaker = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="statements")
    speaker_description = models.CharField(max_length=300, blank=True)
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    cue = models.CharField(max_length=200)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    content = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    fragments = models.JSONField(
        default=list, blank=True,
        help_text="The attributed words as text ranges inside start/end, [[start, end], ...]: two or more when "
                  "the cue or the writer's own words split them. Empty: all of the content",
    )
    quote = models.CharField(max_length=10, choices=Quote.choices)
    platform = models.CharField(max_length=100, blank=True)
    said_on = models.DateField(null=True, blank=True, help_text="When the text dates the utterance; a period's first day")
    said_on_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    said_when = models.CharField(
        max_length=100, blank=True,
        help_text='The words that date the utterance ("on Sunday"), kept when said_on cannot be resolved',
    )
    said_when_start = models.PositiveIntegerField(null=True, blank=True)
    said_when_end = models.PositiveIntegerField(null=True, blank=True)
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.ASSERTS)
    hedges = models.JSONField(default=list, blank=True)
    stance_cues = models.JSONField(
        default=list, blank=True,
        help_text='The words that set the stance: [{"kind": "denial", "text": "denied", "span": [start, end]}]',
    )
    confidence = models.FloatField()
    extractor = models.CharField(max_length=100)
    review_state = models.CharField(max_length=10, choices=Review.choices, default=Review.PROPOSED)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements")
    link_score = models.FloatField(null=True, blank=True)
    link_method = models.CharField(max_length=100, blank=True)
    suggested_claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="suggested_statements",
        help_text="A claim this statement may restate (score below the automatic threshold): a reviewer decides",
    )
    link_status = models.CharField(
        max_length=10, choices=LinkStatus.choices, blank=True,
        help_text="How the statement came to its claim; relinking never moves a confirmed one",
    )
    orphaned = models.BooleanField(
        default=False, help_text="Accepted, but its quote was not found in the article's new version: review it"
    )
    carried_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="carried_to",
        help_text="The statement of the article's previous version this one continues",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        # Speakers who said the same words together share a span: id keeps their order stable.
        ordering = ["article_id", "start", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="statement_span_not_empty"),
            models.CheckConstraint(condition=Q(confidence__gte=0, confidence__lte=1), name="statement_confidence_0_1"),
            # "A and B said X" is two statements, one per speaker, over the same span:
            # the same words from the same actor at the same place are one statement.
            models.UniqueConstraint(fields=["article", "start", "end", "speaker"],
                                    name="statement_unique_span_speaker_per_article"),
        ]
        indexes = [
            models.Index(fields=["review_state", "-created_at"], name="statement_review_idx"),
            models.Index(fields=["claim", "link_status"], name="statement_claim_idx"),
        ]

    def __str__(self):
        return f"{self.speaker}: {self.content[:60]}"


class AttributionHop(models.Model):
    """One link of a statement's attribution chain, outermost first. Position 0 is the
    publishing outlet (relation "published") when the article's outlet is known; when it
    is not, the chain starts at the first source the text cites."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="hops")
    position = models.PositiveSmallIntegerField()
    actor = models.ForeignKey(Actor, null=True, blank=True, on_delete=models.PROTECT, related_name="hops")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=ActorKind.choices)
    relation = models.CharField(max_length=50)

    class Meta:
        ordering = ["statement_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["statement", "position"], name="hop_unique_position"),
        ]

    def __str__(self):
        return f"{self.position}: {self.name} ({self.relation})"


class StatusEvent(models.Model):
    """A dated, attributed change of a claim: written with the change, never edited."""

    class Kind(models.TextChoices):
        STATUS = "status"
        MERGE = "merge"
        SPLIT = "split"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.STATUS)
    from_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    to_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="status_events")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    rationale = models.TextField()
    evidence = models.ManyToManyField(Statement, blank=True, related_name="cited_by_events")
    links = models.JSONField(default=list, blank=True, help_text="Evidence URLs")
    details = models.JSONField(default=dict, blank=True)
    claim_version = models.PositiveIntegerField(help_text="The claim's version after this event")

    class Meta:
        ordering = ["claim_id", "created_at", "id"]
        constraints = [
            models.CheckConstraint(condition=~Q(rationale=""), name="status_event_has_rationale"),
        ]

    def __str__(self):
        return f"{self.claim_id}: {self.from_status} → {self.to_status}"


class Annotation(models.Model):
    """A reviewer's note on an article span, a statement or a claim. The quote with its
    prefix and suffix lets it be found again in a new version of the article."""

    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.CASCADE, related_name="annotations")
    statement = models.ForeignKey(
        Statement, null=True, blank=True, on_delete=models.SET_NULL, related_name="annotations"
    )
    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="annotations")
    exact = models.TextField(blank=True)
    prefix = models.CharField(max_length=200, blank=True)
    suffix = models.CharField(max_length=200, blank=True)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    body = models.TextField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="annotations")
    orphaned = models.BooleanField(default=False, help_text="Its quote was not found in the article's new version")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=False) | Q(statement__isnull=False) | Q(claim__isnull=False),
                name="annotation_has_target",
            ),
            models.CheckConstraint(
                condition=(Q(start__isnull=True) & Q(end__isnull=True)) | Q(end__gte=F("start")),
                name="annotation_span_ordered",
            ),
        ]

    def __str__(self):
        return self.body[:60]


class ClaimText(models.Model):
    """A text a claim is matched by: its canonical wording first, then the contents of
    statements linked to it (claims.linking.index.MAX_TEXTS at most)."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="link_texts")
    text = models.TextField()
    terms = models.JSONField(help_text="Weighted index terms of the text")

    class Meta:
        ordering = ["claim_id", "id"]


class ClaimTerm(models.Model):
    """One posting of the link index: a claim has this term. The unique index on
    (term, claim) also serves "the newest claims with this term", read backwards."""

    term = models.CharField(max_length=100)
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["term", "claim"], name="claim_term_unique")]


class TermCount(models.Model):
    """How many claims have a term (the empty term counts all indexed claims)."""

    term = models.CharField(max_length=100, primary_key=True)
    claims = models.IntegerField(default=0)
