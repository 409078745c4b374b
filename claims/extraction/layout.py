"""Find the layouts that name a quotation's speaker.

News text sets speech out in shapes the parser does not read as sentences:
a name and a colon (`Harbour master Ines Varga: “...”`, a headline's
`Varga on the ferry: ‘...’`, a transcript's `Stated Morn:` on a line of its
own), a dash under a pull quote (`“...” —Ines Varga`), a speaker and verb
after the closing mark (`“...,” Varga notes`), a chant, a verb and a colon
before the quote, quoted paragraphs and list items. Each finder here looks
at one quote and the text and parse around it and returns the attribution
its layout implies, or None; none of them looks at the attributions already
found. Which attribution owns the quote is decided in ownership.py.
"""

from __future__ import annotations

import re

from .attribution import Attribution, doc_text
from .cues import can_speak, span_of, trim_span
from .lexicon import SECTION_LABELS, SPEECH_NOUNS, SPEECH_VERBS
from .quotes import Quote

# Fewer words than this in a quote with no cue of its own: a scare quote or a
# title ("unauthorised use"), not speech.
MIN_SPEECH_WORDS = 5
_WORD = re.compile(r"\w+")


def speaker_by_layout(doc, q: Quote, quotes: list[Quote] = ()) -> Attribution | None:
    """The attribution the layout around q implies, tried in this order: a
    dash, "in X's words" or a name and colon setting out its speaker, a verb
    that governs it, a verb and colon before it, a speaker and verb after it,
    a verb the parser tangled with it, a sentence after it that names who
    said it ("That was how Varga opened her speech."), one that calls it
    somebody's answer ("was her answer"), a name card, or the writer's
    question about somebody right before it."""
    return (_dash_speaker(doc, q) or _signed_inside_marks(doc, q) or _bracketed_signature(doc, q)
            or _words_of(doc, q) or _speaker_colon(doc, q)
            or _bracketed_outlet(doc, q) or _governing_verb(doc, q, quotes)
            or _colon_intro(doc, q) or _colon_before(doc, q, quotes)
            or _cue_after_quote(doc, q) or _verb_before_quote(doc, q) or _named_after_quote(doc, q)
            or _answer_after_quote(doc, q) or _name_card(doc, q) or _answer_to_question(doc, q))


def signed_quote(doc, q: Quote) -> bool:
    """Whether a signature after q names its speaker: a dash and a name, a
    name in brackets, a name line inside the closing mark."""
    return (_dash_speaker(doc, q) or _bracketed_signature(doc, q) or _signed_inside_marks(doc, q)) is not None


def introducing_verb(doc, text, q: Quote):
    """The speech verb right before the comma or colon that opens q, if any."""
    end = end_before(text, q.start)
    if end == 0 or text[end - 1] not in ",:":
        return None
    span = doc.char_span(max(0, end - 30), end - 1, alignment_mode="contract")
    last = [t for t in span if not t.is_punct] if span is not None else []
    verb = _verb_of_complement(last[-1]) if last else None
    if verb is None or verb.pos_ != "VERB" or not _reporting_verb(verb):
        return None
    # "a statement saying, “...”", "a video that said, “...”", "were told,
    # “...”", "by saying: “...”": the quote is what the record or the clause
    # around it reports, not a new speaker's words; but "the bill that
    # Varga said, “...”" names a speaker of its own.
    if verb.dep_ in ("acl", "pcomp") or verb.dep_ == "relcl" and not _own_subject(verb) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    return verb


# How the words closing a cue clause hang on its verb: "responded in a text
# message:", "told reporters:", "said on Monday,".
_COMPLEMENT_DEPS = ("pobj", "prep", "dobj", "npadvmod", "dative")


def _verb_of_complement(tok):
    """The verb whose complement ends right before a quote's comma or colon
    ("Varga responded in a text message: “...”"), or tok itself."""
    for _ in range(3):
        if tok.pos_ == "VERB" or tok.dep_ not in _COMPLEMENT_DEPS:
            break
        tok = tok.head
    return tok


def _own_subject(verb) -> bool:
    # A named subject, not the relative pronoun standing for the noun.
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in verb.children)


# "chants of “Ferry! Ferry!”", "the crowd chanting “Save the pier”": however
# short, the words a crowd chants are speech.
_CHANT = re.compile(r"\b(?:chants? of|cries of|shouts? of|calls of|chorus of|chanting|chanted)[,:]?\s*$",
                    re.IGNORECASE)
_QUOTE_JOINER = re.compile(r"^,?\s*(?:and|or)?\s*$")


def _chant_before(text, q: Quote):
    line_start = text.rfind("\n", 0, q.start) + 1
    return _CHANT.search(text, max(line_start, q.start - 30), q.start)


def follows_a_chant(text, q: Quote) -> bool:
    """`to chants of “Ferry! Ferry!,” the mayor said ...`: the crowd's words,
    whatever cue comes after them."""
    return _chant_before(text, q) is not None


def chanted_quote(doc, q: Quote, quotes: list[Quote]) -> Attribution | None:
    """The chant a quote follows, as an attribution to the ones chanting
    (the verb's subject, the noun's possessor) when the text names them."""
    text = doc_text(doc)
    m = _chant_before(text, q)
    cue = doc.char_span(m.start(), m.start() + len(m.group().split()[0]), alignment_mode="expand") if m else None
    if cue is None:
        return _chant_named_after(doc, q)
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


_CHANT_AFTER = re.compile(r"[ \t]+(?P<noun>chants?|cries|shouts|chorus)\b")


def _chant_named_after(doc, q: Quote) -> Attribution | None:
    """`drawing jeers and “FERRY!” chants`, `to “Ferry now!” cries`: a quote
    set as what a chant or cry says (the noun right after it) is chanted."""
    text = doc_text(doc)
    m = _CHANT_AFTER.match(text, q.end)
    noun = doc.char_span(*m.span("noun"), alignment_mode="expand") if m else None
    if noun is None or noun[0].pos_ != "NOUN":
        return None
    speaker = next((c for c in noun[0].children if c.dep_ == "poss"), None)
    return Attribution(
        cue=m.span("noun"), lemma=noun[0].lemma_.lower(), content=[q.inner],
        source=span_of(speaker) if speaker is not None else None, source_head=speaker.i if speaker else None,
        cue_head=noun[0].i, kind="quote", direct=True, indirect=False, confidence=0.45,
    )


_SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")
_SPEAKER_PRONOUNS = ("he", "she", "they", "we", "i")


def nearest_speaker(doc, q: Quote) -> Attribution | None:
    """Last resort for a paragraph that is a quotation with no cue anywhere
    near: news writing puts the speaker in the paragraph before ("the DNC
    issued a statement ..." then the statement in quotes), so the last
    clause there with a named or pronoun subject is taken as its owner."""
    text = doc_text(doc)
    previous = paragraph_before(text, q)
    if previous is None or word_count(text, q.inner) < MIN_SPEECH_WORDS:
        return None
    span = doc.char_span(*previous, alignment_mode="expand")
    if span is None:
        return None
    # "“We have waited ten years." over "“We will not wait another ten.": a
    # verb inside the quoted paragraph before is the quoted speaker's own
    # words, not the narration that names a speaker.
    for verb in reversed([t for t in span if t.pos_ == "VERB" and not _in_open_quote(text, t.idx)]):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.ent_type_ in _SPEAKER_ENTS or subject.pos_ == "PROPN"
                                    or subject.lower_ in _SPEAKER_PRONOUNS):
            owner = _quote_owner(verb, subject, q)
            owner.confidence = 0.3
            return owner
    return None


def _governing_verb(doc, q: Quote, quotes: list[Quote] = ()) -> Attribution | None:
    """`Trump boomed: “...”`, `“...,” she beamed`: any verb with a subject that
    governs a whole quotation is taken as its cue, lexicon or not; but not a
    verb inside another quote, which the parse tangled with this one (“And
    I know ...,” and with that she broke off with a curt “No.”)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in _up_from(span.root.head):
        if any(o.encloses((tok.idx, tok.idx + 1)) for o in quotes):
            continue
        if (tok.i < span.start or tok.i >= span.end) and tok.pos_ in ("VERB", "AUX"):
            subject = _subject_of(tok)
            if subject is not None and not (span.start <= subject.i < span.end):
                return _quote_owner(tok, subject, q)
    return None


def _up_from(tok, steps: int = 3):
    """tok and the words it hangs from, at most steps of them, stopping at
    the root: for "reporters" in "Varga told reporters, “...”", "reporters",
    then "told"."""
    for _ in range(steps):
        yield tok
        if tok.head.i == tok.i:
            return
        tok = tok.head


def _colon_intro(doc, q: Quote) -> Attribution | None:
    """`Jared Potts echoed:` at the end of a paragraph, the quote in the next."""
    text = doc_text(doc)
    previous = paragraph_before(text, q)
    if previous is None or text[previous[1] - 1] != ":" or _in_open_quote(text, previous[1] - 1):
        return None
    span = doc.char_span(*previous, alignment_mode="expand")
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in t.children)]
    if not verbs:
        return _short_colon_line(span, q) or _name_colon_line(doc, previous, q)
    verb = verbs[-1]
    return _quote_owner(verb, next(c for c in verb.children if c.dep_ == "nsubj"), q)


def _short_colon_line(span, q: Quote) -> Attribution | None:
    """`Stated Morn:` or `Transcript as follows:` on a line of its own, the
    quote in the next paragraph: the parse finds no verb with a subject, so
    the cue is the speech word (or from "as" on) and the source the rest.
    `From Mira Holm writing at Harbour Weekly:` introduces an excerpt: the
    source is the writer named between "From" and the speech word."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    excerpt = len(words) > 1 and words[0].lower_ == "from"
    words = words[1:] if excerpt else words
    if not words or len(words) > 6:
        return None
    cue = next((t for t in words if _speech_forms(t) & SPEECH_VERBS.keys()), None)
    if cue is not None:
        rest = [t for t in words if t.i < cue.i] if excerpt else [t for t in words if t.i != cue.i]
        cue_span = (cue.idx, cue.idx + len(cue))
    else:
        k = next((i for i, t in enumerate(words) if i and t.lower_ == "as"), None)
        if k is None:
            return None
        rest = words[:k]
        cue_span = _extent(words[k:])
    if not rest:
        return None
    return Attribution(
        cue=cue_span, lemma=(cue.lemma_.lower() if cue is not None else "as follows"), content=[q.inner],
        source=_extent(rest), source_head=rest[-1].i, cue_head=None,
        kind="quote", direct=True, indirect=False, confidence=0.4,
    )


def _speech_forms(t) -> set[str]:
    """The verbs a word on a short line may be a form of: "Stated" (state),
    "writing" (write), which the tagger may take for a noun on such a line."""
    low = t.lower_
    forms = {t.lemma_.lower(), low, low[:-1]}
    if low.endswith("ing"):
        forms |= {low[:-3], low[:-3] + "e"}
    return forms


def _name_colon_line(doc, line: tuple[int, int], q: Quote) -> Attribution | None:
    """`Odo Brandt:` or `Varga on the ferry:` on a line of its own, the quote
    in the next paragraph: a name (and a topic after "on") set over the
    words it spoke, as in a transcript or a digest."""
    text = doc_text(doc)
    colon = line[1] - 1
    start = line[0] + bullet_end(text[line[0]:colon])
    topic = _TOPIC.search(text, start, colon)
    who = trim_span(text, start, topic.start() if topic else colon)
    span = doc.char_span(*who, alignment_mode="expand") if who else None
    whole = doc.char_span(start, colon, alignment_mode="expand")
    if span is None or whole is None or not _names_a_speaker(whole, span):
        return None
    head = name_head(span)
    # A heading ("Ferry Schedule:", "Background:") looks the same; a speaker
    # is named elsewhere in the story too.
    if not any(t.text == head.text and not span.start <= t.i < span.end for t in doc):
        return None
    return Attribution(
        cue=(colon, colon + 1), lemma=":", content=[q.inner], source=who, source_head=head.i,
        cue_head=None, kind="colon", direct=True, indirect=False, confidence=0.4,
    )


