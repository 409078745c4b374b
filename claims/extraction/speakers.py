"""Who said it: turn a source span into a Speaker, resolving pronouns and
descriptions ("he", "the newspaper", "the tech billionaire") to the actor
named earlier and folding short names into full ones ("Musk" → "Elon Musk")."""

from __future__ import annotations

import re

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .attribution import doc_entities, doc_text
from .lexicon import (
    FEMALE_GIVEN_NAMES, FEMALE_ROLE_WORDS, MALE_GIVEN_NAMES, MALE_ROLE_WORDS,
    ANONYMOUS_NOUNS, FIRST_PERSON, GROUP_PRONOUNS, OUTLET_NAME_WORDS, OUTLET_NOUNS,
    ORG_DESCRIPTION_NOUNS, ORG_WORDS, PERSON_DESCRIPTION_NOUNS, PERSON_PRONOUNS, REPORT_NOUNS, SPEECH_VERBS,
    TITLE_WORDS,
)
from .types import Speaker

_NAMED_KINDS = {"person", "organization", "outlet"}
_NAME_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "organization",
                "NORP": "group", "FAC": "organization"}
UNNAMED = "unnamed source"


class SpeakerResolver:
    """Walks an article in reading order, remembering who has been named."""

    def __init__(self, doc: Doc, outlet: str | None = None):
        self.doc = doc
        self.people: dict[str, str] = {}  # surname or full name -> full name
        self.titles: dict[str, str] = {}  # full name -> the title or role first given with it
        self.orgs: dict[str, str] = {}  # acronym or name -> name
        self._source = None
        if outlet:
            # "the FT reported" in the Financial Times is the outlet itself.
            self._add_org_aliases(outlet)
        # (position, actor, was it a subject) in reading order
        self.history: list[tuple[int, Speaker, bool]] = []
        self._named_ents = doc_entities(doc)
        # "Putin Pressures Musk: ..." in a headline, "Vladimir Putin" in the body.
        self._full_names = _full_names_by_surname(self._named_ents)
        # "Then Okonkwo rose. ... he said": a lone surname the model tagged ORG.
        self._surnames = _surnames_taken_up_by_a_pronoun(doc, self._named_ents)
        self._ents = sorted(self._named_ents + _unlabelled_subjects(doc), key=lambda e: e.start_char)
        self._ent_pos = 0

    def resolve(self, head_index: int | None, source: tuple[int, int] | None) -> Speaker:
        if head_index is None or source is None:
            return Speaker(name=UNNAMED, kind="unnamed")
        self._learn_names_before(source[1])
        head = self._head_noun(self.doc[head_index])
        self._source = source
        text = doc_text(self.doc)
        speaker = _without_dash(_without_dateline(_clipped(self._speaker_for(head, source), source, text)), text)
        self.history.append((source[0], speaker, True))
        return speaker

    def _learn_names_before(self, pos: int) -> None:
        while self._ent_pos < len(self._ents) and self._ents[self._ent_pos].start_char < pos:
            ent = self._ents[self._ent_pos]
            self._ent_pos += 1
            ent = _without_inverted_cue(ent)
            # "US special envoy Steve Witkoff held ...": the role, for a later "he said".
            title = _title_before(ent) if ent.label_ == "PERSON" else None
            self._learn(ent.text, ent.label_, ent.start_char, ent.root.dep_ in ("nsubj", "nsubjpass"), title)

    def _learn(self, text: str, label: str, pos: int, salient: bool = False, title: str | None = None) -> None:
        name = _strip_title(_clean_name(text))[1]
        if not name:
            return
        label = self._label_of(name, label, text)
        if label == "PERSON":
            name = _person_words(name)
            full = self.people.get(name) or self._full_names.get(name, name)
            parts = full.split()
            if len(parts) > 1:
                self.people.setdefault(parts[-1], full)
            if len(parts) > 1 or name not in self._surnames:
                # A lone surname taken for a person only because "he" follows
                # leaves the name free for a full one given later.
                self.people.setdefault(name, full)
            if title:
                self.titles.setdefault(full, title)
            self.history.append((pos, Speaker(name=full, kind="person", description=self.titles.get(full)), salient))
        elif label in ("ORG", "GPE", "NORP", "FAC"):
            self._add_org_aliases(name)
            self.history.append((pos, Speaker(name=name, kind=_org_kind(name, label)), salient))

    def _add_org_aliases(self, name: str) -> None:
        self.orgs.setdefault(name, name)
        acronym = "".join(w[0] for w in name.split() if w[0].isupper())
        if len(acronym) >= 2:
            self.orgs.setdefault(acronym, name)

    def _label_of(self, name: str, label: str, original: str = "") -> str:
        """The small model often calls an unfamiliar person an ORG or GPE."""
        if label == "PERSON" and len(name.split()) == 1 and any(c.isupper() for c in name[1:]):
            return "ORG"  # "SpaceX", "OpenAI": camel case is a brand, not a surname
        if label == "PERSON" or name in self.people or name in self._full_names or name in self._surnames:
            return "PERSON"  # a surname the article names in full somewhere, or goes on with as "he"
        return "PERSON" if _person_tagged_org(name, label, original) else label

    def _head_noun(self, tok: Token) -> Token:
        # "Starlink's coverage map lists ...": the map is where Starlink says it.
        if tok.lemma_.lower() in _DOCUMENT_NOUNS:
            owner = next((c for c in tok.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_)), None)
            if owner is not None:
                return owner
        # "a new report from The Wall Street Journal": the source is the journal.
        if tok.lemma_.lower() in REPORT_NOUNS:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    return obj
            # "a study published by the Centre for ...": the agent of the participle.
            for acl in (c for c in tok.children if c.dep_ == "acl"):
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    for obj in (c for c in agent.children if c.dep_ == "pobj"):
                        return obj
        return tok

    def _speaker_for(self, head: Token, source) -> Speaker:
        partners = _conjuncts(head)
        if partners and head.pos_ in ("PROPN", "NOUN"):
            return self._joint(head, partners, source)
        return self._single(head)

    def _joint(self, head: Token, partners: list[Token], source) -> Speaker:
        """"Fedorov and the ISW said": two sources saying the same thing, so when
        every one is named the statement is split per speaker (see JointSpeaker).
        "Officials and experts said" names nobody: it stays one group statement."""
        heads = [head] + partners
        each = []
        for n, tok in enumerate(heads):
            # Each conjunct's name stops before the next one: "Lina Ostrova and
            # Piet Harmsen" is not one name extended over "and".
            bound = _conjunct_end(tok, heads[n + 1]) if n + 1 < len(heads) else source[1]
            self._source = (source[0], bound)
            each.append(self._single(tok))
        self._source = source
        name = " and ".join(sp.name for sp in each)
        if all(sp.kind in _NAMED_KINDS for sp in each) and len({sp.name for sp in each}) == len(each):
            return JointSpeaker(name=name, kind="group", mention=(source[0], source[1]), members=tuple(each))
        return Speaker(name=name, kind="group", mention=(source[0], source[1]))

    def _single(self, head: Token) -> Speaker:
        mention = (head.idx, head.idx + len(head))
        low = head.lower_
        if low in _FOR_A_PERSON:
            return self._recall({"person"}, mention, head.text)
        if low in _FOR_A_GROUP:
            return self._recall({"group", "organization", "outlet", "unnamed", "person"}, mention, head.text)
        if low in FIRST_PERSON:
            return Speaker(name=head.text, kind="unnamed", mention=mention)
        antecedent = _relative_antecedent(head)
        if antecedent is not None:
            # The mention stays the relative pronoun, as it does for "she".
            return replace(self._single(antecedent), mention=mention)
        owned = _institution_of(head)
        if owned is not None:
            return owned
        ent = self._entity_at(head)
        if ent is not None:
            return self._named(ent, head)
        return self._described(head)

    def _entity_at(self, head: Token):
        if head.ent_type_ in _NAME_LABELS:
            for ent in self._named_ents:
                if ent.start <= head.i < ent.end:
                    return ent
        # "the Ukrainian outlet Defense Express": the name hangs off the description.
        # Not "U.S. officials", "Kremlin sources": unnamed people of that place.
        if head.tag_ == "NNS" and head.lower_ in ANONYMOUS_NOUNS:
            return None
        for tok in head.children:
            if tok.ent_type_ in _NAME_LABELS and tok.dep_ in ("compound", "appos"):
                return next((e for e in self._named_ents if e.start <= tok.i < e.end), None)
        named = _person_after_role(head)
        if named is not None:
            return next((e for e in self._named_ents if e.start <= named.i < e.end), None)
        return None

    def _named(self, ent, head: Token) -> Speaker:
        ent = _full_name(_with_compounds(_own_conjunct(_line_of(ent, head), head)), head)
        ent = _within(ent, self._source, head)
        title, name = _strip_title(_clean_name(ent.text))
        self._learn(ent.text, ent.label_, ent.start_char)
        label = self._label_of(name, ent.label_, ent.text)
        kind = "person" if label == "PERSON" else _org_kind(name, label)
        if kind == "person":
            name = self.people.get(name, name)
        else:
            name = self.orgs.get(name, name)
        description = _description(head, ent) or title
        return Speaker(name=name, kind=kind, description=description,
                       mention=(ent.start_char, ent.end_char))

    def _described(self, head: Token) -> Speaker:
        phrase = _np_text(head)
        mention = _np_span(head)
        lemma = head.lemma_.lower()
        if lemma in OUTLET_NOUNS and _is_definite(head):
            return self._recall({"outlet"}, mention, phrase)
        if lemma in PERSON_DESCRIPTION_NOUNS and _is_definite(head) and _is_short(head):
            return self._recall({"person"}, mention, phrase)
        if lemma in PERSON_DESCRIPTION_NOUNS and _is_definite(head) and not _has_name_inside(head):
            introduced = self._introduced_after(mention, phrase)
            if introduced is not None:
                return introduced
        if lemma in ORG_DESCRIPTION_NOUNS and _is_definite(head) and _is_short(head):
            return self._recall({"organization"}, mention, phrase)
        if head.pos_ == "PROPN":
            return self._proper_name(phrase, mention)
        if lemma in ANONYMOUS_NOUNS or head.tag_ in ("NNS", "NNPS"):
            modified = any(_names_who(c, lemma) for c in head.children)
            placed = _where_they_are(head)
            if placed is not None:
                qualifier, setting = placed
                return Speaker(name=f"{qualifier} {phrase}", kind="group", description=setting, mention=mention)
            return Speaker(name=phrase, kind="group" if modified else "unnamed", mention=mention)
        return Speaker(name=phrase, kind="unnamed", mention=mention)

    def _introduced_after(self, mention, phrase: str) -> Speaker | None:
        """"The EU's foreign policy chief accused Russia ..." and, a paragraph
        on, "Kaja Kallas said ...": a role introducing someone new is the next
        person the article names, if that comes within two paragraphs."""
        text = doc_text(self.doc)
        limit = mention[1]
        for _ in range(3):
            nxt = text.find("\n", limit + 1)
            limit = len(text) if nxt < 0 else nxt
        person = next((e for e in self._named_ents if e.label_ == "PERSON" and mention[1] <= e.start_char < limit),
                      None)
        if person is None:
            return None
        name = _person_words(_strip_title(_clean_name(person.text))[1])
        if not name or len(name.split()) < 2:
            return None
        self._learn(person.text, "PERSON", mention[0])
        return Speaker(name=self.people.get(name, name), kind="person", description=phrase, mention=mention)

    def _proper_name(self, phrase: str, mention) -> Speaker:
        title, name = _strip_title(_clean_name(phrase))
        if name in self.people or name in self._full_names or name in self._surnames or _looks_like_person(name):
            self._learn(name, "PERSON", mention[0])
            return Speaker(name=self.people.get(name, name), kind="person", description=title, mention=mention)
        name = self.orgs.get(name, name)
        return Speaker(name=name, kind=_org_kind(name, "ORG"), description=title, mention=mention)

    def _recall(self, kinds: set[str], mention, phrase: str) -> Speaker:
        """The actor a pronoun or description points back to: the last one
        that was the subject of a sentence nearby, else the last one named."""
        wanted = _PRONOUN_GENDER.get(phrase.lower()) or gender_of("", phrase)
        earlier = [(p, sp, subj) for p, sp, subj in self.history
                   if p < mention[0] and sp.kind in kinds and sp.name != UNNAMED
                   and (wanted is None or gender_of(sp.name, sp.description) in (None, wanted))]
        near = [e for e in earlier if e[2] and mention[0] - e[0] < _NEAR]
        pick = (near or earlier)[-1][1] if (near or earlier) else None
        if pick is None:
            kind = "unnamed" if "person" in kinds else next(iter(kinds))
            return Speaker(name=phrase, kind=kind, mention=mention)
        pronoun = phrase.lower() in _PRONOUNS
        description = pick.description if pronoun else phrase
        return Speaker(name=pick.name, kind=pick.kind, description=description, mention=mention)


