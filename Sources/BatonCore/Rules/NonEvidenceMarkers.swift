/// The words that give a feeling away, by kind, and the words that carry a fact: the vocabulary
/// `NonEvidence` judges with. A marker is a run of words in one clause ("logged in", "I am told");
/// the words listed in `skippable` may stand between its steps ("completed *the* e-learning").
enum NonEvidenceMarkers {
    struct Pattern: Sendable {
        var kind: NonEvidence
        var steps: [Set<String>]
        /// What may stand between steps: nothing (an idiom: "more or less", "on board"), the
        /// `skippable` words ("completed *the* e-learning"), or those and one word more ("watched
        /// the *onboarding* videos").
        var gap: Gap
        /// The match does not stand when the next word is one of these: "readings logged in *the*
        /// tool" were recorded there; nobody logged in.
        var notBefore: Set<String> = []
        /// Also a feeling in the sponsor's own words; false for what a sponsor may say of
        /// themselves ("I'm delighted", "I think this was a good decision").
        var inSponsorsWords: Bool
    }

    enum Gap: Sendable { case none, skippable, oneMore }

    /// "a|b + c|d": steps joined by " + ", each a choice of words joined by "|".
    private static func p(_ kind: NonEvidence, _ spec: String, gap: Gap = .skippable, sponsor: Bool = true) -> Pattern {
        Pattern(kind: kind, steps: spec.components(separatedBy: " + ").map { Set($0.split(separator: "|").map(String.init)) },
                gap: gap, inSponsorsWords: sponsor)
    }

    private static func words(_ list: String) -> Set<String> { Set(list.split(separator: " ").map(String.init)) }

    static let patterns: [Pattern] = activity + hearsay + hedges + impressions

    // MARK: Activity without outcome: logged in, attended, watched, completed the e-learning.

    static let activity: [Pattern] = [
        Pattern(kind: .activityWithoutOutcome, steps: [words("log logs logged logging sign signs signed signing"), words("in on into onto")],
                gap: .none, notBefore: words("the a an their our its jira"), inSponsorsWords: true),
        p(.activityWithoutOutcome, "login|logins|logon|logons|signin|signins"),
        p(.activityWithoutOutcome, "attend|attends|attended|attending|attendance|attendee|attendees"),
        p(.activityWithoutOutcome, "turned|turn|turns|turning|showed|show|shows|showing + up"),
        p(.activityWithoutOutcome, "sat|sit|sits|sitting + through|in"),
        p(.activityWithoutOutcome, "joined|join|joins|joining + session|sessions|call|calls|webinar|webinars|training|trainings|"
            + "workshop|workshops|class|classes|course|courses|meeting|meetings|demo|demos", gap: .oneMore),
        p(.activityWithoutOutcome, "went|go|goes|going|been|gone|came|come + to + session|sessions|training|workshop|workshops|"
            + "course|courses|class|classes|webinar|webinars|demo|demos", gap: .oneMore),
        p(.activityWithoutOutcome, "completed|complete|completes|completing|finished|finish|finishes|did|done|do|took|take|taken|"
            + "passed|pass|went + e|elearning|course|courses|module|modules|training|trainings|tutorial|tutorials|induction|quiz|"
            + "quizzes|certification|session|sessions|programme|program|videos|video|learning", gap: .oneMore),
        p(.activityWithoutOutcome, "watched|watch|watches|watching|viewed|view|views|viewing|opened|open|opens|clicked|click|"
            + "clicks|accessed|accesses|visited|visit|visits|browsed|browse|read|reads|downloaded|download|skimmed + video|videos|"
            + "recording|recordings|webinar|webinars|demo|demos|tutorial|tutorials|docs|documentation|guide|guides|manual|manuals|"
            + "slides|deck|app|tool|platform|dashboard|system|portal|emails|email|newsletter|newsletters|page|pages|link|links|kb|"
            + "knowledge|faq|faqs|help|material|materials|content", gap: .oneMore),
        p(.activityWithoutOutcome, "been|were|was|got|are|is|all|fully|get|gets + trained|onboarded|enabled|certified|inducted"),
        p(.activityWithoutOutcome, "signed|signing|sign|signs + up"),
        p(.activityWithoutOutcome, "registered|enrolled|subscribed"),
        p(.activityWithoutOutcome, "using|use|uses|used + it|system|tool|platform|app|product|service|software"),
        p(.activityWithoutOutcome, "received|had|got|given|sent + training|invite|invites|invitation|invitations|credentials", gap: .oneMore),
    ]

