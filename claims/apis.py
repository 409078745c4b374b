import django_filters
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework import status as http
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.reverse import reverse

from claims.models import Claim, ClaimStatus, Stance, Statement, StatusEvent
from claims.records import StatementRecordSerializer
from claims.selectors import claim_evidence, claim_list, statement_list
from claims.services.claims import claim_edit, claim_merge, claim_split
from claims.services.linking import statement_link_confirm, statement_link_reject
from claims.services.review import claim_set_status


class StatementFilter(django_filters.FilterSet):
    speaker = django_filters.CharFilter(field_name="speaker__name", lookup_expr="icontains")
    outlet = django_filters.CharFilter(field_name="article__outlet__name", lookup_expr="iexact")
    stance = django_filters.ChoiceFilter(choices=Stance.choices)
    quote = django_filters.ChoiceFilter(choices=Statement.Quote.choices)

    class Meta:
        model = Statement
        fields = ["article", "claim", "speaker", "outlet", "stance", "quote", "review_state", "platform",
                  "link_status", "suggested_claim"]


class LinkInput(serializers.Serializer):
    claim = serializers.IntegerField(required=False, help_text="Move the statement here; default: its suggested claim")


class StatementViewSet(viewsets.ReadOnlyModelViewSet):
    """Every attributed statement, in the statement record shape of DESIGN.md."""

    queryset = statement_list()
    serializer_class = StatementRecordSerializer
    filterset_class = StatementFilter
    search_fields = ["content", "speaker__name", "cue"]
    ordering_fields = ["created_at", "confidence", "start"]

    @extend_schema(request=LinkInput, responses=StatementRecordSerializer)
    @action(detail=True, methods=["post"], url_path="confirm-link")
    def confirm_link(self, request, pk=None):
        """Confirm the statement's claim (or its suggested claim, or the one given)."""
        data = _valid(LinkInput, request)
        statement_link_confirm(statement_id=self.get_object().pk, user=request.user, claim_id=data.get("claim"))
        return Response(StatementRecordSerializer(self.get_queryset().get(pk=pk)).data)

    @extend_schema(request=None, responses=StatementRecordSerializer)
    @action(detail=True, methods=["post"], url_path="reject-link")
    def reject_link(self, request, pk=None):
        """Reject the suggested claim: the statement keeps the claim it started."""
        statement_link_reject(statement_id=self.get_object().pk, user=request.user)
        return Response(StatementRecordSerializer(self.get_queryset().get(pk=pk)).data)


class ClaimFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=ClaimStatus.choices)
    subject = django_filters.CharFilter(field_name="subjects__name", lookup_expr="icontains", distinct=True)

    class Meta:
        model = Claim
        fields = ["status", "subject"]


class ClaimSerializer(serializers.ModelSerializer):
    statement_count = serializers.IntegerField(read_only=True)
    subjects = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)

    class Meta:
        model = Claim
        fields = ["id", "text", "status", "version", "subjects", "statement_count", "created_at", "updated_at"]


class SourceSerializer(serializers.Serializer):
    label = serializers.CharField()
    stances = serializers.ListField(child=serializers.CharField())
    statements = serializers.ListField(child=serializers.IntegerField(), source="statement_ids")


class EvidenceSerializer(serializers.Serializer):
    suggested_status = serializers.CharField()
    suggestion_reason = serializers.CharField()
    asserting = serializers.IntegerField(help_text="Independent sources that assert the claim")
    contrary = serializers.IntegerField(help_text="Independent sources that deny or dispute it")
    sources = SourceSerializer(many=True)
    first_statement = serializers.IntegerField(source="first_statement_id", allow_null=True)
    first_article = serializers.IntegerField(source="first_article_id", allow_null=True)


class ClaimDetailSerializer(ClaimSerializer):
    evidence = serializers.SerializerMethodField()

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "text_by_editor", "evidence"]

    @extend_schema_field(EvidenceSerializer)
    def get_evidence(self, claim) -> dict:
        return EvidenceSerializer(claim_evidence(claim)).data


class EventSerializer(serializers.ModelSerializer):
    user = serializers.CharField(source="user.username")
    evidence = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = StatusEvent
        fields = ["id", "kind", "from_status", "to_status", "user", "created_at", "rationale", "evidence", "links",
                  "details", "claim_version"]