# How far back a pronoun looks first for the subject it takes up.
_NEAR = 1500
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# "His reply:", "their answer:": a possessor speaks like the pronoun it stands for.
_FOR_A_PERSON = PERSON_PRONOUNS | {"his"}
_FOR_A_GROUP = GROUP_PRONOUNS | {"their"}
_PRONOUNS = _FOR_A_PERSON | _FOR_A_GROUP


# Verbs a reporter sets before the speaker's name ("Continued Stone: ...")
# besides the verbs of saying.
_INVERTED_VERBS = {"continue", "ask", "counter", "retort", "exclaim", "interject"}


def inverted_speech_verb(tok: Token) -> str | None:
    """`Said Varga`, `Added Odo Brandt`, `Continued Stone`: a capitalised,
    inflected verb of speech before a name, as a reporter inverts "Varga
    said"; its lemma, or None. A bare form ("Mark", "Hope") may be a name."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if not tok.text[:1].isupper():
        return None
    forms = {lemma} if lemma != low else set()
    if low.endswith("ed"):
        forms |= {low[:-2], low[:-1]}
    if low.endswith("s"):
        forms.add(low[:-1])
    return next((f for f in sorted(forms) if SPEECH_VERBS.get(f) == "clause" or f in _INVERTED_VERBS), None)


def gender_of(name: str, role: str | None) -> str | None:
    """"f", "m", or None when neither the given name nor the role says."""
    words = name.lower().replace(".", "").split()
    role = set((role or "").lower().replace(".", "").split())
    if (words and words[0] in FEMALE_GIVEN_NAMES) or role & FEMALE_ROLE_WORDS:
        return "f"
    if (words and words[0] in MALE_GIVEN_NAMES) or role & MALE_ROLE_WORDS:
        return "m"
    return None


@dataclass(frozen=True)
class JointSpeaker(Speaker):
    """Named speakers who say one thing together ("A and B said"): the extractor
    makes one statement per member, each an independent source."""

    members: tuple[Speaker, ...] = ()


def _conjuncts(head: Token) -> list[Token]:
    """"A, B and C": the parser hangs C on B, not on A; all of them, in order."""
    found = []
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN"):
            found += [c] + _conjuncts(c)
    return sorted(found, key=lambda t: t.i)


def _conjunct_end(tok: Token, following: Token) -> int:
    """Where ``tok``'s conjunct ends: at the comma or "and" before the next one."""
    start = following.left_edge
    between = [t for t in tok.doc[tok.i + 1:start.i] if t.dep_ in ("cc", "punct")]
    return between[0].idx if between else start.idx


