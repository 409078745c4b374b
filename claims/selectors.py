"""Reads for the claims app: querysets shaped for the pages and endpoints that use them."""

from django.db.models import Count, Prefetch, QuerySet

from claims.models import AttributionHop, Claim, Statement


def statement_list() -> QuerySet[Statement]:
    return Statement.objects.select_related("article__outlet", "speaker", "claim").prefetch_related(
        Prefetch("hops", queryset=AttributionHop.objects.order_by("position"))
    ).order_by("article_id", "start")


def claim_list() -> QuerySet[Claim]:
    return Claim.objects.filter(merged_into__isnull=True).annotate(statement_count=Count("statements"))
