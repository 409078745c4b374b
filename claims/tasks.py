from celery import shared_task
from django.db import InterfaceError, OperationalError

from claims.services.extraction import article_extract as article_extract_service


@shared_task(autoretry_for=(OperationalError, InterfaceError), retry_backoff=2, retry_backoff_max=300, max_retries=12)
def article_extract(article_id: int) -> int:
    """Extract an imported article's statements (idempotent: safe to redeliver)."""
    return len(article_extract_service(article_id=article_id))
