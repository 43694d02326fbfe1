/// Every change the shell can make, named as the dashboard names it. The `baton` executable
/// makes one subcommand of each; `kinds` says which changes each makes, so a test can hold that
/// every kind of change has its way in from the shell.
public enum ShellCommands {
    public static let all: [ShellCommand] = readiness + register + notes + timeline + stageAndTransfer + meetings + profile + card

    /// The command for `words`, if there is one.
    public static func named(_ words: [String]) -> ShellCommand? { all.first { $0.words == words } }

    // MARK: Subjects

    static let conditionWords: [(ReadinessCondition, String)] = [
        (.setupComplete, "setup"), (.activeUsage, "usage"), (.milestonesAchieved, "milestones"),
        (.trainingCapability, "training"), (.processUnderstanding, "processes"), (.customerConfidence, "confidence"),
    ]

    static func condition(_ word: String) -> Result<ReadinessCondition, ChangeRefusal> {
        if let n = Int(word), let c = ReadinessCondition(rawValue: n) { return .success(c) }
        return AccountItem.named(word, kind: "a condition (1–6)", in: conditionWords)
    }

    static func risk(_ q: String, _ a: Account) -> Result<String, ChangeRefusal> {
        AccountItem.find(q, kind: "risk", in: a.risks.map { ($0.id, $0.statement) })
    }

    static func issue(_ q: String, _ a: Account) -> Result<String, ChangeRefusal> {
        AccountItem.find(q, kind: "open issue", in: a.openIssues.map { ($0.id, $0.description) })
    }

    static func step(_ q: String, _ a: Account) -> Result<String, ChangeRefusal> {
        AccountItem.find(q, kind: "timeline step", in: a.timeline.map { ($0.id, $0.title) })
    }

    static func milestone(_ q: String, _ a: Account) -> Result<String, ChangeRefusal> {
        AccountItem.find(q, kind: "milestone", in: a.milestones.map { ($0.id, $0.name) })
    }

    static func contact(_ q: String, _ a: Account) -> Result<String, ChangeRefusal> {
        AccountItem.find(q, kind: "contact", in: a.contacts.map { ($0.id, $0.name) })
    }

    public static let exitWords: [(ExitComponent, String)] = [
        (.completionReport, "report"), (.customerSignOff, "sign-off"), (.internalHandoverPack, "pack"),
        (.jointTransitionMeeting, "joint-meeting"), (.crmExitConfirmation, "crm-exit"),
    ]
    public static let areaWords: [(CRMArea, String)] = [
        (.customerIdentity, "identity"), (.contactRecords, "contacts"), (.productAndContract, "contract"),
        (.milestoneHistory, "milestones"), (.interactionLog, "interactions"), (.documentLibrary, "documents"),
        (.openItems, "open-items"), (.risks, "risks"), (.sentimentHistory, "sentiment"),
    ]
    public static let tDayWords: [(TDayChange, String)] = [
        (.stageAdvanced, "stage"), (.primaryOwnerChanged, "owner"), (.leadMovedToSecondary, "secondary"),
        (.reportingUpdated, "reporting"), (.firstTouchpointScheduled, "touchpoint"),
    ]

    public static let libraryWords: [(LibraryDocument, String)] = [
        (.signedWelcomePack, "welcome-pack"), (.kickOffMinutes, "kick-off-minutes"), (.customerSuccessSummary, "success-summary"),
    ]

    static func section(_ word: String) -> Result<HandoverSection, ChangeRefusal> {
        guard let n = Int(word), let s = HandoverSection(rawValue: n) else {
            return .failure(ChangeRefusal("\"\(SafeText.sanitize(word))\" is not a section of the handover document: 1–8."))
        }
        return .success(s)
    }

    /// "done" (the default word) or "not-done".
    static func done(_ word: String) -> Result<Bool, ChangeRefusal> {
        AccountItem.named(word, kind: "done or not-done", in: [(true, "done"), (false, "not-done")])
    }

    // MARK: Readiness

