"""Decide which attribution owns each quotation.

The parser sees sentences; quotes do not respect them (“A,” he said. “B.”),
and the layout of a news story carries speech across paragraphs. These rules
join the parse's cues with the quotation marks in the text: a cue takes the
quote it introduces or follows, a quote split by its cue is joined again, a
quoted paragraph goes on with the words of the speaker before it, and a quote
no cue claims is given to the speaker its layout names (layout.py) or left
as a scare quote.
"""

from __future__ import annotations

import bisect
import re

from .attribution import Attribution, doc_text, overlap
from .cues import span_of, trim_span
from .layout import (bullet_end, chanted_quote, closed_for_a_cue, end_before, follows_a_chant, introducing_verb,
                     name_head, nearest_speaker, noun_phrase, opens_with_mark, paragraph_before, signed_quote,
                     speaker_after, speaker_by_layout, speech_like, word_count)
from .lexicon import SPEECH_VERBS
from .quotes import Quote
from .speakers import inverted_speech_verb

_SHORT_QUOTE = re.compile(r"[“\"][^“”\"\n]{1,40}[”\"]")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Prof|Jr|Sr|St|[A-Z])\.")


def attach_quotes(doc, sentences: list, attributions: list[Attribution], quotes: list[Quote]) -> list[Attribution]:
    """The attributions with the quotes they own, sorted by where their content
    starts. A cue inside somebody's quote is part of what they said and is
    dropped; each other cue takes the quotes it introduces or follows
    (`“The pier stays,” Ines Varga said. “So does the ferry.”` gives both to
    "said"); a quote still unowned becomes an attribution of its own, to the
    speaker its layout or the paragraphs before it name."""
    text = doc_text(doc)
    kept = [a for a in attributions if not _cue_inside_quote(a, quotes)]
    for a in kept:
        _prefer_introduced_quote(doc, text, a, quotes, kept)
        _stop_before_inner_speech(doc, text, a, quotes)
        _quote_in_brackets(text, a, quotes)
        _expand_into_quotes(a, quotes)
        if a.direct:
            _manner_before_quote(text, a, quotes)
            _quote_then_cue(doc, text, a, quotes)
            _end_at_closing_mark(text, a, quotes)
    for a in kept:
        if not a.content:
            _take_adjacent_quote(text, sentences, a, quotes, kept)
        _quote_before_its_speaker(doc, a, quotes)
        if a.direct:
            _quote_before_split_cue(text, a, quotes, kept)
    kept = [a for a in kept if a.content]
    kept += [c for c in [quoted_as_saying(doc, a, quotes, kept) for a in kept] if c is not None]
    orphans = _orphan_quotes(doc, kept, quotes)
    kept = [a for a in kept if not _displaced_by_quote(a, orphans)] + orphans
    for a in kept:
        verb_before_colon_speaker(doc, a)
        _quote_and_its_cue_reported(doc, text, a, quotes, kept)
        _speaker_and_quote_reported(doc, text, a, quotes, kept)
        if a.direct:
            _list_of_quotes(text, a, quotes, [b for b in kept if b is not a])
            _topic_of_quote(doc, a, kept)
    return sorted(kept, key=lambda a: a.start)


# "the mayor as saying “", "Odo Brandt, a pilot, as saying: “"
_AS_SAYING = re.compile(r"(?P<who>[^“”\"\n]{2,80}?),?[ \t]+as[ \t]+(?P<cue>saying)[,:]?[ \t]*$")


def quoted_as_saying(doc, a: Attribution, quotes: list[Quote], cues: list[Attribution]) -> Attribution | None:
    """`An early post quoted the mayor as saying “...”`: the quote is the
    mayor's words, reported by the post; a statement of the mayor's, which
    the post's cue carries (its content holds the new cue). When the parse
    made "saying" a cue of its own, that cue is given the mayor instead."""
    if a.lemma != "quote" or not a.direct or a.source is None:
        return None
    start = a.content[0][0]
    q = next((q for q in quotes if start < q.start and any(overlap(f, q.inner) for f in a.content)), None)
    m = _AS_SAYING.fullmatch(doc_text(doc), start, q.start) if q is not None else None
    who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand") if m is not None else None
    if who is None or not noun_phrase([t for t in who if not t.is_punct]):
        return None
    saying = next((b for b in cues if b.cue == m.span("cue")), None)
    if saying is not None:
        saying.source, saying.source_head = (who[0].idx, who[-1].idx + len(who[-1])), name_head(who).i
        return None
    return Attribution(
        cue=m.span("cue"), lemma="say", content=[q.inner], source=(who[0].idx, who[-1].idx + len(who[-1])),
        source_head=name_head(who).i, cue_head=None, kind="quote", direct=True, indirect=False, confidence=0.5,
    )