# "LONDON (Reuters) - Tomas Reyes": a wire dateline run into the name.
_DATELINE = re.compile(r"^[A-Z][A-Z.,' ]{2,40}(?:\([^)]{1,40}\))?\s*[-—–]+\s*")


# The marks setting a signature or a list item apart, which the tokenizer
# may glue to the name or the parser hang on it.
_SIGNATURE_MARKS = "—–-~[•·▪●◦*►▶➤👉"


def _without_dash(speaker: Speaker, text: str) -> Speaker:
    """"—Ines Varga" or "~ Ines Varga" under a pull quote, "[Harbour
    Gazette.]" after a digest item, "• Ines Varga: “...”" in a list: the
    mention starts at the name (the tokenizer glues a bracket to the word
    after it, so the name may hold the mark too)."""
    m = speaker.mention
    if m is None or text[m[0]:m[0] + 1] not in _SIGNATURE_MARKS:
        return speaker
    start = m[0] + len(text[m[0]:m[1]]) - len(text[m[0]:m[1]].lstrip(_SIGNATURE_MARKS + " "))
    if start >= m[1]:
        return speaker
    return replace(speaker, mention=(start, m[1]), name=speaker.name.lstrip(_SIGNATURE_MARKS + " "))


def _without_dateline(speaker: Speaker) -> Speaker:
    m = _DATELINE.match(speaker.name)
    if m is None or m.end() >= len(speaker.name):
        return speaker
    mention = speaker.mention
    if mention is not None and mention[1] - mention[0] > m.end():
        mention = (mention[0] + m.end(), mention[1])
    return replace(speaker, name=speaker.name[m.end():], mention=mention)