    static let readiness: [ShellCommand] = [
        ShellCommand(["mark"], "Mark a readiness condition Met (with the facts its standard names), Not Met (with an action) or back to unassessed.",
                     subjects: ["CONDITION", "met|not-met|unassessed"], kinds: [.markMet, .markNotMet, .clearMark], examples: [
            "mark acct-ferreira 1 met --evidence \"Set-up sign-off: route planning, ERP feed and driver access accepted\" --signatory \"João Ferreira\" --date -2 --filed-in \"CRM › Documents › Sign-off.pdf\" --by \"Tom Reeves\"",
            "mark acct-ferreira 2 met --evidence \"Usage report: 41 of 41 named drivers planned routes daily\" --from -24 --to -1 --expected 41 --baseline 41 --by \"Tom Reeves\"",
            "mark northwind 3 met --by \"Sarah Khan\"",
            "mark acct-ferreira 4 met --evidence \"Competence check at the Campinas depot: 8 drivers\" --demonstrated \"planned a route and captured proof of delivery unaided\" --observer \"Tom Reeves\" --date -1",
            "mark acct-ferreira 5 met --evidence \"Walked João through support tickets, documentation, escalation, billing and adding users\" --by \"João Ferreira\" --topics support,documentation,escalation,billing,expansion --captured-in \"Call notes in the CRM\" --date -2",
            "mark acct-ferreira 6 met --words \"We can see every delivery as it happens.\" --by \"João Ferreira\" --tone positive --date -1 --captured-in \"Weekly call notes\"",
            "mark acct-ferreira 4 not-met --action \"Observed check of the Campinas drivers\" --owner \"Tom Reeves\" --deadline +7",
            "mark northwind 1 unassessed",
        ]) { _, words, _ in
            condition(words[0]).flatMap { c in
                AccountItem.named(words[1], kind: "a mark", in: [(ChangeInputID.markMet(c), "met"), (.markNotMet(c), "not-met"),
                                                                 (.clearMark(c), "unassessed")])
            }
        },
        ShellCommand(["run"], "Record the readiness assessment run: the six marks as they stand, the verdict, who was in the room.",
                     kinds: [.recordRun], examples: ["run acct-ferreira --attendees \"Tom Reeves, Sarah Khan, Daniel Ortiz\""], .recordRun),
        ShellCommand(["action", "done"], "A Not Met condition's action is done: when, and what was done. The condition then waits to be re-run.",
                     subjects: ["CONDITION"], kinds: [.markActionDone], examples: [
            "action done acct-mueller 2 --note \"Two floor sessions held at Bremerhaven; usage report re-issued for the last 21 days\"",
        ]) { _, words, _ in
            condition(words[0]).map { .markActionDone($0) }
        },
        ShellCommand(["delay"], "After a run that did not clear: the account-management team told of the delay and why; the customer told, or not (--how not-needed, with why).",
                     subjects: ["account-management|customer"], kinds: [.recordDelayNotice], examples: [
            "delay acct-mueller account-management --how email --with \"Ravi Menon\" --note \"Conditions 2, 3 and 6 Not Met: the transfer waits on Bremerhaven usage and the customs connector\"",
            "delay acct-mueller customer --how not-needed --note \"Internal: the T-day has not been announced to the customer\"",
        ]) { _, words, _ in
            AccountItem.named(words[0], kind: "who was told (account-management or customer)",
                              in: DelayNotice.Audience.allCases.map { (ChangeInputID.delayNotice($0), $0.rawValue) })
        },
    ]

    // MARK: The register and the log