def verb_before_colon_speaker(doc, a: Attribution) -> None:
    """`Continued Stone: “...”`, `Added Odo Brandt: “...”`: a capitalised
    speech verb set before the name of a colon's speaker (an inverted "Stone
    continued") is the cue, and no part of the speaker; where the parse
    took the name for the verb's object, the name is the speaker."""
    if a.source is None and a.direct and a.cue_head is not None:
        _object_as_speaker(doc, a)
    if a.lemma != ":" or a.source is None:
        return
    span = doc.char_span(*a.source, alignment_mode="expand")
    if span is None or len(span) < 2 or not span[0].text[:1].isupper() or not span[1].text[:1].isupper():
        return
    first = span[0]
    lemma = inverted_speech_verb(first)
    if lemma is not None:
        a.cue, a.lemma = (first.idx, first.idx + len(first)), lemma
        a.source = (span[1].idx, a.source[1])
        if a.source_head == first.i:
            a.source_head = name_head(span[1:]).i


def _object_as_speaker(doc, a: Attribution) -> None:
    """`Added Odo Brandt: “...”` parsed as adding Brandt: the name after an
    inverted speech verb that opens its sentence is who spoke."""
    verb = doc[a.cue_head]
    if inverted_speech_verb(verb) is None or verb.i != verb.sent.start:
        return
    name = next((c for c in verb.children if c.i > verb.i and c.pos_ == "PROPN" and c.dep_ in ("dobj", "npadvmod")),
                None)
    if name is not None and not any(a.covers(t.idx) for t in name.subtree):
        a.source, a.source_head = span_of(name), name.i


def _stop_before_inner_speech(doc, text, a: Attribution, quotes: list[Quote]) -> None:
    """"the crews worked through the night, and Brandt added, “...”", "she
    mentioned the pier before explaining: “...”": a speech verb inside the
    content that opens a quote with a comma or colon starts words of its
    own; the content ends before its clause, and the quote is that verb's."""
    if not a.content or a.cue_head is None:
        return
    start, end = a.content[0][0], a.content[-1][1]
    for q in quotes:
        if not start < q.start <= end or any(o.encloses((q.start, q.start)) for o in quotes if o is not q):
            continue
        verb = introducing_verb(doc, text, q)
        if verb is None or verb.i == a.cue_head or verb.idx <= start or verb.idx < a.cue[1]:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is not None and a.source is None:
            # "When asked why, Varga responded: “...”": somebody else answers
            # what was asked, however short (the parse may hang "why" on the answer).
            clause, least = subject.left_edge.idx, 1
        else:
            clause = min([verb.idx] + [c.left_edge.idx for c in verb.children if c.i < verb.i and not c.is_punct])
            least = 3
        end = _before_joining_words(text, start, clause)
        if end is not None and word_count(text, (start, end)) >= least:
            a.content = [(s, min(e, end)) for s, e in a.content if s < end]
        return


_JOINING_WORDS = {"and", "but", "before", "then", "while", "after"}


def _before_joining_words(text, start, end) -> int | None:
    """Where start..end ends once trailing punctuation and the words that
    joined the next clause ("..., and", "before") are dropped."""
    span = trim_span(text, start, end)
    while span is not None and text[span[0]:span[1]].rsplit(None, 1)[-1].lower() in _JOINING_WORDS:
        span = trim_span(text, span[0], span[0] + len(text[span[0]:span[1]].rsplit(None, 1)[0]))
    return span[1] if span is not None else None


def _displaced_by_quote(a: Attribution, orphans: list[Attribution]) -> bool:
    """"“A,” said Hany Farid, chairman of ..., who co-developed ...": when the
    quote before a cue is its words, what the parse hung after the cue is
    not; nor is "that" in "“A.” That is what Brandt told the council"."""
    return not a.direct and any(o.cue == a.cue and o.direct and (o.end <= a.cue[0] < a.start or o.extra.get(
        "named_after")) for o in orphans)


def _prefer_introduced_quote(doc, text, a: Attribution, quotes: list[Quote], cues: list[Attribution]) -> None:
    """`could only quip: "I guess ..."`: a colon right after the cue introduces
    the quote, whatever the parser attached to the verb; but not a quote its
    speaker signs (`What they said:` then `“...” — Ines Varga`)."""
    q = next((q for q in quotes if q.start >= a.cue[1]), None)
    if q is None or any(a.cue[1] <= b.cue[0] < q.start for b in cues) or signed_quote(doc, q):
        return  # a nearer cue introduces it, or a signature names its speaker
    between = text[a.cue[1]:q.start]
    intro, colon, rest = between.rpartition(":")
    # The colon may end the paragraph, the quote opening the next one
    # ("The Gazette confirmed it, reporting:" then a quoted paragraph).
    introduced = (colon and "\n" not in intro and rest.strip() == "" and rest.count("\n") <= 2
                  and len(between.strip()) <= 25 and not _SENTENCE_BREAK.search(intro))
    # "..., telling reporters, “...”": the parse gave the cue the clause
    # before it; the comma and the quote after it are what it introduces.
    # (Quotes in what the parse hung after the quote do not count: `and
    # joked, “...,” drawing jeers and “Ferry!” chants`.)
    after_comma = (between.rstrip().endswith(",") and "\n" not in between and len(between.strip()) <= 25
                   and not any(c in between for c in ".!?;") and (not a.content or a.content[0][1] <= a.cue[0])
                   and not any(overlap(f, o.inner) for f in a.content if f[1] <= q.start
                               for o in quotes if o is not q))
    if introduced or after_comma:
        _takes_the_quote(a, q)