    // MARK: Hearsay: someone else's word, passed on.

    static let hearsay: [Pattern] = [
        p(.hearsay, "apparently|reportedly|supposedly|allegedly|rumour|rumours|rumor|rumors|rumoured|grapevine|hearsay|secondhand"),
        p(.hearsay, "i|we + hear|heard|gather|gathered", gap: .oneMore),
        p(.hearsay, "i|we|they + am|are|was|were|have|has|had|get|got + told"),
        p(.hearsay, "heard + from|that|it|they|through", gap: .none),
        p(.hearsay, "word + is|has|on", gap: .none),
        p(.hearsay, "second + hand", gap: .none),
        p(.hearsay, "people|someone|somebody|everyone|everybody|they|folks + say|says|said|tell|tells|mention|mentioned|reckon|reckons"),
        p(.hearsay, "according + to + them|him|her|people|someone|somebody|everyone|team|staff|users|customer|client|sponsor|word|gossip"),
        p(.hearsay, "passed|pass + on"),
        p(.hearsay, "i|we + understand + that|they|it|from"),
    ]

    // MARK: Hedges: neither Met nor Not Met.

    static let hedges: [Pattern] = [
        p(.hedge, "probably|maybe|perhaps|possibly|presumably|hopefully|likely|unlikely|arguably|might|guess|guessing|"
            + "assume|assuming|assumption|somewhat"),
        p(.hedge, "should|must + be|have"),
        p(.hedge, "ought + to"),
        p(.hedge, "i|we + suppose|expect|hope|imagine|presume"),
        p(.hedge, "i|we + would + say|think|expect|imagine|hope"),
        p(.hedge, "i|we + am|are + fairly|pretty|reasonably|almost|mostly + sure|confident|certain"),
        p(.hedge, "not + sure|certain|convinced"),
        p(.hedge, "more + or + less", gap: .none),
        p(.hedge, "sort|kind + of", gap: .none),
        p(.hedge, "pretty + much", gap: .none),
        p(.hedge, "fingers + crossed", gap: .none),
        p(.hedge, "touch + wood", gap: .none),
        p(.hedge, "as + far + as + i|we + know|can|tell", gap: .none),
        p(.hedge, "in + theory|principle", gap: .none),
        p(.hedge, "on + paper|whole", gap: .none),
        p(.hedge, "for + most + part"),
        p(.hedge, "to + some|a|an + extent|degree"),
        p(.hedge, "if + all + goes", gap: .none),
    ]

    // MARK: Impressions and feelings: seems, happy, I think, vibe.

    static let impressions: [Pattern] = [
        // How it looks from outside: never the sponsor's own words either.
        p(.impression, "seem|seems|seemed|seeming|seemingly|appear|appears|appeared|appearing|apparent|vibe|vibes|impression|"
            + "impressions|gut"),
        p(.impression, "look|looks|looked|looking|sound|sounds|sounded + like|good|great|happy|fine|positive|ok|okay|keen|ready|"
            + "settled|engaged|confident|comfortable|promising|right|pleased|well"),
        p(.impression, "get|got|getting|have|had + sense|feeling|impression"),
        // What we think they feel: the lead's words, not evidence; the sponsor may say it of themselves.
        p(.impression, "feel|feels|felt + like|good|great|happy|fine|positive|ok|okay|keen|ready|settled|engaged|confident|"
            + "comfortable|promising|right|pleased", sponsor: false),
        p(.impression, "i|we + think|believe|feel|reckon|sense|thought|felt|believed", sponsor: false),
        p(.impression, "in + my|our + view|opinion", gap: .none, sponsor: false),
        p(.impression, "my|our + sense|feeling|view|take", gap: .none, sponsor: false),
        p(.impression, "mood|buzz|atmosphere|enthusiasm", sponsor: false),
        p(.impression, "happy|happier|happiest|pleased|satisfied|delighted|thrilled|excited|enthusiastic|comfortable|confident|"
            + "keen|love|loves|loved|loving|enjoy|enjoys|enjoyed|enjoying|likes|liked|positive|positively|good|great|fine|"
            + "brilliant|fantastic|amazing|excellent|awesome|wonderful|smooth|smoothly|engaged|supportive|upbeat|glad|grateful|"
            + "impressed|ready|settled|trust|trusts|trusted|ok|okay|alright|nice|solid|strong|fans|champion|champions|onboard|"
            + "warm|friendly|relaxed|calm|content|confidence|positivity", sponsor: false),
        p(.impression, "going|gone|went|doing|working|settled|settling|landed|landing|bedded|bedding + well|fine|smoothly|great",
          sponsor: false),
        p(.impression, "well + received", gap: .none, sponsor: false),
        p(.impression, "on + board|track", gap: .none, sponsor: false),
        p(.impression, "bought + in", gap: .none, sponsor: false),
        p(.impression, "up + to + speed", gap: .none, sponsor: false),
    ]

