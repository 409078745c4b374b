"""Attribution cues found in the dependency parse: speech verbs (active and
passive), "according to", noun cues with a that-clause ("a report that"),
and the article's own hedges ("reportedly"). Lines that name their speaker
by layout ("NAME: ...", embedded tweets) are found in lines.py. Each finder
returns Attribution records; quotes, nesting and speakers are handled
elsewhere."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .attribution import Attribution, doc_text
from .lexicon import (
    AIM_NOUNS, ANONYMOUS_NOUNS, ATTITUDE_ADJECTIVES, CITING_HEDGES, FINDING_NOUNS, FRAMING_NOUNS, HELD_NOUNS,
    NOUN_AIMS, NOUN_STANCES, ORG_DESCRIPTION_NOUNS, OUTLET_NOUNS, PERSON_DESCRIPTION_NOUNS, PLATFORMS, POLL_SHARES,
    POSITION_VERBS, REPORT_NOUNS, SETTING_PREPS, SPEECH_NOUNS, SPEECH_VERBS, VENUE_NOUNS,
)
from .venues import is_venue, platform_of as _platform_of

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Verbs that only attribute when they govern a clause: "found the bodies" is
# not a finding in the attribution sense, "found that ..." is.
_WEAK_CUES = {"find", "show", "expect", "agree", "think", "believe", "wonder", "post",
                "charge", "signal", "fear", "worry", "doubt", "suspect", "demand"} | POSITION_VERBS
# Complements that carry what an object verb attributes ("praised X for Y").
# Verbs that report someone's words only when someone speaks: "the vote
# underscores a deep divide" is the writer's reading of a thing.
_SAID_BY_PEOPLE = {"underscore", "remind"}  # "the pier reminds him of a book" says nothing
_COMPLEMENTS = ("dobj", "prep", "xcomp", "ccomp", "oprd", "dative", "attr", "acomp", "prt")
# Participles and conjuncts that borrow their head's subject ("..., adding that").
_BORROWING = ("advcl", "conj", "xcomp", "acl", "pcomp")
_PUNCT_EDGES = " \t\n,;:—–-"


def find_verb_cues(doc: Doc) -> list[Attribution]:
    found = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.tag_ == "VBN" and tok.dep_ == "acl":
            attribution = _reduced_relative(doc, tok)
        elif tok.lemma_.lower() == "make":
            attribution = _made_statement(doc, tok)
        elif tok.lemma_.lower() == "be":
            attribution = _stance_held(doc, tok) or _framed_by_noun(doc, tok)
        elif tok.lemma_.lower() in SPEECH_VERBS:
            attribution = _verb_attribution(doc, tok)
        else:
            attribution = _that_clause_cue(doc, tok)
        if attribution is not None:
            found.append(attribution)
    return found


# Verbs that take a that-clause without attributing it to anyone.
_NOT_CUES = {"be", "make", "mean", "ensure", "require", "seem", "appear", "happen", "turn", "prove",
             "matter", "help", "see", "take", "give", "get", "have", "do", "become", "remain", "follow"}


# What "make" turns into saying: "made a call for", "made the point that".
_MADE_NOUNS = SPEECH_NOUNS | {"call", "appeal", "point", "case", "pitch", "plea", "reference"}


def _made_statement(doc: Doc, verb: Token) -> Attribution | None:
    """"Varga made an unprompted call for an end to harbour fees", "the
    mayor made it clear that ...": saying, in a verb and a noun."""
    source = _subject_of(verb)
    if source is None or not can_speak(source) or _is_passive(verb):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _MADE_NOUNS
                 and not any(d.lower_ == "no" for d in c.children)), None)
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "dobj")),
                 None)
    holder = noun if noun is not None else clear
    if holder is None:
        return None
    said = [c for c in list(holder.children) + list(verb.children)
            if c.i > holder.i and (c.dep_ in ("ccomp", "advcl") or c.dep_ in ("acl", "prep") and c.head.i == holder.i)]
    if not said:
        return None
    first, last = min(c.left_edge.i for c in said), max(c.right_edge.i for c in said)
    content = _runs_to_spans(doc, _without_trailing_asides(doc, list(range(first, last + 1))))
    if not content:
        return None
    return Attribution(
        cue=(verb.idx, holder.idx + len(holder)), lemma="make " + holder.lemma_.lower(), content=content,
        source=span_of(source), source_head=source.i, cue_head=verb.i, confidence=0.5,
    )


_STANCE_PREPS = ("of", "about", "to", "on", "over", "with", "in")


def _stance_held(doc: Doc, be: Token) -> Attribution | None:
    """"Varga has been critical of the ferry deal", "the union is open to
    talks", "she is well aware that the pier is failing": where a named
    speaker stands, in a copula and an adjective, at low confidence."""
    # The word itself too: the small model lemmatizes "convinced" as "convince".
    adjective = next((c for c in be.children if c.dep_ == "acomp" and c.i > be.i
                      and (c.lemma_.lower() in ATTITUDE_ADJECTIVES or c.lower_ in ATTITUDE_ADJECTIVES)), None)
    source = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if adjective is None or source is None or source.lower_ in ("it", "this", "that", "which", "what") \
            or not can_speak(source):
        return None
    held = next((c for c in adjective.children if c.i > adjective.i and (
        c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in _STANCE_PREPS
        and any(o.dep_ in ("pobj", "pcomp") for o in c.children))), None)
    if held is None or adjective.lower_ == "critical" and held.lower_ != "of":
        return None  # "data is critical to the campaign" is importance, not criticism
    root = next(o for o in held.children if o.dep_ in ("pobj", "pcomp")) if held.dep_ == "prep" else held
    lo, hi = _paragraph_of(doc, be)
    indices = [t.i for t in root.subtree if lo <= t.idx < hi]
    content = _runs_to_spans(doc, _without_trailing_asides(doc, indices))
    if not content:
        return None
    last = held if held.dep_ == "prep" else adjective
    return Attribution(
        cue=(be.idx, last.idx + len(last)), lemma="be " + adjective.lower_, content=content,
        source=span_of(source), source_head=source.i, cue_head=be.i, confidence=0.4,
    )