def _unlabelled_subjects(doc: Doc) -> list[Span]:
    """Names the small model missed ("Ilse Marrow toured ..."): a proper-noun
    subject shaped like a person's name, so that "she" can find it later."""
    found = []
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" and not tok.ent_type_:
            start = tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            span = Span(doc, start, tok.i + 1, label="PERSON")
            if _looks_like_person(span.text):
                found.append(span)
    return found


_NAME_LINKS = {"of", "for", "and", "on", "&", "the", "de"}


def _full_name(ent, head: Token):
    """"Centre for Strategic and International Studies" when the model tagged
    only "Centre for Strategic": extend over the capitalised rest of the name."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.start < 12:
        tok = doc[end]
        if tok.text[:1].isupper() and tok.pos_ == "PROPN":
            end += 1
        elif tok.lower_ in _NAME_LINKS and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" \
                and doc[end + 1].text[:1].isupper() and "\n" not in tok.whitespace_:
            end += 1
        else:
            break
    return Span(doc, ent.start, end, label=ent.label_) if end != ent.end else ent


_QUOTE_MARKS = "“”\"‘’"


def _clipped(speaker: Speaker, source, text: str) -> Speaker:
    """A speaker read past the source span (a headline run into its title,
    a name whose parse runs back over the quote before it, or over the
    words before it to the span's end: a digest's `... problematic - Tide
    Institute: “...”`) is named by the source span alone."""
    m = speaker.mention
    if m is None or (source[0] <= m[0] and m[1] <= source[1]) or m[1] <= source[0] or m[0] >= source[1]:
        return speaker
    if m[0] < source[0] and m[1] < source[1] and not any(c in text[m[0]:source[0]] for c in _QUOTE_MARKS):
        return speaker  # reaching back over words of its own, short of the span's end: the name as read
    name = text[source[0]:source[1]].strip()
    return Speaker(name=name, kind=speaker.kind, description=speaker.description, mention=source)


def _within(ent, source, head: Token):
    """An entity never runs past the source it names (headline "X: Y")."""
    if source is None or not (source[0] <= head.idx < source[1]):
        return ent
    toks = [t for t in ent if source[0] <= t.idx < source[1]]
    if not toks or len(toks) == len(ent):
        return ent
    return Span(ent.doc, toks[0].i, toks[-1].i + 1, label=ent.label_)


def _own_conjunct(ent, head: Token):
    """"Fedorov and the US-based Institute ..." tagged as one entity: keep the
    part on the head's side of the "and"."""
    cuts = [t.i for t in ent if t.dep_ == "cc"]
    if not cuts:
        return ent
    start, end = ent.start, ent.end
    for c in cuts:
        if c < head.i:
            start = c + 1
        else:
            end = min(end, c)
    return Span(ent.doc, start, end, label=ent.label_) if end > start else ent


