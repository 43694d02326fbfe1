/// The word pools synthetic accounts are drawn from: realistic lengths, some non-ASCII, one emoji.
enum SyntheticText {
    static let namePrefixes = [
        "Northgate", "Aurelia", "Kestrel", "Brightwater", "Société Lumière", "Müller-Krause", "Åkerlund",
        "Çelik", "São Bento", "Oakridge", "Fjordlys", "Île-de-Ré", "Nguyễn Phát", "Zephyr", "Harbourline",
        "Castellón", "Øresund", "Pinecrest", "Marlowe & Finch", "Kraków Metro", "Blue Harbour 🐚", "Saguaro",
        "Tidewater", "Ardmore", "Corvallis", "Lindqvist", "Rhône Vallée", "Białowieża",
    ]
    static let nameSuffixes = [
        "Logistics", "Health Partners", "Foods", "Precision", "Energy", "Retail Group", "Manufacturing",
        "Clinics", "Hotels", "Freight", "Water", "Analytics", "Dental Group", "Cold Chain", "Textiles",
        "Aerospace", "Pharma", "Insurance Services", "Agricultural Co-op",
    ]
    /// Whole names in scripts where "prefix suffix" would read wrongly.
    static let wholeNames = [
        "東邦精密機械工業株式会社", "大和物産ホールディングス", "한솔테크놀로지 주식회사", "上海恒通供应链管理有限公司",
        "名古屋精密部品製作所", "부산해운물류 주식회사", "Ελληνική Ναυτιλιακή Α.Ε.",
    ]
    static let industries = [
        "Third-party logistics", "Healthcare", "Food distribution", "Precision engineering", "Utilities",
        "Retail", "Hospitality", "Financial services", "Pharmaceuticals", "Agriculture", "Aerospace",
    ]
    static let locations = [
        "Leeds, United Kingdom", "Lyon, France", "Bremen, Germany", "São Paulo, Brazil", "Nagoya, Japan",
        "Seoul, South Korea", "Seattle, Washington", "Brisbane, Australia", "Pune, India", "Interlaken, Switzerland",
        "Gdańsk, Poland", "Göteborg, Sweden", "Toronto, Canada", "Valencia, Spain",
    ]
    static let currencies = ["GBP", "EUR", "USD", "JPY", "KRW", "CHF", "AUD", "BRL", "INR", "SEK", "CAD"]
    static let products = [
        "Workforce scheduling platform", "Warehouse management", "Field service management", "Patient scheduling",
        "Lot traceability", "Statistical process control", "Route planning and proof of delivery",
        "Housekeeping and guest messaging", "Laboratory sample tracking",
    ]

    static let firstNames = [
        "Graham", "Lisa", "José", "Zoë", "Søren", "Łukasz", "Hana", "Priya", "Mateo", "Chloé", "Björn",
        "Aoife", "Kwame", "Ines", "Dmitri", "Mei", "Ji-woo", "Fatima", "Oğuz", "Camila", "Théo", "Nkechi",
    ]
    static let lastNames = [
        "Holt", "Chen", "García", "Müller", "Andersen", "Kowalski", "Novák", "Nair", "Rossi", "Favre",
        "Lindqvist", "O'Brien", "Mensah", "Ferreira", "Ivanova", "Wang", "Park", "Haddad", "Yılmaz", "Araújo",
    ]
    static let cjkPeople = ["佐藤 健一", "山本 美咲", "김지은", "박서준", "王 芳", "李 伟"]
    static let roles = [
        "Operations Director", "Head of IT", "Platform administrator", "Finance manager", "Site supervisor",
        "Chief Operating Officer", "Quality manager", "Workforce manager", "Procurement lead",
    ]
    static let preferences = [
        "Short call on Monday mornings", "Email only; keep it to three lines", "Teams chat in working hours",
        "Phone after the 14:00 shift change", "Formal email; meetings booked a week ahead", "WhatsApp for anything urgent",
    ]

    static let coordinators = ["Tom Reeves", "Amara Osei", "Lucía Romero", "Kenji Watanabe", "Jonas Weber"]
    static let accountManagers = ["Daniel Ortiz", "Helena Sørensen", "Ravi Menon", "Yuki Tanaka", "Aisha Bello"]
    static let directors = ["Rachel Adeyemi", "Martin Kühn"]
    static let leads = ["Sarah Khan"]