def _framed_by_noun(doc: Doc, be: Token) -> Attribution | None:
    """"The idea is that the ferry pays for itself", "her goal was to close
    the pier": a noun of thought or aim as subject of a copula frames the
    clause after it as someone's (the noun's possessor, else unnamed), at
    low confidence. Only as a sentence's main clause: in "Brandt said his
    worry is that ..." the framing is part of what Brandt said."""
    if be.dep_ != "ROOT":
        return None
    noun = next((c for c in be.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if noun is None:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    lemma = noun.lemma_.lower()
    if lemma not in FRAMING_NOUNS and (lemma not in AIM_NOUNS or holder is None):
        return None
    clause = next((c for c in be.children if c.i > be.i and _framed_clause(c)), None)
    if clause is None:
        return None
    content = _subtree_fragments(doc, clause, be)
    if not content:
        return None
    lead = [c for c in noun.lefts if c.dep_ != "poss"]
    start = min([noun] + [t for c in lead for t in c.subtree], key=lambda t: t.i)
    return Attribution(
        cue=(start.idx, be.idx + len(be)), lemma=noun.lemma_.lower() + " be",
        content=content, source=span_of(holder) if holder is not None else None,
        source_head=holder.i if holder is not None else None, cue_head=be.i, confidence=0.35,
    )


def _has_to(verb: Token) -> bool:
    """A to-infinitive: "to" hangs on the verb as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _framed_clause(tok: Token) -> bool:
    if tok.dep_ == "ccomp":
        return any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in tok.children)
    return tok.dep_ == "xcomp" and _has_to(tok)


def _that_clause_cue(doc: Doc, verb: Token) -> Attribution | None:
    """"He figures that ...", "prosecutors determined that ...", "Trump shot
    back that ...": a speaker-like subject and a that-clause make a cue
    outside the lexicon (a belief, a finding, a retort), at low confidence."""
    if verb.lemma_.lower() in _NOT_CUES or _is_passive(verb) or verb.dep_ in ("amod", "compound", "acl", "relcl"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    source = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if source is None or source.lower_ in ("it", "this", "that", "which", "what") or not can_speak(source):
        return None
    return Attribution(
        cue=_cue_span(verb), lemma=verb.lemma_.lower(), content=_subtree_fragments(doc, clause, verb),
        source=span_of(source), source_head=source.i, cue_head=verb.i, platform=_platform_of(verb),
        confidence=0.35,
    )


def _verb_attribution(doc: Doc, verb: Token) -> Attribution | None:
    lemma = verb.lemma_.lower()
    if verb.dep_ in ("amod", "compound") or (verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return None  # "a star likened to ...": a reduced relative, said by nobody named
    if lemma == "quote" and verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "To quote the mayor, “...”": the mayor's quote (a layout), not something said of the mayor
    if _is_passive(verb):
        return _passive_attribution(doc, verb, lemma)
    if _that_said(verb):
        return None
    content = _content_of(doc, verb, lemma) or _shown_by_record(doc, verb, lemma) or _what_was_said(doc, verb)
    if content:
        content = _with_coordinated_rest(doc, verb, content)
    goes_on = _that_clause_after_quote(doc, verb)
    if content and goes_on:
        content = content + goes_on
    source = _subject_of(verb)
    stranded = _stranded_conjunct_subject(verb)
    if stranded is not None and content:
        source, content = stranded, _without(content, span_of(stranded))
    if source is None and content:
        source = _subject_before_cue(verb) or _subject_taken_for_a_clause(verb)
        if source is not None:
            content = _without(content, span_of(source))
    gap = _relative_object_gap(verb, lemma)
    if gap:
        content = _gap_filled(doc, verb)
    if _foretold(verb, source) or gap and not content or _unheld_position(verb, lemma, source) \
            or lemma == "decide" and not _decided_to_act(verb):
        return None
    borrowed_by_participle = verb.tag_ == "VBG" and verb.dep_ == "advcl" and source is not None \
        and source.head.i != verb.i
    if source is not None and not can_speak(source) \
            and (lemma in _WEAK_CUES or lemma in _SAID_BY_PEOPLE or borrowed_by_participle):
        # "the push for a settlement ... fear", "licenses, underscoring":
        # a weak cue or a borrowed subject needs a speaker-like subject.
        return None
    if content is None:
        # A speech verb with nothing parsed may still own an adjacent quote.
        if lemma in _WEAK_CUES or source is None:
            return None
        content = []
    cue, content = _phrasal_cue(verb, _cue_span(verb), content)
    found = Attribution(
        cue=cue, lemma=lemma, content=content,
        source=span_of(source) if source is not None else None,
        source_head=source.i if source is not None else None,
        cue_head=verb.i, platform=_platform_of(verb),
        confidence=0.55 if lemma in _WEAK_CUES else 0.7,
    )
    governor = _act_governor(verb)
    if governor is not None:
        found.extra["complement_of"] = governor.i
    if content and goes_on:
        found.extra["goes_on"] = goes_on
    return found


def _that_clause_after_quote(doc: Doc, verb: Token) -> list:
    """`“It was bad timing,” the mayor said, that both bridges closed in one
    week`, `“We are worried,” the senators wrote in a letter, that the agency
    “may have lost ...”`: a that-clause set off by a comma after the cue of
    a quote before it goes on with what was said (on train, gold keeps it
    each time)."""
    if not any(c.dep_ == "ccomp" and c.i < verb.i and _quoted_before(c, verb) for c in verb.children):
        return []
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return []
    mark = clause.left_edge
    if mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.i != clause.i \
            or mark.i == 0 or doc[mark.i - 1].text != ",":
        return []
    return _subtree_fragments(doc, clause, verb)


# How a verb hangs on the verb whose act it spells out: "declined to say",
# "accused Varga of implying", "assailed her for supporting".
_ACT_LINKS = ("xcomp", "pcomp", "prep")


def _act_governor(verb: Token) -> Token | None:
    """"declined to say whether the pier was sold", "accused Varga of
    implying that ...": the verb is the complement of another verb's act, so
    it is that act's content, not a second statement after it."""
    tok = verb
    while tok.dep_ in _ACT_LINKS and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _shown_by_record(doc: Doc, verb: Token, lemma: str) -> list | None:
    """"with polls showing Varga well behind", "records showing the ferry
    ran empty": what a poll or a record shows, as a participle on it. The
    parser may hang the small clause's predicate on the sentence instead
    ("polls showing Varga, the mayor, leading the race"); it goes on the
    content when it follows at once."""
    if lemma != "show" or verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() not in _RECORDS:
        return None
    last = verb.right_edge.i
    if last == verb.i:
        return None
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.text == "," and last + 2 < len(doc):
        nxt = doc[last + 2]
    if nxt is not None and nxt.tag_ == "VBG" and nxt.dep_ in ("pcomp", "advcl", "acl", "conj") \
            and verb.i not in {t.i for t in nxt.subtree}:
        last = nxt.right_edge.i
    lo, hi = _paragraph_of(doc, verb)
    indices = [i for i in range(verb.i + 1, last + 1) if lo <= doc[i].idx < hi]
    return _runs_to_spans(doc, _without_trailing_asides(doc, indices)) or None


def _what_was_said(doc: Doc, verb: Token) -> list | None:
    """"adapting to what she said is a growing demand", "what analysts called
    a turning point": the clause the cue governs has "what" before the cue
    and the rest after it; both are what was said."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        what = next((c for c in clause.children if c.lower_ == "what" and c.i < verb.i
                     and c.dep_ in ("nsubj", "nsubjpass")), None)
        if what is None:
            continue
        lo, hi = _paragraph_of(doc, verb)
        after = [t.i for t in clause.subtree if t.i > verb.i and lo <= t.idx < hi]
        if len(after) < 2:
            return None  # "what he believes are" with the rest parsed elsewhere
        return _runs_to_spans(doc, [what.i] + _without_trailing_asides(doc, after)) or None
    return None


def _that_said(verb: Token) -> bool:
    """"That said, Varga cannot ...": a turn of phrase, not a statement."""
    doc = verb.doc
    if verb.lower_ != "said" or verb.i == 0 or verb.i + 1 == len(doc) or doc[verb.i + 1].text != ",":
        return False
    that = doc[verb.i - 1]
    # "That" opens its sentence, or follows a mark that does (a quote, a bracket).
    opener = doc[verb.i - 2] if verb.i > 1 else None
    return that.lower_ == "that" and (that.is_sent_start or bool(opener and opener.is_sent_start and opener.is_punct))


def _foretold(verb: Token, source: Token | None) -> bool:
    """"The report will only confirm suspicions that ...": the writer's
    forecast of what a thing will do, not something anyone said."""
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "’ll", "'ll") for c in verb.children)
    if not future or source is None:
        return future
    lemma = source.lemma_.lower()
    people = ANONYMOUS_NOUNS | PERSON_DESCRIPTION_NOUNS | OUTLET_NOUNS | ORG_DESCRIPTION_NOUNS
    return source.pos_ == "NOUN" and not source.ent_type_ and lemma not in people


def _unheld_position(verb: Token, lemma: str, source: Token | None) -> bool:
    """"delegates free to support another candidate", "a chance to defend the
    state": a position nobody is said to take, only one somebody could."""
    infinitive = verb.tag_ == "VB" and _has_to(verb)
    if source is not None or not infinitive or not (lemma in POSITION_VERBS or lemma in ("defend", "endorse")):
        return False
    # "the first senator to endorse Varga" says the senator did.
    return not (verb.dep_ in ("acl", "relcl") and can_speak(verb.head))


def _decided_to_act(verb: Token) -> bool:
    """"Varga decided not to run", "decided against a recount": a choice
    taken. "Voters will decide who wins" or "has not decided what to do"
    is the choice still open; "said the firm weighed the risks and decided
    to proceed" is part of what was said."""
    if verb.dep_ == "conj":
        return False
    return any(c.dep_ == "xcomp" and _has_to(c)
               or c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)


def _relative_object_gap(verb: Token, lemma: str) -> bool:
    """"an asset that Russia has threatened to attack": what is threatened is
    the noun outside the clause, so the clause alone says nothing."""
    if verb.dep_ != "relcl" or SPEECH_VERBS[lemma] != "xcomp":
        return False
    return any(c.dep_ == "xcomp" and not any(o.dep_ in ("dobj", "ccomp") and o.tag_ != "WDT" for o in c.children)
               for c in verb.children)


def _subject_taken_for_a_clause(verb: Token) -> Token | None:
    """"Odo Brandt, a pilot helping ..., said he ...": the parser may read
    the speaker and his description as a clause before the cue ("pilot" as
    a verb); its subject is the speaker."""
    before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                   and not _quoted_before(c, verb)), None)
    if before is None or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    return next((c for c in before.children if c.dep_ == "nsubj" and can_speak(c)), None)


def _stranded_conjunct_subject(verb: Token) -> Token | None:
    """"... has been led by the administration and European leaders fear their
    concerns ...": the parser joins "leaders" to the agent and "fear" to
    "led" (as a conjunct or an adverbial clause). A finite verb with no
    subject of its own, right after a noun that the parser coordinated with
    an earlier one, has that noun as its subject."""
    if verb.dep_ not in ("conj", "advcl") or verb.tag_ not in ("VBP", "VBZ", "VBD") or verb.head.i > verb.i \
            or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    i = verb.i - 1
    while i > verb.head.i and verb.doc[i].dep_ == "advmod":
        i -= 1
    noun = verb.doc[i]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i <= verb.head.i \
            or not any(c.dep_ == "cc" for c in noun.head.children) or not can_speak(noun):
        return None
    return noun


