"""Join the parse's cues with the quotation marks in the text.

The parser sees sentences; quotes do not respect them (“A,” he said. “B.”),
and the layout of a news story carries speech across paragraphs. These rules
give every quotation an owner or decide it is a scare quote.
"""

from __future__ import annotations

import bisect
import re

from .attribution import Attribution, doc_text, overlap
from .lexicon import SPEECH_NOUNS, SPEECH_VERBS
from .quotes import Quote
from .cues import span_of, trim_span
from .speakers import inverted_speech_verb

# Fewer words than this in a quote with no cue of its own: a scare quote or a
# title ("unauthorised use"), not speech.
MIN_SPEECH_WORDS = 5
_WORD = re.compile(r"\w+")
_SHORT_QUOTE = re.compile(r"[“\"][^“”\"\n]{1,40}[”\"]")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Prof|Jr|Sr|St|[A-Z])\.")


def attach_quotes(doc, sentences: list, attributions: list[Attribution], quotes: list[Quote]):
    text = doc_text(doc)
    kept = [a for a in attributions if not _cue_inside_quote(a, quotes)]
    for a in kept:
        _prefer_introduced_quote(text, a, quotes, kept)
        _stop_before_inner_speech(doc, text, a, quotes)
        _expand_into_quotes(a, quotes)
        if a.direct:
            _quote_then_cue(doc, text, a, quotes)
            _end_at_closing_mark(text, a, quotes)
    for a in kept:
        if not a.content:
            _take_adjacent_quote(text, sentences, a, quotes, kept)
        _quote_before_its_speaker(doc, a, quotes)
        if a.direct:
            _quote_before_split_cue(text, a, quotes, kept)
    kept = [a for a in kept if a.content]
    kept += [c for c in [_quoted_as_saying(doc, a, quotes, kept) for a in kept] if c is not None]
    orphans = _orphan_quotes(doc, sentences, kept, quotes)
    kept = [a for a in kept if not _displaced_by_quote(a, orphans)] + orphans
    for a in kept:
        _verb_before_colon_speaker(doc, a)
    return sorted(kept, key=lambda a: a.start)


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
        verb = _introducing_verb(doc, text, q)
        if verb is None or verb.i == a.cue_head or verb.idx <= start or verb.idx < a.cue[1]:
            continue
        clause = min([verb.idx] + [c.left_edge.idx for c in verb.children if c.i < verb.i and not c.is_punct])
        end = _before_joining_words(text, start, clause)
        if end is not None and _words(text, (start, end)) >= 3:
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


def _introducing_verb(doc, text, q: Quote):
    """The speech verb right before the comma or colon that opens q, if any."""
    end = _end_before(text, q.start)
    if end == 0 or text[end - 1] not in ",:":
        return None
    span = doc.char_span(max(0, end - 30), end - 1, alignment_mode="contract")
    last = [t for t in span if not t.is_punct] if span is not None else []
    verb = last[-1] if last else None
    if verb is None or verb.pos_ != "VERB" or not _reporting_verb(verb):
        return None
    # "a statement saying, “...”", "a video that said, “...”", "were told,
    # “...”", "by saying: “...”": the quote is what the record or the clause
    # around it reports, not a new speaker's words.
    if verb.dep_ in ("acl", "relcl", "pcomp") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    return verb


# "the mayor as saying “", "Odo Brandt, a pilot, as saying: “"
_AS_SAYING = re.compile(r"(?P<who>[^“”\"\n]{2,80}?),?[ \t]+as[ \t]+(?P<cue>saying)[,:]?[ \t]*$")


def _quoted_as_saying(doc, a: Attribution, quotes: list[Quote], cues: list[Attribution]) -> Attribution | None:
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
    if who is None or not _noun_phrase([t for t in who if not t.is_punct]):
        return None
    saying = next((b for b in cues if b.cue == m.span("cue")), None)
    if saying is not None:
        saying.source, saying.source_head = (who[0].idx, who[-1].idx + len(who[-1])), _name_head(who).i
        return None
    return Attribution(
        cue=m.span("cue"), lemma="say", content=[q.inner], source=(who[0].idx, who[-1].idx + len(who[-1])),
        source_head=_name_head(who).i, cue_head=None, kind="quote", direct=True, indirect=False, confidence=0.5,
    )


def _displaced_by_quote(a: Attribution, orphans: list[Attribution]) -> bool:
    """"“A,” said Hany Farid, chairman of ..., who co-developed ...": when the
    quote before a cue is its words, what the parse hung after the cue is
    not; nor is "that" in "“A.” That is what Brandt told the council"."""
    return not a.direct and any(o.cue == a.cue and o.direct and (o.end <= a.cue[0] < a.start or o.extra.get(
        "named_after")) for o in orphans)


def _prefer_introduced_quote(text, a: Attribution, quotes: list[Quote], cues: list[Attribution]) -> None:
    """`could only quip: "I guess ..."`: a colon right after the cue introduces
    the quote, whatever the parser attached to the verb."""
    q = next((q for q in quotes if q.start >= a.cue[1]), None)
    if q is None or any(a.cue[1] <= b.cue[0] < q.start for b in cues):
        return  # a nearer cue introduces it
    between = text[a.cue[1]:q.start]
    intro, colon, rest = between.rpartition(":")
    # The colon may end the paragraph, the quote opening the next one
    # ("The Gazette confirmed it, reporting:" then a quoted paragraph).
    introduced = (colon and "\n" not in intro and rest.strip() == "" and rest.count("\n") <= 2
                  and len(between.strip()) <= 25)
    # "..., telling reporters, “...”": the parse gave the cue the clause
    # before it; the comma and the quote after it are what it introduces.
    after_comma = (between.rstrip().endswith(",") and "\n" not in between and len(between.strip()) <= 25
                   and not any(c in between for c in ".!?;") and a.content and a.content[0][1] <= a.cue[0]
                   and not any(overlap(f, o.inner) for f in a.content for o in quotes if o is not q))
    if introduced or after_comma:
        a.content = [q.inner]
        a.direct, a.indirect = True, False


