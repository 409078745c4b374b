"""The hand-curated word lists the rules read.

Kept as plain, readable data so that an editor can see (and argue about) why a
word counts as an attribution cue. Frequencies in the PolNeAR training split
guided which words made it in; nothing here was learned automatically.
"""

# Verbs that attribute their complement to their subject. The value says what
# the verb's complement is allowed to be: "clause" verbs need a that-clause,
# a quote or a "Y, X said" layout; "object" verbs also take a bare object
# ("denied the report"); "xcomp" verbs take a to-infinitive ("urged X to ...").
SPEECH_VERBS = {
    # plain saying: a clause, a quote, or "Y, X said"
    "say": "clause", "tell": "clause", "add": "clause", "write": "clause",
    "state": "clause", "reply": "clause", "answer": "clause", "respond": "clause", "explain": "clause",
    "note": "clause", "remark": "clause", "recall": "clause", "recount": "clause",
    "reiterate": "clause", "repeat": "clause", "conclude": "clause", "joke": "clause",
    "quip": "clause", "tweet": "clause", "post": "clause", "email": "clause",
    "declare": "clause", "proclaim": "clause", "report": "clause", "shout": "clause",
    "yell": "clause", "plead": "clause", "testify": "clause", "assure": "clause",
    "remind": "clause", "inform": "clause", "clarify": "clause", "confide": "clause",
    # emphasis and argument
    "stress": "clause", "emphasize": "clause", "emphasise": "clause", "insist": "clause",
    "argue": "clause", "assert": "clause", "claim": "clause", "contend": "clause",
    "maintain": "clause", "suggest": "clause", "indicate": "clause", "imply": "clause",
    "hint": "clause", "predict": "clause", "estimate": "clause", "speculate": "clause",
    "warn": "clause", "caution": "clause", "allege": "clause", "charge": "clause",
    "complain": "clause", "lament": "clause", "boast": "clause", "brag": "clause",
    "concede": "clause", "admit": "clause", "acknowledge": "clause", "agree": "clause",
    "signal": "clause", "show": "clause", "find": "clause", "expect": "clause",
    "fear": "clause", "worry": "clause", "believe": "clause", "think": "clause",
    "doubt": "clause", "suspect": "clause", "wonder": "clause", "demand": "clause",
    # verbs whose object or complement is what is attributed
    "announce": "object", "reveal": "object", "disclose": "object", "confirm": "object",
    "highlight": "object", "underscore": "object", "tout": "object", "cite": "object",
    "mention": "object", "reference": "object", "refer": "object", "point": "object",
    "describe": "object", "portray": "object", "liken": "object", "list": "object",
    "detail": "object", "document": "object", "discuss": "object", "express": "object",
    "echo": "object", "quote": "object", "recommend": "object", "propose": "object",
    "endorse": "object", "praise": "object", "hail": "object", "applaud": "object",
    "congratulate": "object", "thank": "object", "defend": "object", "vouch": "object",
    "call": "call", "name": "call", "deem": "call", "dub": "call", "label": "call",
    "term": "call", "characterize": "call", "characterise": "call",
    "interpret": "object", "envision": "object", "prefer": "object", "articulate": "object",
    "vow": "xcomp", "pledge": "xcomp", "promise": "xcomp", "threaten": "xcomp",
    "urge": "xcomp", "ask": "xcomp", "order": "xcomp", "pressure": "xcomp",
    "decline": "xcomp", "refuse": "xcomp", "apologize": "object",
    # contradiction and blame
    "deny": "object", "dispute": "object", "reject": "object", "dismiss": "object",
    "refute": "object", "rebut": "object", "rebuff": "object", "contradict": "object",
    "repudiate": "object", "disavow": "object", "downplay": "object", "question": "object",
    "challenge": "object", "accuse": "object", "blame": "object", "criticize": "object",
    "criticise": "object", "condemn": "object", "denounce": "object", "decry": "object",
    "blast": "object", "slam": "object", "assail": "object", "mock": "object",
    "rail": "object", "protest": "object", "distance": "object",
    # positions and intentions (PolNeAR counts them; kept at low confidence)
    "seek": "xcomp", "intend": "xcomp", "plan": "xcomp", "oppose": "object",
    "support": "object", "back": "object", "favor": "object", "favour": "object",
    "view": "call", "consider": "call", "see": "call", "regard": "call",
    "want": "xcomp", "hope": "xcomp", "feel": "clause", "determine": "clause", "anticipate": "clause",
    "reaffirm": "clause", "decide": "xcomp", "reason": "clause",
}
# Acts PolNeAR also annotates as attributions: releasing or issuing a
# statement, laying out or pushing a plan, comparing, invoking, offering.
# Kept because, on train
# articles 150-600, at least 35% of their uses with a named subject matched an
# annotated attribution; weak cues, so they need a speaker-like subject.
ACT_VERBS = {
    "push": "object", "release": "object", "issue": "object", "compare": "object",
    "lay": "object", "present": "object", "rip": "object", "encourage": "xcomp", "weigh": "object",
    "invoke": "object", "talk": "object", "offer": "object",
    "allude": "object", "recite": "object", "rebuke": "object", "lash": "object", "deride": "object",
    "brush": "object", "voice": "object", "chant": "object", "outline": "object", "unveil": "object",
    "advocate": "object", "comment": "object", "press": "object",
}
SPEECH_VERBS.update(ACT_VERBS)