def _name_card(doc, q: Quote) -> Attribution | None:
    """`Ines Varga, harbour master` on a line of its own, then her words in a
    quoted paragraph (a "voices" page, a profile card): a full name and a
    title after a comma, no clause and no closing punctuation. The
    opening mark is the cue: nothing else sets the words apart as hers."""
    text = doc_text(doc)
    previous = paragraph_before(text, q)
    if previous is None or text[previous[1] - 1] in ".!?:;,”\"'’)]":
        return None
    comma = text.find(",", *previous)
    who = trim_span(text, previous[0], comma if comma > 0 else previous[1])
    name = doc.char_span(*who, alignment_mode="expand") if who else None
    line = doc.char_span(*previous, alignment_mode="expand") if name is not None else None
    if line is None or len(line) > 10 or not _names_a_speaker(line, name):
        return None
    # A heading ("Velmora Harbour", "Velmora, Monday") is no name card: a
    # person's full name, a title after the comma.
    title = [t for t in line if t.idx > comma and not t.is_punct] if comma > 0 else []
    if not title or any(t.ent_type_ in ("DATE", "TIME", "GPE") for t in title) \
            or sum(t.pos_ == "PROPN" for t in name) < 2:
        return None
    return Attribution(
        cue=(q.start, q.start + 1), lemma=":", content=[q.inner], source=trim_span(text, *previous),
        source_head=name_head(name).i, cue_head=None, kind="colon", direct=True, indirect=False, confidence=0.35,
    )


def _extent(toks) -> tuple[int, int]:
    """The characters from the first token's start to the last one's end
    ("Harbour master Ines Varga" from "Harbour" to "Varga")."""
    return (toks[0].idx, toks[-1].idx + len(toks[-1]))


def _colon_before(doc, q: Quote, quotes: list[Quote] = ()) -> Attribution | None:
    """`She went on: "..."`, `Trump issued a statement, “...”`: a verb and its
    subject just before a colon or comma that opens the quote, outside any
    quote before it (in `telling them, “I’m one of you,” and, “...”` the
    verb of “I’m” is the first quote's words)."""
    text = doc_text(doc)
    head = text[:q.start].rstrip()
    if not head.endswith((":", ",")) or _in_open_quote(text, len(head) - 1):
        return None
    start = max(text.rfind("\n", 0, len(head)) + 1, len(head) - 80)
    span = doc.char_span(start, len(head), alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and not any(o.encloses((t.idx, t.idx + 1)) for o in quotes)]
    verbs += _verb_before_colon_read_as_noun(span)
    # A relative clause ("who founded the shelter") only if nothing else has a subject.
    verbs = [t for t in verbs if t.dep_ == "relcl"] + [t for t in verbs if t.dep_ != "relcl"]
    for verb in reversed(verbs):
        subject = _subject_of(verb) or _shared_subject(verb) or _participle_speaker(verb) or _as_speaker(verb) \
            or _subject_hung_on_quote(verb, q)
        # "Here's what happened next: “...”": what happened speaks no words.
        if subject is not None and subject.lower_ != "what":
            return _quote_owner(verb, subject, q)
    return None