    static let register: [ShellCommand] = [
        ShellCommand(["risk", "add"], "Add a risk: a one-sentence statement, likelihood × impact, mitigation, owner, trigger, next review.",
                     positional: [.riskStatement], kinds: [.addRisk], examples: [
            "risk add northwind \"The Leeds depot may delay its go-live past Q1.\" --likelihood medium --impact high --mitigation \"none yet\" --owner \"Daniel Ortiz\" --trigger \"none yet\" --review +14",
        ], .addRisk),
        ShellCommand(["risk", "edit"], "Edit a risk: give only what changes; a new rating or review date needs --note.",
                     subjects: ["RISK"], kinds: [.editRisk], examples: ["risk edit northwind 3 --mitigation \"Weekly reporting clinic with the Doncaster users\""]) { a, w, _ in
            risk(w[0], a).map { .editRisk($0) }
        },
        ShellCommand(["risk", "close"], "Close a risk with a resolution note; it stays in the history.",
                     subjects: ["RISK"], kinds: [.closeRisk], examples: ["risk close northwind 3 --note \"Reporting clinic fixed the Doncaster complaints; 0 raised in 30 days\""]) { a, w, _ in
            risk(w[0], a).map { .closeRisk($0) }
        },
        ShellCommand(["risk", "materialise"], "Mark a risk materialised: it happened; it stays on the register until closed.",
                     subjects: ["RISK"], kinds: [.materialiseRisk], examples: ["risk materialise northwind 1 --note \"Lisa Chen moved to finance on 1 December\""]) { a, w, _ in
            risk(w[0], a).map { .materialiseRisk($0) }
        },
        ShellCommand(["risk", "review"], "Move a risk's next review, with a note why.",
                     subjects: ["RISK"], kinds: [.moveReview], examples: ["risk review northwind 2 --review +21 --note \"Phase 2 budget decided in January\""]) { a, w, _ in
            risk(w[0], a).map { .moveReview($0) }
        },
        ShellCommand(["risk", "rate"], "Re-rate a risk's likelihood or impact with a note; the move is kept in the risk's history.",
                     subjects: ["RISK"], kinds: [.changeLikelihood, .changeImpact], examples: [
            "risk rate northwind 1 --likelihood medium --note \"Lisa's successor named\"",
            "risk rate northwind 2 --impact medium --note \"Phase 2 reduced to one site\"",
        ]) { a, w, options in
            guard options.contains("likelihood") != options.contains("impact") else {
                return .failure(ChangeRefusal("Give one of --likelihood or --impact (a second move is a second command, with its own note)."))
            }
            return risk(w[0], a).map { .rerate($0, likelihood: options.contains("likelihood")) }
        },
        ShellCommand(["issue", "add"], "Log an open issue: its kind, what, whose, by when.",
                     positional: [.issueDescription], kinds: [.addIssue], examples: [
            "issue add northwind \"Send the Hull night-shift sync report\" --kind ours --owner \"Tom Reeves\" --deadline +5",
        ], .addIssue),
        ShellCommand(["issue", "edit"], "Edit an open issue's kind, wording (on the day it was logged) or owner.",
                     subjects: ["ISSUE"], kinds: [.editIssue], examples: ["issue edit northwind 3 --owner \"Tom Reeves\""]) { a, w, _ in
            issue(w[0], a).map { .editIssue($0) }
        },
        ShellCommand(["issue", "close"], "Close an open issue with a resolution note; it stays in the history.",
                     subjects: ["ISSUE"], kinds: [.closeIssue], examples: ["issue close northwind 3 --note \"Batch moved to 01:00; lag under 2 minutes for 7 nights\""]) { a, w, _ in
            issue(w[0], a).map { .closeIssue($0) }
        },
        ShellCommand(["issue", "recommit"], "Re-commit an open issue to a new deadline; the old one is kept.",
                     subjects: ["ISSUE"], kinds: [.recommitIssue], examples: ["issue recommit northwind 3 --deadline +14 --note \"Priya agreed the new date\""]) { a, w, _ in
            issue(w[0], a).map { .recommitIssue($0) }
        },
        ShellCommand(["issue", "rescope"], "Re-scope an open issue: a new description; the old one is kept.",
                     subjects: ["ISSUE"], positional: [.newDescription], kinds: [.rescopeIssue], examples: [
            "issue rescope northwind 3 \"Hull and Leeds night shifts see sync lag after the batch\" --note \"Leeds reported it too\"",
        ]) { a, w, _ in
            issue(w[0], a).map { .rescopeIssue($0) }
        },
    ]

    // MARK: Health, sentiment, interactions

    static let notes: [ShellCommand] = [
        ShellCommand(["health"], "Set the account's health, with why; the previous rating is kept in the history.",
                     positional: [.healthRating], kinds: [.setHealth], examples: ["health northwind amber --why \"Sponsor on leave until January\""], .health),
        ShellCommand(["note"], "Record a sentiment note: what a named contact said, ideally in their own words.",
                     positional: [.sentimentWho, .sentimentWords], kinds: [.addSentimentNote], examples: [
            "note northwind \"Graham Holt\" \"We're seeing exactly what was promised.\" --tone positive",
        ], .sentimentNote),
        ShellCommand(["log"], "Log a call, email, meeting or message; logged more than 24 hours after it happened is flagged.",
                     positional: [.interactionKind, .interactionSummary], kinds: [.logInteraction], examples: [
            "log northwind call \"Agreed the joint meeting agenda\" --with \"Graham Holt\"",
        ], .interaction),
    ]

    // MARK: The timeline