    static let sentimentWords = [
        ("We're seeing exactly what was promised. This was a good decision.", SentimentNote.Tone.positive),
        ("The planners stopped asking for the spreadsheet. That tells me more than any report.", .positive),
        ("It works, but my team still exports everything to Excel.", .neutral),
        ("I was told five weeks. We're at eight and people still can't log in.", .negative),
        ("Show me the cost per delivery going down and I'll be convinced.", .neutral),
        ("Our no-shows are down a third. The other sites are asking when they get it.", .positive),
        ("The reports don't look like what we had before, and nobody has explained why.", .negative),
    ]
    static let milestoneNames = [
        "All sites provisioned and named users with access", "ERP integration live with no manual re-entry",
        "Reporting workflows match the existing process", "Paper forms withdrawn at every site",
        "Every named user completes a first independent transaction", "Training sessions delivered with full attendance",
        "SSO live for all named users", "Monthly review run from the platform", "First measurable productivity win",
        "Mobile app rolled out to field staff",
    ]
    static let interactionSummaries = [
        "Weekly check-in: adoption figures reviewed, two blockers assigned owners.",
        "Integration call: field mapping agreed, test file due Friday.",
        "Sent the usage report and asked for the sponsor's view in writing.",
        "Site visit: watched the morning shift use the tool; three workflow questions logged.",
        "Escalation: login failures at one site traced to an expired certificate.",
        "Training follow-up: quick-reference card requested in the local language.",
        "Steering call: milestones on track, expansion raised by the sponsor.",
    ]
    static let riskStatements = [
        ("The customer's named admin may move role next quarter.", "No successor named by the end of month 2."),
        ("Expansion to further sites was discussed but is not contracted.", "Customer signals a delay or reassessment."),
        ("End-user satisfaction with reporting has been mixed.", "Three or more users raise it within 30 days."),
        ("The sponsor's budget moves to a new CFO before renewal.", "CFO asks for a tender."),
        ("Night-shift users may revert to paper when the tool is slow.", "Paper forms reappear at any site."),
        ("A legacy system's licence ends before the data is migrated.", "Licence end within 7 days with records unreconciled."),
    ]
    static let issueDescriptions = [
        "Deliver the quick-reference card in the local language.", "Customer to name a successor platform admin.",
        "Sync status lags after the nightly batch.", "Decide between company handsets and personal phones.",
        "Configure the deferred forecasting module.", "Customer to send calibration certificates.",
    ]
    static let healthRationales: [(Health.Rating, String)] = [
        (.green, "All named users at baseline; sponsor positive in writing."),
        (.green, "On track; one open technical issue with an owner."),
        (.amber, "Adoption strong at two sites, lagging at the third."),
        (.amber, "Sponsor quiet since the budget round; usage steady."),
        (.red, "Integration slipped three weeks; sponsor frustrated and said so."),
        (.red, "Fewer than half the named users active; the day-to-day contact has left."),
    ]
    static let sponsorRoles = ["Operations Director", "Chief Operating Officer", "Managing Director", "VP Operations"]
    /// Two or three sentences per handover section, in section order (1…8).
    static let handoverSections: [[String]] = [
        ["Bought to cut weekly planning time and stop re-keying data into the ERP.",
         "Three sites, a few dozen named users, a two-year term.",
         "The underlying pain was a planning process that ate a day a week."],
        ["All kick-off milestones were completed with evidence.",
         "Competence was observed at the confidence-check session, not self-reported.",
         "Implementation sign-off was signed by the sponsor."],
        ["The sponsor prefers short calls and decides quickly.",
         "The day-to-day contact is detailed and reliable, and is the real archive.",
         "IT owns the integration and wants to be copied on anything that touches it."],
        ["Health is Green with one known concern about reporting workflows.",
         "The sponsor's last words were positive and recorded verbatim.",
         "One site supervisor remains unconvinced."],
        ["Two risks are open with owners and review dates.",
         "One commitment of ours is outstanding, with a deadline.",
         "The customer owes us a named successor for their admin."],
        ["Expansion to two more sites is likely if the budget round goes their way.",
         "The finance team has asked about cost reporting.",
         "A sister company in the group is watching this rollout."],
        ["The sponsor goes quiet before board meetings; do not read silence as displeasure.",
         "The admin carried this rollout and has been passed over for credit before.",
         "The site supervisor was not consulted on the purchase and says so."],
        ["The onboarding lead stays secondary contact for 30 days.",
         "First QBR in month 4, with expansion on the agenda.",
         "The account manager's first one-to-one with the sponsor is in week 3."],
    ]
}