def _verb_before_colon_read_as_noun(span) -> list:
    """`Article 12 affirms: “...”`: the word before the colon has a subject of
    its own, so it is a verb, whatever the tagger made of it."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    last = words[-1] if words else None
    if last is None or last.pos_ != "NOUN" or not any(c.dep_ == "nsubj" for c in last.children):
        return []
    return [last]


def _subject_hung_on_quote(verb, q: Quote):
    """`Brandt was blunt: “The council has failed.”`: the parser made the name
    before the colon the subject of the quoted verb; it is the subject of
    the verb before the colon, the one that speaks."""
    subject = next((t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ == "nsubj" and t.head.idx >= q.start), None)
    if subject is None or any(t.idx >= q.start for t in subject.subtree):
        return None
    return subject


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
        cue=cue, lemma=text[cue[0]:cue[1]].lower(), content=[q.inner], source=who, source_head=name_head(span).i,
        cue_head=None, kind="quote", direct=True, indirect=False, confidence=0.5,
    )


_POSSESSIVE_END = re.compile(r"(?:[’']s|[’'])$")


# Where the words naming a speaker before a colon begin: a line, a sentence,
# a dash after a digest heading ("TURNOUT IS UP - Ines Varga: “...”"), an
# earlier colon (a live blog's "9:45 a.m.: Ines Varga: “...”").
_LEAD_START = re.compile(r"(?:^|[.!?][”\"'’]*\s+|\s[-–—]\s*|\.\.\.\s*|:\s+)(?=\S)")
_FROM = re.compile(r"^(?:More from|From|Here[’']s|Here is)\s+")
_TOPIC = re.compile(r"\s+[Oo]n\s+.*$")


def _speaker_colon(doc, q: Quote) -> Attribution | None:
    """`Harbour master Ines Varga: “...”`, `Varga on the ferry: ‘...’` (a
    headline), `TURNOUT IS UP - Odo Brandt: “...”`, `More from Brandt: “...”`,
    `Here's Varga in 2019: “...”`, `Her reply: “...”`, `The board’s answer? “...”`:
    a name and a colon opening a quote, no verb between, are its speaker."""
    text = doc_text(doc)
    colon = end_before(text, q.start) - 1
    if colon < 0 or text[colon] not in ":?" or _in_open_quote(text, colon):
        return None
    line_start = text.rfind("\n", 0, colon) + 1
    lead = text[line_start:colon]
    start = line_start + max(m.end() for m in _LEAD_START.finditer(lead))
    start += bullet_end(text[start:colon])  # "• Ines Varga: “...”"
    source_word = _FROM.match(text[start:colon])  # "More from Brandt:", "Here's Brandt:"
    start += source_word.end() if source_word else 0
    whole = doc.char_span(start, colon, alignment_mode="expand")
    if whole is None or not _no_clause(whole) or text[start:colon].strip().lower() in SECTION_LABELS:
        return None
    topic = _TOPIC.search(text, start, colon)
    who = trim_span(text, start, topic.start() if topic else colon)
    span = doc.char_span(*who, alignment_mode="expand") if who else None
    holder = _holder_of_words(span) if span is not None else None
    if holder is not None:
        who, head = holder
    elif span is None or text[colon] != ":" or not (_speaker_words(span) or _named_elsewhere(span)
                                                     or source_word is not None and _described_speaker(span)):
        return None
    else:
        head = name_head(span)
    return Attribution(
        cue=(colon, colon + 1), lemma=":", content=[q.inner], source=who, source_head=head.i, cue_head=None,
        kind="colon", direct=True, indirect=False, confidence=0.45,
    )


def _described_speaker(span) -> bool:
    """`More from the report:`, `Here's the mayor:`: after the words that
    hand over to a speaker, a short description of one (a report, a
    person's role) names it as well as a name would."""
    words = [t for t in span if not t.is_punct]
    return 0 < len(words) <= 4 and noun_phrase(words) and can_speak(_phrase_head(words))


def _named_elsewhere(span) -> bool:
    """`Varga on the Ferry Vote: ‘...’`: a headline's speaker the tagger read
    as a verb or a noun (its words are all capitalised) is a name when the
    story names it again as one."""
    words = [t for t in span if not t.is_punct]
    if not 1 <= len(words) <= 3 or not all(t.text[:1].isupper() for t in words):
        return False
    last = words[-1]
    return any(t.text == last.text and (t.pos_ == "PROPN" or t.ent_type_ in _SPEAKER_ENTS)
               for t in span.doc if not span.start <= t.i < span.end)


# The outlet a digest item cites, in brackets at the end of its paragraph:
# `... [Harbour Gazette.]`, `... [AP]`, `... [Tide Journal | Paywall]`.
_CITED_OUTLET = re.compile(r"\[(?P<who>[A-Z][^\[\]\n“”\"|]{0,40}?)\.?(?:[ \t]*\|[^\]\n]*)?\][ \t\xa0]*$",
                           re.MULTILINE)
_LOWER = re.compile(r"[a-z]")


def _bracketed_outlet(doc, q: Quote) -> Attribution | None:
    """`FERRY'S LAST RUN “The old ferry made its last crossing ...” [Harbour
    Gazette.]`: a newsletter item, a heading in capitals, the passage it
    quotes from a story and the story's outlet in brackets. The passage is
    the outlet's words (the heading is the newsletter's); a sentence of the
    newsletter's own may stand between the quote and the bracket."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    m = _CITED_OUTLET.search(text, q.end, line_end)
    if m is None or _LOWER.search(text, line_start, q.start) or any(c in text[q.end:m.start()] for c in "“”\"") \
            or _bracket_label(m.group("who")):  # "“...” [Applause]", "[Video]"
        return None
    who = trim_span(text, m.start("who"), m.end("who"))
    comma = text.find(",", *who) if who else -1  # "[Ines Varga, mayor]": the name before the title
    span = doc.char_span(who[0], comma if comma > 0 else who[1], alignment_mode="expand") if who else None
    if span is None or not _speaker_words(span):
        return None
    return Attribution(
        cue=(m.start(), m.end()), lemma="cite", content=[q.inner], source=who, source_head=name_head(span).i,
        cue_head=None, kind="quote", direct=True, indirect=False, confidence=0.45,
    )


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


# A dash, after the closing mark or opening a line of its own (perhaps after
# a blank line), before the speaker's name: `"...spring."` then `—Ines Varga,
# mayor of Velmora`. At the start of a line a hyphen glued to the name
# (`-Ines Varga`) is a dash too, and so is a tilde (`~ Ines Varga`).
_DASH_LINE = re.compile(r"[ \t\xa0]*(?:\n[ \t\xa0]*){0,2}(--|[—–―~]|-(?=\s)|(?<=\n)-)[ \t\xa0]*(?=[A-Z@])")
# What the signature may add after the name: `—Ines Varga, speaking after
# the vote`, `—Odo Brandt, writing on Facebook`.
_SIGNED_WHEN = re.compile(r",[ \t\xa0]*(?:speaking|writing|tweeting|posting|talking|addressing|responding|"
                          r"replying|quoted|interviewed|in a|on|at|after|during)\b[^\n]*$")
# An embedded tweet's signature after the name: `— Ines Varga (@InesVarga) March 3, 2016`.
_TWEET_SIGNED = re.compile(r"[ \t\xa0]*\(@\w+\)[^\n]*$")
_HANDLE = re.compile(r"@\w+")


def _dash_speaker(doc, q: Quote) -> Attribution | None:
    """`"We close the pier." —Ines Varga, mayor of Velmora` (a pull quote or
    an epigraph, or an embedded tweet signed `— Ines Varga (@InesVarga) March
    3, 2016` or `— @InesVarga`): a dash after the quote and a name filling
    the rest of the line, perhaps with a title after a comma, are its
    speaker. The quote opens its line: in `jeered, "Goodbye!" - Russian for
    ...` the dash opens an aside."""
    text = doc_text(doc)
    m = _DASH_LINE.match(text, q.end)
    if m is None or not _opens_its_line(text, q):
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    tweet = _TWEET_SIGNED.search(text, m.end(), line_end)
    return _signed_by(doc, q, m.end(), tweet.start() if tweet else line_end, m.span(1))


# A name in brackets after a pull quote: `“...” (Ines Varga, harbour master)`.
_PAREN_SIGNED = re.compile(r"[ \t\xa0]*\((?P<who>[A-Z][^()\n:]{1,80}?)\)[ \t\xa0.]*$", re.MULTILINE)


# What a transcript notes in brackets after a speaker's words, and the
# labels and credits a page sets in brackets after a quote ("[Video]",
# "(AP Photo)"): no speaker's name.
_STAGE_DIRECTIONS = {"applause", "laughter", "cheers", "cheering", "boos", "booing", "crosstalk", "inaudible",
                     "sic", "silence", "pause"}
_BRACKET_LABELS = {"video", "videos", "photo", "photos", "image", "images", "audio", "graphic", "chart", "map",
                   "gallery", "slideshow", "watch", "listen", "updated", "update", "file", "more", "paywall"}


def _bracket_label(words: str) -> bool:
    """Whether bracketed words are a stage direction or a page's label."""
    low = words.strip(" .").lower()
    return low in _STAGE_DIRECTIONS or any(w in _BRACKET_LABELS for w in low.split())


def _bracketed_signature(doc, q: Quote) -> Attribution | None:
    """`“We close the pier.” (Ines Varga, harbour master)`: a quote filling
    its line, closed as a sentence, and a name in brackets after it. Only a
    name the parser knows, or two proper nouns: "(Applause)" and "(Reuters)"
    after a transcript's lines are no speakers."""
    text = doc_text(doc)
    m = _PAREN_SIGNED.match(text, q.end)
    if m is None or text[q.inner_end - 1:q.inner_end] not in (".", "!", "?", "…") or not _opens_its_line(text, q):
        return None
    if _bracket_label(m.group("who")):
        return None
    owner = _signed_by(doc, q, m.start("who"), m.end("who"), (m.start("who") - 1, m.start("who")))
    if owner is None:
        return None
    name = doc.char_span(*owner.source, alignment_mode="expand")
    named = [t for t in name if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"]
    if not any(t.ent_type_ == "PERSON" for t in named) and len(named) < 2:
        return None
    return owner


def _signed_by(doc, q: Quote, start: int, end: int, cue: tuple[int, int]) -> Attribution | None:
    """The attribution of q to the signature from start to end: a name,
    perhaps a title after a comma or what the speaker was doing ("speaking
    after the vote", left out of the source), or a handle alone."""
    text = doc_text(doc)
    comma = text.find(",", start, end)
    who = trim_span(text, start, comma if comma > 0 else end)
    when = _SIGNED_WHEN.search(text, start, end)
    whole = trim_span(text, start, when.start() if when else end)
    span = doc.char_span(*who, alignment_mode="expand") if who else None
    line = doc.char_span(*whole, alignment_mode="expand") if span is not None else None
    if line is None or len(line) > 16:
        return None
    handle = _HANDLE.fullmatch(text, *who) is not None
    if not handle and (not _names_a_speaker(line, span) or _only_a_place(span)):
        return None
    return Attribution(
        cue=cue, lemma=":", content=[q.inner], source=whole, source_head=name_head(span).i, cue_head=None,
        kind="colon", direct=True, indirect=False, confidence=0.45,
    )


# The line signing a pull quote inside its marks: `Ines Varga, harbour board."`.
_SIGNATURE_LINE = re.compile(r"[ \t\xa0]*(?P<who>[A-Z][^\n“”\"]{1,100}?)[.,]?(?P<mark>[”\"])\.?[ \t\xa0]*$",
                             re.MULTILINE)


def _signed_inside_marks(doc, q: Quote) -> Attribution | None:
    """`"We close the pier.` then `Ines Varga, harbour board."` on the next
    line: a pull quote whose closing mark comes after the name and title of
    its speaker, set on a short line of their own (scraped pages lose the
    line break and the dash). The quote opens its line (a stray mark may
    come first: `"“...”`) and fills it."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    if line_end < 0 or text[line_start:q.start].strip() not in ("", '"', "“") or text[q.end:line_end].strip():
        return None
    m = _SIGNATURE_LINE.match(text, line_end + 1)
    if m is None:
        return None
    who = trim_span(text, m.start("who"), m.end("who"))
    comma = text.find(",", who[0], who[1])
    name = doc.char_span(who[0], comma if comma > 0 else who[1], alignment_mode="expand")
    line = doc.char_span(*who, alignment_mode="expand") if name is not None else None
    if line is None or len(line) > 16 or not _names_a_speaker(line, name):
        return None  # "See the full letter on Page 4." is the page's
    return Attribution(
        cue=m.span("mark"), lemma=":", content=[q.inner], source=who, source_head=name_head(name).i,
        cue_head=None, kind="colon", direct=True, indirect=False, confidence=0.45,
    )


def _only_a_place(span) -> bool:
    """`— Velmora, March 3` under a quote: where and when it was said (a
    dateline), not who said it."""
    named = [t for t in span if t.ent_type_ or t.pos_ == "PROPN"]
    return bool(named) and all(t.ent_type_ in ("GPE", "LOC") for t in named)


def _opens_with_a_verb(span) -> bool:
    """`- Close the Velmora pier.` under a quote: a list item of things to do,
    not the name of who said it."""
    first = next((t for t in span if t.text.strip("-–—")), None)
    return first is not None and (first.pos_ == "VERB" or first.tag_ in ("VB", "VBP"))


def _opens_its_line(text, q: Quote) -> bool:
    """Nothing before the quote on its line but perhaps a short label
    ("Quote of the day:", "Overheard:")."""
    lead = text[text.rfind("\n", 0, q.start) + 1:q.start].strip()
    return not lead or lead.endswith(":") and len(lead.split()) <= 5


def name_head(span):
    """The last person or organisation named in a speaker's words, else the
    phrase's head ("Harbour master Ines Varga" -> Varga)."""
    person = [t for t in span if t.ent_type_ in ("PERSON", "ORG")]
    return person[-1] if person else _phrase_head([t for t in span if not t.is_punct])


def _no_clause(span) -> bool:
    # Capitalised verbs are a headline's ("Varga on Closing The Pier: ‘...’").
    return not any(t.pos_ in ("VERB", "AUX", "SCONJ") and not t.text[:1].isupper() or t.tag_ in ("WDT", "WP")
                   for t in span)


def _names_a_speaker(line, name) -> bool:
    """A line set apart to name a speaker (`Ines Varga, harbour master`
    under a pull quote, `Varga on the ferry:` over one): no clause in it, and
    its name part (`Ines Varga`) short words of a name that do not open with
    a verb (`- Close the pier.` is a list item)."""
    return _no_clause(line) and not _opens_with_a_verb(name) and _speaker_words(name)


def _speaker_words(span) -> bool:
    """A short name or title ("Rep. Ines Varga (D-Harlow)", "Varga and
    Brandt", "Harbour board statement"): capitalised, a name in it; its
    punctuation does not count."""
    toks = [t for t in span if not t.is_punct]
    # A hyphen glued to the name by the tokenizer ("-Odo") is the signature's dash.
    if not toks or len(toks) > 8 or not toks[0].text.lstrip("-")[:1].isupper() \
            or toks[0].ent_type_ in ("DATE", "TIME") \
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
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            or _subject_past_an_aside(verb.head)
    return None


def _subject_past_an_aside(verb):
    """`Varga held up the flag — which read “Pilots 4 Ferry” — and waved
    it`: the parser joins the verb after a relative clause set off by dashes
    to that clause; its subject is that of the clause the aside interrupts."""
    relative = verb.head
    if verb.dep_ != "conj" or relative.dep_ != "relcl" or relative.head.i == relative.i \
            or not any(t.text in ("—", "–", "--") for t in verb.doc[relative.i:verb.i]):
        return None
    return next((c for c in relative.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


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
    if verb is None and words[-1].dep_ == "prt" and words[-1].head.pos_ == "VERB":
        verb = words[-1].head  # `and her husband cut in. “...”`: a verb with its particle
    if verb is None and len(words) == 2 and words[0].pos_ == "VERB" and words[1].dep_ in ("dobj", "dative"):
        verb = words[0]
    if verb is None:
        return None
    for tok in _up_from(verb):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i
                        and not q.start <= c.idx < q.end), None)
        if subject is not None:
            return _quote_owner(verb, subject, q)
    return None


# "“...” That was how Varga opened her speech.", "“...” — that is what Brandt
# told the council.", "“...” Those were the words of Ines Varga.", "“...” So
# said Brandt.", "“...” The words came from Odo Brandt.", "“...” That was
# Varga, speaking to reporters.", "“...” That quote from Ines Varga ran on
# the front page.", "“...” — a quip by the harbour master": the sentence
# after a quote (perhaps opening the next paragraph) points back to it and
# names who spoke.
_WORDS_NOUN = r"(?:words?|message|verdict|reply|answer|response|warning|advice|plea|promise|remarks?|comments?)"
_POINTS_BACK = re.compile(
    r"[ \t]*(?:\n[ \t]*){0,2}(?P<dash>[—–-]+[ \t]*)?(?P<back>(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese|[Ss]uch)[ \t]+"
    r"(?:was|were|is|are|had been|has been)[ \t]+(?:(?P<clause>how|what)|the[ \t]+(?:\w+[ \t]+)?" + _WORDS_NOUN
    + r"(?:[ \t]+(?:on|at|in|this|last|that)[ \t]+\w+(?:[ \t]+\w+)?)?[ \t]+(?:of|from))"
    r"|(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese|[Tt]he)[ \t]+(?:(?:\w+[ \t]+)?" + _WORDS_NOUN + r"[ \t]+)?came[ \t]+from"
    r"|(?P<quoted>(?:[Tt]hat|[Tt]his|[Tt]he|[Aa])[ \t]+(?:\w+[ \t]+)?(?:quote|quip|line|remark|comment)"
    r"[ \t]+(?:from|by))"
    r"|(?P<name>[Tt]hat[ \t]+was)(?=[ \t]+[A-Z])"
    r"|(?P<owner>(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)[ \t]+(?:was|were|are|is))(?=[ \t]+(?:his|her|their"
    r"|(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*[’']s)[ \t]+(?:\w+[ \t]+)?" + _WORDS_NOUN + r"\b)"
    r"|(?P<with>[Ww]ith[ \t]+(?:those|these|that|this)[ \t]+(?:\w+[ \t]+)?" + _WORDS_NOUN + r"),?"
    r"|(?P<so>So)(?=[ \t]+(?:said|says|wrote|writes|vowed|declared|insisted|warned|argued|promised)\b))[ \t]+")
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
    elif m.group("with"):
        owner = _who_did_it_with_the_words(span, m.span("with"), q)
        if owner is None:
            return None
    else:
        who = _before_a_clause([t for t in span[:9] if not t.is_punct] or list(span[:1]))
        if m.group("name"):
            who = _named_speaker(who)
        if m.group("owner"):  # "Those were Brandt’s words.": the possessor, without ’s
            who = who[:next((i for i, t in enumerate(who) if t.tag_ == "POS" or t.lower_ in ("his", "her", "their")),
                            0) or 1]
        if not who or not noun_phrase(who) or m.group("quoted") and not any(can_speak(t) for t in who):
            return None  # "“...” The line from the pier to the ferry was long."
        owner = Attribution(
            cue=m.span("back"), lemma="words of", content=[q.inner], source=(who[0].idx, who[-1].idx + len(who[-1])),
            source_head=name_head(who).i, cue_head=None, kind="quote", direct=True, indirect=False, confidence=0.5,
        )
    owner.extra["named_after"] = True
    return owner


def _who_did_it_with_the_words(span, cue, q: Quote) -> Attribution | None:
    """`“...” With those words, Odo Brandt opened the strike.`: the subject of
    the clause after the phrase is who spoke them, whatever it did with them."""
    verb = next((t for t in span[:12] if t.pos_ in ("VERB", "AUX") and _subject_of(t) is not None), None)
    subject = _subject_of(verb) if verb is not None else None
    if subject is None or not (subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ or noun_phrase([subject])):
        return None
    owner = _quote_owner(verb, subject, q)
    owner.cue, owner.lemma, owner.cue_head = cue, "words of", None
    return owner


def _named_speaker(toks) -> list:
    """`“...” That was Ines Varga, speaking to reporters.`: after a bare "That
    was" only a person's name points back to the quote (not "That was the
    plan", "That was Monday", "That was Varga's idea"); it stops before the
    time or place of the speech ("That was Varga on Monday")."""
    end = next((i for i, t in enumerate(toks) if t.pos_ == "ADP"), len(toks))
    toks = toks[:end]
    if not toks or toks[0].pos_ != "PROPN" or any(t.tag_ == "POS" or t.ent_type_ in ("GPE", "LOC", "DATE", "TIME")
                                                  for t in toks):
        return []
    return toks


# "“Never,” was her answer.", "“Not yet,” is Varga’s reply."
_WAS_THE_ANSWER = re.compile(r"[ \t]+(?:was|is)[ \t]+(?P<who>his|her|their|[A-Z]\w+(?:[ \t][A-Z]\w+)?[’']s)[ \t]+"
                             r"(?P<noun>answer|reply|response|retort|verdict)\b")


def _answer_after_quote(doc, q: Quote) -> Attribution | None:
    """`“Never,” was her answer.`: the words are the answer of the one whose
    answer the sentence names."""
    text = doc_text(doc)
    m = _WAS_THE_ANSWER.match(text, q.end)
    who = doc.char_span(*m.span("who"), alignment_mode="expand") if m else None
    if who is None or not len(who):
        return None
    return Attribution(
        cue=m.span("noun"), lemma=m.group("noun"), content=[q.inner], source=(who[0].idx, who[-1].idx + len(who[-1])),
        source_head=name_head(who).i, cue_head=None, kind="quote", direct=True, indirect=False, confidence=0.5,
    )


# Who a writer's question is about, when the quote after it answers it.
_ASKED_ABOUT = ("he", "she", "they")


def _answer_to_question(doc, q: Quote) -> Attribution | None:
    """`Why was she out in the cold all night? “My father says I have to
    save up for a boat.”`: a quote with no cue of its own, opening right
    after the writer's question about somebody in the same paragraph, is
    that person's answer (the question mark is the cue)."""
    text = doc_text(doc)
    end = end_before(text, q.start)
    if end == 0 or text[end - 1] != "?" or _in_open_quote(text, end - 1):
        return None
    para_start = text.rfind("\n", 0, end) + 1
    start = max([para_start] + [m.end() for m in _SENTENCE_END.finditer(text, para_start, end - 1)])
    if any(c in text[start:end] for c in "“”\"‘’"):
        return None  # a quoted question, or a quote inside it: somebody's words, not the writer's
    question = doc.char_span(start, end, alignment_mode="expand")
    if question is None:
        return None
    subject = next((t for t in question if t.dep_ in ("nsubj", "nsubjpass")
                    and question.start <= t.head.i < question.end
                    and (t.lower_ in _ASKED_ABOUT or t.pos_ == "PROPN" or t.ent_type_ == "PERSON")), None)
    if subject is None:
        return None
    return Attribution(
        cue=(end - 1, end), lemma="answer", content=[q.inner], source=span_of(subject), source_head=subject.i,
        cue_head=None, kind="quote", direct=True, indirect=False, confidence=0.35,
    )


_SENTENCE_END = re.compile(r"[.!?][”\"'’)]*\s+")


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
    if doc_text(doc)[q.inner_end - 1] == "." and toks[0].text[:1].isupper() and toks[0].pos_ == "PRON":
        return None  # `about “joint operations.” He pledged “...”`: a new sentence of the writer's
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
    """`“...,” came the reply from Varga`, `Brandt’s message was simple: “...”`,
    `Her answer was short: “...”`: the one the words came from or belong
    to, not the reply; any other subject is itself."""
    if subject.lemma_.lower() not in _WORDS_GIVEN:
        return subject
    holder = next((c for c in subject.children if c.dep_ == "poss"), None)
    if holder is not None:
        return holder
    prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
    giver = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if giver is None or not (giver.pos_ in ("PROPN", "PRON") or giver.ent_type_
                             or giver.pos_ == "NOUN" and prep.lower_ == "from"):
        return subject  # "the answer of the century" names nobody
    return giver


# Verbs of manner that the lexicon leaves out because they seldom take a
# that-clause, but that report words when a quote stands right before them.
_MANNER_VERBS = {"read", "cry", "scream", "exclaim", "shriek", "mutter", "whisper", "cheer", "chant",
                 "ask", "wonder", "continue", "interject", "retort", "counter", "call", "blare"}
_NOUN_PHRASE_START = ("DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM")


def closed_for_a_cue(text, q: Quote) -> bool:
    """Whether q ends the way quoted words end before their cue: a comma,
    ! or ? inside the closing mark, or a comma right after it."""
    return text[q.inner_end - 1] in ",!?" or text[q.end:q.end + 1] == ","


def speaker_after(doc, q: Quote) -> Attribution | None:
    """`“...,” Varga notes.`, `“...!” the group shouted from the street`,
    `“...,” said Brandt, explaining ...`: a quote closed by a comma, ! or ?
    and followed by a speaker and a speech verb (in either order) is that
    speaker's, whatever the parse made of the words after it."""
    text = doc_text(doc)
    if q.inner_end <= q.inner_start or not closed_for_a_cue(text, q):
        return None
    if not _opens_sentence(text, q):
        return None  # `Speaking on “Harbour Hour,” Brandt admitted that ...`: a title inside a sentence
    toks = _clause_after(doc, q)
    k = next((i for i, t in enumerate(toks[:9]) if _reporting_verb(t)), None)
    if k is None and len(toks) > 1 and _read_as_noun(toks[-1]):
        k = len(toks) - 1
    if k is None:
        k = _speech_verb_read_as_noun(toks)
    if k is None and _inverted_after_quote(text, q, toks):
        k = 0
    if k is None:
        return _speaker_set_off(doc, q, toks)
    verb = toks[k]
    # "asked Odo Brandt, a pilot": a verb right after the quote puts its
    # speaker after it, whether or not the verb takes a that-clause.
    who = _before_a_clause(toks[k + 1:]) if k == 0 else toks[:k]
    if not who or not noun_phrase(who):
        return None
    owner = _quote_owner(verb, _phrase_head(who), q)
    owner.source = _extent(who)
    return owner


# Verbs of saying that take the words said as a clause: say, tell, write, ...
_CLAUSE_VERBS = frozenset(v for v, kind in SPEECH_VERBS.items() if kind == "clause")


def _speaker_set_off(doc, q: Quote, name) -> Attribution | None:
    """`“Not us!” Varga, the head of the union, tweeted on Friday`: a name
    right after the quote, its title set off by commas, then the speech verb
    (which the tagger may take for a name when capitalised: "Tweeted")."""
    if not name or len(name) > 4 or not all(t.pos_ == "PROPN" or t.ent_type_ in _SPEAKER_ENTS for t in name):
        return None
    comma = doc[name[-1].i + 1] if name[-1].i + 1 < len(doc) else None
    if comma is None or comma.text != ",":
        return None
    closing = next((t for t in doc[comma.i + 1:comma.i + 14] if t.is_punct), None)
    if closing is None or closing.text != "," or closing.i == comma.i + 1 or closing.i + 1 >= len(doc) \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[comma.i + 1:closing.i]):
        return None
    verb = doc[closing.i + 1]
    if not _speech_forms(verb) & _CLAUSE_VERBS:
        return None
    owner = _quote_owner(verb, name[-1], q)
    owner.source, owner.source_head = _extent(name), name_head(name).i
    return owner


def _inverted_after_quote(text, q: Quote, toks) -> bool:
    """`“Keep off the pier,” begins a notice on the quay`: a quote closed by
    its comma, then a verb with the words naming who speaks after it; a
    story inverts subject and verb after a quote only to say whose the words
    are, whatever the verb (the parse, seeing no subject, takes the speaker
    for the verb's object)."""
    verb = toks[0] if toks else None
    return verb is not None and "," in text[q.inner_end - 1:q.end + 1] and verb.pos_ == "VERB" \
        and verb.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                                                   for c in verb.children) \
        and len(toks) > 1 and toks[1].pos_ in ("DET", "PROPN") and toks[1].head.i != verb.i