def _with_compounds(ent):
    """"Defense Express" when the model only tagged "Express"."""
    start, doc = ent.start, ent.doc
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].lower_.rstrip(".") not in TITLE_WORDS and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return Span(doc, start, ent.end, label=ent.label_) if start != ent.start else ent


def _line_of(ent, head: Token):
    """Scraped captions run into the next line; an entity never spans a newline."""
    if "\n" not in ent.text:
        return ent
    start, end = ent.start, ent.end
    for tok in ent:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            if tok.i < head.i:
                start = tok.i + 1
            elif tok.i >= head.i:
                end = tok.i + (0 if "\n" in tok.text else 1)
                break
    return head.doc[start:end]


def _strip_title(name: str) -> tuple[str | None, str]:
    """"Mayor Lina Ostrova" -> ("Mayor", "Lina Ostrova")."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and words[i].lower().rstrip(".") in TITLE_WORDS:
        i += 1
    # "Defense Express", "Foreign Policy": modifiers alone are not a title.
    while i > 0 and words[i - 1].lower().rstrip(".") in _TITLE_MODIFIERS:
        i -= 1
    if i == 0:
        i = _place_title_end(words)
    if i == 0:
        return None, name
    return " ".join(words[:i]), " ".join(words[i:])


# Titles a place may come before: "Velmora Mayor Ines Varga", "Harlow Governor Odo Brandt".
_OFFICES = {"mayor", "governor", "senator", "president", "minister", "judge", "sheriff", "councillor",
            "councilman", "councilwoman", "commissioner", "chief", "leader"}


def _place_title_end(words: list[str]) -> int:
    """Where the name starts after a place and an office written before it
    ("Velmora Mayor Ines Varga" -> 2): a capitalised office word after one
    or two capitalised words, and a name of two capitalised words after it."""
    for k in (1, 2):
        if k + 3 == len(words) and words[k].lower() in _OFFICES and words[k][:1].isupper() \
                and all(_place_word(w) for w in words[:k]) and all(_name_word(w) for w in words[k + 1:]):
            return k + 1
    return 0


# Capitalised words opening a sentence or a headline, not a place: "But President ...".
_NO_PLACE = {"but", "since", "as", "that", "the", "and", "when", "if", "after", "before", "then", "so", "now"}


def _place_word(word: str) -> bool:
    # "Velmora", "U.S.", "CNN"; not a headline's "EXPLOSION".
    if word.endswith(".") and word.count(".") == 1:
        return False  # "Cruz. Senator Marco Rubio": a sentence ended there
    return word[:1].isupper() and word.lower() not in _NO_PLACE | TITLE_WORDS \
        and (word[1:].islower() or len(word.replace(".", "")) <= 4)


def _name_word(word: str) -> bool:
    # "Ines", "Varga"; not "Of" ("Chief Of Staff") or a title ("Dr.").
    return word[:1].isupper() and word[1:2].islower() and word.lower().rstrip(".") not in TITLE_WORDS \
        and word.lower() not in {"of", "on", "for", "the", "and", "to", "in", "at", "can"}


_TITLE_MODIFIERS = {"vice", "prime", "defence", "defense", "foreign", "finance", "interior",
                    "justice", "deputy", "former", "acting", "special", "chief"}


def _looks_like_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    if any(w.lower().strip(".,") in ORG_WORDS | OUTLET_NAME_WORDS for w in words):
        return False
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


def _org_kind(name: str, label: str) -> str:
    words = {_clean_name(w).lower().strip(".") for w in name.split()}
    if words & OUTLET_NAME_WORDS and label in ("ORG", "WORK_OF_ART", "FAC"):
        return "outlet"
    return "group" if label == "NORP" else "organization"


def _clean_name(text: str) -> str:
    text = text.strip().lstrip("—–-").strip()  # "—Ines Varga" under a pull quote
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


def _title_before(ent) -> str | None:
    """"US special envoy Steve Witkoff", "Ukraine's defence minister Oleksii
    Reznikov": the role written just before a name, one line of plain words."""
    root, doc = ent.root, ent.doc
    words = [t for t in root.lefts if t.i < ent.start and t.dep_ in _TITLE_DEPS]
    if not words:
        return None
    first = min(t.left_edge.i for t in words)
    span = doc[first:ent.start]
    if len(span) > 6 or any(not (t.is_alpha or t.text in _TITLE_MARKS) for t in span) \
            or any(t.ent_type_ in ("DATE", "CARDINAL") or t.tag_ in _DEGREE_TAGS for t in span):
        return None  # "MACAU (Reuters) – Top donor", a headline, an age, "more likely"
    text = doc_text(doc)[span[0].idx:span[-1].idx + len(span[-1])].strip()
    return text if text[:1].isalpha() and text.split()[0].lower() not in ("the", "a", "an") else None


