import Foundation

/// Reads one line of index entries (a JSON array as `JSONEncoder` writes it: compact, keys
/// sorted) straight from its bytes. At 10,000 accounts `JSONDecoder` took four fifths of the first
/// frame on its generic containers; this reads the same entries several times faster.
///
/// It knows exactly the shape the index writer produces. Anything else — a key it does not
/// know, a missing one, an archived account, a number out of range — is nil, and the line is
/// decoded by `JSONDecoder` as before, so the result is never different, only sooner. A test
/// holds the two to equal entries on synthetic and demo portfolios.
struct SummaryIndexLine {
    private let bytes: UnsafeRawBufferPointer
    private var i = 0

    static func entries(_ bytes: UnsafeRawBufferPointer) -> [SummaryIndex.Entry]? {
        var line = SummaryIndexLine(bytes: bytes)
        guard let entries = line.list({ $0.entry() }) else { return nil }
        line.skipSpace()
        return line.i == bytes.count ? entries : nil
    }

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    // MARK: - The index's types

    private mutating func entry() -> SummaryIndex.Entry? {
        var end, start: Int?
        var fingerprint, checksum: UInt64?
        var summary: AccountSummary?
        var validThrough: CalendarDate?
        guard object({ line, key in
            switch key {
            case "checksum": checksum = line.uint64()
            case "end": end = line.int()
            case "fingerprint": fingerprint = line.uint64()
            case "start": start = line.int()
            case "summary": summary = line.summary()
            case "validThrough": validThrough = line.date()
            default: return false
            }
            return true
        }), let checksum, let end, let fingerprint, let start, let summary, let validThrough else { return nil }
        return SummaryIndex.Entry(summary: summary, start: start, end: end, fingerprint: fingerprint, validThrough: validThrough,
                                  checksum: checksum)
    }

    private mutating func summary() -> AccountSummary? {
        var s = Fields()
        guard object({ line, key in
            switch key {
            case "accountManager": s.accountManager = line.string()
            case "attention": s.attention = line.list { $0.attention() }
            case "daysToTDay": s.daysToTDay = line.int()
            // Absent: not rated. A value that is not a rating spoils the line.
            case "health":
                s.health = line.string().flatMap(Health.Rating.init(rawValue:))
                return s.health != nil
            case "highRisks": s.highRisks = line.int()
            case "id": s.id = line.string()
            case "knowledgeTransfer": s.knowledgeTransfer = line.int()
            case "name": s.name = line.string()
            case "onboardingLead": s.onboardingLead = line.string()
            case "overdueItems": s.overdueItems = line.int()
            case "owner": s.owner = line.string()
            case "scheduleDriven": s.scheduleDriven = line.bool()
            case "searchKey": s.searchKey = line.string()
            case "stage": s.stage = line.int().flatMap(Stage.init(rawValue:))
            case "tDay": s.tDay = line.date()
            case "tDayLabel": s.tDayLabel = line.string()
            case "verdict": s.verdict = line.verdict()
            case "verdictAtTransfer":
                s.verdictAtTransfer = line.date()
                return s.verdictAtTransfer != nil
            // "archived" among them: rare, and left to JSONDecoder.
            default: return false
            }
            return true
        }) else { return nil }
        return s.summary
    }

    /// The summary's fields as they are read, in any order.
    private struct Fields {
        var id, name, searchKey, tDayLabel, owner, onboardingLead, accountManager: String?
        var stage: Stage?
        var verdict: Verdict?
        var verdictAtTransfer: CalendarDate?
        var health: Health.Rating?
        var tDay: CalendarDate?
        var daysToTDay, highRisks, overdueItems, knowledgeTransfer: Int?
        var scheduleDriven: Bool?
        var attention: [AttentionReason]?

        var summary: AccountSummary? {
            guard let id, let name, let searchKey, let stage, let verdict, let tDay, let tDayLabel, let daysToTDay,
                  let highRisks, let overdueItems, let knowledgeTransfer, let owner, let onboardingLead, let accountManager,
                  let scheduleDriven, let attention else { return nil }
            return AccountSummary(id: id, name: name, searchKey: searchKey, stage: stage, verdict: verdict,
                                  verdictAtTransfer: verdictAtTransfer, health: health, tDay: tDay, tDayLabel: tDayLabel,
                                  daysToTDay: daysToTDay, highRisks: highRisks, overdueItems: overdueItems,
                                  knowledgeTransfer: knowledgeTransfer, owner: owner, onboardingLead: onboardingLead,
                                  accountManager: accountManager, scheduleDriven: scheduleDriven, attention: attention, archived: nil)
        }
    }