def _subject_before_cue(verb: Token) -> Token | None:
    """`“...,” Texas delegate Bill Eastland, wearing a hat, said`: the parser
    hung the speaker on the quoted clause instead of on the cue."""
    head = verb.head
    if head.i >= verb.i:
        return None
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass") and head.i < child.i < verb.i and can_speak(child):
            return child
    return None


def _without(content: list, cut) -> list:
    """Content fragments with the source's words removed."""
    out = []
    for s, e in content:
        if e <= cut[0] or s >= cut[1]:
            out.append((s, e))
            continue
        if s < cut[0]:
            out.append((s, cut[0]))
        if e > cut[1]:
            out.append((cut[1], e))
    return [f for f in out if f[1] > f[0]]  # edges are tidied later


_PHRASAL_PREPS = {"for", "to", "about", "on", "at", "of", "against"}


def _phrasal_cue(verb: Token, cue, content):
    """"called for a ban", "referred to the report": the preposition belongs
    to the cue, what it governs is the content."""
    if not content:
        return cue, content
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _PHRASAL_PREPS and prep.idx == content[0][0]:
            objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                start = objs[0].left_edge.idx
                return (cue[0], prep.idx + len(prep)), [(start, content[0][1])] + content[1:]
    return cue, content


# Passives that still attribute: "Trump is expected to win", "X is said to be
# furious", "Sanders was asked whether ...".
_PASSIVE_CUES = {"expect", "ask", "say", "report", "believe", "think", "allege", "rumor",
                 "estimate", "predict", "quote", "urge"}


def _passive_attribution(doc: Doc, verb: Token, lemma: str) -> Attribution | None:
    """The agent ("by X"), when the text names one, is the source; the
    subject and the complement are the content."""
    if lemma not in _PASSIVE_CUES:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        # "Russian forces found ways around the ban and were reported to be using ...": the shared subject.
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    rest = [c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "ccomp", "dobj", "advcl", "prep")
            and not (c.dep_ == "prep" and c.lower_ == "by") and not _is_setting(c)]
    if subject is None or not rest:
        return None
    if lemma in ("expect", "think", "believe", "estimate", "predict") and not can_speak(subject):
        return None  # "temperatures were expected to plummet" is a forecast, not a view held
    agent = agent_of(verb)
    if lemma == "quote" and agent is None and _as_saying(verb) is not None:
        return None  # "Brandt is quoted as saying": Brandt speaks, under the cue "is quoted as saying"
    first, last = min(c.left_edge.i for c in rest), max(c.right_edge.i for c in rest)
    indices = [t.i for t in subject.subtree] + list(range(first, last + 1))
    return Attribution(
        cue=_cue_span(verb), lemma=lemma, content=_runs_to_spans(doc, _without_trailing_asides(doc, indices)),
        source=span_of(agent) if agent is not None else None,
        source_head=agent.i if agent is not None else None, cue_head=verb.i, confidence=0.4,
    )


# Verbs whose reduced relative with a named agent states what the agent said
# of the noun: "an aide linked by the Justice Department to ...".
_AGENT_CUES = {"link", "tie", "accuse", "blame", "describe", "call", "label", "brand", "name",
               "identify", "cite", "quote", "criticize", "criticise", "praise", "condemn", "dub",
               "credit", "suspect", "charge", "say", "report", "allege"}


def _reduced_relative(doc: Doc, verb: Token) -> Attribution | None:
    """"Putin's deputy chief of staff, linked by the Justice Department to
    disinformation campaigns": the agent says it of the noun the participle
    describes; the noun and the participle's complements are the content.
    Without an agent ("a star likened to ...") nobody named says it."""
    lemma = verb.lemma_.lower()
    agent = agent_of(verb)
    if lemma not in _AGENT_CUES or agent is None or not can_speak(agent) or agent.ent_type_ in ("DATE", "TIME"):
        return None
    rest = [c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "ccomp", "oprd", "prep", "advcl")
            and not _is_setting(c)]
    noun = _example_described(verb) or verb.head
    skip = {t.i for t in verb.subtree}
    indices = [t.i for t in noun.subtree if t.i not in skip and t.i < verb.i]
    indices += [t.i for c in rest for t in c.subtree]
    lo, hi = _paragraph_of(doc, verb)
    indices = [i for i in indices if lo <= doc[i].idx < hi]
    content = _runs_to_spans(doc, indices)
    if not content:
        return None
    found = Attribution(
        cue=_cue_span(verb), lemma=lemma, content=content, source=span_of(agent), source_head=agent.i,
        cue_head=verb.i, platform=_platform_of(verb), confidence=0.4,
    )
    found.extra["aside"] = True  # the writer's aside, whoever's words it interrupts
    return found


def _example_described(verb: Token) -> Token | None:
    """"Russian officials—including Putin's deputy chief of staff, linked by
    the Justice Department to ...": the participle right after the example
    describes the example, not every official."""
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("including", "like") and prep.i < verb.i \
                and prep.right_edge.i + 2 >= verb.left_edge.i:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def agent_of(verb: Token) -> Token | None:
    """Who did it, when a passive names them: "by X"."""
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def can_speak(subject: Token) -> bool:
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = subject.lemma_.lower()
    return lemma in ANONYMOUS_NOUNS or lemma in PERSON_DESCRIPTION_NOUNS or lemma in OUTLET_NOUNS \
        or lemma in ORG_DESCRIPTION_NOUNS or lemma in REPORT_NOUNS or lemma in FINDING_NOUNS or lemma in POLL_SHARES \
        or subject.pos_ == "NUM"


def _is_passive(verb: Token) -> bool:
    # "is expected to", "was asked about" attribute nothing to a named source.
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _subject_of(verb: Token) -> Token | None:
    if _asked_cue_of(verb) is not None:
        return None  # "Brandt, asked about the pier, said ...": Brandt was asked; who asked is not said
    asked = _asked_participle_before(verb)
    if asked is not None:
        return _subject_of_asked(asked)
    said_again = _repeated_cue_head(verb)
    if said_again is not None:
        return _subject_of(said_again)
    outer = _outer_cue_of_afterthought(verb) or _cue_of_the_sentence_before(verb)
    if outer is not None:
        return _subject_of(outer)
    # "when asked what ...": the tagger often reads the participle as a past tense.
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lemma_.lower() in _ASKED_LEMMAS
    if participle and verb.dep_ == "advcl" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None  # "Asked about the poll, Ryan said ...": Ryan was asked; who asked is not said
    tok = verb
    for _ in range(3):
        subjects = [c for c in tok.children if c.dep_ in _SUBJECTS]
        if subjects:
            # "Brandt, who Varga called ...": beside a subject of its own, "who" is the object.
            subjects = [c for c in subjects if c.tag_ != "WP" or c.lower_ != "who"] or subjects
            named = next((c for c in subjects if not _is_dateline(c)), None)
            # "CLEVELAND — Former attorney general Michael Mukasey told": the
            # parser may hang the speaker on the dateline as its apposition.
            return named or next((a for c in subjects for a in c.children if a.dep_ == "appos"), None)
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head  # "GOP voters saying they want ...": the noun the participle describes
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "Sanders praised him before explaining why ..."
            continue
        if tok.dep_ not in _BORROWING or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# Participles of a question put to the speaker: "Varga, asked about the pier, said ...".
_ASKED_LEMMAS = {"ask", "press", "question", "quiz", "challenge"}


def _asked_participle_before(verb: Token) -> Token | None:
    """`Brandt, asked whether the ferry would return, said it would not`: the
    parser takes "asked" for Brandt's own verb, with the subjectless cue
    after the next comma hung on it (or hung on the cue, with Brandt as
    its subject); "asked" is a participle set off by commas, and Brandt is
    who said it. The "asked" before the cue, or None."""
    if verb.tag_ not in ("VBD", "VBZ") or verb.lemma_.lower() not in SPEECH_VERBS \
            or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if verb.dep_ in ("ccomp", "conj") and verb.head.i < verb.i:
        asked = verb.head
    else:
        asked = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i), None)
    if asked is None or asked.lemma_.lower() not in _ASKED_LEMMAS or asked.tag_ not in ("VBD", "VBN") \
            or asked.i == 0 or verb.doc[asked.i - 1].text != "," or verb.doc[verb.i - 1].text != ",":
        return None
    return asked if _subject_of_asked(asked) is not None else None


def _subject_of_asked(asked: Token) -> Token | None:
    # The name before the comma that sets "asked" off.
    return next((c for c in asked.children if c.dep_ == "nsubj" and c.i < asked.i and can_speak(c)), None)


def _asked_cue_of(asked: Token) -> Token | None:
    """The cue a misread "asked" participle comes before (see _asked_participle_before)."""
    if asked.lemma_.lower() not in _ASKED_LEMMAS:
        return None
    candidates = [c for c in asked.children if c.i > asked.i] + ([asked.head] if asked.head.i > asked.i else [])
    return next((c for c in candidates if getattr(_asked_participle_before(c), "i", None) == asked.i), None)


