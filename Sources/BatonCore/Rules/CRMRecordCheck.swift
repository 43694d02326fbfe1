/// The nine CRM areas judged against the record where the record can show them (000:440–448):
/// "sponsor tagged" needs a sponsor contact, identity its six fields, the contract what was bought
/// and its terms, the document library its eight documents. The lead's tick stands only for
/// what the record cannot show (milestones, interactions, open items, risks, sentiment: the
/// walkthrough is where they are read through together).
public enum CRMRecordCheck {
    /// What the record lacks for `area`, in the domain's words; nil where the record cannot show
    /// it and the lead's tick decides.
    public static func gaps(_ area: CRMArea, in account: Account) -> [String]? {
        switch area {
        case .customerIdentity:
            let i = account.identity
            return blanks([("legal entity name", i.legalEntity), ("primary trading name", i.tradingName),
                           ("industry", i.industry), ("primary location", i.primaryLocation),
                           ("registered address", i.registeredAddress)])
                + (i.headcount > 0 ? [] : ["no headcount"])
        case .contactRecords:
            guard !account.contacts.isEmpty else { return ["no customer contact is recorded"] }
            var gaps = account.sponsor == nil ? ["no contact is tagged sponsor"] : []
            gaps += account.contacts.filter { RuleText.isBlank($0.role) }.map { "\($0.name): no role" }
            gaps += account.contacts.filter { RuleText.isBlank($0.communicationPreference) }
                .map { "\($0.name): no communication preference" }
            return gaps
        case .productAndContract:
            let c = account.contract
            var gaps = blanks([("what was sold (the named services)", c.purchased),
                               ("the agreed deliverables in plain English", c.deliverables)])
            if c.annualValue <= 0 || c.currency.isEmpty { gaps.append("no contract value") }
            if c.termMonths <= 0 { gaps.append("no contract term") }
            if c.renewalDate <= c.startDate { gaps.append("no renewal date after the start") }
            return gaps
        case .documentLibrary:
            return documents(of: account).filter { !$0.present }.map { "missing: \($0.document.title)" }
        case .milestoneHistory, .interactionLog, .openItems, .risks, .sentimentHistory:
            return nil
        }
    }

    /// Judged from the record, or the lead's tick where the record cannot show it.
    public static func isComplete(_ area: CRMArea, in account: Account) -> Bool {
        if let gaps = gaps(area, in: account) { return gaps.isEmpty }
        return account.crmTransfer.areas.contains { $0.area == area && $0.complete }
    }

    /// Whether the record decides the area (the tick does not).
    public static func isJudgedFromRecord(_ area: CRMArea) -> Bool {
        switch area {
        case .customerIdentity, .contactRecords, .productAndContract, .documentLibrary: true
        case .milestoneHistory, .interactionLog, .openItems, .risks, .sentimentHistory: false
        }
    }

    /// One of the eight documents the library holds, present or missing, and whether the record
    /// shows it (or the lead ticked it as filed).
    public struct LibraryEntry: Equatable, Sendable {
        public var document: LibraryDocument
        public var present: Bool
        public var fromRecord: Bool
    }

    /// The eight documents (000:445), each present or missing.
    public static func documents(of account: Account) -> [LibraryEntry] {
        LibraryDocument.allCases.map { doc in
            if let shown = shownByRecord(doc, account) { return LibraryEntry(document: doc, present: shown, fromRecord: true) }
            return LibraryEntry(document: doc, present: account.crmTransfer.filed.contains(doc), fromRecord: false)
        }
    }

    /// Whether the record shows the document on file; nil where it cannot (the lead ticks it).
    static func shownByRecord(_ doc: LibraryDocument, _ account: Account) -> Bool? {
        switch doc {
        case .implementationSignOff:
            let mark = account.readiness[.setupComplete]
            return mark.status == .met && !RuleText.isBlank(mark.evidence?.signatory ?? "")
        case .trainingRecords:
            let mark = account.readiness[.trainingCapability]
            return mark.status == .met && mark.evidence != nil
        case .completionReport:
            return account.exit.contains { $0.component == .completionReport && $0.doneOn != nil }
        case .handoverDocument:
            return HandoverLife(account).finalisation.doneOn != nil
        case .readinessAssessment:
            // A run recorded, or all six conditions assessed: the assessment record exists.
            return !account.readiness.runs.isEmpty || account.readiness.conditions.allSatisfy { $0.status != .unassessed }
        case .signedWelcomePack, .kickOffMinutes, .customerSuccessSummary:
            return nil
        }
    }

    private static func blanks(_ fields: [(String, String)]) -> [String] {
        fields.filter { RuleText.isBlank($0.1) }.map { "no \($0.0)" }
    }
}

/// The eight documents the CRM's document library holds before transfer (000:445).
public enum LibraryDocument: String, Codable, CaseIterable, Sendable {
    case signedWelcomePack, kickOffMinutes, implementationSignOff, trainingRecords, completionReport,
         customerSuccessSummary, handoverDocument, readinessAssessment

    public var title: String {
        switch self {
        case .signedWelcomePack: "Signed welcome pack"
        case .kickOffMinutes: "Kick-off minutes"
        case .implementationSignOff: "Implementation sign-off"
        case .trainingRecords: "Training records"
        case .completionReport: "Completion report"
        case .customerSuccessSummary: "Customer success summary"
        case .handoverDocument: "Handover document (finalised)"
        case .readinessAssessment: "Readiness assessment"
        }
    }
}