def _quote_then_cue(doc, text, a: Attribution, quotes: list[Quote]) -> None:
    """“A,” Brent Bozell, founder of the center, tells X: the quote before
    the cue is the content, what stands between them the speaker, and what
    follows the cue unquoted is the writer's (“Really,” she added when ...)."""
    q = next((q for q in quotes if q.end <= a.cue[0] and any(overlap(f, q.inner) for f in a.content)), None)
    if q is None or q.inner_end - q.inner_start < 2 or text[q.inner_end - 1] not in ",!?" \
            and text[q.end:q.end + 1] != ",":
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
    quoted = [q.inner] + [f for f in a.content if f[0] >= q.end and any(o.encloses(f) for o in quotes)]
    if a.source is None or any(overlap(a.source, f) for f in a.content):
        who = trim_span(text, q.end, a.cue[0])
        speaker = _named_speaker(doc, text, who) if who else None
        if speaker is not None:
            a.source, a.source_head = speaker
    lead = _subject_before_quote(text, a, q)
    a.content = [(lead, q.inner_end)] + quoted[1:] if lead is not None else quoted
    a.indirect = False


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
    link: past the closing mark the words are the writer's again."""
    first = a.content[0]
    q = next((q for q in quotes if q.inner_start == first[0] and q.inner_end < first[1]), None)
    if q is None or any(q.end <= o.start < first[1] for o in quotes):
        return
    rest = text[q.end:first[1]].lstrip(" ,")
    if rest.split(" ", 1)[0].lower() in _TAIL_WORDS:
        a.content = [q.inner] + a.content[1:]


def _quote_before_split_cue(text, a: Attribution, quotes: list[Quote], cues: list[Attribution]) -> None:
    """“A,” the judge exclaimed, “B.”: the parse gave the cue only B; A,
    closed by a comma right before the speaker and cue, is its first part."""
    if not a.content or a.content[0][0] < a.cue[1]:
        return
    lead = min(a.cue[0], a.source[0]) if a.source else a.cue[0]
    q = next((q for q in reversed(quotes) if q.end <= lead), None)
    if q is None or text[q.inner_end - 1:q.end].strip("”\"’'") not in (",", "") \
            or not _only_punct(text[q.end:lead]) or _owned(q, cues):
        return
    if text[q.inner_end - 1] == "," or text[q.end:q.end + 1] == ",":
        a.add_fragment(q.inner)


def _cue_inside_quote(a: Attribution, quotes: list[Quote]) -> bool:
    # A cue within somebody's quoted words is part of what they said.
    return any(q.encloses(a.cue) for q in quotes)


def _expand_into_quotes(a: Attribution, quotes: list[Quote]) -> None:
    for q in quotes:
        if any(overlap(frag, q.inner) for frag in a.content) and not _crosses_cue(q, a):
            whole_in_quote = all(q.encloses(f) for f in a.content)
            a.add_fragment(q.inner)
            a.direct = True
            a.indirect = a.indirect and not whole_in_quote


def _crosses_cue(q: Quote, a: Attribution) -> bool:
    return q.start <= a.cue[0] < q.end


def _take_adjacent_quote(text, sentences, a, quotes, taken):
    """"Musk said: “...”" or "“...”, he said." where the parse linked nothing."""
    sent = _sentence_at(sentences, a.cue[0])
    lead = min(a.cue[0], a.source[0]) if a.source else a.cue[0]
    candidates = [q for q in quotes if overlap((q.start, q.end), sent) and not _owned(q, taken)]
    before = [q for q in quotes if q.end <= lead and _only_punct(text[q.end:lead])]
    after = [q for q in quotes if q.start >= a.cue[1] and _only_punct(text[a.cue[1]:q.start])]
    for q in candidates + before[-1:] + after[:1] + _after_the_cue_sentence(text, a, quotes):
        if _words(text, q.inner) >= 2 and not _owned(q, taken):
            a.content = [q.inner]
            a.direct, a.indirect = True, False
            return


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


def _orphan_quotes(doc, sentences, attributions, quotes):
    text = doc_text(doc)
    made: list[Attribution] = []
    for q in quotes:
        if _owned(q, attributions) or _owned(q, made):
            continue
        chant = _chant(doc, q, quotes)
        if chant is not None:
            made.append(chant)
            continue
        if not _speech_like(doc, q):
            _resume_split_quote(text, sentences, q, attributions + made)
            continue
        after = _speaker_after(doc, q)
        if after is not None and not any(a.cue == after.cue for a in attributions + made):
            made.append(after)
            continue
        owner = _split_quote_owner(text, sentences, q, attributions + made)
        if owner is not None:
            owner.add_fragment(q.inner)
            continue
        governed = (_dash_speaker(doc, q) or _words_of(doc, q) or _speaker_colon(doc, q) or _governing_verb(doc, q)
                    or _colon_intro(doc, q) or _colon_before(doc, q)
                    or _cue_after_quote(doc, q) or _verb_before_quote(doc, q) or _named_after_quote(doc, q))
        if governed is not None:
            made.append(governed)
            continue
        previous = (_open_quote_owner(text, q, attributions + made) or _previous_speaker(text, q, attributions + made)
                    or _quoted_paragraph_owner(text, q, attributions + made)
                    or _earlier_in_paragraph(text, q, attributions + made))
        if previous is not None:
            made.append(_continuation(previous, q))
            continue
        nearest = _nearest_speaker(doc, q)
        if nearest is not None:
            made.append(nearest)
    made += _opened_before_their_cue(doc, quotes, attributions + made)
    return made


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
        if q.end != q.inner_end or _owned(q, attributions + made) or not _speech_like(doc, q) \
                or text[q.end:nxt.start].strip() or "\n" not in text[q.end:nxt.start] \
                or text[q.start:q.inner_start] != text[nxt.start:nxt.inner_start]:
            continue
        owner = _root(next((a for a in attributions + made if a.source is not None and a.direct
                            and any(overlap(f, nxt.inner) for f in a.content)), None))
        if owner is not None:
            made.append(_continuation(owner, q))
    return made


