"""Short quoted phrases that are somebody's words.

A quote of a few words is usually a scare quote or a title ("a group called
the “Harbour Friends”", "the series “Quiet Waters”") and no cue claims it.
But news writing also quotes a few of a speaker's own words inside the
writer's sentence, and then the setting says whose they are:

- the object of a verb of saying with a speaking subject: "supporters are
  crying “sabotage”", "Brandt insulted “the coffee-shop crowd”", "the
  mayor was boasting about “momentum”";
- what a speech act by a named holder was aimed at or stood up for: "Varga
  delivered a defense of “harbour values”", "Brandt's broadside against
  “paper budgets”";
- the words a holder's remark, slogan or phrase consisted of: "Varga's
  “ninety days” remark", "Brandt ran on the slogan “Ferries First”".

Only quotes no other attribution owns are considered, and a phrase named
rather than said ("called", "so-called", "titled") is left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .attribution import Attribution, doc_text, overlap
from .cues import agent_of, can_speak, span_of, trim_span
from .lexicon import SETTING_PREPS
from .quotes import Quote

# More words than this and the quote is speech the layout rules handle.
MAX_PHRASE_WORDS = 6
# Verbs whose direct object is the words spoken: "crying “fraud”".
_SAYING_VERBS = {"say", "shout", "yell", "scream", "chant", "cry", "utter", "mouth", "whisper",
                 "interject", "testify", "suggest", "insult", "deride", "mock", "repeat"}
# Verbs whose "about"/"for" complement is what was said: "boasting about “winning”".
_TALKING_VERBS = {"boast", "brag", "speak", "talk", "rail"}
_TOPIC_PREPS = {"about", "for", "against"}
# Speech acts whose prepositional object is what they stood for or against.
_ACT_NOUNS = {"defense", "defence", "broadside", "rejection", "embrace", "denunciation", "condemnation",
              "attack", "criticism", "praise", "mockery"}
_ACT_PREPS = {"of", "against", "on"}
# Nouns whose modifier or apposition in quotes is the words themselves.
_REMARK_NOUNS = {"comment", "remark", "slogan", "phrase", "quip", "catchphrase", "mantra", "refrain", "motto"}
# Verbs that make the noun they govern the holder's own: "ran on the slogan",
# "coined the phrase", "delivered a defense".
_HOLDING_VERBS = {"run", "coin", "use", "deliver", "launch", "make", "give", "offer", "mount", "issue"}
# Prepositions after the quote that say where, when or to whom, not what.
_SETTING_OR_TO_WHOM = SETTING_PREPS | {"to", "toward", "towards", "from", "with", "by"}
# Words that borrow the subject of the word they hang from; "dep" is the
# parser's unlabelled attachment ("Mr. Bush, channeling his roots, responded").
_BORROWING = ("xcomp", "advcl", "conj", "pcomp", "prep", "advmod", "dep")
_NAMED = re.compile(r"(?i)\b(?:called|so-called|so called|titled|entitled|named|dubbed|known as)(?: (?:the|a|an))?\s*$")


def find_quoted_phrases(doc: Doc, quotes: list[Quote], found: list[Attribution]) -> list[Attribution]:
    """Attributions for the short quotes no attribution in found owns whose
    setting makes them a holder's words."""
    text = doc_text(doc)
    made = []
    for q in quotes:
        if not _short_phrase(text, q) or _owned(q, found) or _inside_another(q, quotes) \
                or _named_not_said(text, q):
            continue
        span = doc.char_span(*q.inner, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        attribution = _said_phrase(span.root, q) or _act_aimed_at(span.root, q) or _remark_made(span.root, q)
        if attribution is not None and not _inside_any(attribution.cue, quotes):
            made.append(attribution)
    return made


def _short_phrase(text: str, q: Quote) -> bool:
    words = text[q.inner_start:q.inner_end].split()
    return 1 <= len(words) <= MAX_PHRASE_WORDS and "\n" not in text[q.start:q.end]


def _owned(q: Quote, found: list[Attribution]) -> bool:
    return any(overlap(frag, q.inner) for a in found for frag in a.content)


def _inside_another(q: Quote, quotes: list[Quote]) -> bool:
    return any(o is not q and o.start < q.start and q.end <= o.end for o in quotes)


def _inside_any(span, quotes: list[Quote]) -> bool:
    return any(o.encloses(span) for o in quotes)


def _named_not_said(text: str, q: Quote) -> bool:
    """"a group called the “Harbour Friends”", "the so-called “tax”": a name
    or label the writer gives, not words anyone said."""
    return _NAMED.search(text, max(0, q.start - 25), q.start) is not None


def _said_phrase(root: Token, q: Quote) -> Attribution | None:
    """"Supporters are crying “sabotage”", "mouthing “thank you”",
    "boasting about “momentum”": the object of a verb of saying, said by
    its subject."""
    verb = cue_end = root.head
    if root.dep_ in ("pobj", "pcomp") and verb.dep_ == "prep" and verb.lower_ in _TOPIC_PREPS \
            and verb.head.lemma_.lower() in _TALKING_VERBS:
        verb = verb.head  # the cue runs to the preposition: "boasting about"
    elif root.dep_ not in ("dobj", "ccomp", "xcomp") or verb.lemma_.lower() not in _SAYING_VERBS:
        return None
    if verb.pos_ != "VERB" or not _right_after(cue_end, q):
        return None
    holder = _holder_of(verb)
    if holder is None or holder.lower_ in ("which", "that") or not can_speak(holder):
        return None
    found = _phrase_attribution(verb, cue_end, holder, q)
    rest = _rest_of_the_words(verb, root, q)
    if rest is not None:
        found.content = [(q.inner_start, rest)]
    return found


def _rest_of_the_words(verb: Token, root: Token, q: Quote) -> int | None:
    """"crying “fraud” over delegate selection", "spoke out for “shotgun
    marriages” as the cure", "saying “some good things” about the mayor":
    what follows the quote in the same verb or noun phrase goes on with the
    words; where, when and to whom ("mouthing “thank you”
    toward the crowd"), a clause after a comma or a conjunction, and a verb
    joined by "and" do not. Where the words end, or None at the quote."""
    quoted = verb.doc.char_span(q.start, q.end, alignment_mode="expand")
    end, nxt = None, quoted.end
    after = [c for head in (verb, root) for c in head.children if c.i >= nxt]
    for child in sorted(after, key=lambda c: c.i):
        if child.left_edge.i != nxt or not _goes_on(child):
            break
        end, nxt = child.right_edge.idx + len(child.right_edge), child.right_edge.i + 1
    return end


def _goes_on(child: Token) -> bool:
    """A complement that is more of what was said: "over delegate
    selection", or a clause the parser hung on the verb ("testified
    “thousands” of emails had not been handed over")."""
    if child.dep_ == "prep":
        return child.lower_ not in _SETTING_OR_TO_WHOM
    return child.dep_ == "advcl" and not any(c.dep_ == "mark" for c in child.children)


def _right_after(cue: Token, q: Quote) -> bool:
    """The quote opens right after the cue word ("crying “fraud”", "mouthing,
    “thank you”"); not "said on NBC's “Meet the Press”", where what
    stands between makes the quote a programme, not the words."""
    between = doc_text(cue.doc)[cue.idx + len(cue):q.start]
    return len(between) <= 3 and not between.strip(" ,:")


def _act_aimed_at(root: Token, q: Quote) -> Attribution | None:
    """"Varga delivered a defense of “harbour values”", "Brandt's broadside
    against “paper budgets”": what a named holder's speech act was about."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _ACT_PREPS:
        return None
    return _holders_words(prep.head, _ACT_NOUNS, prep, q)


def _remark_made(root: Token, q: Quote) -> Attribution | None:
    """"Varga's “ninety days” remark", "ran on the slogan “Ferries First”",
    "her slogan is “Ferries First”": the quote is what the holder's remark
    or slogan said."""
    noun = cue_end = root.head
    if root.dep_ in ("attr", "ccomp") and noun.lemma_ == "be":
        # "Varga's slogan is “Ferries First”": the subject is the remark
        noun = next((c for c in cue_end.children if c.dep_ == "nsubj"), noun)
    elif root.dep_ not in ("compound", "nmod", "amod", "appos"):
        return None
    return _holders_words(noun, _REMARK_NOUNS, cue_end, q)


def _holders_words(noun: Token, nouns: set[str], cue_end: Token, q: Quote) -> Attribution | None:
    """The quote as the words of whoever holds noun, when noun is one of
    nouns ("Varga's broadside", "Brandt ran on the slogan") and its holder
    can speak; the cue runs from noun to cue_end."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return None
    holder = _holder_of_noun(noun)
    if holder is None or not can_speak(holder):
        return None
    return _phrase_attribution(noun, cue_end, holder, q)


def _holder_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it hangs from
    ("Varga waved the ballot, mouthing", "tried to laugh it off by
    interjecting")."""
    tok = verb
    for _ in range(4):  # "was back to boasting": up through "to" and "back"
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if tok.dep_ not in _BORROWING or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _holder_of_noun(noun: Token) -> Token | None:
    """"Varga's remark": the possessor; "Varga delivered a defense", "Brandt
    ran on the slogan": the subject of the verb that makes the noun theirs;
    "the phrase was uttered by Brandt": the agent of its saying."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _SAYING_VERBS:
        return agent_of(verb)  # "the phrase “X” was uttered once, by Cruz"
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HOLDING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _phrase_attribution(cue_start: Token, cue_end: Token, holder: Token, q: Quote) -> Attribution:
    first, last = sorted((cue_start, cue_end), key=lambda t: t.i)
    return Attribution(
        cue=(first.idx, last.idx + len(last)), lemma=cue_start.lemma_.lower(), content=[q.inner],
        source=trim_span(doc_text(holder.doc), *span_of(holder)), source_head=holder.i, cue_head=cue_start.i,
        kind="quote", direct=True, indirect=False, confidence=0.4,
    )
