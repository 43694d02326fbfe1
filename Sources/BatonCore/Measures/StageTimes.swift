/// Time in each stage and time to activation, from the account's dated stage history (kept
/// from format version 2 on: accounts older than that have no history before it began).
extension Account {
    /// Days spent in each stage the history shows, the current one counted to `today`.
    public func daysInStage(today: CalendarDate) -> [(stage: Stage, days: Int)] {
        let entries = stageHistory.sorted { $0.on < $1.on }
        var out: [(Stage, Int)] = []
        for (i, entry) in entries.enumerated() {
            let end = i + 1 < entries.count ? entries[i + 1].on : today
            let days = max(0, entry.on.days(until: end))
            if let j = out.firstIndex(where: { $0.0 == entry.stage }) {
                out[j].1 += days
            } else {
                out.append((entry.stage, days))
            }
        }
        return out
    }

    /// When onboarding began: the first entry into Onboarding active, else the contract's start.
    public var onboardingStarted: CalendarDate {
        stageHistory.filter { $0.stage == .onboardingActive }.map(\.on).min() ?? contract.startDate
    }

    /// Days from the start of onboarding to activation — the first day of the usage period that
    /// condition 2 (active use at baseline) was evidenced with. Nil until condition 2 is evidenced.
    public var daysToActivation: Int? {
        guard let activated = readiness[.activeUsage].evidence?.periodStart else { return nil }
        return max(0, onboardingStarted.days(until: activated))
    }
}