def _is_dateline(tok: Token) -> bool:
    """"CLEVELAND (AP) — Mukasey told ...": the place heading a wire story
    is not who speaks."""
    first, text = tok.left_edge, doc_text(tok.doc)
    if text[text.rfind("\n", 0, first.idx) + 1:first.idx].strip():
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text.isupper() and len(tok.text) > 2 and after is not None and after.text in ("(", "—", "–", "-", ",")


def _repeated_cue_head(verb: Token) -> Token | None:
    """"He said A and said that B": the parser hangs the second cue on A's
    verb; it is the first cue's speaker speaking again."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i == head.i:
        return None
    first = head.head
    if first.lemma_.lower() in SPEECH_VERBS and first.i < verb.i \
            and not any(c.dep_ in _SUBJECTS for c in verb.children):
        return first
    return None


# Participles a speaker tacks on to what they said: "Starr said the pier
# reminds him of a book, explaining, "...""; "insisted it was premature to
# back the plan while adding, "..."".
_AFTERTHOUGHTS = {"add", "explain", "note", "stress", "insist", "continue", "conclude", "quip", "joke"}


def _outer_cue_of_afterthought(verb: Token) -> Token | None:
    """The speech verb whose reported clause an afterthought participle
    hangs on: the parser attaches "explaining" to the reported clause's verb,
    but it is the speaker who explains, not the clause's subject."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in _AFTERTHOUGHTS:
        return None
    tok = verb.head
    for _ in range(4):
        if tok.dep_ == "ccomp" and tok.head.i < tok.i and tok.head.lemma_.lower() in SPEECH_VERBS:
            return tok.head if not _speaker_between(tok.head, verb) else None
        if tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _cue_of_the_sentence_before(verb: Token) -> Token | None:
    """"Maher stated that the report "wasn't good." Adding, "..."": a
    sentence opened by an afterthought participle goes on from the cue of
    the sentence before it, in the same paragraph."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _AFTERTHOUGHTS or not verb.is_sent_start or verb.i == 0 \
            or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    head = verb.head
    if head.i != verb.i and not (head.i > verb.i and any(t.is_quote for t in verb.doc[verb.i + 1:head.i])):
        return None  # "Noting that ..., Allen said": the participle's own sentence names the speaker
    before = verb.doc[verb.i - 1].sent
    root = before.root
    if "\n" in doc_text(verb.doc)[before.end_char:verb.idx] or root.lemma_.lower() not in SPEECH_VERBS:
        return None
    return root


def _speaker_between(first: Token, last: Token) -> bool:
    """"Grayson said Randolph would lose, the source recalled, adding ...": a
    nearer cue with a speaker of its own is who adds it. ("Starr said the
    case reminds him of a book, explaining": a case speaks for nobody.)"""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS
               and any(c.dep_ in _SUBJECTS and can_speak(c) for c in t.children)
               for t in first.doc[first.i + 1:last.i])


def _sibling_cue(tok: Token, cue: Token) -> bool:
    """A second cue coordinated inside the first one's content ("..., and
    three-quarters said B", "... and said that B"), or an afterthought the
    speaker adds (", explaining, "..."") starts an attribution of its own."""
    if tok.i > cue.i and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == "," \
            and _outer_cue_of_afterthought(tok) == cue:
        return True
    if tok.i <= cue.i or tok.dep_ != "conj" or tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() not in SPEECH_VERBS or SPEECH_VERBS[tok.lemma_.lower()] != "clause":
        return False
    if any(c.dep_ in _SUBJECTS for c in tok.children):
        return True
    repeated = _repeated_cue_head(tok)
    return tok.lemma_ == cue.lemma_ and repeated is not None and repeated.i == cue.i


def _content_of(doc: Doc, verb: Token, lemma: str) -> list | None:
    style = SPEECH_VERBS[lemma]
    if lemma == "see" and _only_seen(verb) or lemma == "call" and _only_rang(verb) \
            or lemma == "determine" and _still_open(verb) or lemma == "challenge" and _ran_against(verb) \
            or lemma == "back" and any(c.dep_ == "prt" and c.lower_ in ("down", "off", "away") for c in verb.children) \
            or lemma == "compare" and verb.tag_ == "VBN" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        # "backed down on the pier": a retreat, not an endorsement; "31%,
        # compared with 17% last year": the writer's arithmetic.
        return None
    if verb.dep_ == "relcl":
        relative = _relative_clause_content(doc, verb)
        if relative:
            return relative
    # A clause before the verb is "Y, X said": only for verbs of saying, not
    # across a colon ("they lean left: 42% say they back the ferry"), and after
    # the clause that follows the verb unless it is a quote.
    for child in sorted(verb.children, key=lambda c: c.i < verb.i and not _quoted_before(c, verb)):
        if (child.dep_ == "ccomp" and (child.i > verb.i or style == "clause" and not _colon_between(child, verb))) \
                or (child.dep_ == "parataxis" and child.i > verb.i):
            cut = _speaker_after_closed_quote(child) if child.i > verb.i else None
            if cut is not None:
                return _runs_to_spans(doc, [t.i for t in child.subtree if verb.i < t.i < cut.left_edge.i])
            return _subtree_fragments(doc, child, verb, _lead_in(verb, child))
    recorded = _clause_of_the_record(verb)
    if recorded is not None:
        return _subtree_fragments(doc, recorded, verb)
    if lemma == "talk":
        return _talked_about(verb)
    if lemma in ("worry", "fear") and _concern_about(verb):
        return _complement_span(verb)
    if style != "clause":
        span = _complement_span(verb)
        if span and lemma in _NAMING_VERBS:
            span = _name_ends_at_its_quote(verb, span)
        named = _named_by_relative(verb, lemma) if span else None
        if named is not None:
            return [named] + span
        if span:
            return span
    inverted = _inverted_content(doc, verb, lemma)
    if inverted:
        return inverted
    if lemma in ("say", "tell", "add", "write", "state", "note", "argue", "claim"):
        clause = _finite_clause(verb)
        if lemma == "say" and not clause and all(c.dep_ == "prep" for c in verb.children if c.i > verb.i
                                                 and c.dep_ in _COMPLEMENTS):
            return None  # "said pleasantly into the phone": where, not what
        # Otherwise "noted the change from the slogan, “...”" and "said so" fall
        # through to their object; not "told reporters" (the audience), "adding
        # Starlink to drones" or "wrote a book".
        if clause or lemma in ("tell", "add", "write"):
            return clause
    if lemma in ("show", "find") and _found_by_record(verb):
        return _complement_span(verb)  # "polls show Varga within two points"
    # "warned of a ferocious battle", "complained of the imbalance": a clause
    # verb with a prepositional or nominal complement instead of a clause.
    # Not "respond to a request" (what is answered is not what is said), not
    # "maintained a lead" (kept it), not "reminds me of her father" or
    # "reminded voters" (a likeness, an audience), and not a verb that did not
    # happen ("did not respond").
    if lemma not in _WEAK_CUES | {"respond", "reply", "answer", "maintain", "remind"} and not _quote_follows(verb) \
            and not any(c.dep_ == "neg" for c in verb.children):
        return _complement_span(verb)
    return None


_RECORD_PREPS = ("in", "via", "through")


def _clause_of_the_record(verb: Token) -> Token | None:
    """`Brandt said in a statement that “the mayor will stay.”`: the parser
    (misled by the quotation mark) hangs the that-clause on "statement";
    it is what the speaker said, in the statement. The clause, or None."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in _RECORD_PREPS):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in SPEECH_NOUNS):
            if _noun_holder(noun) is not None:
                continue
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                return clause
    return None


def _said_on_the_record(noun: Token) -> bool:
    # The statement a speech verb says its words "in" (see _clause_of_the_record).
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ not in _RECORD_PREPS or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    clause = _clause_of_the_record(verb)
    return clause is not None and clause.head.i == noun.i


def _concern_about(verb: Token) -> bool:
    """"officials worry about his ties to Moscow", "fear for the crews": a
    concern the speakers hold, said of what follows the preposition."""
    return any(c.dep_ == "prep" and c.lower_ in ("about", "over", "for") and c.i == verb.i + 1
               for c in verb.children)


def _only_seen(verb: Token) -> bool:
    """"She saw Varga speak at the pier", "See the results here": eyes, not
    a view ("sees the ferry as a lifeline")."""
    if verb.tag_ in ("VB", "VBN") and verb.dep_ in ("ROOT", "advcl") \
            and not any(c.dep_ in _SUBJECTS for c in verb.children):
        return True  # "See the photos below", "Seen from the pier, ..."
    return any(c.dep_ == "ccomp" and c.tag_ in ("VB", "VBG") and c.i > verb.i
               and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children) for c in verb.children)


# What a call with one object summons or decides, not what it names.
_SUMMONED = {"meeting", "vote", "election", "session", "conference", "hearing", "strike", "halt", "recess",
             "race", "donor", "fundraiser", "debate", "caucus", "primary"}


def _only_rang(verb: Token) -> bool:
    """"Varga called Brandt on Tuesday", "called a meeting of the board",
    "called off the strike": a telephone, a summons or a cancellation.
    Calling says something when it names what a thing is ("called the plan
    a disgrace") or asks for something ("called for", "called on the
    council to")."""
    if any(c.dep_ == "prt" and c.lower_ in ("off", "back", "in", "up") for c in verb.children):
        return True
    if any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon", "out", "to", "into") and not _is_setting(c)
           for c in verb.children) or _quote_follows(verb):
        return False
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "oprd", "attr", "ccomp", "xcomp", "acomp")]
    if len(parts) != 1 or any(a.dep_ in ("appos", "dobj", "oprd", "attr") or a.is_quote for a in parts[0].subtree
                               if a.i != parts[0].i):
        return False  # "calling Varga a fascist", however the parser split the two
    only = parts[0]
    return only.pos_ == "PROPN" and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in only.children) \
        or only.pos_ == "PRON" and only.lower_ not in ("it", "this", "that") or only.lemma_.lower() in _SUMMONED