# Adjectives after "is" that state where someone stands on something: "Varga
# has been critical of the deal", "the union is open to talks", "she is
# well aware that ...". Kept to those that, added to the rules, matched an
# annotated attribution on train articles at least half the time ("proud",
# "reluctant" and "willing" did not).
ATTITUDE_ADJECTIVES = {
    "critical", "worried", "eager", "hopeful", "aware", "open", "optimistic", "skeptical",
    "sceptical", "outspoken", "supportive", "wary", "adamant", "unapologetic", "convinced",
    "concerned", "confident", "sure", "certain", "angry", "upset", "frustrated", "unhappy", "pleased",
    "disappointed", "happy", "glad", "opposed", "keen",
}

# Lemmas above that state a position rather than report speech.
POSITION_VERBS = {"seek", "intend", "plan", "oppose", "support", "back", "favor", "favour",
                  "view", "consider", "see", "regard", "want", "hope", "feel", "decide"} | set(ACT_VERBS)

# Requests ("asked Musk not to activate Starlink"): reported by somebody, the
# request is still its maker's act, one hop further down the chain; what it
# asks for is no claim of its maker's, so the report that carried it stays the
# source (claims/selectors.py).
REQUEST_VERBS = {"ask", "urge", "order", "pressure"}

# Lemmas of verbs that deny or contest what follows.
DENIAL_VERBS = {"deny", "refute", "reject", "dismiss", "contradict"}
DISPUTE_VERBS = {"dispute", "downplay", "question", "doubt"}
DENIAL_PHRASES = (
    "no record of", "categorically false", "not true", "false", "fake news",
    "no evidence", "never happened", "baseless", "groundless", "nonsense",
)

# The article itself hedging what it reports.
HEDGE_WORDS = ("reportedly", "allegedly", "supposedly", "purportedly", "apparently")
# Of those, the ones that say somebody unnamed is the source ("apparently"
# is the writer's own inference).
CITING_HEDGES = ("reportedly", "allegedly", "supposedly", "purportedly")

# Nouns that attribute a that-clause: "Trump's claim that ...", "a report that ...".
# The first set stands alone; the second needs a named holder ("his fear that").
SPEECH_NOUNS = {
    "report", "claim", "assertion", "allegation", "statement", "suggestion", "announcement",
    "warning", "denial", "accusation", "rumor", "rumour", "speculation", "testimony",
    "prediction", "admission", "insistence", "contention", "argument", "charge", "remark",
    "comment", "promise", "pledge", "vow", "threat", "message", "complaint", "conclusion",
    "finding", "assessment", "estimate", "word",
}
HELD_NOUNS = {"belief", "view", "fear", "hope", "concern", "worry", "position", "idea",
              "criticism", "call", "demand", "proposal", "plan", "suspicion"}

