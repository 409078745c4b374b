"""Who a leading "he" or "she" in a statement's content is, for linking.

"The Kremlin has attempted to downplay Musk's ties to Moscow, claiming he and
Putin only spoke once" is about Musk; linked as written it shares only "Putin"
with "Musk has been in regular contact with Putin". Linking (never the stored
content) reads the pronoun as a name when it cannot be the speaker, that is
in quoted words or when the speaker is not a person: the first name before the
content in its own sentence that is not the speaker, else the first name of
the sentence before. Subjects and possessors come first, so a left-to-right
search is a cheap stand-in for a parse (Hobbs' order). A name the content
itself goes on to use ("he and Putin") is not the pronoun.

A person's reported "he" ("Beskrestnov said he had discovered dishes") is the
speaker and stays as it is: statements are linked without their speaker's name
(as "I" in a quote is), and adding it was measured to cost links, since a name
the claim lacks counts against a match (docs/benchmarks/linking-method.md).

Only a pronoun that starts the content is read: that is where reported speech
puts its subject, and a wrong guess deeper in the content would add a name
that is not the proposition's. Names are capitalised runs of words, without a
model, so the guess can be an organisation or a place; the name only adds one
entity term (weight 0.6), which cannot make a link on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lexicon
from .terms import normalise

WINDOW = 600  # characters before the content searched for a name: two sentences and then some

_LEADING = re.compile(r"^(?P<lead>\s*[\"']?\s*(?:that\s+)?)(?P<pronoun>he|she)\b", re.I)
_NAME = re.compile(r"[A-Z][\w'.-]*(?:\s+(?:of\s+)?[A-Z][\w'.-]*)*")
_SENTENCE_END = re.compile(r"(?:[.!?][\"')\]]*\s+|\n\s*)")
_ARTICLES = ("The ", "A ", "An ")
_POSSESSIVE = re.compile(r"(?<='s)\s+")


def leading_pronoun(content: str) -> bool:
    """Does the content start (after "that" or a quote mark) with "he" or "she"?"""
    return _LEADING.match(normalise(content)) is not None


def resolve_leading_pronoun(content: str, *, speaker: str, speaker_kind: str | None = None,
                            quote: str | None = None, before: str | Callable[[], str] = "") -> str:
    """The content with a leading "he"/"she" replaced by who it most likely is.

    before: the article text up to the content (or a function returning it, so
    that the text is only fetched when the content starts with a pronoun).
    Returns the content unchanged when there is no such pronoun or no name.
    """
    text = normalise(content)
    match = _LEADING.match(text)
    if match is None:
        return content
    quoted = quote == "direct" or '"' in match.group("lead")
    if speaker_kind == "person" and not quoted:
        return content  # the speaker: see above
    context = before() if callable(before) else before
    name = antecedent(normalise(context[-WINDOW:]), speaker=speaker, content=text)
    if not name:
        return content
    return f"{match.group('lead')}{name}{text[match.end():]}"


def surname(name: str) -> str:
    """The last word of a person's name, as news refers to someone the second time."""
    words = name.split()
    return words[-1] if words else ""


def antecedent(before: str, *, speaker: str, content: str = "") -> str | None:
    """The first name in the sentence the content is in (before it), else in the
    sentence before that, that is neither the speaker nor named in the content."""
    excluded = {w.lower() for w in _name_words(speaker)} | {w.lower() for w in _names_in(content)}
    sentences = _SENTENCE_END.split(before)
    current, previous = sentences[-1], sentences[-2] if len(sentences) > 1 else ""
    capitalised = _mid_sentence_words(before)
    for sentence in (current, previous):
        for name in _sentence_names(sentence, capitalised_elsewhere=capitalised):
            last = surname(name)
            if last.lower() not in excluded and not set(name.lower().split()) & excluded:
                return last
    return None


def _sentence_names(sentence: str, *, capitalised_elsewhere: set[str]) -> list[str]:
    names = []
    for match in _NAME.finditer(sentence):
        run = match.group()
        if match.start() == len(sentence) - len(sentence.lstrip()):
            run = _drop_sentence_capital(run, capitalised_elsewhere)
        # A possessive ends a name: "Elon Musk's SpaceX" names Musk, then SpaceX.
        for name in (_strip_possessive(part) for part in _POSSESSIVE.split(run)):
            for article in _ARTICLES:
                if name.startswith(article):
                    name = name[len(article):]
            if name and name.split()[0].lower() not in lexicon.STOPWORDS:
                names.append(name)
    return names


def _drop_sentence_capital(name: str, capitalised_elsewhere: set[str]) -> str:
    # A sentence's first word is capitalised whatever it is ("Earlier", "However");
    # it is a name only if the text capitalises it elsewhere too.
    first, _, rest = name.partition(" ")
    if first in capitalised_elsewhere or f"{first} " in _ARTICLES:
        return name
    return rest


def _mid_sentence_words(text: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"[a-z,;:]\s+([A-Z][\w'.-]*)", text)}


def _names_in(text: str) -> set[str]:
    return {w for m in _NAME.finditer(text) for w in _name_words(m.group())}


def _name_words(name: str) -> list[str]:
    return [_strip_possessive(w) for w in name.split() if w[:1].isupper()]


def _strip_possessive(name: str) -> str:
    return name[:-2] if name.endswith("'s") else name.rstrip("'")