    static let timeline: [ShellCommand] = [
        ShellCommand(["tick"], "Tick a timeline step done today, or on the day it happened (--on).",
                     subjects: ["STEP"], kinds: [.tickStep, .tickStepOn], examples: ["tick northwind 3", "tick northwind 4 --on today"]) { a, w, options in
            step(w[0], a).map { options.contains("on") ? .tickStepOn($0) : .tickStep($0) }
        },
        ShellCommand(["untick"], "Un-tick a timeline step: not done after all.",
                     subjects: ["STEP"], kinds: [.untickStep], examples: ["untick northwind 1"]) { a, w, _ in
            step(w[0], a).map { .untickStep($0) }
        },
        ShellCommand(["step", "move"], "Move a timeline step to another day; it keeps it when the T-day changes.",
                     subjects: ["STEP"], kinds: [.moveStep], examples: ["step move northwind 8 --to +9"]) { a, w, _ in
            step(w[0], a).map { .moveStep($0) }
        },
        ShellCommand(["step", "add"], "Add a step of your own to the timeline: title and due date.",
                     positional: [.stepTitle], kinds: [.addStep], examples: ["step add northwind \"Site visit to Doncaster\" --due +10"], .addStep),
        ShellCommand(["t-day"], "Change the T-day, with a note why: the template's steps are re-dated.",
                     kinds: [.changeTDay], examples: ["t-day acct-sahyadri --to 2027-03-05 --note \"Contract start moved a week\""], .changeTDay),
        ShellCommand(["transition"], "Change the transition kind, or planned / unplanned: the timeline follows its template.",
                     kinds: [.changeTransition], examples: ["transition acct-sahyadri --kind sales --planning planned"], .changeTransition),
    ]

    // MARK: Stage, T-day walkthrough

    static let stageAndTransfer: [ShellCommand] = [
        {
        var stage = ShellCommand(["stage"], "Move an account to a stage: back always; forward through the gate (stage 5 on needs Cleared, or --override REASON); into Continuity only with nothing missing, or --override REASON (the refusal lists what is missing).",
                     subjects: ["STAGE"], kinds: [.stageForward, .stageBack, .transfer], examples: [
            "stage acct-sahyadri 2",
            "stage acct-mueller 5 --override \"The customer's board meets on T-day; recorded as schedule-driven\"",
            "stage acct-hokuto 6",
            "stage acct-alpenblick continuity",
            "stage acct-bluefin continuity --early yes --override \"Customer's fiscal year starts on T-day; agreed with the AM director\"",
        ]) { _, w, _ in
            guard let stage = StageInputs.stage(named: w[0]) else {
                return .failure(ChangeRefusal("\"\(SafeText.sanitize(w[0]))\" is not a stage: 1–8, or a name such as continuity."))
            }
            return .success(.stage(stage))
        }
        // Alpenblick's walkthrough is half done on the demo: the transfer comes once changes 2–5 are made.
        stage.given = ["transfer acct-alpenblick reporting done",
                       "transfer acct-alpenblick touchpoint --date +7 --agenda \"First one-to-one\" --owner \"Ravi Menon\""]
        return stage
        }(),
        ShellCommand(["crm"], "The T-day walkthrough's CRM areas: mark one the record cannot show complete or incomplete (identity, contacts, contract and documents follow the record), or write its note.",
                     subjects: ["AREA", "complete|incomplete|note"], positional: [.crmNote], kinds: [.markArea, .areaNote], examples: [
            "crm northwind sentiment complete",
            "crm northwind contacts note \"Sponsor and day-to-day tagged; Lisa Chen's successor still to add\"",
        ]) { _, w, _ in
            AccountItem.named(w[0], kind: "a CRM area", in: areaWords).flatMap { area in
                AccountItem.named(w[1], kind: "complete, incomplete or note",
                                  in: [(ChangeInputID.crmArea(area, complete: true), "complete"), (.crmArea(area, complete: false), "incomplete"),
                                       (.crmAreaNote(area), "note")])
            }
        },
        ShellCommand(["library"], "The document library's documents the record cannot show: the signed welcome pack, the kick-off minutes, the customer success summary, filed or not.",
                     subjects: ["welcome-pack|kick-off-minutes|success-summary", "[filed|not-filed]"], kinds: [.fileDocument], examples: [
            "library northwind success-summary",
            "library acct-alpenblick kick-off-minutes not-filed",
        ]) { _, w, _ in
            AccountItem.named(w[0], kind: "a document the record cannot show", in: libraryWords).flatMap { doc in
                AccountItem.named(w[1], kind: "filed or not-filed", in: [(true, "filed"), (false, "not-filed")])
                    .map { .libraryDocument(doc, filed: $0) }
            }
        },
        ShellCommand(["transfer"], "The T-day walkthrough's five changes: tick one done (or not-done; stage is the transfer itself, through its gate), schedule the first touchpoint, or give the override reason.",
                     subjects: ["stage|owner|secondary|reporting|touchpoint|override", "[done|not-done]"], kinds: [
            .tickTDayChange, .untickTDayChange, .scheduleFirstTouchpoint, .overrideForTransfer,
        ], examples: [
            "transfer acct-alpenblick touchpoint --date +7 --agenda \"First one-to-one with the sponsor\" --owner \"Ravi Menon\"",
            "transfer acct-alpenblick reporting done",
            "transfer acct-alpenblick owner not-done",
            "transfer acct-bluefin override --reason \"Customer's fiscal year starts on T-day; agreed with the AM director\"",
        ]) { _, w, _ in
            if w[0] == "override" { return .success(.transferOverride) }
            return AccountItem.named(w[0], kind: "a T-day change", in: tDayWords).flatMap { change in
                if change == .firstTouchpointScheduled, w[1] == "done" { return .success(.firstTouchpoint) }
                return done(w[1]).map { .tDayChange(change, done: $0) }
            }
        },
    ]