    private mutating func verdict() -> Verdict? {
        var gaps: [ReadinessGap]?
        var isCleared: Bool?
        var score: Int?
        guard object({ line, key in
            switch key {
            case "gaps": gaps = line.list { $0.gap() }
            case "isCleared": isCleared = line.bool()
            case "score": score = line.int()
            default: return false
            }
            return true
        }), let gaps, let isCleared, let score else { return nil }
        return Verdict(isCleared: isCleared, score: score, gaps: gaps)
    }

    private mutating func gap() -> ReadinessGap? {
        var action: GapAction?
        var condition: ReadinessCondition?
        var kind: ReadinessGap.Kind?
        var reason: String?
        guard object({ line, key in
            switch key {
            case "action":
                action = line.gapAction()
                return action != nil
            case "condition": condition = line.int().flatMap(ReadinessCondition.init(rawValue:))
            case "kind": kind = line.string().flatMap(ReadinessGap.Kind.init(rawValue:))
            case "reason": reason = line.string()
            default: return false
            }
            return true
        }), let condition, let kind, let reason else { return nil }
        return ReadinessGap(condition: condition, kind: kind, reason: reason, action: action)
    }

    private mutating func gapAction() -> GapAction? {
        var what, owner: String?
        var deadline, doneOn: CalendarDate?
        var doneNote: String?
        guard object({ line, key in
            switch key {
            case "deadline": deadline = line.date()
            case "doneOn":
                doneOn = line.date()
                return doneOn != nil
            case "doneNote":
                doneNote = line.string()
                return doneNote != nil
            case "owner": owner = line.string()
            case "what": what = line.string()
            default: return false
            }
            return true
        }), let what, let owner, let deadline else { return nil }
        return GapAction(what: what, owner: owner, deadline: deadline, doneOn: doneOn, doneNote: doneNote)
    }

    /// `{"case":{}}`, `{"case":{"_0":…}}` or `{"case":{"label":…,…}}`, as Swift's synthesized coding writes an enum.
    private mutating func attention() -> AttentionReason? {
        var reason: AttentionReason?
        guard object({ line, name in
            guard reason == nil else { return false }
            var ints: [String: Int] = [:]
            var texts: [String: String] = [:]
            var exits: [ExitComponent]?
            guard line.object({ line, label in
                switch (name, label) {
                case ("overdueGapAction", "what"):
                    texts[label] = line.string()
                    return texts[label] != nil
                case ("exitIncomplete", "_0"):
                    exits = line.list { $0.string().flatMap(ExitComponent.init(rawValue:)) }
                    return exits != nil
                default:
                    ints[label] = line.int()
                    return ints[label] != nil
                }
            }) else { return false }
            switch (name, ints.count, texts.count) {
            case ("tDaySoonNotCleared", 1, 0): reason = ints["daysLeft"].map { .tDaySoonNotCleared(daysLeft: $0) }
            case ("overdueGapAction", 1, 1):
                if let what = texts["what"], let days = ints["daysOverdue"] { reason = .overdueGapAction(what: what, daysOverdue: days) }
            case ("overdueActions", 1, 0): reason = ints["_0"].map { .overdueActions($0) }
            case ("redHealth", 0, 0): reason = .redHealth
            case ("rerunCondition", 1, 0): reason = ints["_0"].flatMap(ReadinessCondition.init(rawValue:)).map { .rerunCondition($0) }
            case ("staleVerdict", 0, 0): reason = .staleVerdict
            case ("negativeSponsorSentiment", 0, 0): reason = .negativeSponsorSentiment
            case ("materialisedRisksNotFollowedUp", 1, 0): reason = ints["_0"].map { .materialisedRisksNotFollowedUp($0) }
            case ("nothingAtRisk", 0, 0): reason = .nothingAtRisk
            case ("exitIncomplete", 0, 0): reason = exits.map { .exitIncomplete($0) }
            case ("overdueRiskReviews", 1, 0): reason = ints["_0"].map { .overdueRiskReviews($0) }
            case ("staleSentiment", 0, 0): reason = .staleSentiment
            case ("scheduleDrivenTransition", 0, 0): reason = .scheduleDrivenTransition
            case ("lateLoggedInteractions", 1, 0): reason = ints["_0"].map { .lateLoggedInteractions($0) }
            case ("dispositionOverdue", 1, 0): reason = ints["_0"].map { .dispositionOverdue($0) }
            case ("tDayToAvoid", 1, 0): reason = ints["weekday"].map { .tDayToAvoid(weekday: $0) }
            case ("handoverNotCirculated", 1, 0): reason = ints["daysLate"].map { .handoverNotCirculated(daysLate: $0) }
            case ("handoverNotFinalised", 1, 0): reason = ints["daysLate"].map { .handoverNotFinalised(daysLate: $0) }
            default: return false
            }
            return reason != nil
        }) else { return nil }
        return reason
    }