# Nouns whose to-infinitive is what a named holder chose or intends ("her
# decision to close the pier", "Varga's plan to sell the ferry"), and nouns
# of stance with the preposition that names what is stood for ("his support
# for the levy", "Brandt's opposition to the deal"). Only with a holder.
# Not "effort", "attempt" or "bid": on train those were mostly the writer's
# account of what someone tried, not a position anyone stated.
NOUN_AIMS = {"decision", "plan", "promise", "pledge", "vow", "threat", "refusal", "intention",
             "call", "demand", "proposal"}
# Not "criticism of": what is criticised is a target, often coordinated with
# the holder's own deeds ("his criticism of Kyiv and decisions that ...").
# ("his call for a recount" is read by the noun cues' own rule.)
NOUN_STANCES = {"support": "for", "opposition": "to"}

# Nouns that frame what follows a copula as someone's thought: "the idea is
# that ...", "their fear is that ...". Not "question": "the question is
# whether ..." is the writer's more often than anyone's.
FRAMING_NOUNS = {"idea", "view", "fear", "hope", "point", "argument", "message", "belief", "thinking",
                 "theory", "assumption", "hunch", "worry", "concern", "expectation"}
# Nouns of aim, which frame a copula's clause only with a holder: "his goal is
# to ..." (but "the goal of the treaty is to ..." is the writer's summary).
AIM_NOUNS = {"goal", "aim", "plan", "objective", "intention", "mission"}

# Nouns that make "a report from X", "X's statement" an attribution.
REPORT_NOUNS = {
    "report", "reports", "statement", "post", "tweet", "interview", "letter",
    "study", "survey", "poll", "analysis", "article", "investigation", "story",
    "memo", "filing", "announcement", "assessment", "estimate", "estimates",
}

# What finds or shows something without speaking: "the review found that",
# "public records show little evidence", "a leaked email shows", "an average
# of polls shows", "footage shows".
FINDING_NOUNS = {
    "review", "inquiry", "examination", "audit", "probe", "result", "record", "data", "datum", "document",
    "research", "count", "tally", "test", "model",
    "email", "e-mail", "average", "polling", "statistic", "figure", "number", "projection", "forecast",
    "transcript", "log", "ledger", "evidence", "footage", "video", "photo", "photograph", "recording",
}

# Common nouns for publications: "the newspaper says" points back to the
# last outlet named.
OUTLET_NOUNS = {
    "newspaper", "paper", "outlet", "daily", "publication", "magazine", "journal",
    "broadcaster", "network", "agency", "site", "website", "tabloid", "channel",
}
# Words in a name that mark it as a news outlet.
OUTLET_NAME_WORDS = {
    "times", "post", "journal", "news", "express", "herald", "guardian", "telegraph",
    "reuters", "bloomberg", "ap", "afp", "associated", "press", "cnn", "bbc", "nbc",
    "abc", "cbs", "fox", "msnbc", "politico", "axios", "tribune", "gazette",
    "mirror", "beast", "euronews", "economist", "ft", "wsj", "npr", "pravda",
    "tass", "interfax", "ria", "kyiv independent", "insider", "hill", "atlantic",
    "breitbart", "huffington", "buzzfeed", "vox", "slate", "independent", "daily",
    "ledger", "chronicle", "courier", "observer", "standard", "sentinel", "dispatch",
    "inquirer", "examiner", "bulletin", "star", "globe", "register", "review", "monitor",
}