def _still_open(verb: Token) -> bool:
    """"to determine whether the checks can be expanded", "determine how
    people vote": a question to settle, not a finding; "determined that the
    server held classified mail" is one."""
    return not any(c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.tag_ not in ("WRB", "WP", "WDT")
                   and c.left_edge.lower_ not in ("whether", "if") for c in verb.children)


def _ran_against(verb: Token) -> bool:
    """"challenging Senator Varga in the primary": running against someone.
    Challenging a claim ("challenged the assertion that ...") or a person on
    something ("challenged Varga on the ferry") disputes what was said."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and objects[0].pos_ in ("PROPN", "PRON") \
        and not any(c.dep_ == "prep" and c.lower_ in ("on", "over", "about", "to") for c in verb.children)


def _talked_about(verb: Token) -> list | None:
    """"talked to reporters about the ferry": who was talked to is the
    audience; what it was about is the content, and without it nothing was
    reported ("talked with the mayor"). "talked up the plan" promotes it."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return _complement_span(verb)
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and not _is_setting(c)]
    topics = [c for c in preps if c.lower_ in ("about", "of")] \
        or [c for c in preps if c.lower_ in ("on", "over", "through")]
    if not topics:
        return None
    return _runs_to_spans(verb.doc, _without_trailing_asides(verb.doc, [t.i for t in topics[0].subtree]))


def _gap_filled(doc: Doc, verb: Token) -> list | None:
    """"an asset that Russia has threatened to attack": the threat is to
    attack the asset, so the content is the noun the clause describes and
    the infinitive, without the relative pronoun and the speaker."""
    noun, speaker = verb.head, _subject_of(verb)
    if speaker is None or not can_speak(speaker) or noun.pos_ not in ("NOUN", "PROPN") \
            or speaker.lower_ in ("who", "that", "which"):
        return None  # "Hoff, who declined to comment": the noun is the speaker, not the object
    clause = [t for t in verb.subtree if t.i < verb.i]
    if not any(t.dep_ == "dobj" and t.lower_ in ("that", "which") for t in clause):
        return None  # the pronoun must be the gap: "a pier that the board vowed to rebuild"
    inside = {t.i for t in verb.subtree}
    indices = [t.i for t in noun.subtree if t.i not in inside and t.i <= noun.i and t.dep_ != "punct"]
    indices += [t.i for c in verb.children if c.dep_ == "xcomp" for t in c.subtree if t.i > verb.i]
    return _runs_to_spans(doc, sorted(indices))


def _quoted_before(clause: Token, verb: Token) -> bool:
    # The marks may hang on the verb rather than inside the clause.
    return any(t.is_quote for t in verb.doc[max(0, clause.left_edge.i - 1):verb.i])


def _colon_between(clause: Token, verb: Token) -> bool:
    return any(t.text in (":", ";") for t in verb.doc[clause.right_edge.i:verb.i])


def _relative_clause_content(doc: Doc, verb: Token) -> list | None:
    """"a deadline that harbour insiders said went unnoticed", "30 bids,
    which he said were evenly split", "a visit, which she hoped would calm
    the pilots": the relative pronoun and the clause after the cue, however
    the parser split them between the cue's children."""
    pronoun = verb.left_edge
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if pronoun.lower_ not in ("that", "which", "who") or pronoun.i >= verb.i or not clauses \
            or pronoun.head.i == verb.i:
        return None  # "voters who said ...": there the pronoun is the speaker
    lo, hi = _paragraph_of(doc, verb)
    after = [t.i for c in clauses for t in c.subtree if t.i > verb.i and lo <= t.idx < hi]
    return _runs_to_spans(doc, [pronoun.i] + _without_trailing_asides(doc, after))


def _with_coordinated_rest(doc: Doc, verb: Token, content: list) -> list:
    """"discussed immigration and how it is changing the country": the parser
    may hang a coordinated wh- or that-clause on the cue instead of on its
    object; it is more of what was said."""
    extra = _condition_after(doc, verb, content)
    extra += [c for c in verb.children if c.dep_ == "conj" and c.idx >= content[-1][1]
             and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in SPEECH_VERBS
             and (c.left_edge.tag_ in ("WRB", "WP", "WDT") or c.left_edge.lower_ == "that" or _backshifted(c))]
    if not extra:
        return content
    lo, hi = _paragraph_of(doc, verb)
    last = max(t.i for c in extra for t in c.subtree if lo <= t.idx < hi)
    tail = doc.char_span(content[-1][0], content[-1][1], alignment_mode="expand")
    if tail is None:
        return content
    return content[:-1] + _runs_to_spans(doc, list(range(tail.start, last + 1)))


def _condition_after(doc: Doc, verb: Token, content: list) -> list[Token]:
    """"said the ferry would run if the council paid", "vowed to sell the
    pier unless Brandt relented": an if- or unless-clause the parser hung on
    the cue right after the reported words is their condition, not the
    circumstance of saying them."""
    text = doc_text(doc)
    return [c for c in verb.children if c.dep_ == "advcl" and c.idx >= content[-1][1]
            and c.left_edge.lower_ in ("if", "unless") and c.left_edge.dep_ == "mark"
            and text[content[-1][1]:c.left_edge.idx].strip(" ,") == ""]


def _backshifted(clause: Token) -> bool:
    """"highlighted that A, and any use by an army would be subject to B": a
    clause of its own in the reported tense goes on with what was said."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in clause.children)


_RECORDS = REPORT_NOUNS | FINDING_NOUNS


def _found_by_record(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _RECORDS


# Verbs that give a thing a name or a description: "called it “a disgrace”",
# "described the plan as “reckless”".
_NAMING_VERBS = {lemma for lemma, style in SPEECH_VERBS.items() if style == "call"} | {"describe", "portray"}
_RELATIVE_OBJECTS = {"what", "which", "whom", "who"}
_TIME_NOUNS = {"time", "moment", "day", "night", "week", "month", "year"}


def _named_by_relative(verb: Token, lemma: str) -> tuple[int, int] | None:
    """"what Varga called “a reputation problem”", "the fees, which she
    described as “a disgrace”", "a clip that the judge called “distasteful”":
    what the speaker names stands before the verb. After "that" or no
    pronoun at all, the noun the clause describes goes with the name into the
    content, as "X called Y “Z”" keeps Y; a relative pronoun adds nothing."""
    if lemma not in _NAMING_VERBS or not _names_what_stands_before(verb):
        return None
    before = [c for c in verb.children if c.i < verb.i]
    speakers = [c for c in before if c.dep_ in _SUBJECTS]
    pronoun = next((c for c in before if c.lower_ in _RELATIVE_OBJECTS and c.dep_ in ("dobj", "nsubj")), None)
    if pronoun is not None:
        # "held what Varga called “a fine meeting”": the pronoun names nothing
        # the name does not; the name alone is the content.
        return None
    noun = verb.head
    if verb.dep_ != "relcl" or noun.i > verb.i or not _a_thing(noun) or not any(noun.i < c.i for c in speakers) \
            or any(c.dep_ == "dobj" and c.lower_ != "that" for c in before):
        return None
    first = min(t.i for t in noun.subtree if t.i <= noun.i)
    return (noun.doc[first].idx, noun.idx + len(noun))


def _names_what_stands_before(verb: Token) -> bool:
    """A name after the verb ("called ... “a disgrace”", "described ... as")
    and no object of its own after it ("called Brandt a friend", "called on")."""
    after = [c for c in verb.children if c.i > verb.i]
    return any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in after) \
        and not any(c.dep_ in ("dobj", "dative", "xcomp", "prt") for c in after)


def _a_thing(noun: Token) -> bool:
    # "the first time Varga called Brandt": a time the clause dates, no thing it names.
    return noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME") \
        and noun.lemma_.lower() not in _TIME_NOUNS


# Where a name was given in print: "called it “a fraud” in her memoir".
_WRITINGS = {"book", "memoir", "column", "essay", "article", "piece", "editorial", "tweet", "show"}
_DASHES = {"-", "—", "–", "--"}


def _name_ends_at_its_quote(verb: Token, spans: list) -> list:
    """"called Brandt a “coward” on her radio show", "called the levy
    “unfair,” an unusual rebuke that ...", "what Reyes called a “slow”
    approach - working with ...": once the quoted name has closed, where it
    was given, the writer's comment on it and what a dash adds are not
    the speaker's ("called it “a disgrace” for the city" goes on)."""
    doc = verb.doc
    span = doc.char_span(spans[0][0], spans[-1][1], alignment_mode="expand")
    marks = [t for t in span if t.is_quote] if span is not None else []
    if len(marks) < 2 or marks[0].i < verb.i:
        return spans
    close = marks[1]
    # A dash set off by spaces, not the hyphen of "full-time".
    cut = next((t.idx for t in span if t.i > close.i and t.text in _DASHES and doc[t.i - 1].whitespace_), None)
    after = doc[close.i + 1] if close.i + 1 < span.end else None
    comma = after is not None and after.text == "," or doc[close.i - 1].text == ","
    nxt = doc[after.i + 1] if after is not None and after.text == "," and after.i + 1 < span.end else after
    if nxt is not None and (comma and nxt.pos_ == "DET" and nxt.dep_ != "nsubj" or _where_it_was_said(nxt)):
        cut = close.idx + len(close)
    return spans if cut is None else [(s, min(e, cut)) for s, e in spans if s < cut]


