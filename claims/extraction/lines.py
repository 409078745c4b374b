"""Lines that name their speaker by layout, not by the parse: transcripts
and headlines ("TAPPER: And obviously ...", "Carson: Clinton 'not fit to
serve'"), a debate recap's turns on one line, and tweets embedded in a page
without their markup ("— Ines Varga (@InesVarga) March 3, 2016")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .attribution import Attribution, doc_text
from .cues import CLOSING_MARKS, can_speak, trim_span
from .lexicon import REQUEST_VERBS, SECTION_LABELS, SPEECH_VERBS


# Longer than any paragraph: a text whose line breaks were lost in scraping,
# where "Name: ..." at its start heads the page, not a speaker's turn.
_LONGEST_LINE = 3000
_COLON_LINE = re.compile(r"^(?P<who>[A-Z][\w.'’\- ]{1,60}?)\s?:\s+(?P<what>\S.{10,})$")
# A capitalised preposition marks a kicker headline ("Big Win For Varga:").
_KICKER_WORDS = {"For", "In", "To", "With", "At", "On", "From", "About", "Is", "Are"}


_SIGNED_QUOTE = re.compile(r"[”\"]\s*(?:—|–|--|-)\s*[A-Z]")


def _labels_a_signed_quote(m: re.Match) -> bool:
    """"Overheard: “The pier is closed.” — Ines Varga": one word before the
    colon labels a quote whose speaker signs it after the dash."""
    return len(m.group("who").split()) == 1 and _SIGNED_QUOTE.search(m.group("what")) is not None


def _a_common_word(doc: Doc, who: str) -> bool:
    """"Repairs: The board has no money left ...": one capitalised word the
    document also uses in lower case for something that does not speak is a
    topic heading a paragraph, not a name; "Report: ..." and "Insiders: ..."
    still speak. The tagger's reading of the heading itself is no guide: a
    name alone before a colon is often tagged a NOUN."""
    word = who.strip()
    if " " in word:
        return False
    return any(t.text == word.lower() and t.pos_ != "PROPN" and not can_speak(t) for t in doc)


def _quotes_a_speaker_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """"Pier repairs: The board has no money left. “We are broke,” Varga
    said.": a topic and a colon opening a paragraph of the writer's, which
    quotes somebody with a cue of its own, names no speaker of the line
    (a speaker's turn in a transcript is not written with "...," she said)."""
    body = doc.char_span(start, end, alignment_mode="expand")
    if body is None:
        return False
    for tok in body[:-1]:
        if tok.text not in CLOSING_MARKS or tok.i == 0 or not doc[tok.i - 1].is_punct:
            continue
        after = doc[tok.i + 1:min(tok.i + 6, body.end)]
        if any(SPEECH_VERBS.get(t.lemma_) == "clause" and t.pos_ == "VERB"
               and any(c.dep_ == "nsubj" for c in t.children) for t in after):
            return True
    return False


def find_colon_lines(doc: Doc) -> list[Attribution]:
    """Transcripts ("TAPPER: And obviously ...") and headlines ("Carson:
    Clinton 'not fit to serve'"): a short name, a colon, the words."""
    text, found, line_start = doc_text(doc), [], 0
    for whole in text.split("\n"):
        line = _inside_headline_marks(whole)
        pos = line_start + (1 if line is not whole else 0)  # past a headline's opening mark
        line_start += len(whole) + 1
        m = _COLON_LINE.match(line) if len(line) <= _LONGEST_LINE else None
        if m and _looks_like_a_name(m.group("who")) and not _labels_a_signed_quote(m) \
                and not _a_common_word(doc, m.group("who")) \
                and not _quotes_a_speaker_of_its_own(doc, pos + m.start("what"), pos + m.end("what")):
            for who, colon, what in _speaker_turns(line, m):
                cue, lemma = (pos + colon, pos + colon + 1), ":"
                verb = _headline_verb(line[who[0]:who[1]])
                if verb is not None:  # "Putin Pressures Elon Musk: Keep ..."
                    (v_start, v_end), lemma = verb[0], verb[1]
                    cue = (pos + who[0] + v_start, pos + who[0] + v_end)
                    who = (who[0], who[0] + len(line[who[0]:who[0] + v_start].rstrip()))
                who_start, who_end = pos + who[0], pos + who[1]
                content = trim_span(text, pos + what[0], pos + what[1])
                source_tok = doc.char_span(who_start, who_end, alignment_mode="expand")
                if content and source_tok is not None:
                    found.append(Attribution(
                        cue=cue, lemma=lemma, content=[content],
                        # A headline's parse is no guide: its name ends with its head word.
                        source=(who_start, who_end), source_head=source_tok[-1].i if verb else source_tok.root.i,
                        kind="colon", confidence=0.45,
                        # Its marks are the scrape's, not a quote's: see _cue_inside_quote.
                        extra={"headline_in_marks": True} if line is not whole else {},
                    ))
    return found


# A second speaker's turn on the same line, after the first one's quote
# closed: `Varga: "We rebuild." Brandt: "We close."`.
_NEXT_TURN = re.compile(r"(?<=[.!?][\"”’])[ \t]+(?P<who>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}) ?:[ \t]+(?=[\"“‘])")


def _speaker_turns(line: str, m: re.Match) -> list[tuple[tuple[int, int], int, tuple[int, int]]]:
    """Each speaker's (name span, colon, words span) on a colon line: the one
    it opens with, and any other name and colon opening a quote after the
    last one closed (a debate recap setting two answers side by side)."""
    turns, who = [], m.span("who")
    colon = line.index(":", m.end("who"))
    what_start = m.start("what")
    for nxt in _NEXT_TURN.finditer(line, what_start):
        if not _looks_like_a_name(nxt.group("who")):
            continue
        turns.append((who, colon, (what_start, nxt.start())))
        who, colon, what_start = nxt.span("who"), line.index(":", nxt.end("who")), nxt.end()
    turns.append((who, colon, (what_start, len(line.rstrip()))))
    return turns


# The signature of an embedded tweet, scraped without its markup: `— Ines
# Varga (@InesVarga) March 3, 2016`, on the line after the tweet or ending it.
_TWEET_SIGNATURE = re.compile(
    r"[ \t]*(?P<dash>[—–-]{1,2})[ \t]*(?P<who>[^\n()@—–]{2,60}?)[ \t]*\(@\w{1,15}\)[ \t]*"
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}[ \t]*$", re.MULTILINE)
_TWEET_LINKS = re.compile(r"(?:[ \t]+(?:pic\.twitter\.com/\S+|https?://t\.co/\S+))+[ \t]*$")


def find_embedded_tweets(doc: Doc) -> list[Attribution]:
    """`The pier stays closed. pic.twitter.com/x1y2` then `— Ines Varga
    (@InesVarga) March 3, 2016`: a tweet embedded in a page, its words with
    no quotation marks (the markup set them apart), signed by the author's
    name, handle and date. The words are the author's own, verbatim; a tweet
    in quotation marks is left to the quote's layout (layout.py)."""
    text, found = doc_text(doc), []
    for m in _TWEET_SIGNATURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].strip():  # the tweet ends on the signature's line
            words = (line_start, m.start())
        else:
            prev_end = line_start - 1
            words = (text.rfind("\n", 0, max(prev_end, 0)) + 1, max(prev_end, 0))
        links = _TWEET_LINKS.search(text, *words)
        content = trim_span(text, words[0], links.start() if links else words[1])
        who = trim_span(text, m.start("who"), m.end("who"))
        source = doc.char_span(*who, alignment_mode="expand") if who else None
        if content is None or source is None or text[content[0]] in "“\"‘'" \
                or len(text[content[0]:content[1]].split()) < 3:
            continue
        found.append(Attribution(
            cue=m.span("dash"), lemma="tweet", content=[content], source=who, source_head=source.root.i,
            kind="quote", platform="Twitter", direct=True, indirect=False, confidence=0.5,
        ))
    return found