# "Varga wrote. She continued:": a sentence ends between the cue and the colon.
_SENTENCE_BREAK = re.compile(r"[.!?][”\"'’]*\s+[A-Z]")


def _quote_then_cue(doc, text, a: Attribution, quotes: list[Quote]) -> None:
    """“A,” Brent Bozell, founder of the center, tells X: the quote before
    the cue is the content, what stands between them the speaker, and what
    follows the cue unquoted is the writer's (“Really,” she added when ...)."""
    q = next((q for q in quotes if q.end <= a.cue[0] and any(overlap(f, q.inner) for f in a.content)), None)
    q = _quote_right_before(text, a, quotes) or _quote_after_colon(text, a, quotes) or q
    if q is None or q.inner_end - q.inner_start < 2 or not closed_for_a_cue(text, q):
        return
    between = text[q.end:a.cue[0]]
    # A short title in the speaker's description ("wearing “Ted Cruz” pins")
    # is no new quote; and when the content opens with the quote (or the
    # quote opens an aside after a dash), the period of "Ms." or "J." ends no
    # sentence.
    bare = _SHORT_QUOTE.sub("", between)
    if min(f[0] for f in a.content) >= q.start - 2 or text[:q.start].rstrip().endswith(("-", "–", "—")):
        bare = _ABBREVIATION.sub("", bare)
    if "\n" in between or any(c in bare for c in ".!?;“”\"") or len(between) > 150:
        return
    if a.source is not None and q.end <= min(a.source[0], a.cue[0]) \
            and _words_go_on(text[q.end:min(a.source[0], a.cue[0])]):
        # "The plan, which Varga called “a disgrace,” was dropped, the master
        # said": the quote is inside his words, which go on past it. But "In
        # his “intent,” a memo, he wrote, “We must ...”": the quote he opens
        # with the cue is his.
        after = [f for f in a.content if f[0] >= a.cue[1]]
        if after and all(any(o.encloses(f) for o in quotes) for f in after):
            a.content = after
        return
    goes_on = a.extra.get("goes_on", [])
    quoted = [q.inner] + [f for f in a.content if f[0] >= q.end and (any(o.encloses(f) for o in quotes)
                                                                     or any(overlap(f, g) for g in goes_on))]
    if a.source is None or any(overlap(a.source, f) for f in a.content):
        who = trim_span(text, q.end, a.cue[0])
        speaker = _named_speaker(doc, text, who) if who else None
        if speaker is not None:
            a.source, a.source_head = speaker
    lead = _subject_before_quote(text, a, q)
    a.content = [(lead, q.inner_end)] + quoted[1:] if lead is not None else quoted
    a.indirect = lead is not None  # "The new pier “is a disgrace,” he said": quoted and reported words in one


def _words_go_on(stretch: str) -> bool:
    """Whether unquoted words go on in stretch (“a disgrace,” was dropped,),
    not just a joining word before another quote (“Open the pier,” and “Never,”)."""
    return len(re.findall(r"\w+", _SHORT_QUOTE.sub("", stretch))) >= 2


def _quote_and_its_cue_reported(doc, text, a: Attribution, quotes: list[Quote], others: list[Attribution]) -> None:
    """`“...,” Brandt said at a press conference, according to the Gazette`:
    the Gazette reports the whole sentence, the quote and who said it (on
    train, gold keeps both each of the 17 times), not the quote alone, and
    the words Brandt goes on with after it (“A,” Brandt said, according to
    the Gazette. “B.”). The quote stays Brandt's statement, reported by the
    Gazette: this runs once every quote has its owner."""
    if a.kind != "according" or not a.content \
            or any(f[1] > a.cue[0] and text[max(f[0], a.cue[1]):f[1]].strip(" .") for f in a.content):
        return  # only an "according to" closing the sentence
    q = next((q for q in reversed(quotes) if q.end <= a.cue[0]), None)
    if q is None or q.inner_end - q.inner_start < 2 or not closed_for_a_cue(text, q):
        return
    between = text[q.end:a.cue[0]]
    if "\n" in between or any(c in between for c in ".!?;:“”\"") or len(between) > 150 \
            or not any(overlap(f, (q.start, a.cue[0])) for f in a.content):
        return
    said = trim_span(text, q.end, a.cue[0])
    if not said or not _speaker_and_cue(doc, said):
        return
    speaker = next((b for b in others if b is not a and q.start <= b.cue[0] < a.cue[0]
                    and any(overlap(f, q.inner) for f in b.content)), None)
    going_on = [f for f in speaker.content if f[0] >= a.cue[1]] if speaker is not None else []
    a.content = [(q.inner_start, said[1])] + going_on
    a.direct = True