# "chants of “Ferry! Ferry!”", "the crowd chanting “Save the pier”": however
# short, the words a crowd chants are speech.
_CHANT = re.compile(r"\b(?:chants? of|cries of|shouts? of|calls of|chorus of|chanting|chanted)[,:]?\s*$",
                    re.IGNORECASE)
_QUOTE_JOINER = re.compile(r"^,?\s*(?:and|or)?\s*$")


def _chant(doc, q: Quote, quotes: list[Quote]) -> Attribution | None:
    """The chant a quote follows, as an attribution to the ones chanting
    (the verb's subject, the noun's possessor) when the text names them."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, q.start) + 1
    m = _CHANT.search(text, max(line_start, q.start - 30), q.start)
    cue = doc.char_span(m.start(), m.start() + len(m.group().split()[0]), alignment_mode="expand") if m else None
    if cue is None:
        return None
    word = cue[0]
    speaker = _subject_of(word) or _shared_subject(word) if word.pos_ == "VERB" else \
        next((c for c in word.children if c.dep_ == "poss"), None)
    content = [q.inner]
    for nxt in (o for o in quotes if o.start > q.start):  # chanting “A” and “B”
        if not _QUOTE_JOINER.match(text[content[-1][1] + 1:nxt.start]):
            break
        content.append(nxt.inner)
    return Attribution(
        cue=trim_span(text, word.idx, m.end()), lemma=word.lemma_.lower(), content=content,
        source=span_of(speaker) if speaker is not None else None, source_head=speaker.i if speaker else None,
        cue_head=word.i, kind="quote", direct=True, indirect=False, confidence=0.5,
    )


_SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")
_SPEAKER_PRONOUNS = ("he", "she", "they", "we", "i")


def _nearest_speaker(doc, q: Quote) -> Attribution | None:
    """Last resort for a paragraph that is a quotation with no cue anywhere
    near: news writing puts the speaker in the paragraph before ("the DNC
    issued a statement ..." then the statement in quotes), so the last
    clause there with a named or pronoun subject is taken as its owner."""
    text = doc_text(doc)
    previous = _paragraph_before(text, q)
    if previous is None or _words(text, q.inner) < MIN_SPEECH_WORDS:
        return None
    span = doc.char_span(*previous, alignment_mode="expand")
    if span is None:
        return None
    for verb in reversed([t for t in span if t.pos_ == "VERB"]):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.ent_type_ in _SPEAKER_ENTS or subject.pos_ == "PROPN"
                                    or subject.lower_ in _SPEAKER_PRONOUNS):
            owner = _quote_owner(verb, subject, q)
            owner.confidence = 0.3
            return owner
    return None


def _governing_verb(doc, q: Quote) -> Attribution | None:
    """`Trump boomed: “...”`, `“...,” she beamed`: any verb with a subject that
    governs a whole quotation is taken as its cue, lexicon or not."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root.head
    for _ in range(3):
        if tok.i < span.start or tok.i >= span.end:
            if tok.pos_ in ("VERB", "AUX"):
                subject = _subject_of(tok)
                if subject is not None and not (span.start <= subject.i < span.end):
                    return _quote_owner(tok, subject, q)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _colon_intro(doc, q: Quote) -> Attribution | None:
    """`Jared Potts echoed:` at the end of a paragraph, the quote in the next."""
    text = doc_text(doc)
    previous = _paragraph_before(text, q)
    if previous is None or text[previous[1] - 1] != ":" or _in_open_quote(text, previous[1] - 1):
        return None
    span = doc.char_span(*previous, alignment_mode="expand")
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in t.children)]
    if not verbs:
        return _short_colon_line(span, q)
    verb = verbs[-1]
    return _quote_owner(verb, next(c for c in verb.children if c.dep_ == "nsubj"), q)


def _short_colon_line(span, q: Quote) -> Attribution | None:
    """`Stated Morn:` or `Transcript as follows:` on a line of its own, the
    quote in the next paragraph: the parse finds no verb with a subject, so
    the cue is the speech word (or from "as" on) and the source the rest."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or len(words) > 6:
        return None
    cue = next((t for t in words if {t.lemma_.lower(), t.lower_, t.lower_[:-1]} & SPEECH_VERBS.keys()), None)
    if cue is not None:
        rest = [t for t in words if t.i != cue.i]
        cue_span = (cue.idx, cue.idx + len(cue))
    else:
        k = next((i for i, t in enumerate(words) if i and t.lower_ == "as"), None)
        if k is None:
            return None
        rest = words[:k]
        cue_span = (words[k].idx, words[-1].idx + len(words[-1]))
    if not rest:
        return None
    return Attribution(
        cue=cue_span, lemma=(cue.lemma_.lower() if cue is not None else "as follows"), content=[q.inner],
        source=(rest[0].idx, rest[-1].idx + len(rest[-1])), source_head=rest[-1].i, cue_head=None,
        kind="quote", direct=True, indirect=False, confidence=0.4,
    )


def _colon_before(doc, q: Quote) -> Attribution | None:
    """`She went on: "..."`, `Trump issued a statement, “...”`: a verb and its
    subject just before a colon or comma that opens the quote."""
    text = doc_text(doc)
    head = text[:q.start].rstrip()
    if not head.endswith((":", ",")) or _in_open_quote(text, len(head) - 1):
        return None
    start = max(text.rfind("\n", 0, len(head)) + 1, len(head) - 80)
    span = doc.char_span(start, len(head), alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    # A relative clause ("who founded the shelter") only if nothing else has a subject.
    verbs = [t for t in verbs if t.dep_ == "relcl"] + [t for t in verbs if t.dep_ != "relcl"]
    for verb in reversed(verbs):
        subject = _subject_of(verb) or _shared_subject(verb) or _participle_speaker(verb) or _as_speaker(verb)
        # "Here's what happened next: “...”": what happened speaks no words.
        if subject is not None and subject.lower_ != "what":
            return _quote_owner(verb, subject, q)
    return None


def _as_speaker(verb):
    """`As Odo Brandt, the harbour master, put it, “...”`: the parser often
    makes the name the object of "as" instead of the verb's subject."""
    mark = next((c for c in verb.children if c.dep_ in ("mark", "prep") and c.lower_ == "as"), None)
    return next((c for c in mark.children if c.dep_ == "pobj"), None) if mark is not None else None