def _where_it_was_said(prep: Token) -> bool:
    """"on her radio show", "in his 1969 book", "over the weekend"."""
    if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS | {"over"}:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (is_venue(obj) or obj.lemma_.lower() in _WRITINGS or obj.ent_type_ in ("DATE", "TIME"))


def _quote_follows(verb: Token) -> bool:
    # "warned: “...”" is left for the quote rules.
    nxt = verb.doc[verb.i + 1: verb.i + 4]
    return any(t.is_quote or t.text == ":" for t in nxt)


def _complement_span(verb: Token) -> list | None:
    """From the first complement after the verb to the end of the last one,
    leaving out where and when it was said ("on Twitter", "on Sunday")."""
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ in _COMPLEMENTS
             and not _is_setting(c) and not _shouted_at(verb, c)]
    parts = [c for c in parts if c.dep_ != "prt"] or []
    parts = _without_trailing_occasion(parts)
    if not parts:
        return None
    parts += _purpose_of_object(verb, parts)
    first = min(c.left_edge.i for c in parts)
    last = max(c.right_edge.i for c in parts)
    # "accused Varga on Thursday of lying": the day between the complements is
    # when it was said, not what.
    inside = {t.i for c in verb.children if first < c.i < last and _is_setting(c) for t in c.subtree}
    indices = [i for i in range(first, last + 1) if i not in inside]
    return _runs_to_spans(verb.doc, _without_trailing_asides(verb.doc, indices))


# Verbs of raised voice whose "at" names who was shouted at.
_RAISED_VOICE = {"shout", "yell", "scream", "snap", "bark", "shriek", "holler"}


def _shouted_at(verb: Token, child: Token) -> bool:
    """`one woman shouted at the mayor`: who the words were shouted at is the
    audience, not what was said."""
    return child.dep_ == "prep" and child.lower_ == "at" and verb.lemma_.lower() in _RAISED_VOICE


def _purpose_of_object(verb: Token, parts: list[Token]) -> list[Token]:
    """"proposed a fund to help the harbour", "praised the efforts of
    Varga to end the strike": a to-infinitive after the object, which the
    parser may hang on the verb, says what the thing proposed is for."""
    end = max(c.right_edge.i for c in parts)
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB"
            and _has_to(c) and c.left_edge.i == end + 1]


_OCCASION_PREPS = {"during", "amid", "throughout", "following", "after", "before", "since", "while", "across"}


def _without_trailing_occasion(parts: list[Token]) -> list[Token]:
    """"endorsed Varga during a call with reporters", "repeated his position
    at a town hall": after the object, when and where it happened is not
    what was said."""
    objects = [c for c in parts if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd")]
    if not objects:
        return parts
    first = min(c.i for c in objects)
    return [c for c in parts if not (c.dep_ == "prep" and c.i > first and c.lower_ in _OCCASION_PREPS)]


def _is_setting(child: Token) -> bool:
    if child.dep_ != "prep" or child.lower_ not in SETTING_PREPS:
        return False
    objs = [c for c in child.children if c.dep_ == "pobj"]
    return not objs or any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in VENUE_NOUNS
                           or o.lower_ in PLATFORMS for o in objs)


def _inverted_content(doc: Doc, verb: Token, lemma: str) -> list | None:
    """"Y, X said" or "Y, X said, Z": the cue hangs off the clause it reports."""
    head = verb.head
    if head.i == verb.i or lemma in _WEAK_CUES or _outer_cue_of_afterthought(verb) is not None:
        return None  # the head clause is the outer cue's content, not the afterthought's
    if head.i < verb.i and head.lemma_.lower() in SPEECH_VERBS and any(c.dep_ in _SUBJECTS for c in head.children):
        reported = _reported_before_closed_quote(doc, verb)
        return reported or None  # else "X said A, and Y said B": two attributions, not "Y, X said"
    # A parenthetical cue ("The plan, a source said, is ...") can sit before its head.
    if verb.i < head.i and not (verb.dep_ == "parataxis" and _parenthetical(verb)) \
            and not _inside_relative_clause(verb, head):
        return None
    if verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj") or _another_act_of_the_speaker(verb):
        return None
    spans = _subtree_fragments(doc, head, verb)
    return spans or None


def _another_act_of_the_speaker(verb: Token) -> bool:
    """"As the crowd chanted, Varga was joined on stage by Brandt and joked,
    “...”": a cue joined by "and" to the clause before, with that clause's
    subject for its own, tells what else the speaker did; that clause is
    the writer's narrative, not the words of "Y, X joked"."""
    head = verb.head
    return verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children) \
        and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children) \
        and any(c.dep_ in _SUBJECTS for c in head.children)


# A closing quotation mark as the tokenizer splits it off ("''" for ASCII doubled quotes).
CLOSING_MARKS = frozenset({"”", "\"", "''", "’"})


def _speaker_after_closed_quote(verb: Token) -> Token | None:
    """`Varga said the pier was “beyond repair,” the Gazette reported`: the
    subject of a speech verb that follows a quote closed by its comma, the
    later cue reporting the whole sentence before it (the parse hangs it
    on the first cue as its complement)."""
    if SPEECH_VERBS.get(verb.lemma_.lower()) != "clause" or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    first = subject.left_edge.i
    doc = verb.doc
    if first < 2 or doc[first - 1].text not in CLOSING_MARKS or doc[first - 2].text != "," \
            or doc[first - 2].whitespace_ or not doc[first - 1].whitespace_ or verb.head.i >= first - 2:
        return None  # not `, "A` opening a quote, nor `On “This Week,” Varga said`
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children):
        return None  # `the words “radical Islam,” Democrats are “saying we ...”`: a clause of its own
    first_subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if first_subject is not None and first_subject.pos_ == "PRON" \
            and (subject.pos_ == "PRON" or subject.ent_type_ == "PERSON"):
        return None  # `he warned, “...,” Varga told the radio`: the same speaker, named again
    return subject


def _reported_before_closed_quote(doc: Doc, verb: Token) -> list:
    """What the later cue of `Varga said the pier was “beyond repair,” the
    Gazette reported` reports: the sentence before its speaker, the first
    cue and its quote included."""
    subject = _speaker_after_closed_quote(verb)
    if subject is None:
        return []
    lo, hi = _paragraph_of(doc, verb)
    return _runs_to_spans(doc, [t.i for t in verb.head.subtree if t.i < subject.left_edge.i and lo <= t.idx < hi])


def _inside_relative_clause(verb: Token, head: Token) -> bool:
    """"which even critics say was the best speech": the cue sits between the
    relative pronoun and the rest of the clause it reports."""
    first = head.left_edge
    return first.i < verb.i and first.lower_ in ("which", "what", "that", "who") \
        and head.dep_ in ("relcl", "ccomp", "pcomp", "pobj", "advcl", "acl")


def _parenthetical(verb: Token) -> bool:
    sub = list(verb.subtree)
    doc = verb.doc
    before = doc[sub[0].i - 1] if sub[0].i > 0 else None
    after = doc[sub[-1].i + 1] if sub[-1].i + 1 < len(doc) else None
    return bool(before is not None and before.text == "," and after is not None and after.text == ",") \
        or sub[-1].text == ","