def _speaker_and_quote_reported(doc, text, a: Attribution, quotes: list[Quote], others: list[Attribution]) -> None:
    """`Asked about the pier, Varga said: “It stays closed,” the Gazette
    reported` (or `…, according to the Gazette`): a report set after a quote
    that its speaker and cue introduce reports the whole sentence, not the
    quote alone; the quote stays the speaker's statement, nested in it."""
    q = next((q for q in quotes if a.content and all(q.encloses(f) for f in a.content)), None)
    if q is None or a.cue[0] < q.end or not _only_punct(text[q.end:min(a.cue[0], (a.source or a.cue)[0])]) \
            or a.kind != "according" and (a.source is None or a.source[0] < q.end):
        return
    speaker = next((b for b in others if b is not a and b.cue[1] <= q.start and _only_punct(text[b.cue[1]:q.start])
                    and any(overlap(f, q.inner) for f in b.content)), None)
    if speaker is None or speaker.cue_head is None or _same_words(text, speaker.source, a.source):
        return  # `Pence added, “…,” Pence said`: the speaker, named again
    a.content = [(doc[speaker.cue_head].sent.start_char, q.inner_end)]
    a.direct = a.indirect = True


def _same_words(text, a, b) -> bool:
    return a is not None and b is not None and text[a[0]:a[1]].lower() == text[b[0]:b[1]].lower()


# Verbs whose "of" names what the words are about: "said of Brandt", "wrote of the levy".
_TOPIC_VERBS = {"say", "write", "state"}
# An of-phrase of more words tells the occasion rather than names a topic (on
# train, with no limit 4 more quotes lost their match than with this one).
_TOPIC_WORDS = 8


def _topic_of_quote(doc, a: Attribution, cues: list[Attribution]) -> None:
    """`“He is not fit to run the harbour,” Varga said of Brandt. “Nobody
    trusts him.”`: what the quoted words are about is named after "of",
    and without it they say nothing checkable ("he" is Brandt); the of-
    object, with its relative clause, is a fragment of the content and the
    cue stays "said". A long of-phrase is the writer's account of the
    occasion ("said of the possibility of superdelegates switching ... in
    the last weeks of the race"), not a name, and stays out."""
    if a.indirect or a.cue_head is None or a.lemma not in _TOPIC_VERBS:
        return
    verb = doc[a.cue_head]
    text = doc_text(doc)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > verb.i
                 and not text[a.cue[1]:c.idx].strip()), None)
    topic = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if topic is None:
        return
    words = [t for t in topic.subtree if not t.is_punct]
    span = span_of(topic)
    # "said of the board's support for ...": a topic holding a cue of its own is that cue's.
    if len(words) > _TOPIC_WORDS or any(overlap(span, f) for f in a.content) \
            or any(span[0] <= b.cue[0] < span[1] for b in cues):
        return
    a.add_fragment(span)


def _speaker_and_cue(doc, span) -> bool:
    """"Brandt said at a press conference": a speech verb with its subject."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None:
        return False
    inside = range(words.start, words.end)
    return any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"
               and any(c.dep_ == "nsubj" and c.i in inside for c in t.children) for t in words)


def _quote_right_before(text, a: Attribution, quotes: list[Quote]) -> Quote | None:
    """`“A,” she said, but despite the storm, “B,” said Varga`: the quote
    closed by a comma right before an inverted cue is its words, whatever
    earlier quote the parse hung on it."""
    q = next((q for q in reversed(quotes) if q.end <= a.cue[0]), None)
    if q is None or a.end > q.start or not _only_punct(text[q.end:a.cue[0]]) or text[q.inner_end - 1] != ",":
        return None
    return q


def _quote_after_colon(text, a: Attribution, quotes: list[Quote]) -> Quote | None:
    """`Asked about the “old” pier, Varga was blunt: “It is gone,” she said`:
    the last quote before the cue, opened after a colon, is its words; the
    sentence before the colon is the writer's lead-in to them."""
    q = next((q for q in reversed(quotes) if q.end <= a.cue[0]), None)
    if q is None or not text[:q.start].rstrip(" \t").endswith(":") or a.start >= q.start \
            or not any(overlap(f, q.inner) for f in a.content):
        return None
    return q


def _subject_before_quote(text, a: Attribution, q: Quote) -> int | None:
    """A quote that goes on from unquoted words ("The new pier “is a
    disgrace,” he said", "Since the pier closed, “there is no work,” she
    said") opens in lower case right after a word or comma: the words before
    it in the content are the start of what was said."""
    start = min(f[0] for f in a.content)
    inner = text[q.inner_start:q.inner_end]
    before = text[:q.start].rstrip()
    if start >= q.start - 1 or not inner[:1].islower() or not (before[-1:].isalnum() or before.endswith(",")):
        return None
    lead = _ABBREVIATION.sub("", text[start:q.start])
    if "\n" in lead or any(c in lead for c in ".!?;:“”\""):
        return None
    if a.source is not None and a.source[0] < q.start:
        return None  # "Varga, advising pilots to “...,” and telling ...": the speaker's own framing
    return start


def _named_speaker(doc, text, who):
    """The speaker between a quote and its cue, as (span, head index): the
    whole stretch when its head is a name or pronoun, else, in "harbour pilot
    NAME, wearing a cap," the person named before the first comma."""
    tokens = doc.char_span(*who, alignment_mode="expand")
    if tokens is not None and (tokens.root.pos_ in ("PROPN", "PRON") or tokens.root.ent_type_):
        return who, tokens.root.i
    comma = text.find(",", who[0], who[1])
    first = trim_span(text, who[0], comma) if comma > 0 else None
    tokens = doc.char_span(*first, alignment_mode="expand") if first else None
    person = next((t for t in reversed(tokens) if t.ent_type_ == "PERSON"), None) if tokens is not None else None
    return (first, person.i) if person is not None else None