_IN_MARKS = re.compile(r"[“\"](?P<line>[^“”\"]+)[”\"][ \t]*$")


def _inside_headline_marks(line: str) -> str:
    """`“Putin Pressures Elon Musk: Keep Starlink Away”`: a headline scraped
    inside quotation marks, read without them when it names its speaker and
    a speech verb before the colon (else a quoted line is somebody's words)."""
    m = _IN_MARKS.match(line)
    if m is None:
        return line
    inner = _COLON_LINE.match(m.group("line"))
    return m.group("line") if inner and _headline_verb(inner.group("who")) else line


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _headline_verb(who: str) -> tuple[tuple[int, int], str] | None:
    """"Putin Pressures Elon Musk", "Varga Slams Board": a headline's speech
    verb in title case after the speaker's name, as (span in who, lemma);
    None when who is all name."""
    for m in list(_TITLE_WORD.finditer(who))[1:]:
        word = m.group().lower()
        for lemma in (word[:-1], word[:-2]) if word.endswith(("s", "d")) else ():
            if lemma in SPEECH_VERBS or lemma in REQUEST_VERBS:
                return m.span(), lemma
    return None


def _looks_like_a_name(who: str) -> bool:
    words = who.split()
    if not 1 <= len(words) <= 5 or who.lower().strip() in SECTION_LABELS:
        return False
    return all(w[:1].isupper() or w.lower() in ("of", "the", "and", "de") for w in words) \
        and not any(w in _KICKER_WORDS for w in words[1:])