_TITLE_DEPS = {"compound", "amod", "poss", "nmod"}
_TITLE_MARKS = {".", "'s", "’s", "-"}
_DEGREE_TAGS = {"JJR", "JJS", "RBR", "RBS"}


def _relative_antecedent(head: Token) -> Token | None:
    """`Odo Brandt, who said the fund was empty`: the one a relative "who"
    stands for is the name the clause hangs on."""
    clause = head.head
    if head.lower_ != "who" or head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl":
        return None
    antecedent = clause.head
    return antecedent if antecedent.pos_ in ("PROPN", "NOUN") and antecedent.i < head.i else None


# What "where officials worry" may stand for: a named body, or a body named
# by its place or owner ("the U.S. government").
_WHERE_LABELS = {"ORG", "GPE", "NORP", "FAC"}
_BODY_NOUNS = {"government", "administration", "ministry", "department", "agency", "company", "party",
               "embassy", "military", "army", "parliament", "council", "commission", "office", "firm"}


def _where_they_are(head: Token) -> tuple[str, str] | None:
    """"concern within the U.S. government, where officials worry ...": the
    officials are the U.S. government's, a group as "U.S. officials" is; the
    qualifier ("U.S.") and the setting ("within the U.S. government") of the
    body a relative "where" stands for."""
    clause = head.head
    if head.dep_ != "nsubj" or clause.dep_ != "relcl" or head.lemma_.lower() in REPORT_NOUNS \
            or head.lower_ not in ANONYMOUS_NOUNS or head.n_lefts or head.n_rights \
            or not any(c.lower_ == "where" and c.dep_ == "advmod" and c.i < head.i for c in clause.children):
        return None
    body = last = clause.head
    if body.i > head.i or body.pos_ not in ("NOUN", "PROPN"):
        return None
    if body.dep_ == "appos" and _entity_of(body.head) is not None:
        body = body.head  # "in Meridian, Vale County, where residents say": Meridian's
    name = _entity_of(body)
    if name is None and body.lemma_.lower() in _BODY_NOUNS:
        owner = next((c for c in body.children if c.dep_ in ("compound", "amod") and c.i < body.i), None)
        name = _entity_of(owner) if owner is not None else None
    if name is None:
        return None
    start = body.head.idx if body.dep_ == "pobj" else body.left_edge.idx
    return name, doc_text(head.doc)[start:last.idx + len(last)]


def _entity_of(tok: Token) -> str | None:
    """The name of the entity a token is part of, without its "the"."""
    if tok.ent_type_ not in _WHERE_LABELS:
        return None
    ent = next((e for e in doc_entities(tok.doc) if e.start <= tok.i < e.end), None)
    if ent is None:
        return None
    return re.sub(r"(?i)^the\s+", "", ent.text)


