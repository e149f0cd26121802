package org.armswatch.extract;

import java.util.Set;

/** The words the event rules look for, by lemma (lower case). */
final class Lexicon {
    private Lexicon() {}

    /** Verbs whose subject gives: the supplier is the subject, the recipient follows "to". */
    static final Set<String> GIVE = Set.of(
            "sell",
            "supply",
            "provide",
            "deliver",
            "ship",
            "send",
            "transfer",
            "export",
            "give",
            "hand",
            "smuggle",
            "share",
            "offer",
            "furnish",
            "funnel",
            "arm",
            "equip");

    /** Verbs whose subject receives: the recipient is the subject, the supplier follows "from". */
    static final Set<String> GET = Set.of(
            "buy",
            "purchase",
            "acquire",
            "import",
            "obtain",
            "procure",
            "receive",
            "get",
            "source",
            "secure",
            "seek",
            "want",
            "request",
            "order",
            "need");

    /** Verbs of turning to a party for something: the parties after "to" are asked to supply. */
    static final Set<String> TURN_TO = Set.of("look", "turn", "reach", "appeal", "ask");

    /** Nouns that name a transfer; the parties follow "from", "to", "between", or own it ("Iran's supply"). */
    static final Set<String> TRANSFER_NOUNS = Set.of(
            "sale",
            "supply",
            "delivery",
            "shipment",
            "transfer",
            "export",
            "import",
            "purchase",
            "provision",
            "deal",
            "deals",
            "arms deal",
            "negotiation",
            "talks",
            "order");

    /** Words that make what they govern a request. */
    static final Set<String> REQUEST = Set.of(
            "push",
            "effort",
            "attempt",
            "drive",
            "seek",
            "want",
            "request",
            "need",
            "look",
            "hope",
            "desire",
            "urge",
            "press",
            "call",
            "reach",
            "turn",
            "try",
            "convince",
            "persuade",
            "interested",
            "eager",
            "keen",
            "demand",
            "plead",
            "bid",
            "quest",
            "scramble");

    /** Words that make what they govern a negotiation. */
    static final Set<String> NEGOTIATE =
            Set.of("negotiate", "negotiation", "talk", "talks", "discuss", "discussion", "bargain");

    /** Verbs of intending or considering, which make what they govern a possibility. */
    static final Set<String> INTEND = Set.of("consider", "plan", "expect", "prepare", "intend", "mull", "weigh");

    /** Modal auxiliaries that make the verb they go with a possibility. */
    static final Set<String> MODALS =
            Set.of("could", "might", "may", "would", "will", "can", "should", "shall", "'ll", "wo", "must");

    /** Words that make what they govern a possibility. */
    static final Set<String> POTENTIAL = Set.of(
            "could",
            "might",
            "may",
            "would",
            "will",
            "can",
            "should",
            "'ll",
            "wo",
            "potential",
            "potentially",
            "possible",
            "possibly",
            "possibility",
            "likely",
            "consider",
            "ready",
            "willing",
            "prepared",
            "plan",
            "expect",
            "exchange",
            "return",
            "if",
            "able",
            "enable");

    /** Words that make what they govern an agreement. */
    static final Set<String> AGREE = Set.of(
            "agree", "sign", "seal", "conclude", "finalize", "finalise", "strike", "approve", "authorize", "authorise");

    /** Verbs of saying and believing, whose subject makes the claim in their complement. */
    static final Set<String> CLAIM = Set.of(
            "say",
            "tell",
            "claim",
            "allege",
            "accuse",
            "report",
            "believe",
            "warn",
            "state",
            "announce",
            "confirm",
            "show",
            "indicate",
            "suggest",
            "reveal",
            "assess",
            "estimate",
            "note",
            "add",
            "write",
            "argue",
            "insist",
            "declare",
            "think",
            "fear",
            "concern");

    /** Verbs and nouns of denial. */
    static final Set<String> DENY =
            Set.of("deny", "denial", "reject", "dismiss", "refute", "rebuff", "disavow", "repudiate");

    /** Words by which a party states what it will or will not do. */
    static final Set<String> STATE = Set.of(
            "state",
            "say",
            "insist",
            "assure",
            "assurance",
            "pledge",
            "promise",
            "vow",
            "declare",
            "reiterate",
            "stress",
            "announce",
            "maintain",
            "repeat");

    /** Words by which others press a party, under which a refusal is not the party's own. */
    static final Set<String> URGE = Set.of("urge", "warn", "call", "demand", "press", "ask", "tell", "if");

    /** Verbs and nouns of meeting. */
    static final Set<String> MEET = Set.of(
            "meet", "meeting", "summit", "visit", "host", "welcome", "receive", "travel", "trip", "invite", "greet");