_TAIL_WORDS = {"and", "which", "who", "but", "when", "while", "as", "before", "after", "so"}


def _end_at_closing_mark(text, a: Attribution, quotes: list[Quote]) -> None:
    """“self-deportation,” which is like ...; “... for good,” and shared a
    link; said “We'll see,” when asked ...: past the closing mark the words
    are the writer's again. A quote the content opens with that closes on a
    comma has ended what was said, whatever word follows (on train, gold
    stops at such a mark 40 times in 45)."""
    first = a.content[0]
    q = next((q for q in quotes if first[0] in (q.start, q.inner_start) and q.inner_end < first[1]), None)
    if q is None or any(q.end <= o.start < first[1] for o in quotes):
        return
    rest = text[q.end:first[1]].lstrip(" ,")
    if not rest:
        return
    if (first[0] == q.inner_start and rest.split(" ", 1)[0].lower() in _TAIL_WORDS) or _closed_by_comma(text, q):
        a.content = [q.inner] + a.content[1:]


def _closed_by_comma(text, q: Quote) -> bool:
    # “We'll see,” or “We'll see”, (the comma inside or right after the mark)
    return text[q.inner_end - 1:q.inner_end] == "," or text[q.end:q.end + 1] == ","


def _quote_before_split_cue(text, a: Attribution, quotes: list[Quote], cues: list[Attribution]) -> None:
    """“A,” the judge exclaimed, “B.”: the parse gave the cue only B; A,
    closed by a comma right before the speaker and cue, is its first part
    (unless a crowd chants it: `to chants of “Ferry!,” the mayor said ...`)."""
    if not a.content or a.content[0][0] < a.cue[1]:
        return
    lead = min(a.cue[0], a.source[0]) if a.source else a.cue[0]
    q = next((q for q in reversed(quotes) if q.end <= lead), None)
    if q is None or text[q.inner_end - 1:q.end].strip("”\"’'") not in (",", "") \
            or not _only_punct(text[q.end:lead]) or _owned(q, cues) or follows_a_chant(text, q):
        return
    if text[q.inner_end - 1] == "," or text[q.end:q.end + 1] == ",":
        a.add_fragment(q.inner)


_LIST_JOIN = re.compile(r",?[ \t]+(?:and|or),?[ \t]+")


def _list_of_quotes(text, a: Attribution, quotes: list[Quote], cues: list[Attribution]) -> None:
    """`chanted back, “Open the pier,” and “Save the ferry.”`: a quote joined
    by "and" or "or" to the one the content ends on is more of the same
    words, unless another attribution took it. This runs once every quote
    has its owner (the layout rules may have given the first one its speaker)."""
    while True:
        last = a.content[-1][1]
        q = next((q for q in quotes if q.inner_start < last <= q.end), None)
        if q is None or text[last:q.inner_end].strip(",.!? "):
            return
        following = next((o for o in quotes if o.start >= q.end), None)
        if following is None or not _LIST_JOIN.fullmatch(text, q.end, following.start) or _owned(following, cues):
            return
        a.add_fragment(following.inner)


def _cue_inside_quote(a: Attribution, quotes: list[Quote]) -> bool:
    # A cue within somebody's quoted words is part of what they said; a
    # headline scraped inside quotation marks is nobody's quote.
    return not a.extra.get("headline_in_marks") and any(q.encloses(a.cue) for q in quotes)


def _quote_in_brackets(text, a: Attribution, quotes: list[Quote]) -> None:
    """`The pilots are angry (“We have been betrayed,” one told me) and ...`:
    a cue in brackets after a quote closed by its comma reports that quote,
    not the sentence the brackets interrupt."""
    open_at = text.rfind("(", 0, a.cue[0])
    close_at = text.find(")", a.cue[1])
    if open_at < 0 or close_at < 0 or any(c in text[open_at:a.cue[0]] for c in ")\n") \
            or "\n" in text[a.cue[1]:close_at]:
        return
    q = next((q for q in quotes if open_at < q.start and q.end <= a.cue[0]), None)
    if q is None or text[open_at + 1:q.start].strip() or text[q.inner_end - 1] not in ",?!" \
            or any(c in text[q.end:a.cue[0]] for c in "“”\"") \
            or not a.content or all(open_at < s and e <= close_at for s, e in a.content):
        return
    _takes_the_quote(a, q)


# "pausing, ", "smiling broadly, ", "pausing for effect, ": how the words were said.
_MANNER = re.compile(r"[a-z]+ing\b[^.!?;:“”\"\n]{0,25},[ \t]*")


def _manner_before_quote(text, a: Attribution, quotes: list[Quote]) -> None:
    """`“Frankly,” Varga said, pausing, “we were wrong.”`: a participle set off
    after the cue tells how the words were said; the parse may give it the
    quote after it as its object, but only the quote is what was said."""
    for k, f in enumerate(a.content):
        q = next((q for q in quotes if f[0] < q.start and q.inner_end <= f[1] <= q.end), None)
        if q is not None and a.cue[1] <= f[0] and _MANNER.fullmatch(text, f[0], q.start):
            a.content[k] = q.inner