def _person_after_role(head: Token) -> Token | None:
    """`a spokeswoman for the ferry company, Mira Holm, said`: the parser hangs
    the name set off by commas on the company, not on the spokeswoman; a
    person's name there is who the role describes."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in PERSON_DESCRIPTION_NOUNS:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i > head.i):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            name = next((c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if name is not None and name.left_edge.i > 0 and head.doc[name.left_edge.i - 1].text == ",":
                return name
    return None


def _description(head: Token, ent) -> str | None:
    words = [t for t in head.subtree if t.i < ent.start and t.dep_ not in ("det", "punct")]
    appos = [c for c in head.children if c.dep_ == "appos" and not (ent.start <= c.i < ent.end)]
    if appos:
        # The words as written: joining tokens would make "Ukraine's" "Ukraine 's".
        sub = list(appos[0].subtree)
        return doc_text(head.doc)[sub[0].idx:sub[-1].idx + len(sub[-1])].strip(" ,")
    if words and all(t.i >= words[0].i for t in words):
        text = head.doc[words[0].i:ent.start].text.strip(" ,")
        return text or None
    return None


_DOCUMENT_NOUNS = {"map", "website", "site", "page", "statement", "filing", "release", "report", "account", "feed"}
# "the Trump administration", "the Harris campaign": an organisation named
# after a person, not the person.
_INSTITUTION_HEADS = {"administration", "campaign", "government", "camp", "team", "regime"}


def _institution_of(head: Token) -> Speaker | None:
    if head.lemma_.lower() not in _INSTITUTION_HEADS:
        return None
    names = [c for c in head.children if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "NORP")]
    if not names or names[0].i > head.i:
        return None
    text = doc_text(head.doc)
    start = names[0].idx
    return Speaker(name=text[start:head.idx + len(head)], kind="organization",
                   mention=(start, head.idx + len(head)))


def _names_who(modifier: Token, lemma: str) -> bool:
    """"Ukrainian officials", "campaign aides" are a group; "recent reports"
    are nobody in particular: an adjective of time or degree names no holder."""
    if modifier.dep_ in ("compound", "poss", "nmod"):
        return True
    if modifier.dep_ != "amod":
        return False
    proper = modifier.ent_type_ != "" or (modifier.text[:1].isupper() and not modifier.is_sent_start)
    return lemma not in REPORT_NOUNS or proper


def _np_span(head: Token):
    """The noun phrase itself: no coordinated partner, clause or apposition."""
    aside = {t.i for c in head.children if c.dep_ in ("conj", "cc", "appos", "relcl", "acl")
             for t in c.subtree}
    own = [t for t in head.subtree if t.i not in aside]
    toks = [t for t in own if t.i <= head.i] + [
        t for t in own if t.i > head.i and t.dep_ in ("prep", "pobj", "compound", "amod", "det")]
    toks = sorted(toks, key=lambda t: t.i)
    # "“...,” Brandt, who is 61, said": the parser may hang the quote's
    # closing mark on the name after it; the mark is no part of the name.
    while len(toks) > 1 and (toks[0].is_quote or toks[0].is_punct and toks[0].i < head.i and toks[0].text in ",;"):
        toks = toks[1:]
    if len(toks) > 1 and toks[1].text[:1].isupper() and inverted_speech_verb(toks[0]) is not None:
        toks = toks[1:]  # "Added Brandt:": the verb before the name is the cue
    before = head.doc[toks[0].i - 1] if toks[0].i > 0 else None
    if before is not None and before.pos_ == "ADJ" and before.dep_ == "conj" and before.head.i == head.head.i:
        toks.insert(0, before)  # "the U.S. and allied nations": the parser coordinated the adjective
    return (toks[0].idx, toks[-1].idx + len(toks[-1]))


def _np_text(head: Token) -> str:
    start, end = _np_span(head)
    return doc_text(head.doc)[start:end]


def _without_inverted_cue(ent):
    """"Said Varga:" tagged as one name: Varga."""
    if len(ent) > 1 and inverted_speech_verb(ent[0]) is not None:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _person_tagged_org(name: str, label: str, original: str) -> bool:
    """The small model tags many a person ORG ("Ines Varga"); "The Northern
    Ledger" takes an article, people do not."""
    return label == "ORG" and _looks_like_person(name) and not original.lower().startswith("the ")