    // MARK: Meetings

    static let meetings: [ShellCommand] = [
        ShellCommand(["meeting"], "Record an internal handover, a joint transition meeting, a T-day walkthrough or a 30-day review from its minutes.",
                     subjects: ["internal-handover|joint-transition|t-day-walkthrough|30-day-review"], kinds: [.recordMeeting], examples: [
            "meeting northwind internal-handover --attendees \"Sarah Khan, Tom Reeves, Daniel Ortiz\" --unwritten-briefing \"Graham decides fast; Lisa is loyal to the old tool\" --commitments \"Meet Lisa's successor; Review reporting with Doncaster\"",
        ]) { _, w, _ in
            AccountItem.named(w[0], kind: "a meeting", in: MeetingInputs.recordable.map { (ChangeInputID.recordMeeting($0), MeetingInputs.word($0)) })
        },
        ShellCommand(["review"], "A decision of the 30-day review on a risk or open issue: keep (a risk), close, materialise, recommit, rescope.",
                     subjects: ["risk|issue", "N", "keep|close|materialise|recommit|rescope"], kinds: [.reviewDecision], examples: [
            "review acct-hanbit risk 1 keep --review +30 --note \"Still open: the lab move is in March\"",
        ]) { a, w, _ in
            let item = w[0] == "issue" ? issue(w[1], a) : risk(w[1], a)
            return item.flatMap { id in
                AccountItem.named(w[2], kind: "a decision", in: MeetingInputs.Decision.allCases.map { ($0, $0.rawValue) })
                    .map { .review($0, itemID: id) }
            }
        },
    ]

    // MARK: The profile, and archiving

    static let profile: [ShellCommand] = [
        ShellCommand(["profile"], "Edit who the customer is (identity), what they bought (contract) or our people: give only what changes.",
                     subjects: ["identity|contract|people"], kinds: [.editIdentity, .editContract, .editPeople], examples: [
            "profile northwind identity --headcount 1250",
            "profile northwind contract --term-months 36",
            "profile acct-ferreira people --director \"Rachel Adeyemi\" --new-person \"Rachel Adeyemi\"",
        ]) { _, w, _ in
            AccountItem.named(w[0], kind: "a part of the profile",
                              in: [(ChangeInputID.identity, "identity"), (.contract, "contract"), (.people, "people")])
        },
        ShellCommand(["archive"], "Archive an account (churned, moved to another lead, done) with a note; its history is kept.",
                     kinds: [.archive], examples: ["archive acct-pinecrest --reason done --note \"Onboarding concluded; with account management\""], .archive),
        {
            var restore = ShellCommand(["restore"], "Restore an archived account to the portfolio, as it was.",
                                       kinds: [.restore], examples: ["restore acct-pinecrest"], .restore)
            restore.given = ["archive acct-pinecrest --reason done"]
            return restore
        }(),
    ]

    // MARK: The account card: contacts, milestones, exit, handover