def _finite_clause(verb: Token) -> list | None:
    """"said having Trump on the ticket puts ...": a complement the parser did
    not label ccomp but which holds a finite verb."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("xcomp", "dobj", "advcl", "csubj") \
                and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in child.subtree) \
                and not any(t.is_quote for t in child.subtree) \
                and not any(m.dep_ == "mark" and m.lower_ != "that" for m in child.children):
            return _subtree_fragments(verb.doc, child, verb)
    return None


def _lead_in(verb: Token, clause: Token) -> list[Token]:
    """"says no matter what Obama does, his word ...", "says if elected he
    would ...": with no "that", a condition the parser hung on the cue
    between it and the reported clause opens that clause; when and where it
    was said ("said Tuesday", "said in Iowa") does not."""
    if clause.i < verb.i or any(c.dep_ == "mark" for c in clause.children):
        return []
    lead = [c for c in verb.children if verb.i < c.i < clause.left_edge.i
            and c.dep_ in ("advcl", "advmod", "npadvmod") and c.right_edge.i - c.left_edge.i >= 1
            and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)]
    covered = {t.i for c in lead for t in c.subtree}
    between = verb.doc[verb.i + 1:clause.left_edge.i]
    if not lead or any(t.i not in covered and not t.is_punct for t in between):
        return []
    return lead


def _subtree_fragments(doc: Doc, root: Token, cue: Token, lead: list[Token] = ()):
    """The characters of root's subtree, minus the cue's own subtree, in
    fragments (the cue may sit in the middle: "Y, X said, Z"), after the
    lead-in words that open it."""
    inside = root.left_edge.i <= cue.i <= root.right_edge.i
    skip = {t.i for t in cue.subtree} if inside else set()
    for sibling in (t for t in root.subtree if _sibling_cue(t, cue)):
        skip |= {t.i for t in sibling.subtree}
        # and the "and" or comma that joined it
        skip |= {c.i for c in sibling.head.children if c.dep_ in ("cc", "punct") and c.i < sibling.i
                 and c.i > max((t.i for t in sibling.head.subtree if t.i < sibling.left_edge.i
                               and t.dep_ not in ("cc", "punct")), default=-1)}
    lo, hi = _paragraph_of(doc, cue)
    members = [t for t in root.subtree] + [t for c in lead for t in c.subtree]
    indices = [t.i for t in members if t.i not in skip and lo <= t.idx < hi]
    if indices and max(indices) < cue.i:
        # "Y, which Z, the FT reported": all before the cue is the report, a
        # trailing relative clause too; it is the writer's only after the cue.
        return _runs_to_spans(doc, indices)
    return _runs_to_spans(doc, _without_trailing_asides(doc, indices))


# Not "conj" or "npadvmod": PolNeAR's reported content keeps "..., and ...",
# "..., while ..." coordinated with it. An adverbial or adjectival clause is an
# aside only as a participle or after a dash (see _aside_start).
_ASIDE_DEPS = ("advcl", "appos", "relcl", "acl", "parataxis")
_ASIDE_MARKS = {",", "—", "–", "-", "--"}


def _without_trailing_asides(doc: Doc, indices: list[int]) -> list[int]:
    """Drop what trails the reported words after a comma or dash: ", which he
    denied", ", employing a maxim", " - said at a rally" are the writer's."""
    indices = sorted(indices)
    while len(indices) > 3:
        last = indices[-1]
        cut = _aside_start(doc, indices, last)
        if cut is None:
            return indices
        indices = [i for i in indices if i < cut]
    return indices


def _aside_start(doc: Doc, indices: list[int], last: int) -> int | None:
    members = set(indices)
    for i in indices[1:]:
        tok = doc[i]
        # ", which the company denied" is the writer's, however it was parsed.
        relative = tok.pos_ in ("VERB", "AUX") and tok.left_edge.lower_ == "which"
        if (tok.dep_ in _ASIDE_DEPS or relative or _sourced_by(tok)) and tok.right_edge.i >= last \
                and tok.head.i in members:
            left = tok.left_edge.i
            at = _aside_mark(doc, left)
            if at is None or at not in members or at <= indices[0]:
                continue
            mark = doc[at]
            if at < left - 1 and any(t.is_quote for t in doc[left:tok.right_edge.i + 1]):
                continue  # “... a mistake,” made by “voices on the Right”: more of the quoted words
            # "differ on Eastbay, the ferry contract and ...", "talked about
            # mending nets, hauling traps and selling fish": a list the
            # parser took for an apposition or a trailing clause goes on.
            if any(c.dep_ == "cc" for c in tok.children) and (tok.dep_ == "appos" or _parallel(doc, tok, members)):
                continue
            if tok.dep_ == "appos" and (_only_a_name(tok) or _ends_a_list(tok)):
                continue
            # A trailing clause after a comma stays when it may be the speaker's
            # ("..., even if it means ..."; on train articles 0-400 keeping it
            # matched the annotated content more often), and so does a
            # participle going on with a reported clause's own verb ("officers
            # patrol the pier, handing out fines"). A participle on a thing
            # (", linked by ...") or on words without a subject ("announced a
            # launch to enlarge the fleet, reinforcing its ambition"), or a
            # clause after a dash, is the writer's comment.
            if tok.dep_ in ("advcl", "acl") and not relative and mark.text == "," \
                    and (tok.tag_ not in ("VBG", "VBN") or _continues_a_clause(tok)):
                continue
            return at if at == left - 1 else left  # a quote's closing mark stays with its words
    return None


def _aside_mark(doc: Doc, left: int) -> int | None:
    """The comma or dash that sets an aside off, right before it or inside
    the closing mark of a quote that ends on it (“... by Cleveland,”
    referring to the convention)."""
    at = left - 1
    # The comma glued to the mark: a closing one (``, ''Y`` opens a quote).
    if at > 0 and doc[at].is_quote and doc[at - 1].text == "," and not doc[at - 1].whitespace_:
        at -= 1
    return at if at >= 0 and doc[at].text in _ASIDE_MARKS else None


def _continues_a_clause(participle: Token) -> bool:
    """"officers still patrol the pier, handing out fines": a participle
    hung on a finite verb with its own subject goes on with that clause
    (not on "the launch to enlarge the fleet", whatever the parser made the
    subject of "enlarge")."""
    head = participle.head
    tensed = [head] + [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return participle.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ in _SUBJECTS for c in head.children) \
        and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tensed)


def _sourced_by(tok: Token) -> bool:
    """", according to an organizer" closing the reported words names who
    the writer had them from: an attribution of its own, not part of them."""
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def _only_a_name(appos: Token) -> bool:
    """"criticized his rival, Ines Varga", "the court pick, Odo Brandt": a
    bare name after a description says who is meant; it comments on nothing."""
    words = [t for t in appos.subtree if not t.is_punct]
    return len(words) <= 4 and all(t.pos_ == "PROPN" for t in words)


def _ends_a_list(appos: Token) -> bool:
    """"undermining our harbour, our pilots, our crews and the rule of law":
    an "apposition" of the same kind of word whose tail is joined by "and"
    or "or" is more items of a list."""
    return appos.pos_ == appos.head.pos_ and any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in appos.subtree)


def _parallel(doc: Doc, tok: Token, members: set[int]) -> bool:
    """Whether tok has the form of the reported words' own head when that
    head is an item ("about mending nets, hauling ..."), not a clause's verb."""
    heads = [doc[i] for i in members if i < tok.i and doc[i].head.i not in members]
    return any(h.tag_ == tok.tag_ and h.dep_ in ("pcomp", "dobj", "pobj") for h in heads)


def _paragraph_of(doc: Doc, tok: Token) -> tuple[int, int]:
    """Reported words never cross a paragraph break, whatever the parse says."""
    text = doc_text(doc)
    end = text.find("\n", tok.idx)
    return text.rfind("\n", 0, tok.idx) + 1, len(text) if end < 0 else end


def _runs_to_spans(doc: Doc, indices: list[int]) -> list:
    spans, run = [], []
    for i in sorted(indices):
        if run and i != run[-1] + 1:
            spans.append(_trim(doc, run))
            run = []
        run.append(i)
    if run:
        spans.append(_trim(doc, run))
    return [s for s in spans if s is not None]


