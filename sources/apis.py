import django_filters
from rest_framework import serializers, viewsets

from sources.models import Article
from sources.selectors import article_list


class ArticleFilter(django_filters.FilterSet):
    outlet = django_filters.CharFilter(field_name="outlet__name", lookup_expr="iexact")
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte")

    class Meta:
        model = Article
        fields = ["outlet", "language", "format", "is_current"]


class ArticleSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(source="outlet.name", read_only=True, allow_null=True)
    excluded = serializers.JSONField(read_only=True, help_text="Boilerplate ranges: [[start, end, kind], ...]")

    class Meta:
        model = Article
        fields = [
            "id", "source_file", "identity", "title", "outlet", "byline", "published", "language", "url",
            "format", "version", "previous", "is_current", "imported_at", "metadata", "excluded", "text",
        ]


class ArticleListSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [f for f in ArticleSerializer.Meta.fields if f not in {"text", "excluded", "metadata"}]


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    """Imported articles; the list omits the text, the detail carries it exactly as received."""

    filterset_class = ArticleFilter
    search_fields = ["title", "source_file", "outlet__name", "byline"]
    ordering_fields = ["published", "imported_at", "title"]

    def get_queryset(self):
        queryset = article_list().order_by("-imported_at", "-id")
        return queryset.defer("text") if self.action == "list" else queryset

    def get_serializer_class(self):
        return ArticleListSerializer if self.action == "list" else ArticleSerializer
