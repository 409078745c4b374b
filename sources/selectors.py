"""Reads for the sources app."""

from django.db.models import QuerySet

from sources.models import Article


def article_list() -> QuerySet[Article]:
    return Article.objects.select_related("outlet").defer("raw")