# Nouns that name unnamed groups or anonymous people.
ANONYMOUS_NOUNS = {
    "source", "sources", "official", "officials", "person", "people", "insider",
    "insiders", "aide", "aides", "diplomat", "diplomats", "analyst", "analysts",
    "expert", "experts", "observer", "observers", "critic", "critics", "commentator",
    "commentators", "spokesperson", "spokesman", "spokeswoman", "witness", "witnesses",
    "residents", "lawmakers", "members", "supporters", "opponents", "advisers",
    "advisors", "researchers", "scientists", "investigators", "authorities",
    "prosecutors", "economists", "voters", "democrats", "republicans", "reports",
    # the same as lemmas, which is what the rules compare
    "resident", "lawmaker", "member", "supporter", "opponent", "researcher", "scientist",
    "investigator", "authority", "prosecutor", "economist", "voter",
    "strategist", "operative", "ally", "staffer", "employee", "lawyer", "attorney", "police",
    "reporter", "journalist", "activist", "organizer", "donor", "friend", "team", "woman", "man",
}

# The share of a poll's respondents that says something ("42% say", "most said").
POLL_SHARES = {"percent", "%", "majority", "half", "most", "many", "third", "quarter", "plurality",
               "minority", "few", "two-thirds"}

# Descriptions that refer back to the last person named ("the billionaire").
PERSON_DESCRIPTION_NOUNS = {
    "billionaire", "entrepreneur", "president", "minister", "leader", "candidate",
    "nominee", "senator", "governor", "mogul", "executive", "founder", "ceo",
    "chief", "envoy", "adviser", "advisor", "spokesman", "spokeswoman", "secretary",
    "official", "mayor", "chairman", "director", "businessman", "businesswoman",
    "congressman", "congresswoman", "lawmaker", "republican", "democrat", "star",
    "actress", "actor", "singer", "author", "comedian", "pastor", "judge", "prosecutor",
}

# Descriptions that refer back to the last organisation named ("the company").
ORG_DESCRIPTION_NOUNS = {
    "company", "firm", "ministry", "government", "group", "organization", "organisation",
    "agency", "department", "administration", "campaign", "committee", "party", "institute",
    "think tank", "military", "army", "startup", "operator", "manufacturer", "regime",
}

# Where something was said: "wrote on X", "in a post on Facebook".
PLATFORMS = {
    "x": "X", "twitter": "Twitter", "facebook": "Facebook", "instagram": "Instagram",
    "telegram": "Telegram", "truth social": "Truth Social", "tiktok": "TikTok",
    "youtube": "YouTube", "linkedin": "LinkedIn", "threads": "Threads",
    "bluesky": "Bluesky", "weibo": "Weibo", "vk": "VK",
}
VENUE_NOUNS = {
    "post", "tweet", "statement", "interview", "meeting", "briefing", "conference",
    "speech", "address", "hearing", "rally", "podcast", "video", "letter", "op-ed",
    "broadcast", "session", "summit", "debate", "message", "blog", "page",
}
# Prepositions that set the scene of something said, where or when ("in a
# post", "during the debate", "after the vote"), not what it was about.
SETTING_PREPS = {"in", "on", "at", "during", "after", "before", "while", "since", "through"}

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "them"}
FIRST_PERSON = {"i", "we", "me", "us"}

# Titles that precede a name and belong in the description, not the name.
TITLE_WORDS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "prof",
    "president", "vice", "prime", "minister", "senator", "governor", "mayor", "judge",
    "general", "secretary", "chancellor", "ambassador", "commissioner", "chairman",
    "chairwoman", "speaker", "representative", "congressman", "congresswoman", "pope",
    "king", "queen", "prince", "princess", "sheikh", "defence", "defense", "foreign",
    "finance", "interior", "justice", "attorney", "deputy", "former", "acting", "envoy",
    "special", "spokesman", "spokeswoman", "ceo", "chief", "director", "adviser", "advisor", "actor", "actress",
}