def _opens_sentence(text, q: Quote) -> bool:
    """Whether the quote starts its sentence (or a dash or bracket aside)."""
    before = text[text.rfind("\n", 0, q.start) + 1:q.start].rstrip()
    return not before or before[-1] in ".!?:;”\"'’(—–-"


def _clause_after(doc, q: Quote) -> list:
    """The words after a closing mark up to the next punctuation or line end."""
    text = doc_text(doc)
    start = _hard_wrapped(text, q)
    line_end = text.find("\n", start)
    span = doc.char_span(start, len(text) if line_end < 0 else line_end, alignment_mode="contract")
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


def _hard_wrapped(text, q: Quote) -> int:
    """Where the words after q's closing mark start: on its line, or on the
    next when the quote closes with a comma at the end of a line and the
    next opens in lower case (`“...,”` then `said Ines Varga.`: plain text
    wrapped at a fixed width)."""
    line_end = text.find("\n", q.end)
    if line_end < 0 or text[q.end:line_end].strip() or "," not in text[q.inner_end - 1:q.end]:
        return q.end
    nxt = line_end + 1
    return nxt if text[nxt:nxt + 1].islower() else q.end


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


def _speech_verb_read_as_noun(toks) -> int | None:
    """`“...,” the Saudis state in the paper`, `“...,” the report notes on
    page 4`: a speech verb after the speaker's noun phrase that the tagger
    read as the phrase's last noun ("the Saudi state"), with a preposition
    or nothing after it."""
    for k, t in enumerate(toks[:9]):
        if k == 0 or t.pos_ != "NOUN" or toks[k - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        word = t.lower_[:-1] if t.lower_.endswith("s") and t.lower_[:-1] in SPEECH_VERBS else t.lower_
        after = toks[k + 1] if k + 1 < len(toks) else None
        if SPEECH_VERBS.get(word) == "clause" and (after is None or after.pos_ == "ADP"):
            return k
    return None


def _before_a_clause(toks) -> list:
    """`said a pilot calling himself Captain Odo`: the speaker ends where a verb
    or a relative clause begins."""
    end = next((i for i, t in enumerate(toks) if t.pos_ == "VERB" or t.tag_ in ("WDT", "WP")), len(toks))
    return toks[:end]


def noun_phrase(toks) -> bool:
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


def _quote_owner(verb, subject, q: Quote) -> Attribution:
    subject = _giver_of_words(subject)
    # A name the verb hangs on ("Brandt, the master, tweeted: ...") spans
    # the whole sentence in the parse: its words stop before the verb.
    sub = [t for t in subject.subtree if (subject.i > verb.i or t.i < verb.i) and t.dep_ != "case"]
    # "shot back", "called out": the particle right after the verb is part of the cue.
    particle = next((c for c in verb.children if c.i == verb.i + 1
                     and (c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "back")), verb)
    return Attribution(
        cue=(verb.idx, particle.idx + len(particle)), lemma=verb.lemma_.lower(), content=[q.inner],
        source=_extent(sub), source_head=subject.i, cue_head=verb.i,
        kind="quote", direct=True, indirect=False, confidence=0.5,
    )


def opens_with_mark(paragraph: str) -> bool:
    """Whether the paragraph opens with a quotation mark (“ or ", ‘ in
    British style, or the doubled marks of ``PTB'' and ''NYT'' style),
    perhaps after a bullet."""
    return paragraph[bullet_end(paragraph):].startswith(("“", '"', "‘", "``", "''"))


# A list item's mark: `• "..."`, `- "..."`, `2) "..."`.
_BULLET = re.compile(r"\s*(?:(?:[•·▪●◦*–—►▶➤👉-]|\d{1,2}[.)])\s+)?")


def bullet_end(line: str) -> int:
    """Where the words of a line begin, past its spaces and any list bullet."""
    return _BULLET.match(line).end()


def paragraph_before(text, q) -> tuple[int, int] | None:
    """The paragraph before the one q opens, without its trailing space; None
    when words come before q in its paragraph or no paragraph comes before."""
    para_start = text.rfind("\n", 0, q.start) + 1
    prev_end = len(text[:para_start].rstrip())
    if para_start + bullet_end(text[para_start:q.start]) < q.start or prev_end == 0:
        return None
    return text.rfind("\n", 0, prev_end) + 1, prev_end


def speech_like(doc, q: Quote) -> bool:
    """Long enough to be speech, or short but punctuated as speech and set
    where speech goes ("Oh, my God," she said; chanted "Lock her up!"), where
    a scare quote ("as a “favor,”") is not."""
    text = doc_text(doc)
    words = word_count(text, q.inner)
    if words >= MIN_SPEECH_WORDS:
        return True
    if words < 1:
        return False
    if _uttered_with(doc, text, q):
        return True
    if text[q.inner_end - 1] not in ",.!?—–…":  # “We will—” she began: broken off
        return _said_right_before(doc, text, q)
    if _cue_after_quote(doc, q, speech_only=True) is not None:
        return True  # “Denver,” he answered.
    end = end_before(text, q.start)
    if end == 0 or text[end - 1] in "\n.:!?":
        return True
    prev = _token_ending_at(doc, end_before(text, end, ", "))  # chanted, "Lock her up!"
    return prev is not None and (prev[0].pos_ == "VERB" or _speech_verb_before_comma(doc, text, prev[0], q))


# "with a curt", "with a dismissive,", "with a very weary": how the words came out.
_WITH_A_MANNER = re.compile(r"\bwith[ \t]+an?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?P<manner>[a-z][\w-]*),?[ \t]*$")


def _uttered_with(doc, text, q: Quote) -> bool:
    """`answered with a curt “Never.”`, `broke off with a dismissive, "ugh."`:
    a quote set as the noun of "with a" and a word of manner is what was
    said, however short (where `with a red “Ferry Now” cap` is a slogan on
    a thing: a noun follows the quote)."""
    m = _WITH_A_MANNER.search(text, max(0, q.start - 60), q.start)
    manner = doc.char_span(*m.span("manner"), alignment_mode="expand") if m else None
    if manner is None or manner[-1].pos_ != "ADJ":
        return False
    after = doc.char_span(q.end, min(len(text), q.end + 30), alignment_mode="expand")
    nxt = next((t for t in after if not t.is_space), None) if after is not None else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")


# Verbs whose object, quoted right after them, is words said or written on
# something ("a sign reading “Harbour 4 All”", "mouthing “thank you”"); not
# "wrote" (a title follows).
_SAYING_LEMMAS = {"say", "read", "shout", "yell", "scream", "declare", "mouth", "whisper", "mutter", "murmur"}


def _said_right_before(doc, text, q: Quote) -> bool:
    """`Brandt said "ferry" five times`, `a sign which read “Harbour 4 All”`:
    a short quote with no punctuation of its own, right after a verb of
    saying, is what was said."""
    prev = _token_ending_at(doc, end_before(text, q.start))
    return prev is not None and prev[0].pos_ == "VERB" and prev[0].lemma_.lower() in _SAYING_LEMMAS


def end_before(text: str, pos: int, spaces: str = " \t\xa0") -> int:
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


def word_count(text, span) -> int:
    return len(_WORD.findall(text[span[0]:span[1]]))
