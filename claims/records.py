"""The statement record (DESIGN.md), one shape for the API and the export command.

`../shared/statement.schema.json` validates it; the dry-run extractor builds the same
shape from unsaved statements in ``extracted_record``.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.extraction.types import STANCE_CUE_KINDS, ExtractedStatement
from claims.models import AttributionHop, Claim, Statement
from sources.models import Article


class SpanField(serializers.Field):
    """Two attributes of the object shown as one [start, end] pair, or null."""

    def __init__(self, start: str, end: str, **kwargs):
        self.start_attr, self.end_attr = start, end
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        start, end = getattr(obj, self.start_attr), getattr(obj, self.end_attr)
        return None if start is None or end is None else [start, end]


extend_schema_field({"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2, "nullable": True})(
    SpanField
)


class BlankAsNullField(serializers.CharField):
    """A text column stored blank when unknown, shown as null."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, allow_null=True, **kwargs)

    def to_representation(self, value):
        return super().to_representation(value) or None


class ArticleRefSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(source="outlet.name", read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "source_file", "title", "outlet", "published"]


class SpeakerSerializer(serializers.Serializer):
    name = serializers.CharField(source="speaker.name")
    kind = serializers.CharField(source="speaker.kind")
    description = serializers.SerializerMethodField()
    mention = SpanField("speaker_start", "speaker_end")

    def get_description(self, statement) -> str | None:
        return statement.speaker_description or statement.speaker.description or None


class HopSerializer(serializers.ModelSerializer):
    class Meta:
        model = AttributionHop
        fields = ["name", "kind", "relation"]


class ClaimRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["id", "text", "status"]


class StanceCueSerializer(serializers.Serializer):
    """One entry of ``Statement.stance_cues`` (stored as the extractor gave it)."""

    kind = serializers.ChoiceField(choices=STANCE_CUE_KINDS)
    text = serializers.CharField()
    span = serializers.ListField(child=serializers.IntegerField(), min_length=2, max_length=2, allow_null=True)


class StatementRecordSerializer(serializers.ModelSerializer):
    article = ArticleRefSerializer(read_only=True)
    speaker = SpeakerSerializer(source="*", read_only=True)
    cue_span = SpanField("cue_start", "cue_end")
    platform = BlankAsNullField()
    said_on_precision = BlankAsNullField()
    said_when = BlankAsNullField()
    said_when_span = SpanField("said_when_start", "said_when_end")
    stance_cues = serializers.ListField(child=StanceCueSerializer(), read_only=True)
    fragments = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField(), min_length=2, max_length=2), read_only=True,
        help_text="The attributed words as [start, end] ranges inside start/end; empty: all of the content",
    )
    chain = HopSerializer(source="hops", many=True, read_only=True)
    claim = ClaimRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Statement
        fields = [
            "id", "article", "speaker", "cue", "cue_span", "content", "start", "end", "fragments", "quote", "platform",
            "stance", "stance_cues", "hedges", "said_on", "said_on_precision", "said_when",
            "said_when_span", "chain", "claim", "link_status",
            "link_score", "link_method", "suggested_claim", "confidence",
            "extractor", "review_state",
        ]


def extracted_record(ex: ExtractedStatement, *, source_file: str, title: str | None, outlet: str | None,
                     published: str | None) -> dict:
    """The record of a statement that was extracted but not stored (``extract --json``)."""
    from claims.extraction import EXTRACTOR_VERSION  # here, not above: it imports spaCy, which the API never needs

    record = ex.as_dict()
    record.update(
        id=None,
        article={"id": None, "source_file": source_file, "title": title, "outlet": outlet, "published": published},
        claim=None,
        extractor=EXTRACTOR_VERSION,
    )
    return record