def _full_names_by_surname(ents) -> dict[str, str]:
    """Surname -> full name, for the people an article names in full, where
    no two of them share the surname."""
    found: dict[str, set[str]] = {}
    for ent in ents:
        full = _person_words(_strip_title(_clean_name(_without_inverted_cue(ent).text))[1])
        person = ent.label_ == "PERSON" or _person_tagged_org(full, ent.label_, ent.text)
        if person and len(full.split()) > 1 and not full.split()[-1].isupper():  # "Junge SVP"
            found.setdefault(full.split()[-1], set()).add(full)
    return {surname: next(iter(names)) for surname, names in found.items() if len(names) == 1}


def _surnames_taken_up_by_a_pronoun(doc: Doc, ents) -> set[str]:
    """Lone capitalised names ("Nakashima said", "Then Okonkwo rose") that a
    "he" or "she" as the subject of one of the next two sentences takes up,
    with no person named between them: the small model tags many an
    unfamiliar surname ORG or nothing. Not a name the article ever gives
    with "the" ("the Kremlin"), a place, a group, an acronym or a brand in
    camel case, and not when a person named in full is within reach of the
    pronoun instead."""
    people = [e for e in ents if e.label_ == "PERSON"]
    with_article = {doc[i + 1].text for i in range(len(doc) - 1) if doc[i].lower_ == "the"}
    found = set()
    sentences = list(doc.sents)
    for n, sent in enumerate(sentences):
        for tok in sent:
            if not _lone_surname(tok) or tok.text in with_article:
                continue
            later = [t for s in sentences[n:n + 3] for t in s if t.i > tok.i]
            pronoun = next((t for t in later if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass")), None)
            if pronoun is None:
                continue
            if any(tok.i < e.start < pronoun.i for e in people):
                continue
            wanted = _PRONOUN_GENDER[pronoun.lower_]
            if any(0 < tok.idx - e.start_char < _NEAR and gender_of(e.text, None) in (None, wanted) for e in people):
                continue  # "Mayor Tom Baker met Google officials. Google said ... He said"
            if any(_lone_surname(t) and t.text != tok.text for t in later if t.i < pronoun.i):
                continue
            found.add(tok.text)
    return found


def _lone_surname(tok: Token) -> bool:
    if tok.pos_ != "PROPN" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ not in ("", "ORG"):
        return False
    neighbours = [t for t in (tok.nbor(-1) if tok.i > 0 else None,
                              tok.nbor(1) if tok.i + 1 < len(tok.doc) else None) if t is not None]
    if any(t.pos_ == "PROPN" for t in neighbours):
        return False  # part of a longer name
    word = tok.text
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower() \
        and word.lower() not in ORG_WORDS | OUTLET_NAME_WORDS | TITLE_WORDS


def _person_words(name: str) -> str:
    """A headline run together ("Elon Musk SpaceX Starlink") is not one name."""
    words = name.split()[:3]
    while len(words) > 2 and any(c.isupper() for c in words[-1][1:]):
        words.pop()
    return " ".join(words)


def _is_short(head: Token) -> bool:
    # "the tech billionaire" points back; "the EU's foreign policy chief" or
    # "a minister from Kyiv" introduces someone new.
    return not _has_name_inside(head) and not any(
        c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in head.children)


def _is_definite(head: Token) -> bool:
    return any(c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in head.children)


def _has_name_inside(head: Token) -> bool:
    return any(t.ent_type_ == "PERSON" for t in head.subtree)


def report_carriers(doc: Doc) -> list[tuple[Speaker, set[str]]]:
    """Reports the article names the outlet of ("The Wall Street Journal report
    on ...", "a new report from The Wall Street Journal"), each with the words
    of its sentence, so that an unnamed "a report that ..." about the same
    matter can be given its outlet."""
    found = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REPORT_NOUNS:
            continue
        ent = _carrier_entity(doc, tok)
        if ent is None:
            continue
        name = _clean_name(ent.text)
        if _org_kind(name, ent.label_) != "outlet":
            continue
        words = {t.lemma_.lower() for t in tok.sent if t.pos_ in ("NOUN", "PROPN") and not ent.start <= t.i < ent.end}
        found.append((Speaker(name=name, kind="outlet", mention=(ent.start_char, ent.end_char)), words))
    return found


def _carrier_entity(doc: Doc, report: Token):
    holders = [c for c in report.children if c.dep_ in ("compound", "poss")]
    holders += [o for p in report.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                for o in p.children if o.dep_ == "pobj"]
    for tok in holders:
        ent = next((e for e in doc_entities(doc) if e.start <= tok.i < e.end and e.label_ in ("ORG", "WORK_OF_ART")),
                   None)
        if ent is not None:
            return ent
        if tok.pos_ == "PROPN" and not tok.ent_type_:
            # The small model misses unfamiliar mastheads ("The Northern Ledger").
            return _with_compounds(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return None