class StatusInput(serializers.Serializer):
    status = serializers.ChoiceField(choices=ClaimStatus.choices)
    rationale = serializers.CharField(help_text="Why, on what evidence")
    version = serializers.IntegerField(help_text="The claim version you read; a stale one is refused with 409")
    evidence = serializers.ListField(child=serializers.IntegerField(), required=False, default=list,
                                     help_text="Ids of statements cited as evidence")
    links = serializers.ListField(child=serializers.URLField(), required=False, default=list)


class EditInput(serializers.Serializer):
    text = serializers.CharField(max_length=500)
    version = serializers.IntegerField()


class MergeInput(serializers.Serializer):
    into = serializers.IntegerField(help_text="The claim this one duplicates")
    rationale = serializers.CharField()
    version = serializers.IntegerField()


class SplitInput(serializers.Serializer):
    statements = serializers.ListField(child=serializers.IntegerField(), min_length=1)
    rationale = serializers.CharField()
    version = serializers.IntegerField()
    text = serializers.CharField(max_length=500, required=False, default="")


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    """Claims with their status; the detail adds the evidence: independent sources,
    first appearance and the status the evidence suggests. Writes are editors' and
    carry the version read, so a stale change is refused (409)."""

    filterset_class = ClaimFilter
    search_fields = ["text", "statements__speaker__name"]
    ordering_fields = ["updated_at", "created_at", "statement_count"]

    def get_queryset(self):
        if self.action == "list":
            return claim_list().prefetch_related("subjects").order_by("-updated_at", "-id")
        return Claim.objects.prefetch_related("subjects")  # merged ones too: their ids redirect

    def get_serializer_class(self):
        return ClaimSerializer if self.action == "list" else ClaimDetailSerializer

    def retrieve(self, request, *args, **kwargs):
        claim = self.get_object()
        if claim.merged_into_id:
            target = reverse("claim-detail", args=[claim.merged_into_id], request=request)
            return Response({"detail": f"claim {claim.pk} was merged into claim {claim.merged_into_id}",
                             "merged_into": claim.merged_into_id}, status=http.HTTP_301_MOVED_PERMANENTLY,
                            headers={"Location": target})
        claim.statement_count = claim.statements.count()
        return Response(ClaimDetailSerializer(claim).data)

    @extend_schema(request=EditInput, responses=ClaimDetailSerializer)
    def partial_update(self, request, pk=None):
        """Reword the claim (editors)."""
        data = _valid(EditInput, request)
        claim = claim_edit(claim_id=self.get_object().pk, user=request.user, text=data["text"],
                           expected_version=data["version"])
        return self._detail(claim.pk)

    @extend_schema(request=StatusInput, responses=ClaimDetailSerializer)
    @action(detail=True, methods=["post"])
    def status(self, request, pk=None):
        """Set the status (editors): written with its event, who, when, why, evidence."""
        data = _valid(StatusInput, request)
        claim = claim_set_status(claim_id=self.get_object().pk, user=request.user, status=data["status"],
                                 rationale=data["rationale"], expected_version=data["version"],
                                 evidence_ids=data["evidence"], links=data["links"])
        return self._detail(claim.pk)

    @extend_schema(request=MergeInput, responses=ClaimDetailSerializer)
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        """Merge this claim into another (editors); this id then redirects there."""
        data = _valid(MergeInput, request)
        target = claim_merge(claim_id=self.get_object().pk, into_id=data["into"], user=request.user,
                             rationale=data["rationale"], expected_version=data["version"])
        return self._detail(target.pk)

    @extend_schema(request=SplitInput, responses=ClaimDetailSerializer)
    @action(detail=True, methods=["post"])
    def split(self, request, pk=None):
        """Move statements out into a new claim (editors); answers with the new claim."""
        data = _valid(SplitInput, request)
        new = claim_split(claim_id=self.get_object().pk, statement_ids=data["statements"], user=request.user,
                          rationale=data["rationale"], expected_version=data["version"], text=data["text"])
        return self._detail(new.pk, http.HTTP_201_CREATED)

    @extend_schema(responses=EventSerializer(many=True))
    @action(detail=True, methods=["get"])
    def events(self, request, pk=None):
        """The claim's history: status changes, merges and splits, oldest first."""
        events = self.get_object().events.select_related("user").prefetch_related("evidence")
        return Response(EventSerializer(events, many=True).data)

    def _detail(self, claim_id: int, code=http.HTTP_200_OK) -> Response:
        claim = get_object_or_404(Claim.objects.prefetch_related("subjects"), pk=claim_id)
        claim.statement_count = claim.statements.count()
        return Response(ClaimDetailSerializer(claim).data, status=code)


def _valid(serializer_class, request) -> dict:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data