def _participle_speaker(verb):
    """`Ines Varga, the mayor, tweeted in reply: “...”`: the parser hung the
    speech verb on the name as a participle; the name is its speaker."""
    if SPEECH_VERBS.get(verb.lemma_.lower()) != "clause" or verb.dep_ != "acl" or verb.head.i > verb.i:
        return None
    return verb.head if verb.head.pos_ == "PROPN" or verb.head.ent_type_ in _SPEAKER_ENTS else None


# "In Varga’s words," "in her own words:", "In the words of one pilot,", "To
# quote the harbour master,": the phrase before a quote names whose words
# they are ("in other words" names nobody).
_WORDS_OF = re.compile(
    r"\b(?P<cue>[Ii]n (?P<poss>his|her|their|its|(?:(?:the|a|one) )?[\w.-]+(?: [\w.-]+){0,3}?(?:[’']s|[’']))"
    r" (?:own )?words|[Ii]n the (?:\w+ )?words of |[Tt]o quote )(?P<who>[^,;:“”\"()]{2,60}?)?[,:]?\s*$")


def _words_of(doc, q: Quote) -> Attribution | None:
    """`In Varga’s words, “...”`, `in the words of one pilot, “...”`: the
    speaker named in the phrase before the quote (the cue is the phrase)."""
    text = doc_text(doc)
    line_start = max(text.rfind("\n", 0, q.start) + 1, q.start - 90)
    m = _WORDS_OF.search(text, line_start, q.start)
    if m is None or (m.group("poss") is None) == (m.group("who") is None):
        return None
    if m.group("poss") is not None:  # "In Varga’s words": the cue holds its speaker
        cue = (m.start("cue"), m.end("cue"))
        who = trim_span(text, m.start("poss"), m.start("poss") + len(_POSSESSIVE_END.sub("", m.group("poss"))))
    else:
        cue = trim_span(text, m.start("cue"), m.end("cue"))
        who = trim_span(text, m.start("who"), m.end("who"))
    span = doc.char_span(*who, alignment_mode="expand") if who else None
    if span is None:
        return None
    return Attribution(
        cue=cue, lemma=text[cue[0]:cue[1]].lower(), content=[q.inner], source=who, source_head=_name_head(span).i,
        cue_head=None, kind="quote", direct=True, indirect=False, confidence=0.5,
    )


_POSSESSIVE_END = re.compile(r"(?:[’']s|[’'])$")


# Where the words naming a speaker before a colon begin: a line, a sentence,
# a dash after a digest heading ("TURNOUT IS UP - Ines Varga: “...”").
_LEAD_START = re.compile(r"(?:^|[.!?][”\"'’]*\s+|\s[-–—]\s*|\.\.\.\s*)(?=\S)")
_FROM = re.compile(r"^(?:More from|From|Here[’']s|Here is)\s+")
_TOPIC = re.compile(r"\s+[Oo]n\s+.*$")


def _speaker_colon(doc, q: Quote) -> Attribution | None:
    """`Harbour master Ines Varga: “...”`, `Varga on the ferry: ‘...’` (a
    headline), `TURNOUT IS UP - Odo Brandt: “...”`, `More from Brandt: “...”`,
    `Here's Varga in 2019: “...”`, `Her reply: “...”`, `The board’s answer? “...”`:
    a name and a colon opening a quote, no verb between, are its speaker."""
    text = doc_text(doc)
    colon = _end_before(text, q.start) - 1
    if colon < 0 or text[colon] not in ":?" or _in_open_quote(text, colon):
        return None
    line_start = text.rfind("\n", 0, colon) + 1
    lead = text[line_start:colon]
    start = line_start + max(m.end() for m in _LEAD_START.finditer(lead))
    source_word = _FROM.match(text[start:colon])  # "More from Brandt:", "Here's Brandt:"
    start += source_word.end() if source_word else 0
    whole = doc.char_span(start, colon, alignment_mode="expand")
    if whole is None or not _no_clause(whole):
        return None
    topic = _TOPIC.search(text, start, colon)
    who = trim_span(text, start, topic.start() if topic else colon)
    span = doc.char_span(*who, alignment_mode="expand") if who else None
    holder = _holder_of_words(span) if span is not None else None
    if holder is not None:
        who, head = holder
    elif span is None or text[colon] != ":" or not _speaker_words([t for t in span if not t.is_punct]):
        return None
    else:
        head = _name_head(span)
    return Attribution(
        cue=(colon, colon + 1), lemma=":", content=[q.inner], source=who, source_head=head.i, cue_head=None,
        kind="colon", direct=True, indirect=False, confidence=0.45,
    )


def _verb_before_colon_speaker(doc, a: Attribution) -> None:
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
            a.source_head = _name_head(span[1:]).i


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


