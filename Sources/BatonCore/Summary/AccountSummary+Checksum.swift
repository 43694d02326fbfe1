/// A checksum of everything a summary says, for the summary index: the index's fingerprint
/// proves the document's bytes an entry was made from, this proves the entry itself, so a byte
/// changed inside a summary (a "highRisks" of 0 made 7, a letter of a name) is caught at the
/// first frame instead of shown until the full read ends (issue 25).
///
/// FNV-1a over the fields in a fixed order, each with its length or its tag, so two different
/// summaries cannot run together into the same bytes; it depends on nothing but the values
/// (not Swift's per-process `Hasher`, not the JSON's spacing or key order).
extension AccountSummary {
    public var checksum: UInt64 {
        var digest = SummaryDigest()
        digest.text(id); digest.text(name); digest.text(searchKey)
        digest.int(stage.rawValue)
        digest.bool(verdict.isCleared); digest.int(verdict.score); digest.int(verdict.gaps.count)
        for gap in verdict.gaps {
            digest.int(gap.condition.rawValue); digest.text(gap.kind.rawValue); digest.text(gap.reason)
            digest.bool(gap.action != nil)
            if let action = gap.action {
                digest.text(action.what); digest.text(action.owner); digest.date(action.deadline); digest.date(action.doneOn)
                digest.bool(action.doneNote != nil)
                if let note = action.doneNote { digest.text(note) }
            }
        }
        digest.date(verdictAtTransfer)
        // Not rated is its own value, never read as one of the three ratings.
        digest.bool(health != nil)
        if let health { digest.text(health.rawValue) }
        digest.date(tDay); digest.text(tDayLabel); digest.int(daysToTDay)
        digest.int(highRisks); digest.int(overdueItems); digest.int(knowledgeTransfer)
        digest.text(owner); digest.text(onboardingLead); digest.text(accountManager)
        digest.bool(scheduleDriven)
        digest.int(attention.count)
        for reason in attention { digest.attention(reason) }
        digest.bool(archived != nil)
        if let archived { digest.text(archived.reason.rawValue); digest.text(archived.note); digest.date(archived.on) }
        return digest.value
    }
}

/// FNV-1a, 64 bits, fed typed values.
private struct SummaryDigest {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    private mutating func byte(_ b: UInt8) {
        value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01B3
    }

    mutating func int(_ n: Int) {
        var v = UInt64(bitPattern: Int64(n))
        for _ in 0..<8 {
            byte(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    mutating func bool(_ b: Bool) { byte(b ? 1 : 0) }

    mutating func text(_ s: String) {
        int(s.utf8.count)
        for b in s.utf8 { byte(b) }
    }

    mutating func date(_ d: CalendarDate?) {
        guard let d else { return byte(0) }
        byte(1)
        int(d.year); int(d.month); int(d.day)
    }

    mutating func attention(_ reason: AttentionReason) {
        switch reason {
        case .tDaySoonNotCleared(let days): byte(1); int(days)
        case .overdueGapAction(let what, let days): byte(2); text(what); int(days)
        case .overdueActions(let n): byte(3); int(n)
        case .redHealth: byte(4)
        case .negativeSponsorSentiment: byte(5)
        case .materialisedRisksNotFollowedUp(let n): byte(6); int(n)
        case .nothingAtRisk: byte(7)
        case .exitIncomplete(let missing):
            byte(8); int(missing.count)
            for component in missing { text(component.rawValue) }
        case .overdueRiskReviews(let n): byte(9); int(n)
        case .staleSentiment: byte(10)
        case .scheduleDrivenTransition: byte(11)
        case .lateLoggedInteractions(let n): byte(12); int(n)
        case .dispositionOverdue(let n): byte(13); int(n)
        case .rerunCondition(let condition): byte(14); int(condition.rawValue)
        case .staleVerdict: byte(15)
        case .tDayToAvoid(let weekday): byte(16); int(weekday)
        case .handoverNotCirculated(let days): byte(17); int(days)
        case .handoverNotFinalised(let days): byte(18); int(days)
        }
    }
}