    /** Verbs of imposing a sanction. */
    static final Set<String> SANCTION = Set.of("sanction", "designate", "blacklist", "penalize", "penalise");

    /** Nouns that carry sanctions when something imposes them. */
    static final Set<String> SANCTION_NOUNS = Set.of("sanction", "sanctions", "penalty", "penalties", "designation");

    /** Verbs that impose such nouns ("imposed sanctions on", "slapped sanctions on"). */
    static final Set<String> IMPOSE = Set.of("impose", "slap", "announce", "levy", "place", "hit", "unveil");

    /** Words under which a transfer is forbidden, stopped or evaded rather than claimed. */
    static final Set<String> PREVENT = Set.of(
            "prohibit",
            "ban",
            "forbid",
            "stop",
            "cease",
            "prevent",
            "halt",
            "block",
            "deter",
            "evade",
            "violate",
            "embargo",
            "counter",
            "curb",
            "restrict",
            "punish",
            "pay",
            "eliminate",
            "disrupt",
            "thwart",
            "obstruct",
            "hamper",
            "impede");

    /** Verbs after "to" whose object is helped by a transfer ("to help Russia", "to support Moscow's"). */
    static final Set<String> HELP = Set.of("help", "support", "aid", "assist", "bolster", "supply", "arm", "equip");

    /**
     * Nouns a state qualifies without being the party they name: how others stand to it ("US
     * adversaries") and places ("the Ukrainian front").
     */
    static final Set<String> NOT_PARTIES = Set.of(
            "adversary",
            "ally",
            "enemy",
            "foe",
            "rival",
            "opponent",
            "partner",
            "friend",
            "neighbour",
            "neighbor",
            "border",
            "front",
            "frontline",
            "territory",
            "soil",
            "city",
            "region",
            "side",
            "battlefield",
            "war",
            "invasion",
            "airspace",
            "coast");

    /** Verbs of taking or finding arms in another's hands: "captured North Korean rockets from Russian stocks". */
    static final Set<String> CAPTURE = Set.of("capture", "seize", "intercept", "recover", "find", "discover");

    /** Nouns of the means to make something, which transfer technology rather than the thing made. */
    static final Set<String> KNOW_HOW = Set.of(
            "license",
            "licence",
            "technology",
            "know-how",
            "knowhow",
            "right",
            "blueprint",
            "design",
            "equipment",
            "expertise",
            "capability");

    /** Verbs of making. */
    static final Set<String> PRODUCE =
            Set.of("manufacture", "produce", "build", "make", "assemble", "develop", "design", "construct");

    /** Nouns of a deal, which "potential" or "proposed" puts under negotiation. */
    static final Set<String> DEALS = Set.of("deal", "agreement", "contract", "arrangement", "pact");

    /** Adjectives that make a deal one under negotiation. */
    static final Set<String> TENTATIVE =
            Set.of("potential", "possible", "propose", "proposed", "prospective", "moot", "mooted", "draft");

    /** Words that show a possessed supply is a stock ("Russia's supply of shells is running low"). */
    static final Set<String> STOCK_LEVEL = Set.of(
            "low",
            "short",
            "shortage",
            "dwindle",
            "dwindling",
            "deplete",
            "depleted",
            "exhaust",
            "shrink",
            "run",
            "replenish",
            "augment",
            "bolster",
            "boost",
            "rebuild",
            "restock",
            "refill",
            "expand");

    /** Verbs whose object (or passive subject) did what they are accused or punished for. */
    static final Set<String> ACCUSE = Set.of(
            "accuse", "suspect", "charge", "blame", "fault", "sanction", "punish", "penalize", "penalise", "fine");

    /** Verbs by which a party makes a sale or delivery it approves, announces or concludes. */
    static final Set<String> AUTHORIZE = Set.of(
            "approve", "authorize", "authorise", "clear", "announce", "finalize", "finalise", "complete", "conclude");

    /** Verbs of asking, whose topic ("asked about a deal") is no claim. */
    static final Set<String> ASK = Set.of("ask", "question", "query", "comment", "speculate", "inquire", "press");

    /** Nouns of a stock or an industry, which an item qualifying them ("ammunition stockpile") does not move. */
    static final Set<String> HOLDINGS = Set.of(
            "stockpile",
            "stock",
            "reserve",
            "arsenal",
            "inventory",
            "production",
            "industry",
            "factory",
            "plant",
            "programme",
            "program",
            "sector",
            "manufacturer",
            "maker",
            "producer");

    /** Words that negate the verb they modify. */
    static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
}