    /// May stand between a marker's steps.
    static let skippable = words("the a an all every each their our its his her my your this that these those really very "
                                 + "quite just been being some")

    // MARK: The absence of a negative taken as a positive: no complaints, nothing raised, no tickets.

    /// A negation followed, within `absenceReach` words, by a negative signal.
    static let negations = words("no not never nobody none nothing zero without hardly barely neither nor noone 0")
    static let absenceReach = 4
    /// Not counted in the reach: "nobody has *ever* raised *a single* ticket".
    static let absenceFiller = words("a an any single one of has have had been ever yet so far the their our it")
    static let negativeSignals = words("""
        complain complains complained complaining complaint complaints issue issues problem problems concern concerns \
        escalation escalations escalated escalate raised raise pushback objection objections objected grumble grumbles \
        grumbled grumbling moan moans moaned moaning ticket tickets question questions asked ask query queries flag flags \
        negative feedback noise fuss drama trouble troubles unhappy unhappiness worry worries worried friction bad heard \
        incident incidents chase chased chasing pushed resistance dissatisfaction news
        """)
    /// An absence said in one word, or a few.
    static let absences: [Pattern] = [
        p(.absenceOfNegative, "quiet|silence|silent|uneventful"),
        p(.absenceOfNegative, "nothing + to + report|flag|worry", gap: .none),
    ]

    // MARK: Facts

    static let numberWords = words("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                                   + "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
                                   + "ninety hundred hundreds thousand thousands million dozen dozens half third quarter twice")
    /// "may" is a month only beside a number ("12 May").
    static let dateWords = words("january february march april june july august september october november december jan feb "
                                 + "mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
                                 + "saturday sunday yesterday")
    /// Named artefacts: a document, a record, a system of record.
    static let documentWords = words("""
        report reports signoff minutes email emails mail crm export exports dashboard dashboards spreadsheet spreadsheets \
        screenshot screenshots recording recordings log logs audit audits checklist checklists contract pdf document \
        documents doc file files invoice invoices sheet sheets notes transcript transcripts survey record records letter memo \
        deck recap agenda form certificate jira salesforce hubspot confluence sharepoint drive folder protocol
        """)
    /// "sign-off", "signed off": the sign-off document, or a person signing it.
    static let signOff: [Set<String>] = [words("sign signed signs signing"), words("off")]

    /// Words that say nothing on their own: pronouns, articles, the verbs "be", "have" and "do",
    /// prepositions and the like. A clause of only these carries nothing.
    static let filler = words("""
        i me my mine myself we us our ours ourselves you your yours he him his she her hers it its they them their theirs \
        themselves the a an and or but so if than that this these those there here then now is am are was were be been \
        being has have had having do does did done will would can could shall should may might must to of in on at by for \
        from with about into onto over up out off as also too still already even only just really very quite not no yes \
        yeah customer customers client clients sponsor users user team teams staff people everyone everybody everything \
        all some most many any both each every thing things lot lots which who what when where how why far yet since
        """)

    /// First-person words in the languages a sponsor's words are written in here: "I", "we", "our"
    /// and their kin. (CJK scripts are written without spaces: their first-person characters are
    /// looked for inside a run.)
    static let firstPerson = words("""
        i me my mine myself we us our ours ourselves \
        je j moi mon ma mes nous notre nos \
        ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem unserer \
        yo mi mis nosotros nosotras nuestro nuestra nuestros nuestras \
        io mio mia miei mie noi nostro nostra nostri nostre \
        eu meu minha meus minhas nós nosso nossa nossos nossas \
        ik mij mijn wij ons onze jag jeg vi mitt vår vårt oss
        """)
    static let firstPersonCJK = ["我", "私", "僕", "俺", "わたし", "우리", "저는", "제가", "나는", "내가"]
}
