"""A light language guess from stopword frequencies: enough to route an
article to the right extraction rules, no model to load."""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = {
    "en": "the and of to in a is that for on with was as by he it at said from his an be have has are were not but",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden "
          "aus er hat dass sie",
    "fr": "le la les de des et en un une du est que qui dans pour pas sur au il par plus avec ce sont a été elle",
    "es": "el la de que y en los del se las por un para con no una su al es lo como más pero sus le ha",
    "it": "il di che e la in un per non una sono del della le si con da è ha gli anche nel alla",
    "nl": "de het een van en in is dat op te zijn met voor niet aan er om ook als bij door maar",
    "pt": "o a de que e do da em um para com não uma os no se na por mais as dos como mas foi ao ele",
    "pl": "i w na z że do się nie to jest o jak po ale co od za przez tak jego są",
    "ru": "и в не на что с по как он это из за от для его но же так то было также",
    "uk": "і в на що з не у до як та за це від його але він про також було або",
}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in _STOPWORDS.items():
    for _word in _words.split():
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str, sample_chars: int = 2000) -> str | None:
    """ISO 639-1 code, or None when the text is too short or too mixed to say."""
    tokens = _TOKEN.findall(text[:sample_chars].lower())
    if len(tokens) < 20:
        return None
    counts = dict.fromkeys(_STOPWORDS, 0)
    for token, n in Counter(tokens).items():
        for code in _LANGUAGES_OF.get(token, ()):
            counts[code] += n
    scores = sorted(((n, code) for code, n in counts.items()), reverse=True)
    (best, code), (second, _) = scores[0], scores[1]
    # Require stopwords to be common (real prose is ~30-50% stopwords) and one
    # language to lead clearly, since short function words are shared.
    if best < 0.15 * len(tokens) or best < 1.5 * second:
        return None
    return code
