import django_filters
from rest_framework import serializers, viewsets

from claims.models import Claim, ClaimStatus, Stance, Statement
from claims.records import StatementRecordSerializer
from claims.selectors import claim_list, statement_list


class StatementFilter(django_filters.FilterSet):
    speaker = django_filters.CharFilter(field_name="speaker__name", lookup_expr="icontains")
    outlet = django_filters.CharFilter(field_name="article__outlet__name", lookup_expr="iexact")
    stance = django_filters.ChoiceFilter(choices=Stance.choices)
    quote = django_filters.ChoiceFilter(choices=Statement.Quote.choices)

    class Meta:
        model = Statement
        fields = ["article", "claim", "speaker", "outlet", "stance", "quote", "review_state", "platform"]


class StatementViewSet(viewsets.ReadOnlyModelViewSet):
    """Every attributed statement, in the statement record shape of DESIGN.md."""

    queryset = statement_list()
    serializer_class = StatementRecordSerializer
    filterset_class = StatementFilter
    search_fields = ["content", "speaker__name", "cue"]
    ordering_fields = ["created_at", "confidence", "start"]


class ClaimFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=ClaimStatus.choices)

    class Meta:
        model = Claim
        fields = ["status"]


class ClaimSerializer(serializers.ModelSerializer):
    statement_count = serializers.IntegerField(read_only=True)
    subjects = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)

    class Meta:
        model = Claim
        fields = ["id", "text", "status", "version", "subjects", "statement_count", "created_at", "updated_at"]


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = claim_list().prefetch_related("subjects").order_by("-updated_at", "-id")
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    search_fields = ["text", "statements__speaker__name"]
    ordering_fields = ["updated_at", "created_at", "statement_count"]