def _trim(doc: Doc, run: list[int]):
    text = doc_text(doc)
    start, end = doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]])
    if text[end:end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
        end += 1  # "X (formerly Twitter)": the parser hangs the closing bracket elsewhere
    return trim_span(text, start, end)


def trim_span(text: str, start: int, end: int):
    while start < end and text[start] in _PUNCT_EDGES:
        start += 1
    while end > start and text[end - 1] in _PUNCT_EDGES:
        end -= 1
    return (start, end) if end > start else None


def _cue_span(verb: Token):
    toks = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    quoted = _quoted_as(verb)
    if quoted is not None:  # "is quoted as saying": the whole phrase is the cue
        toks += [quoted] + [c for c in quoted.children if c.dep_ in ("auxpass", "aux") and c.i < quoted.i]
    return (min(t.idx for t in toks), max(t.idx + len(t) for t in toks))


def _as_saying(quoted: Token) -> Token | None:
    """The speech verb of "as saying" (or "as telling", "as writing") after
    "quoted", if any."""
    return next((v for p in quoted.children if p.dep_ == "prep" and p.lower_ == "as"
                 for v in p.children if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.lemma_.lower() in SPEECH_VERBS),
                None)


def _quoted_as(verb: Token) -> Token | None:
    """"Brandt is quoted as saying ...": the passive "quoted" of an "as
    saying", which names no one who quoted him (the speaker is Brandt)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    quoted = verb.head.head
    if quoted.lemma_.lower() != "quote" or not _is_passive(quoted) or agent_of(quoted) is not None:
        return None
    saying = _as_saying(quoted)
    return quoted if saying is not None and saying.i == verb.i else None


def span_of(tok: Token):
    """The character range of tok and every word that hangs from it."""
    sub = list(tok.subtree)
    return (sub[0].idx, sub[-1].idx + len(sub[-1]))


def find_according_to(doc: Doc) -> list[Attribution]:
    found = []
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            attribution = _according(doc, tok)
            if attribution is not None:
                found.append(attribution)
    return found


def _according(doc: Doc, tok: Token) -> Attribution | None:
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return None
    source = objs[0]
    phrase = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
    clause = tok.head
    while clause.dep_ not in ("ROOT", "ccomp") and clause.head.i != clause.i:
        clause = clause.head
    if tok.i < clause.i and tok.sent.root.i > clause.i:
        # "According to X, A: B" opening a sentence scopes over all of it.
        clause = tok.sent.root
    return _according_to(doc, tok, (tok.idx, to.idx + len(to)), source, clause, phrase, 0.75)


def _according_to(doc: Doc, tok: Token, cue, source: Token, clause: Token, phrase: set[int],
                  confidence: float) -> Attribution | None:
    """The clause, less the phrase that names its source, as the source's."""
    content = _runs_to_spans(doc, [t.i for t in clause.subtree if t.i not in phrase])
    if not content:
        return None
    return Attribution(
        cue=cue, lemma="according to", content=content, source=span_of(source), source_head=source.i,
        cue_head=tok.i, kind="according", confidence=confidence,
    )


_POLLS = {"poll", "survey", "study", "report", "analysis", "review", "audit", "census"}


def find_in_poll(doc: Doc) -> list[Attribution]:
    """"In the new Gazette poll, Varga wins about 1 in 3 harbour voters": the
    poll is the source of the clause it opens (or closes), as "according to"
    would make it; not when the clause has a cue of its own ("In a report,
    the FBI said ..."). "In Varga's view, ..." likewise (see _in_view)."""
    found = []
    for tok in doc:
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if tok.lower_ != "in" or tok.dep_ != "prep" or not objs or objs[0].lemma_.lower() not in _POLLS:
            continue
        clause = tok.head
        if clause.pos_ not in ("VERB", "AUX") or clause.dep_ != "ROOT" or clause.lemma_.lower() in SPEECH_VERBS \
                or any(c.lemma_.lower() in SPEECH_VERBS for c in clause.children if c.dep_ in ("ccomp", "conj")):
            continue
        attribution = _according_to(doc, tok, (tok.idx, tok.idx + len(tok)), objs[0], clause,
                                    {t.i for t in tok.subtree}, 0.5)
        if attribution is not None:
            found.append(attribution)
    return found + [a for a in map(_in_view, doc) if a is not None]


_VIEWPOINTS = {"view", "opinion", "estimation", "judgment", "judgement", "eyes", "word"}


def _in_view(tok: Token) -> Attribution | None:
    """"In Varga's view, the ferry pays for itself", "the pier, in his
    opinion, is unsafe": the holder's opinion, as "according to" would make
    it. Not "in public view" or "in the view from the pier": no holder."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    if not objs or objs[0].lemma_.lower() not in _VIEWPOINTS:
        return None
    holder = next((c for c in objs[0].children if c.dep_ == "poss"), None)
    if holder is None and objs[0].lower_ == "words":
        # "in the words of a senior adviser"
        of = next((c for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if holder is None or not can_speak(holder) or not _set_off(tok) \
            or objs[0].lemma_.lower() == "word" and objs[0].lower_ != "words":
        return None
    clause = tok.head
    if clause.dep_ in ("acomp", "amod"):
        return None  # "divided in their opinions" says how they are divided
    while clause.dep_ not in ("ROOT", "ccomp", "relcl") and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    last = holder.head if holder.dep_ == "pobj" else objs[0]  # "in the words of"
    cue = (tok.idx, last.idx + len(last))
    return _according_to(tok.doc, tok, cue, holder, clause, {t.i for t in tok.subtree}, 0.5)


def _set_off(phrase: Token) -> bool:
    """An aside opening its sentence or between commas: "In her view, ...",
    "..., in his opinion, ...". Not "believed in her judgment", "less
    positive in his estimation": there the phrase is the verb's own."""
    doc, last = phrase.doc, phrase.right_edge.i
    before = doc[phrase.i - 1] if phrase.i > 0 else None
    after = doc[last + 1] if last + 1 < len(doc) else None
    return phrase.is_sent_start or (before is not None and before.text in (",", "—", "(")) \
        or (after is not None and after.text in (",", "—", ")"))


def find_hedges(doc: Doc) -> list[Attribution]:
    """"Musk has reportedly been ...": the article cites someone it does not name."""
    found = []
    for tok in doc:
        if tok.lower_ in CITING_HEDGES and tok.dep_ == "advmod":
            head = tok.head
            indices = [t.i for t in head.subtree if t.i != tok.i]
            # "prompting Russia to reportedly turn to ...": who is said to do it is the object before.
            if head.dep_ == "xcomp" and not any(c.dep_ in _SUBJECTS for c in head.children):
                indices = [t.i for c in head.head.children if c.dep_ == "dobj" and c.i < head.i
                           for t in c.subtree] + indices
            content = _runs_to_spans(doc, indices)
            if content:
                hedge = Attribution(
                    cue=(tok.idx, tok.idx + len(tok)), lemma=tok.lower_, content=content,
                    cue_head=tok.i, kind="hedge", confidence=0.4,
                )
                hedge.extra["modifies"] = head.i
                found.append(hedge)
    return found


def find_noun_cues(doc: Doc) -> list[Attribution]:
    """"Trump's claim that ...", "a report that ...", "his call for ..."."""
    found = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (lemma in SPEECH_NOUNS or lemma in HELD_NOUNS or lemma in NOUN_AIMS
                                   or lemma in NOUN_STANCES):
            attribution = _noun_attribution(doc, tok, lemma)
            if attribution is not None:
                found.append(attribution)
    return found


def _noun_attribution(doc: Doc, noun: Token, lemma: str) -> Attribution | None:
    source = _noun_holder(noun)
    if source is None and (lemma not in SPEECH_NOUNS or _said_on_the_record(noun)):
        return None
    content = _that_clause(doc, noun)
    if content is None and lemma in ("call", "demand", "plan", "proposal"):
        content = [span_of(p) for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"][:1] or None
    if content is None and source is not None:
        content = _held_aim(doc, noun, lemma)
    if not content:
        return None
    return Attribution(
        cue=(noun.idx, noun.idx + len(noun)), lemma=lemma, content=content,
        source=span_of(source) if source is not None else None,
        source_head=source.i if source is not None else None, cue_head=noun.i,
        kind="noun", confidence=0.45,
    )


def _held_aim(doc: Doc, noun: Token, lemma: str) -> list | None:
    """"her decision to close the pier", "Varga's plans to sell the ferry",
    "his support for the levy", "Brandt's opposition to the deal": what a
    named holder chose, intends or stands for, as a to-infinitive or the
    object of the noun's own preposition."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VB" and _has_to(child) and lemma in NOUN_AIMS:
            return _runs_to_spans(doc, _without_trailing_asides(doc, [t.i for t in child.subtree]))
        if child.dep_ == "prep" and NOUN_STANCES.get(lemma) == child.lower_:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return _runs_to_spans(doc, _without_trailing_asides(doc, [t.i for t in objects[0].subtree]))
    return None


def _noun_holder(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _that_clause(doc: Doc, noun: Token):
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "appos") and child.i > noun.i:
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                return _runs_to_spans(doc, _through_dangling_preposition(doc, [t.i for t in child.subtree]))
    return None


def _through_dangling_preposition(doc: Doc, indices: list[int]) -> list[int]:
    """"a report that Musk has been in contact with President Putin will not
    surprise": the parser may give the clause's last object to the main
    verb; a clause never ends on a bare preposition."""
    last = doc[max(indices)]
    if last.pos_ != "ADP" or any(c.dep_ == "pobj" for c in last.children):
        return indices
    end = last.i + 1
    while end < len(doc) and doc[end].pos_ in ("PROPN", "DET", "ADJ", "NOUN") and end - last.i <= 5:
        end += 1
    return indices + list(range(last.i + 1, end))