def _expand_into_quotes(a: Attribution, quotes: list[Quote]) -> None:
    for q in quotes:
        if any(overlap(frag, q.inner) for frag in a.content) and not _crosses_cue(q, a):
            whole_in_quote = all(q.encloses(f) for f in a.content)
            a.add_fragment(q.inner)
            a.direct = True
            a.indirect = a.indirect and not whole_in_quote


def _takes_the_quote(a: Attribution, q: Quote) -> None:
    """What a says is the quote's words alone, quoted directly."""
    a.content = [q.inner]
    a.direct, a.indirect = True, False


def _crosses_cue(q: Quote, a: Attribution) -> bool:
    return q.start <= a.cue[0] < q.end


def _take_adjacent_quote(text, sentences, a, quotes, taken):
    """"Musk said: “...”" or "“...”, he said." where the parse linked nothing;
    a quote closed by its comma or question mark right before the speaker
    ("“Can we win?” Brandt asked. “I don't know.”") comes first."""
    sent = _sentence_at(sentences, a.cue[0])
    lead = min(a.cue[0], a.source[0]) if a.source else a.cue[0]
    candidates = [q for q in quotes if overlap((q.start, q.end), sent) and not _owned(q, taken)]
    before = [q for q in quotes if q.end <= lead and _only_punct(text[q.end:lead])]
    after = [q for q in quotes if q.start >= a.cue[1] and _only_punct(text[a.cue[1]:q.start])]
    following = [] if _in_quoted_speakers_clause(text, sentences, a, quotes, taken) \
        else _after_the_cue_sentence(text, a, quotes)
    closed_for_cue = [q for q in before[-1:] if closed_for_a_cue(text, q)]
    for q in closed_for_cue + candidates + before[-1:] + after[:1] + following:
        if word_count(text, q.inner) >= 2 and not _owned(q, taken):
            _takes_the_quote(a, q)
            return


def _in_quoted_speakers_clause(text, sentences, a: Attribution, quotes: list[Quote],
                               cues: list[Attribution]) -> bool:
    """`“A,” said Ines Varga, half joking. “B.”`, `“A,” said a pilot, who,
    like the others, answered anonymously. “B.”`: a cue hung on the
    speaker of the quote that opens its sentence is no cue of the quote in
    the next sentence; that quote goes on with the speaker's own cue."""
    start = _sentence_at(sentences, a.cue[0])[0]
    q = next((q for q in quotes if start <= q.start and q.end <= a.cue[0]), None)
    if q is None or text[start:q.start].strip():
        return False
    return any(b is not a and b.direct and q.end <= b.cue[0] < a.cue[0] and any(overlap(f, q.inner) for f in b.content)
               for b in cues)


def _after_the_cue_sentence(text, a: Attribution, quotes: list[Quote]) -> list[Quote]:
    """`Odo Brandt said in a statement. “There is no money for the ferry.”`:
    a cue that reports nothing of its own introduces the quote opening the
    next sentence of its paragraph."""
    q = next((q for q in quotes if q.start >= a.cue[1]), None)
    if q is None:
        return []
    between = text[a.cue[1]:q.start].rstrip(" ")
    one_clause = between.endswith((".", ":")) and not any(c in between[:-1] for c in ".!?:;")
    return [q] if one_clause and _closes_cue_clause(between) else []


def _only_punct(between: str) -> bool:
    return "\n" not in between and between.strip(" \xa0,:;—–-") == ""


def _owned(q: Quote, attributions: list[Attribution]) -> bool:
    return any(overlap(frag, q.inner) for a in attributions for frag in a.content)


def _orphan_quotes(doc, attributions, quotes):
    text = doc_text(doc)
    made: list[Attribution] = []
    for q in quotes:
        if _owned(q, attributions) or _owned(q, made):
            continue
        chant = chanted_quote(doc, q, quotes)
        if chant is not None:
            made.append(chant)
            continue
        if _programme_in_cue_clause(text, q, attributions + made):
            continue
        going_on = _reported_words_going_on(text, q, attributions + made)
        if going_on is not None:
            going_on.add_fragment(q.inner)
            going_on.direct = True
            continue
        if not speech_like(doc, q):
            _resume_split_quote(text, q, attributions + made)
            continue
        after = speaker_after(doc, q)
        if after is not None and not any(a.cue == after.cue for a in attributions + made):
            made.append(after)
            continue
        owner = _split_quote_owner(text, q, attributions + made, introducing_verb(doc, text, q))
        if owner is not None:
            owner.add_fragment(q.inner)
            continue
        governed = speaker_by_layout(doc, q, quotes)
        if governed is not None:
            made.append(governed)
            continue
        previous = _speaker_going_on(text, q, attributions + made)
        if previous is not None:
            made.append(_continuation(previous, q))
            continue
        nearest = nearest_speaker(doc, q)
        if nearest is not None:
            made.append(nearest)
    made += _opened_before_their_cue(doc, quotes, attributions + made)
    return made


