"""API wiring: the v1 router and the one place domain errors become HTTP responses."""

from rest_framework import status
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter
from rest_framework.views import exception_handler as drf_exception_handler

from factcheck.errors import DomainError, Invalid, NotAllowed, Stale

_STATUS = {Invalid: status.HTTP_400_BAD_REQUEST, NotAllowed: status.HTTP_403_FORBIDDEN, Stale: status.HTTP_409_CONFLICT}


def exception_handler(exc, context):
    if isinstance(exc, DomainError):
        code = next((c for kind, c in _STATUS.items() if isinstance(exc, kind)), status.HTTP_400_BAD_REQUEST)
        return Response({"detail": exc.message}, status=code)
    return drf_exception_handler(exc, context)


def v1_router() -> DefaultRouter:
    from claims.apis import ClaimViewSet, StatementViewSet
    from sources.apis import ArticleViewSet

    router = DefaultRouter()
    router.register("articles", ArticleViewSet, basename="article")
    router.register("statements", StatementViewSet, basename="statement")
    router.register("claims", ClaimViewSet, basename="claim")
    return router