    private mutating func date() -> CalendarDate? { string().flatMap(CalendarDate.init(iso:)) }

    // MARK: - JSON, as JSONEncoder writes it

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// An object, each field handed to `field` with its key; `field` reads the value and says
    /// whether it was one it knows. False when anything is not as expected.
    private mutating func object(_ field: (inout SummaryIndexLine, String) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = string(), take(UInt8(ascii: ":")), field(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    private mutating func list<T>(_ element: (inout SummaryIndexLine) -> T?) -> [T]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var out: [T] = []
        if take(UInt8(ascii: "]")) { return out }
        repeat {
            guard let value = element(&self) else { return nil }
            out.append(value)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? out : nil
    }

    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
            guard bytes[i] >= 0x20 else { return nil }
            i += 1
        }
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "\"") {
            i += 1
            return String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self)
        }
        // An escape: rare in names and reasons; the whole string is read the careful way.
        i = start - 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
        guard end < bytes.count else { return nil }
        let quoted = Data(UnsafeRawBufferPointer(rebasing: bytes[i...end]))
        i = end + 1
        return try? JSONDecoder().decode(String.self, from: quoted)
    }

    private mutating func digits() -> (negative: Bool, value: UInt64)? {
        skipSpace()
        let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        let start = i
        var value: UInt64 = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(UInt64(bytes[i] - 0x30))
            guard !o1, !o2 else { return nil }
            value = sum
            i += 1
        }
        // A fraction or an exponent is not what the writer makes: left to JSONDecoder.
        guard i > start, i == bytes.count || !(bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e")
                                                 || bytes[i] == UInt8(ascii: "E")) else { return nil }
        return (negative, value)
    }

    private mutating func int() -> Int? {
        guard let (negative, value) = digits() else { return nil }
        if negative { return value <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- value) : nil }
        return value <= UInt64(Int.max) ? Int(value) : nil
    }

    private mutating func uint64() -> UInt64? {
        guard let (negative, value) = digits(), !negative else { return nil }
        return value
    }

    private mutating func bool() -> Bool? {
        skipSpace()
        for (word, value) in [("true", true), ("false", false)] where bytes.count - i >= word.utf8.count {
            if word.utf8.elementsEqual(bytes[i..<(i + word.utf8.count)]) {
                i += word.utf8.count
                return value
            }
        }
        return nil
    }
}

extension AccountSummary {
    /// Every field given, for a summary read back from the index.
    init(id: String, name: String, searchKey: String, stage: Stage, verdict: Verdict, verdictAtTransfer: CalendarDate?,
         health: Health.Rating?, tDay: CalendarDate, tDayLabel: String, daysToTDay: Int, highRisks: Int, overdueItems: Int,
         knowledgeTransfer: Int, owner: String, onboardingLead: String, accountManager: String, scheduleDriven: Bool,
         attention: [AttentionReason], archived: Archival?) {
        self.id = id
        self.name = name
        self.searchKey = searchKey
        self.stage = stage
        self.verdict = verdict
        self.verdictAtTransfer = verdictAtTransfer
        self.health = health
        self.tDay = tDay
        self.tDayLabel = tDayLabel
        self.daysToTDay = daysToTDay
        self.highRisks = highRisks
        self.overdueItems = overdueItems
        self.knowledgeTransfer = knowledgeTransfer
        self.owner = owner
        self.onboardingLead = onboardingLead
        self.accountManager = accountManager
        self.scheduleDriven = scheduleDriven
        self.attention = attention
        self.archived = archived
    }
}
