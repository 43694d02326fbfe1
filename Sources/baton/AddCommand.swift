import ArgumentParser
import BatonCore
import Foundation

/// `baton add NAME`: a new account, through the same door as the dashboard's n.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account to the portfolio (starts your portfolio if there is none yet).")

    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions

    @Argument(help: ArgumentHelp("The customer's name.", valueName: "name"))
    var name: String

    @Option(name: .customLong("t-day"), help: ArgumentHelp("Planned transfer day (default: eight weeks from today, on a business day).", valueName: "date"))
    var tDay: String?
    @Option(help: ArgumentHelp("Stage 1–8 (default 1, sales handover).", valueName: "n"))
    var stage: Int?
    @Option(name: .customLong("legal-entity"), help: "The customer's legal entity.") var legalEntity: String?
    @Option(help: "Industry.") var industry: String?
    @Option(help: "Number of employees.") var headcount: Int?
    @Option(help: "Primary location.") var location: String?
    @Option(help: "Onboarding coordinator.") var coordinator: String?
    @Option(name: .customLong("lead"), help: "Onboarding lead (default: the portfolio's owner).") var lead: String?
    @Option(name: .customLong("account-manager"), help: "Incoming account manager.") var accountManager: String?
    @Option(help: "What the customer bought.") var purchased: String?
    @Option(name: .customLong("annual-value"), help: "Contract value per year, whole units.") var annualValue: Int?
    @Option(help: "Three-letter currency code.") var currency: String?
    @Option(name: .customLong("term-months"), help: "Contract term in months (default 12).") var termMonths: Int?
    @Option(name: .customLong("start-date"), help: ArgumentHelp("Contract start (default today).", valueName: "date")) var startDate: String?
    @Option(name: .customLong("renewal-date"), help: ArgumentHelp("Contract renewal (default start + term).", valueName: "date"))
    var renewalDate: String?
    @Flag(help: "An unplanned transition (accelerated timeline).") var unplanned = false
    @Option(help: ArgumentHelp("Your name, when this starts your portfolio (default: your system account's name).", valueName: "name"))
    var owner: String?

    func run() throws {
        let today = try store.resolvedToday()
        var new = NewAccount(name: name, tDay: Shell.date(tDay, option: "t-day", today: today) ?? BusinessDays.defaultTDay(today: today))
        if let stage {
            guard let s = Stage(rawValue: stage) else { Shell.fail("--stage is 1 to 8.") }
            new.stage = s
        }
        new.legalEntity = legalEntity ?? ""
        new.industry = industry ?? ""
        new.headcount = headcount ?? 0
        new.primaryLocation = location ?? ""
        new.onboardingCoordinator = coordinator ?? ""
        new.onboardingLead = lead ?? ""
        new.accountManager = accountManager ?? ""
        new.purchased = purchased ?? ""
        new.annualValue = annualValue ?? 0
        new.currency = currency ?? ""
        if let termMonths { new.termMonths = termMonths }
        new.startDate = Shell.date(startDate, option: "start-date", today: today)
        new.renewalDate = Shell.date(renewalDate, option: "renewal-date", today: today)
        if unplanned { new.planning = .unplanned }
        if let settings = SharedShell.settings(store) {
            return SharedShell.add(new, settings: settings, today: today, write: write, owner: owner, tDayGiven: tDay != nil)
        }
        let opened = try OpenedStore.forWriting(options: store, today: today, wait: write.wait, createFor: owner ?? Shell.ownerName())
        defer { opened.close() }
        let portfolio = opened.store.portfolio
        let context = ChangeContext(today: today, now: Date().wholeSeconds, by: portfolio.owner)
        switch new.make(context: context, existing: portfolio.accounts) {
        case .failure(let refusal):
            opened.close()
            Shell.fail(refusal.reason)
        case .success(let account):
            do { try opened.store.commit(account) } catch { opened.close(); Shell.fail("not added: \(error)", code: 2) }
            Shell.say(NewAccount.summary(account) + " (id \(account.id))" + (tDay == nil ? "; T-day eight weeks from today on a business day, --t-day sets it" : ""))
        }
    }
}