# Nouns for words somebody gave ("Her reply:", "His message to voters:").
_WORDS_GIVEN = SPEECH_NOUNS | {"reply", "response", "answer", "retort", "verdict", "advice", "words", "reaction",
                               "explanation", "take", "plea", "pitch", "question", "excuse", "instruction",
                               "motto", "mantra", "slogan", "request", "appeal", "thoughts", "reasoning"}


def _holder_of_words(span):
    """`Her reply`, `Ines Varga’s answer to the pilots`: a noun for words
    somebody gave, with its possessor; the possessor (without ’s) is the
    speaker, as (span, head token). None for any other phrase."""
    noun = span.root
    if noun.lower_ not in _WORDS_GIVEN and noun.lemma_.lower() not in _WORDS_GIVEN:
        return None
    # The parser makes "board" in "the harbour board’s answer" an nmod with its ’s.
    holder = next((c for c in noun.children if c.dep_ == "poss" or c.dep_ == "nmod" and c.i < noun.i
                   and any(g.dep_ == "case" for g in c.children)), None)
    if holder is None:
        return None
    toks = [t for t in holder.subtree if t.dep_ != "case"]
    return (toks[0].idx, toks[-1].idx + len(toks[-1])), holder


# A dash, alone on its line or after the closing mark, before the speaker's
# name: `"...spring."` then `—Ines Varga, mayor of Velmora`.
_DASH_LINE = re.compile(r"[ \t\xa0]*\n?[ \t\xa0]*(--|[—–―]|-(?=\s))[ \t\xa0]*(?=[A-Z])")


def _dash_speaker(doc, q: Quote) -> Attribution | None:
    """`"We close the pier." —Ines Varga, mayor of Velmora` (a pull quote or
    an epigraph): a dash after the quote and a name filling the rest of the
    line, perhaps with a title after a comma, are its speaker. The quote
    opens its line: in `jeered, "Goodbye!" - Russian for ...` the dash
    opens an aside."""
    text = doc_text(doc)
    m = _DASH_LINE.match(text, q.end)
    if m is None or not _opens_its_line(text[text.rfind("\n", 0, q.start) + 1:q.start]):
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    comma = text.find(",", m.end(), line_end)
    who = trim_span(text, m.end(), comma if comma > 0 else line_end)
    whole = trim_span(text, m.end(), line_end)
    span = doc.char_span(*who, alignment_mode="expand") if who else None
    line = doc.char_span(*whole, alignment_mode="expand") if span is not None else None
    if line is None or len(line) > 16 or not _no_clause(line) \
            or not _speaker_words([t for t in span if not t.is_punct]):
        return None
    head = _name_head(span)
    return Attribution(
        cue=m.span(1), lemma=":", content=[q.inner], source=whole, source_head=head.i, cue_head=None,
        kind="colon", direct=True, indirect=False, confidence=0.45,
    )


def _opens_its_line(lead: str) -> bool:
    """Nothing before the quote on its line but perhaps a short label
    ("Quote of the day:", "Overheard:")."""
    lead = lead.strip()
    return not lead or lead.endswith(":") and len(lead.split()) <= 5


def _name_head(span):
    """The last person or organisation named in a speaker's words, else the
    phrase's head ("Harbour master Ines Varga" -> Varga)."""
    person = [t for t in span if t.ent_type_ in ("PERSON", "ORG")]
    return person[-1] if person else _phrase_head([t for t in span if not t.is_punct])


def _no_clause(span) -> bool:
    # Capitalised verbs are a headline's ("Varga on Closing The Pier: ‘...’").
    return not any(t.pos_ in ("VERB", "AUX", "SCONJ") and not t.text[:1].isupper() or t.tag_ in ("WDT", "WP")
                   for t in span)


def _speaker_words(toks) -> bool:
    """A short name or title ("Rep. Ines Varga (D-Harlow)", "Varga and
    Brandt", "Harbour board statement"): capitalised, a name in it."""
    if not toks or len(toks) > 8 or not toks[0].text[:1].isupper() or toks[0].ent_type_ in ("DATE", "TIME") \
            or toks[0].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ"):
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in _SPEAKER_ENTS for t in toks)