# "said on ABC's “This Week.”", "told “Morning Tide,”", "in an interview with “Coast Radio Today.”"
_PROGRAMME_BEFORE = re.compile(r"\b(?:on|told|with|to)[ \t]+(?:[A-Z][\w.&-]*(?:'s|’s)?[ \t]+){0,3}$")
_TITLE_SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _programme_in_cue_clause(text, q: Quote, attributions: list[Attribution]) -> bool:
    """`“A,” Brandt said on Coast Radio's “Morning Tide With Ola Berg.” “B.”`:
    a title-case quote set after "on" or "told" in the clause of a cue just
    before it names the programme where the words were said, and is no
    part of them."""
    words = re.findall(r"[A-Za-z][\w'’]*", text[q.inner_start:q.inner_end])
    if not words or len(words) > 10 or not all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words[1:]) \
            or not words[0][0].isupper():
        return False
    lead = text[max(0, q.start - 80):q.start]
    if not _PROGRAMME_BEFORE.search(lead):
        return False
    return any(a.cue[1] <= q.start and _only_cue_clause(text[a.cue[1]:q.start]) for a in attributions)


def _only_cue_clause(between: str) -> bool:
    # The rest of the cue's own clause: no new sentence, quote or paragraph.
    return len(between) <= 80 and not any(c in between for c in "\n.!?;“”\"")


def _reported_words_going_on(text, q: Quote, attributions: list[Attribution]) -> Attribution | None:
    """`Brandt pledged to keep the pier open “today, tomorrow, forever.”`,
    `noting the ferry “cannot be replaced.”`: a quote that opens in lower
    case right where a cue's reported words stop goes on with those words."""
    if not text[q.inner_start:q.inner_start + 1].islower():
        return None
    return next((a for a in attributions if a.content and a.cue[1] <= a.end <= q.start
                 and not text[a.end:q.start].strip()), None)


def _speaker_going_on(text, q: Quote, attributions: list[Attribution]) -> Attribution | None:
    """Whose words a quote with no cue of its own goes on with: a quote left
    open in the paragraph before, the last speaker there, the owner of the
    quoted paragraph before, or the last speaker earlier in its paragraph."""
    return (_open_quote_owner(text, q, attributions) or _previous_speaker(text, q, attributions)
            or _quoted_paragraph_owner(text, q, attributions) or _earlier_in_paragraph(text, q, attributions))


def _opened_before_their_cue(doc, quotes: list[Quote], attributions) -> list[Attribution]:
    """`“We will fight this in every court.` then `“And we will win,” said
    Ines Varga.`: a quoted paragraph left open, with no speaker before it,
    goes on in the next quoted paragraph, and is the words of whoever the
    quote is given to there."""
    text = doc_text(doc)
    made = []
    for k in reversed(range(len(quotes) - 1)):  # from the last, so a chain of open paragraphs follows its cue
        q, nxt = quotes[k], quotes[k + 1]
        # The same mark opens both: a stray " before narration, then “A,” she
        # said, is scraping debris, not the first paragraph of her quote.
        if q.end != q.inner_end or _owned(q, attributions + made) or not speech_like(doc, q) \
                or text[q.end:nxt.start].strip() or "\n" not in text[q.end:nxt.start] \
                or text[q.start:q.inner_start] != text[nxt.start:nxt.inner_start]:
            continue
        owner = _root(next((a for a in attributions + made if a.source is not None and a.direct
                            and any(overlap(f, nxt.inner) for f in a.content)), None))
        if owner is not None:
            made.append(_continuation(owner, q))
    return made


def _quote_before_its_speaker(doc, a: Attribution, quotes: list[Quote]) -> None:
    """`“Because we worried,” Mr. Brandt said in his first speech`: the parse
    gave the cue the phrase after it; the quote before the speaker is what he
    said (and a "subject" the parse found inside the quote is no speaker)."""
    if not a.content or a.content[0][0] < a.cue[1] or any(overlap(f, (q.start, q.end)) for f in a.content
                                                          for q in quotes):
        return
    q = next((q for q in reversed(quotes) if q.end <= a.cue[0]), None)
    after = speaker_after(doc, q) if q is not None else None
    if after is None or after.cue != a.cue:
        return
    _takes_the_quote(a, q)
    if a.source is None or overlap(a.source, (q.start, q.end)):
        a.source, a.source_head = after.source, after.source_head


def _split_quote_owner(text, q, attributions, introduced_by=None):
    """“A,” he said. “B.”: B belongs to the cue just before it (the nearest
    one: in “A,” said X. “B,” he said. “C.”, C is the second cue's), and to
    the speaker rather than to an "according to" naming where X said it;
    not when a speech verb of its own after that cue introduces B (“A,”
    begins the letter. Later, the letter continues, “B.”)."""
    for a in sorted(attributions, key=lambda a: (a.kind != "according", a.cue[0]), reverse=True):
        if not a.direct or a.cue[1] > q.start or a.start > a.cue[0]:
            continue
        if introduced_by is not None and introduced_by.idx >= a.cue[1]:
            return None
        after_cue = max(a.cue[1], a.source[1] if a.source and a.source[1] <= q.start else 0)
        between = text[after_cue:q.start]
        if _closes_cue_clause(between) and not _introduces_anew(between):
            return a
    return None