    static let card: [ShellCommand] = [
        ShellCommand(["contact", "add"], "Add a contact on the customer's side: role, sponsor or day-to-day, stance, relationship.",
                     positional: [.contactName], kinds: [.addContact], examples: [
            "contact add northwind \"Priya Shah\" --role \"Platform admin\" --day-to-day --stance advocate",
        ], .addContact),
        ShellCommand(["contact", "edit"], "Edit a contact: give only what changes.",
                     subjects: ["CONTACT"], kinds: [.editContact], examples: ["contact edit northwind \"Lisa Chen\" --stance neutral"]) { a, w, _ in
            contact(w[0], a).map { .editContact($0) }
        },
        ShellCommand(["milestone", "add"], "Add a milestone named at kick-off, with its target date.",
                     positional: [.milestoneName], kinds: [.addMilestone], examples: [
            "milestone add acct-ferreira \"Campinas drivers on proof of delivery\" --target +14",
        ], .addMilestone),
        ShellCommand(["milestone", "edit"], "Edit a milestone's name or target date.",
                     subjects: ["MILESTONE"], kinds: [.editMilestone], examples: ["milestone edit acct-ferreira 1 --target +21"]) { a, w, _ in
            milestone(w[0], a).map { .editMilestone($0) }
        },
        ShellCommand(["milestone", "done"], "Complete a milestone: the day, and the evidence that shows it.",
                     subjects: ["MILESTONE"], kinds: [.completeMilestone], examples: [
            "milestone done acct-ferreira 4 --on today --evidence \"Route report: 3 of 3 depots planning in the tool for 10 days\"",
        ]) { a, w, _ in
            milestone(w[0], a).map { .completeMilestone($0) }
        },
        ShellCommand(["milestone", "reopen"], "Reopen a milestone (a Met condition 3 goes stale).",
                     subjects: ["MILESTONE"], kinds: [.reopenMilestone], examples: ["milestone reopen northwind 1"]) { a, w, _ in
            milestone(w[0], a).map { .reopenMilestone($0) }
        },
        ShellCommand(["exit"], "Mark a component of the onboarding exit done (the sign-off needs the signed document's reference) or not-done.",
                     subjects: ["report|sign-off|pack|joint-meeting|crm-exit", "[done|not-done]"], kinds: [.exitDone, .exitNotDone], examples: [
            "exit acct-mueller report done --on today --reference \"Drive: Müller/completion-report.pdf\"",
            "exit acct-pinecrest crm-exit not-done",
        ]) { _, w, _ in
            AccountItem.named(w[0], kind: "an exit component", in: exitWords).flatMap { component in
                done(w[1]).map { $0 ? .exitDone(component) : .exitNotDone(component) }
            }
        },
        ShellCommand(["handover"], "Write a section of the handover document (7, the unwritten briefing, is internal only), or date its circulation (48 h before the internal handover meeting) or finalisation (T−3).",
                     subjects: ["section|circulate|finalise", "[done|not-done|1–8]"], positional: [.sectionText],
                     kinds: [.handoverSection, .handoverMark, .handoverUnmark], examples: [
            "handover northwind section 6 \"Phase 2: two more sites if the Q1 rota savings hold\"",
            "handover northwind circulate --on today",
            "handover northwind finalise --on today",
            "handover acct-bluefin finalise not-done",
        ]) { _, w, _ in
            switch w[0] {
            case "section": return section(w[1]).map { .handoverSection($0) }
            case "circulate": return done(w[1]).map { .handoverStep(.circulated, done: $0) }
            case "finalise": return done(w[1]).map { .handoverStep(.finalised, done: $0) }
            default:
                return .failure(ChangeRefusal("`baton handover ACCOUNT section N` writes section N; `circulate` or `finalise` dates the document's life."))
            }
        },
    ]
}

extension ShellCommands {
    /// The change commands as the manual's table (docs/commands.md holds it; a test keeps it equal).
    public static var markdown: String {
        var out = "| command | what it changes |\n|---|---|\n"
        for command in all {
            let usage = (["baton"] + command.words + ["ACCOUNT"] + command.subjects).joined(separator: " ")
                + command.positional.map { " [\(command.placeholder(for: $0))]" }.joined()
            out += "| `\(usage.replacingOccurrences(of: "|", with: "\\|"))` | \(command.abstract) |\n"
        }
        return out
    }
}