def _shared_subject(verb):
    """`she thanked the state and then boomed, “...”`: a verb coordinated
    with one that has a subject shares it."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _in_open_quote(text, pos) -> bool:
    """Whether pos lies in a quoted paragraph not yet closed ("“... Here they
    are:"): a colon there is the quoted speaker's lead-in, not a cue."""
    para_start = text.rfind("\n", 0, pos) + 1
    head = text[para_start:pos]
    opened = head.lstrip()[:1]
    return opened in ("“", '"') and not any(m in head.lstrip()[1:] for m in ("”", '"'))


def _subject_of(verb):
    """The verb's own subject, or for a subjectless participle ("Flea shared
    the news, writing “...”", "the cleric is shown lecturing:") the subject
    of the clause it hangs from."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is not None:
        return subject
    if verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "xcomp", "conj", "dobj") and verb.head.i != verb.i:
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _verb_before_quote(doc, q: Quote) -> Attribution | None:
    """`shared the news, writing “...”`, `is shown lecturing: “...”`: a verb
    right before the quote (an object such as "reporters" between at most)
    that the parser tangled with the quote; its subject is found up the tree."""
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, q.start) + 1
    span = doc.char_span(para_start, q.start, alignment_mode="contract")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct and not t.is_space][-2:]
    if not words:
        return None
    verb = words[-1] if words[-1].pos_ == "VERB" else None
    if verb is None and len(words) == 2 and words[0].pos_ == "VERB" and words[1].dep_ in ("dobj", "dative"):
        verb = words[0]
    if verb is None:
        return None
    tok = verb
    for _ in range(3):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i
                        and not q.start <= c.idx < q.end), None)
        if subject is not None:
            return _quote_owner(verb, subject, q)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


# "“...” That was how Varga opened her speech.", "“...” — that is what Brandt
# told the council.", "“...” Those were the words of Ines Varga.", "“...” So
# said Brandt.": the sentence after a quote points back to it and names who spoke.
_POINTS_BACK = re.compile(
    r"[ \t]*(?P<dash>[—–-]+[ \t]*)?(?P<back>(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese|[Ss]uch)[ \t]+"
    r"(?:was|were|is|are|had been|has been)[ \t]+(?:(?P<clause>how|what)|the[ \t]+(?:\w+[ \t]+)?(?:words?|message"
    r"|verdict|reply|answer|response|warning|advice|plea|promise)[ \t]+(?:of|from))"
    r"|(?P<so>So)(?=[ \t]+(?:said|says|wrote|writes)\b))[ \t]+")
_SPEECH_EVENTS = {"speech", "address", "remarks", "talk", "sermon", "statement", "letter", "post", "tweet",
                  "interview", "testimony", "message", "column", "lecture", "answer", "reply"}


def _named_after_quote(doc, q: Quote) -> Attribution | None:
    """`“...” That was how Varga opened her speech.`, `“...” Those were the
    words of Mayor Ines Varga.`: a quote that ends a sentence, and a next
    sentence that points back to it and names who said it."""
    text = doc_text(doc)
    m = _POINTS_BACK.match(text, q.end)
    if m is None or text[q.inner_end - 1] not in ".!?" and m.group("dash") is None:
        return None
    line_end = text.find("\n", m.end())
    span = doc.char_span(m.end(), len(text) if line_end < 0 else line_end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    if m.group("clause") or m.group("so"):
        verb = next((t for t in span[:8] if t.pos_ == "VERB"), None)
        subject = _subject_of(verb) if verb is not None and _telling_verb(verb) else None
        if subject is None or subject.lower_ == "what":
            return None
        owner = _quote_owner(verb, subject, q)
    else:
        who = _before_a_clause([t for t in span[:9] if not t.is_punct] or list(span[:1]))
        if not who or not _noun_phrase(who):
            return None
        owner = Attribution(
            cue=m.span("back"), lemma="words of", content=[q.inner], source=(who[0].idx, who[-1].idx + len(who[-1])),
            source_head=_name_head(who).i, cue_head=None, kind="quote", direct=True, indirect=False, confidence=0.5,
        )
    owner.extra["named_after"] = True
    return owner


def _telling_verb(verb) -> bool:
    """Said, or told in an act of speech ("opened her speech", "put it")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return _reporting_verb(verb) or SPEECH_VERBS.get(verb.lemma_.lower()) is not None \
        or any(o.lemma_.lower() in _SPEECH_EVENTS for o in objects) \
        or verb.lemma_.lower() == "put" and any(o.lower_ == "it" for o in objects)


def _cue_after_quote(doc, q: Quote, speech_only: bool = False) -> Attribution | None:
    """`“This is fantastic!” beamed Donald Hartley`, `“...,” she beamed`: the
    parser often ends the sentence inside the quote."""
    after = doc.char_span(q.end, min(len(doc_text(doc)), q.end + 80), alignment_mode="expand")
    if after is None:
        return None
    toks = [t for t in after if not t.is_punct and not t.is_space][:4]
    if not toks or "\n" in doc_text(doc)[q.end:toks[0].idx]:
        return None
    first = toks[0]
    if speech_only:
        verb = first if first.pos_ == "VERB" else first.head
        if SPEECH_VERBS.get(verb.lemma_.lower()) != "clause" or verb.i > first.i + 4:
            return None
    if first.pos_ == "VERB":
        subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i > first.i:
            return _quote_owner(first, subject, q)
    if first.pos_ in ("PROPN", "PRON") and first.dep_ == "nsubj" and first.head.pos_ == "VERB" \
            and first.head.i <= first.i + 4:
        return _quote_owner(first.head, first, q)
    return None


def _giver_of_words(subject):
    """`“...,” came the reply from Varga`: the one the words came from, not
    the reply; any other subject is itself."""
    if subject.lemma_.lower() not in _WORDS_GIVEN:
        return subject
    prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
    giver = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if giver is None or not (giver.pos_ in ("PROPN", "PRON") or giver.ent_type_
                             or giver.pos_ == "NOUN" and prep.lower_ == "from"):
        return subject  # "the answer of the century" names nobody
    return giver


# Verbs of manner that the lexicon leaves out because they seldom take a
# that-clause, but that report words when a quote stands right before them.
_MANNER_VERBS = {"read", "cry", "scream", "exclaim", "shriek", "mutter", "whisper", "cheer", "chant",
                 "ask", "wonder", "continue", "interject", "retort", "counter"}
_NOUN_PHRASE_START = ("DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM")


def _speaker_after(doc, q: Quote) -> Attribution | None:
    """`“...,” Varga notes.`, `“...!” the group shouted from the street`,
    `“...,” said Brandt, explaining ...`: a quote closed by a comma, ! or ?
    and followed by a speaker and a speech verb (in either order) is that
    speaker's, whatever the parse made of the words after it."""
    text = doc_text(doc)
    if q.inner_end <= q.inner_start or text[q.inner_end - 1] not in ",!?" and text[q.end:q.end + 1] != ",":
        return None
    if not _opens_sentence(text, q):
        return None  # `Speaking on “Harbour Hour,” Brandt admitted that ...`: a title inside a sentence
    toks = _clause_after(doc, q)
    k = next((i for i, t in enumerate(toks[:9]) if _reporting_verb(t)), None)
    if k is None and len(toks) > 1 and _read_as_noun(toks[-1]):
        k = len(toks) - 1
    if k is None:
        return None
    verb = toks[k]
    # "asked Odo Brandt, a pilot": a verb right after the quote puts its
    # speaker after it, whether or not the verb takes a that-clause.
    who = _before_a_clause(toks[k + 1:]) if k == 0 else toks[:k]
    if not who or not _noun_phrase(who):
        return None
    owner = _quote_owner(verb, _phrase_head(who), q)
    owner.source = (who[0].idx, who[-1].idx + len(who[-1]))
    return owner


def _opens_sentence(text, q: Quote) -> bool:
    """Whether the quote starts its sentence (or a dash or bracket aside)."""
    before = text[text.rfind("\n", 0, q.start) + 1:q.start].rstrip()
    return not before or before[-1] in ".!?:;”\"'’(—–-"


def _clause_after(doc, q: Quote) -> list:
    """The words after a closing mark up to the next punctuation or line end."""
    text = doc_text(doc)
    line_end = text.find("\n", q.end)
    span = doc.char_span(q.end, len(text) if line_end < 0 else line_end, alignment_mode="contract")
    toks = []
    for t in span if span is not None else ():
        if _inner_hyphen(doc, t):
            continue  # "the 43-year-old asked", "Lopez-Cantera said": one word
        if t.is_punct or t.is_space:
            if toks or t.text not in ",":
                break
            continue
        toks.append(t)
    return toks[:14]


def _inner_hyphen(doc, t) -> bool:
    """A hyphen set between two words without spaces joins them."""
    return (t.text == "-" and 0 < t.i < len(doc) - 1 and not doc[t.i - 1].whitespace_ and not t.whitespace_
            and not doc[t.i + 1].is_punct)


def _reporting_verb(t) -> bool:
    lemma = t.lemma_.lower()
    return t.pos_ == "VERB" and (SPEECH_VERBS.get(lemma) == "clause" or lemma in _MANNER_VERBS)


def _read_as_noun(t) -> bool:
    """`“...,” the email read.`: the tagger takes "read" closing the clause
    after a noun for a noun ("email read" like "email address")."""
    return t.lower_ in ("read", "reads") and t.pos_ == "NOUN"


def _before_a_clause(toks) -> list:
    """`said a pilot calling himself Captain Odo`: the speaker ends where a verb
    or a relative clause begins."""
    end = next((i for i, t in enumerate(toks) if t.pos_ == "VERB" or t.tag_ in ("WDT", "WP")), len(toks))
    return toks[:end]


def _noun_phrase(toks) -> bool:
    """"the editorial", "a Democratic staffer in the room", "Will" (a name
    the tagger took for a modal): no verb, relative pronoun or conjunction."""
    if toks[0].pos_ not in _NOUN_PHRASE_START and not toks[0].text[:1].isupper():
        return False
    if toks[0].ent_type_ in ("DATE", "TIME") or len(toks) > 8:
        return False
    return not any(t.pos_ in ("VERB", "CCONJ", "SCONJ") or t.tag_ in ("WDT", "WP")
                   or t.pos_ == "AUX" and not t.text[:1].isupper() for t in toks)


def _phrase_head(toks):
    """The phrase's head word: its name, noun or pronoun before any preposition."""
    head = None
    for k, t in enumerate(toks):
        if t.pos_ == "ADP":
            break
        joined = k and toks[k - 1].i == t.i - 2 and _inner_hyphen(t.doc, t.doc[t.i - 1])
        if t.pos_ in ("PROPN", "NOUN", "PRON") or t.text[:1].isupper() \
                or joined and head is not None and head.i == t.i - 2:
            head = t  # in "the 61-year-old" the head is the whole word's last part
    return head or toks[-1]


def _quote_before_its_speaker(doc, a: Attribution, quotes: list[Quote]) -> None:
    """`“Because we worried,” Mr. Brandt said in his first speech`: the parse
    gave the cue the phrase after it; the quote before the speaker is what he
    said (and a "subject" the parse found inside the quote is no speaker)."""
    if not a.content or a.content[0][0] < a.cue[1] or any(overlap(f, (q.start, q.end)) for f in a.content
                                                          for q in quotes):
        return
    q = next((q for q in reversed(quotes) if q.end <= a.cue[0]), None)
    after = _speaker_after(doc, q) if q is not None else None
    if after is None or after.cue != a.cue:
        return
    a.content = [q.inner]
    a.direct, a.indirect = True, False
    if a.source is None or overlap(a.source, (q.start, q.end)):
        a.source, a.source_head = after.source, after.source_head


def _quote_owner(verb, subject, q: Quote) -> Attribution:
    subject = _giver_of_words(subject)
    # A name the verb hangs on ("Brandt, the master, tweeted: ...") spans
    # the whole sentence in the parse: its words stop before the verb.
    sub = [t for t in subject.subtree if subject.i > verb.i or t.i < verb.i]
    return Attribution(
        cue=(verb.idx, verb.idx + len(verb)), lemma=verb.lemma_.lower(), content=[q.inner],
        source=(sub[0].idx, sub[-1].idx + len(sub[-1])), source_head=subject.i, cue_head=verb.i,
        kind="quote", direct=True, indirect=False, confidence=0.5,
    )


def _split_quote_owner(text, sentences, q, attributions):
    """“A,” he said. “B.”: B belongs to the cue just before it (the nearest
    one: in “A,” said X. “B,” he said. “C.”, C is the second cue's), and to
    the speaker rather than to an "according to" naming where X said it."""
    for a in sorted(attributions, key=lambda a: (a.kind != "according", a.cue[0]), reverse=True):
        if not a.direct or a.cue[1] > q.start or a.start > a.cue[0]:
            continue
        after_cue = max(a.cue[1], a.source[1] if a.source and a.source[1] <= q.start else 0)
        between = text[after_cue:q.start]
        if _closes_cue_clause(between) and not _introduces_anew(between):
            return a
    return None


def _resume_split_quote(text, sentences, q: Quote, attributions) -> None:
    """“We will not close the pier,” said Ines Varga, the mayor, “and the
    ferry stays.”: a quote too short to pass for speech on its own, opened
    by the comma after a cue whose quote closed with a comma and going on
    in lower case, is that quote's second half (where `she wrote in her
    memoir, “Low Tide.”` names a work)."""
    if not text[:_end_before(text, q.start)].endswith(",") or not text[q.inner_start:q.inner_start + 1].islower():
        return
    owner = _split_quote_owner(text, sentences, q, attributions)
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
    previous = _paragraph_before(text, q)
    if previous is None or text[previous[1] - 1] in "”\"'’":
        return None  # the previous paragraph closed its quote
    prev_start, prev_end = previous
    if not _opens_with_mark(text[prev_start:prev_end]):
        return None
    return _root(next((a for a in attributions if a.source is not None
                       and any(s <= prev_start + 1 < e or prev_start < s < prev_end for s, e in a.content)), None))


def _opens_with_mark(paragraph: str) -> bool:
    """Whether the paragraph opens with a quotation mark (“ or ", ‘ in
    British style, or the doubled marks of ``PTB'' and ''NYT'' style),
    perhaps after a bullet."""
    return paragraph[_bullet_end(paragraph):].startswith(("“", '"', "‘", "``", "''"))


# A list item's mark: `• "..."`, `- "..."`, `2) "..."`.
_BULLET = re.compile(r"\s*(?:(?:[•·▪●◦*–—-]|\d{1,2}[.)])\s+)?")


def _bullet_end(line: str) -> int:
    """Where the words of a line begin, past its spaces and any list bullet."""
    return _BULLET.match(line).end()


def _quoted_paragraph_owner(text, q, attributions):
    """Quoted paragraphs in a row with no cue between them (a statement read
    out): each continues the owner of the one before."""
    previous = _paragraph_before(text, q)
    if previous is None or not _opens_with_mark(text[previous[0]:previous[1]]):
        return None
    prev_start, prev_end = previous
    words = prev_start + _bullet_end(text[prev_start:prev_end])
    return _root(next((a for a in attributions if a.source is not None and a.direct
                       and any(s <= words + 2 and e >= prev_end - 2 for s, e in a.content)), None))


def _paragraph_before(text, q) -> tuple[int, int] | None:
    """The paragraph before the one q opens, without its trailing space; None
    when words come before q in its paragraph or no paragraph comes before."""
    para_start = text.rfind("\n", 0, q.start) + 1
    prev_end = len(text[:para_start].rstrip())
    if para_start + _bullet_end(text[para_start:q.start]) < q.start or prev_end == 0:
        return None
    return text.rfind("\n", 0, prev_end) + 1, prev_end


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


def _speech_like(doc, q: Quote) -> bool:
    """Long enough to be speech, or short but punctuated as speech and set
    where speech goes ("Oh, my God," she said; chanted "Lock her up!"), where
    a scare quote ("as a “favor,”") is not."""
    text = doc_text(doc)
    words = _words(text, q.inner)
    if words >= MIN_SPEECH_WORDS:
        return True
    if words < 1:
        return False
    if text[q.inner_end - 1] not in ",.!?":
        return _said_right_before(doc, text, q)
    if _cue_after_quote(doc, q, speech_only=True) is not None:
        return True  # “Denver,” he answered.
    end = _end_before(text, q.start)
    if end == 0 or text[end - 1] in "\n.:!?":
        return True
    prev = _token_ending_at(doc, _end_before(text, end, ", "))  # chanted, "Lock her up!"
    return prev is not None and (prev[0].pos_ == "VERB" or _speech_verb_before_comma(doc, text, prev[0], q))


# Verbs whose object, quoted right after them, is words said or written on
# something ("a sign reading “Harbour 4 All”"); not "wrote" (a title follows).
_SAYING_LEMMAS = {"say", "read", "shout", "yell", "scream", "declare"}


def _said_right_before(doc, text, q: Quote) -> bool:
    """`Brandt said "ferry" five times`, `a sign which read “Harbour 4 All”`:
    a short quote with no punctuation of its own, right after a verb of
    saying, is what was said."""
    prev = _token_ending_at(doc, _end_before(text, q.start))
    return prev is not None and prev[0].pos_ == "VERB" and prev[0].lemma_.lower() in _SAYING_LEMMAS


def _end_before(text: str, pos: int, spaces: str = " \t\xa0") -> int:
    """Just past the last character before pos that is not one of spaces
    (scraped text keeps non-breaking spaces). Walks back instead of copying
    the text before every quote."""
    while pos > 0 and text[pos - 1] in spaces:
        pos -= 1
    return pos


def _token_ending_at(doc, end: int):
    """The token holding the character before end, as a one-token span."""
    return doc.char_span(end - 1, end, alignment_mode="expand") if end > 0 else None


_WORK_NOUNS = {"book", "memoir", "novel", "show", "program", "programme", "film", "movie", "song", "album",
               "column", "essay", "article", "ad", "series", "documentary", "play", "poem", "podcast", "report"}


def _speech_verb_before_comma(doc, text, last, q: Quote) -> bool:
    """`The crowd chanted back at him, "Send them home,"`: a speech verb a
    few words before the comma that opens the quote."""
    if text[last.idx + len(last):q.start].strip() != "," or last.lemma_.lower() in _WORK_NOUNS:
        return False  # `she wrote in her memoir, "Low Tide."`: the title of the work
    return any(_reporting_verb(t) for t in doc[max(0, last.i - 4):last.i + 1])


def _words(text, span) -> int:
    return len(_WORD.findall(text[span[0]:span[1]]))


def _sentence_index(sentences, pos) -> int:
    starts = [s for s, _ in sentences]
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _sentence_at(sentences, pos):
    return sentences[_sentence_index(sentences, pos)] if sentences else (0, 0)