# Words that make a capitalised name an organisation, not a person.
ORG_WORDS = {
    "house", "ministry", "department", "office", "council", "committee", "party", "union",
    "institute", "university", "college", "school", "agency", "bureau", "commission",
    "company", "corporation", "corp", "inc", "ltd", "group", "bank", "fund", "foundation",
    "association", "administration", "army", "navy", "force", "forces", "court", "senate",
    "congress", "parliament", "government", "kremlin", "pentagon", "campaign", "center",
    "centre", "service", "services", "police", "command", "board", "authority", "club",
    "network", "systems", "technologies", "airlines", "motors", "energy", "labs", "media",
}

# The small model's lemmatizer reads "hopes" and "hoping" as forms of "hop".
LEMMA_FIXES = {"hopes": "hope", "hoping": "hope", "hoped": "hope"}

# Given names and role words that tell "he" from "she" when a pronoun looks
# back for its person. Only unambiguous, common ones: a name missing here
# simply leaves both pronouns open.
FEMALE_GIVEN_NAMES = {
    "hillary", "nancy", "sarah", "elizabeth", "kamala", "susan", "mary", "maria", "anna",
    "angela", "ursula", "kaja", "theresa", "marine", "jill", "melania", "ivanka", "michelle",
    "laura", "barbara", "jennifer", "jessica", "emily", "emma", "olivia", "sophia", "megyn",
    "carly", "nikki", "condoleezza", "madeleine", "samantha", "karen", "linda", "patricia",
    "margaret", "catherine", "katherine", "kate", "julia", "alexandria", "ilhan", "rashida",
    "elise", "lisa", "amy", "kirsten", "tulsi", "debbie", "ruth", "sonia", "elena", "janet",
    "gina", "liz", "giorgia", "annalena", "yulia", "olena", "iryna", "hanna", "ingrid",
    "greta", "christine", "kristi", "marjorie", "lauren", "victoria", "helen", "diane",
}
MALE_GIVEN_NAMES = {
    "donald", "joe", "barack", "bernie", "ted", "marco", "jeb", "ben", "chris", "john", "mike",
    "michael", "paul", "mitch", "rand", "elon", "vladimir", "volodymyr", "dmitry", "sergei",
    "sergey", "mykhailo", "emmanuel", "boris", "keir", "rishi", "steve", "scott", "jared", "josh",
    "kevin", "robert", "james", "william", "david", "richard", "thomas", "charles", "george",
    "bill", "tim", "tom", "jim", "bob", "rudy", "newt", "rick", "jeff", "mark", "peter", "andrew",
    "matthew", "eric", "hunter", "gavin", "ron", "greg", "pete", "lloyd", "antony", "jake",
    "kirill", "rustem", "serhiy", "olaf", "friedrich", "recep", "benjamin", "narendra",
    "justin", "jd", "lindsey", "dinesh", "glenn", "rush", "sean", "tucker",
}
FEMALE_ROLE_WORDS = {"woman", "actress", "congresswoman", "spokeswoman", "chairwoman",
                     "businesswoman", "mother", "wife", "daughter", "sister", "queen", "princess",
                     "mrs", "ms", "grandmother", "widow"}
MALE_ROLE_WORDS = {"man", "congressman", "spokesman", "businessman", "father", "husband", "son",
                   "brother", "king", "prince", "mr", "grandfather", "widower"}

# Page labels that open a line with a colon but name nobody ("Read more:",
# "TOP STORY: “...”").
SECTION_LABELS = {
    "read more", "related", "update", "note", "editor's note", "watch", "photo", "video", "source", "sources",
    "advertisement", "share", "updated", "published", "correction", "see also", "more", "also", "the latest",
    "latest", "news guide", "fact check", "analysis", "opinion", "exclusive", "breaking", "breaking news", "live",
    "explainer", "poll", "newspaper", "review", "recap", "contributing", "byline", "revealed", "boom", "look",
    "wow", "busted", "flashback", "listen", "warning", "confirmed", "paid notice", "delegate update",
    "top story", "top stories", "news", "headline", "headlines", "quote of the day", "bottom line",
    "the bottom line",
}
