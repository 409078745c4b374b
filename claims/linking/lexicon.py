"""Word lists for linking: data only, so the rules stay readable.

Everything here is lower-case and matched after quote normalisation. The
folding tables are deliberately small and news-domain: a wrong fold merges
claims that differ, which is worse than missing a paraphrase (a reviewer
sees a suggestion, but nobody sees a wrong automatic link).
"""

# Function words, plus the vocabulary of attribution itself: "the newspaper
# says X" and "X" make the same claim, so say/report/allege must not count.
STOPWORDS = frozenset(
    """
    a an the and or but if then than so as of at by for from in into on onto over
    under to with without about after before during through between against per
    via up down out off again further once here there when where why how all any
    both each few more most other some such own same too very can will just
    would should could may might must shall do does did doing done have has had
    having be is am are was were been being it its it's this that these those
    i me my we our us you your he him his she her they them their who whom which
    what whose also even still yet already ever indeed whether while although
    though because since until unless however meanwhile mr mrs ms within
    way ways inside outside around across among toward towards
    say says said saying tell tells told telling report reports reported reporting
    claim claims claimed claiming allege alleges alleged allegedly allegation
    allegations accord according state states stated statement statements
    newspaper paper outlet source sources official officials record records
    reportedly supposedly apparently purportedly seemingly evidently
    add adds added note noted write wrote written post posted insist insisted
    suggest suggests suggested appear appears appeared seem seems seemed
    personally really actually only not no nor never neither none n't
    one's president prime minister secretary chairman chairwoman ceo spokesman
    spokeswoman spokesperson
    """.split()
) | frozenset(
    # When, not what: the claim is the proposition, its date lives on the
    # statement ("in regular contact over the past few years" and "only spoke
    # once in 2021" are about the same contact). Only words that place a
    # statement in time go; units (day, week, year) stay, since a duration can
    # be the proposition ("closed for four weeks"), and so do figures, for the
    # stance's number check.
    """
    past recent recently ago earlier later today tonight yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

# A time unit after one of these words dates a statement ("over the past few
# years", "this week") and is left out; without them it may be a duration
# that is part of the proposition ("closed for four weeks") and counts.
TIME_UNITS = frozenset("day days week weeks weekend month months year years decade decades".split())
TIME_ANCHORS = frozenset("past last recent previous next this coming".split())

# Surface forms that a suffix stripper cannot reach.
IRREGULAR = {
    "sold": "sell", "sale": "sell", "sales": "sell", "spoke": "speak",
    "spoken": "speak", "bought": "buy", "found": "find", "met": "meet",
    "took": "take", "taken": "take", "gave": "give", "given": "give",
    "sent": "send", "began": "begin", "begun": "begin", "knew": "know",
    "known": "know", "made": "make", "led": "lead", "held": "hold",
    "shot": "shoot", "paid": "pay", "built": "build", "won": "win",
    "lost": "lose", "fought": "fight", "flew": "fly", "flown": "fly",
    "thought": "think", "brought": "bring", "kept": "keep", "left": "leave",
    "ran": "run", "hit": "hit", "cut": "cut", "put": "put", "set": "set",
    "russians": "russia", "russian": "russia", "ukrainians": "ukraine",
    "ukrainian": "ukraine", "americans": "usa", "american": "usa",
    "chinese": "china", "taiwanese": "taiwan", "iranian": "iran",
    "children": "child", "men": "man", "women": "woman", "people": "person",
}

# Multi-word expressions folded before single words, longest first.
# Values are the term they become.
PHRASES = {
    "elon musk": "musk", "vladimir putin": "putin", "xi jinping": "xi",
    "donald trump": "trump", "volodymyr zelenskyy": "zelenskyy",
    "volodymyr zelensky": "zelenskyy", "wall street journal": "wsj",
    "united states": "usa", "u.s": "usa", "the us": "usa",
    "turn on": "activate", "turned on": "activate", "switch on": "activate",
    "switched on": "activate", "switch off": "deactivate",
    "turn off": "deactivate", "shut off": "deactivate", "cut off": "stop",
    "in touch": "talk", "in contact": "talk", "spoke with": "talk",
    "rely on": "use", "relied on": "use", "relies on": "use",
    "make use of": "use", "made use of": "use",
    "space x": "spacex", "the kremlin": "kremlin", "fire on": "attack",
    "fired on": "attack", "open fire": "attack",
}

# Stems folded to one term: near-synonyms that news paraphrase swaps freely.
# Keys are stems as produced by terms.stem(); values are readable terms.
SYNONYMS = {
    # bringing a service up over a place
    "activat": "activate", "deploy": "activate", "enabl": "activate",
    # contact between people
    "speak": "talk", "talk": "talk", "contact": "talk", "convers": "talk",
    "conversat": "talk", "chat": "talk", "discuss": "talk", "meet": "talk",
    "communicat": "communicate",
    # using a system
    "us": "use", "utilis": "use", "utiliz": "use", "employ": "use",
    "equip": "use", "connect": "use", "connectivity": "use", "carry": "use",
    "fit": "use", "install": "use",
    "retrofit": "use", "exploit": "use",
    # selling
    "sell": "sell", "sal": "sell", "buy": "sell", "purchas": "sell",
    # asking someone to do something
    "ask": "ask", "request": "ask", "urg": "ask", "pressur": "ask",
    # stopping something
    "stop": "stop", "thwart": "stop", "prevent": "stop", "block": "stop",
    "halt": "stop", "disabl": "stop", "counter": "stop",
    "countermeasur": "stop",
    # hardware
    "terminal": "terminal", "dish": "terminal", "kit": "terminal", "modem": "terminal",
    "receiver": "terminal", "hardwar": "terminal",
    # armed forces
    "army": "military", "forc": "military", "troop": "military",
    "military": "military", "soldier": "military",
    # violence
    "strik": "attack", "attack": "attack", "bomb": "attack", "shell": "attack",
    "target": "attack", "hit": "attack",
    # drones
    "drone": "drone", "dron": "drone", "uav": "drone", "shahed": "drone",
    # places and actors that have several names
    "moscow": "russia", "kiev": "kyiv", "elon": "musk",
    "zelensky": "zelenskyy",
}

# Words whose value is a frequency: they fold to one slot term so that
# "regular contact" and "spoke only once" match, and stance can then compare
# the values (regular vs once is a dispute, not a different claim).
FREQUENCY = {
    "regular": "often", "regularly": "often", "often": "often",
    "frequent": "often", "frequently": "often", "repeatedly": "often",
    "constant": "often", "constantly": "often", "routinely": "often",
    "once": "rarely", "twice": "rarely", "rarely": "rarely", "seldom": "rarely",
    "occasionally": "rarely", "occasional": "rarely", "single": "rarely",
}
FREQUENCY_TERM = "~freq"

# Terms that name actors and places. Same actors is not same proposition, so
# these weigh less than the predicate (see similarity.py).
KNOWN_ENTITIES = frozenset(
    """
    musk putin trump xi zelenskyy fedorov starlink spacex russia ukraine usa
    china taiwan kyiv kremlin wsj iran europe nato pentagon x
    """.split()
)

# Stance cues. Polarity cues flip the proposition; the rest qualify it.
NEGATIONS = frozenset(
    """
    not no never neither nor none nobody nothing nowhere without cannot
    n't false untrue baseless fake fabricated denies deny denied denying
    refute refuted refutes rejects rejected dismissed dismisses
    """.split()
)
# Phrases that look negative but are not ("not only X but Y").
NOT_NEGATIONS = ("not only", "no doubt", "no longer", "not just")
# Correlatives repeat a negation already counted ("no record of it, neither
# directly nor indirectly"): they must not cancel it out.
NEGATIVE_CONCORD = frozenset({"neither", "nor"})
# Predicates that carry a negation: "asked him to withhold X" is "asked him
# not to provide X"; "keep X away from Y" is "not put X in Y".
NEGATIVE_PREDICATES = ("withhold", "withheld", "refrain", "refrained", "avoid",
                       "avoided", "away from", "switched off", "turned off",
                       "keep off", "kept off", "deactivate", "deactivated")

DENIAL_CUES = frozenset(
    "deny denies denied denying refute refuted refutes reject rejected rejects "
    "dismiss dismissed dismisses rebut rebutted debunk debunked".split()
)
DISPUTE_CUES = frozenset(
    "dispute disputed disputes contest contested contests downplay downplayed "
    "downplays challenge challenged challenges contradict contradicted "
    "exaggerated overstated misleading inaccurate".split()
)
DISPUTE_PHRASES = ("played down", "plays down", "play down", "not entirely",
                   "not quite", "only partly", "at most", "overblown")
RESTRICTIVES = frozenset("only just merely solely barely".split())
QUESTION_CUES = frozenset(
    "whether doubt doubts doubted doubtful questioned questions question "
    "questioning wonder wondered wonders unclear unknown unconfirmed".split()
)
HEDGES = frozenset(
    """
    allegedly reportedly supposedly apparently purportedly possibly perhaps
    probably likely maybe may might could seem seems seemed rumoured rumored
    suspected suggest suggests suggested presumably
    """.split()
)
# "Appeared" alone is literal ("drones appeared over the city").
HEDGE_PHRASES = ("appear to", "appears to", "appeared to", "is believed", "are believed",
                 "is thought", "are thought")