def _resume_split_quote(text, q: Quote, attributions) -> None:
    """“We will not close the pier,” said Ines Varga, the mayor, “and the
    ferry stays.”: a quote too short to pass for speech on its own, opened
    by the comma after a cue whose quote closed with a comma and going on
    in lower case, is that quote's second half (where `she wrote in her
    memoir, “Low Tide.”` names a work)."""
    if not text[:end_before(text, q.start)].endswith(",") or not text[q.inner_start:q.inner_start + 1].islower():
        return
    owner = _split_quote_owner(text, q, attributions)
    if owner is not None and any(f[1] <= owner.cue[0] and "," in text[f[1] - 1:f[1] + 2] for f in owner.content):
        owner.add_fragment(q.inner)


def _introduces_anew(between: str) -> bool:
    """“A,” she said. She went on: “B.”; “A,” he said before adding: “B.”:
    a colon opening the quote ends words of their own that introduce it, so
    B is not the rest of A."""
    return between.rstrip().endswith(":")


# "he said outside the building. But “...”": a connective opening the next
# sentence leaves the quote with the speaker of the one before.
_CONNECTIVE = re.compile(r"(?:^|\s)(?:but|and|yet|still|indeed|also|again|then|so|adding|he added|she added),?$",
                         re.IGNORECASE)


def _closes_cue_clause(between: str) -> bool:
    # "... ,” Musk wrote on X. “B”: only the rest of the cue clause in between,
    # which may end in a title ("said on Coast Radio's ''Morning Tide.'' ''B''").
    stripped = _CONNECTIVE.sub("", between.strip()).strip().rstrip("”\"'’")
    return ("\n" not in between and len(between) <= 200
            and (not stripped or stripped[-1] in ".,:;"))


def _open_quote_owner(text, q, attributions):
    """A quote over several paragraphs: each paragraph opens with a quotation
    mark and only the last closes it, so a paragraph whose quote was left
    open is continued by the quoted paragraph after it."""
    previous = paragraph_before(text, q)
    if previous is None or text[previous[1] - 1] in "”\"'’":
        return None  # the previous paragraph closed its quote
    prev_start, prev_end = previous
    if not opens_with_mark(text[prev_start:prev_end]):
        return None
    return _root(next((a for a in attributions if a.source is not None
                       and any(s <= prev_start + 1 < e or prev_start < s < prev_end for s, e in a.content)), None))


def _quoted_paragraph_owner(text, q, attributions):
    """Quoted paragraphs in a row with no cue between them (a statement read
    out): each continues the owner of the one before."""
    previous = paragraph_before(text, q)
    if previous is None or not opens_with_mark(text[previous[0]:previous[1]]):
        return None
    prev_start, prev_end = previous
    words = prev_start + bullet_end(text[prev_start:prev_end])
    return _root(next((a for a in attributions if a.source is not None and a.direct
                       and any(s <= words + 2 and e >= prev_end - 2 for s, e in a.content)), None))


def _root(a: Attribution | None) -> Attribution | None:
    while a is not None and a.extra.get("continues") is not None:
        a = a.extra["continues"]
    return a


def _previous_speaker(text, q, attributions):
    """A paragraph that is one quote and no cue continues the words of the
    last person speaking in the paragraph before."""
    para_start = text.rfind("\n", 0, q.start) + 1
    if text[para_start:q.start].strip():
        return None
    prev_start = text.rfind("\n", 0, max(0, len(text[:para_start].rstrip()) - 1)) + 1
    return _last_speaker([a for a in attributions if prev_start <= a.cue[0] < para_start])


def _earlier_in_paragraph(text, q, attributions):
    """"Brandt kept his distance from the strike, saying he would help. “I will
    stand with them ...”": a quote that opens a sentence with no cue of
    its own continues the last speaker earlier in its paragraph."""
    para_start = text.rfind("\n", 0, q.start) + 1
    before = _CONNECTIVE.sub("", text[para_start:q.start].strip()).strip()
    if not before or before[-1] not in ".!?”\"":
        return None
    return _last_speaker([a for a in attributions if para_start <= a.cue[0] < q.start and a.end <= q.start])


def _last_speaker(attributions):
    """The last of these with a source, preferring those that speak."""
    candidates = [a for a in attributions if a.source is not None and a.kind != "hedge"]
    if not candidates:
        return None
    speaking = [a for a in candidates if a.direct or SPEECH_VERBS.get(a.lemma) == "clause"]
    return max(speaking or candidates, key=lambda a: a.cue[0])


def _continuation(previous: Attribution, q: Quote) -> Attribution:
    return Attribution(
        cue=previous.cue, lemma=previous.lemma, content=[q.inner], source=previous.source,
        source_head=previous.source_head, cue_head=previous.cue_head, kind="continuation",
        platform=previous.platform, direct=True, indirect=False,
        confidence=0.6, extra={"continues": previous},
    )


def _sentence_at(sentences, pos):
    """The (start, end) of the sentence holding pos; (0, 0) when there are none."""
    if not sentences:
        return (0, 0)
    starts = [s for s, _ in sentences]
    return sentences[max(0, bisect.bisect_right(starts, pos) - 1)]
