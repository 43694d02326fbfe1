import Foundation
import Testing
@testable import BatonCore

/// Issue 25, finding 5: no bounds on what was read. A 10 MB name imported and made `baton list`
/// print 220 MB, a name of three NULs showed as nothing, a 10 MB field took 24 s to import. The
/// bounds live in the core's door, so every surface refuses the same way, in the same words.
@Suite("Limits on what comes in")
struct InputLimitsTests {
    let context = ChangeContext(today: Fixture.today, now: Fixture.noon, by: "Sarah Khan", timeZone: .utc)

    func refusal(_ change: AccountChange, on account: Account = Fixture.account()) -> String? {
        if case .failure(let refusal) = change.apply(to: account, context: context) { return refusal.reason }
        return nil
    }

    static func name(_ text: String) -> Result<Account, ChangeRefusal> {
        var draft = NewAccount(name: text, tDay: Fixture.today.adding(days: 40))
        draft.onboardingCoordinator = "Tom Reeves"
        return draft.make(context: ChangeContext(today: Fixture.today, now: Fixture.noon, by: "Ana Lima", timeZone: .utc), existing: [])
    }

    @Test("a name of only control characters (three NULs, a bidi override, DEL) is refused, saying so; one letter among them is a name")
    func controlOnlyNames() throws {
        for text in ["\u{0}\u{0}\u{0}", "\u{202E}", "\u{7F}\u{85}", " \u{1B}[2J "] {
            guard case .failure(let refusal) = Self.name(text) else {
                Issue.record("\(text.unicodeScalars.map(\.value)) was accepted")
                continue
            }
            #expect(refusal.reason.contains("cannot be only control characters"), "\(refusal)")
        }
        // A near miss: a real letter with a control beside it is a name (shown without the control).
        #expect(try Self.name("\u{0}A").get().name == "\u{0}A")
    }

    @Test("a name of 200 characters is taken, of 201 refused, of ten megabytes refused at once, in the same words from a new account, an identity edit and a CRM import")
    func nameLength() throws {
        let longest = String(repeating: "Å", count: InputLimits.nameCharacters)
        #expect(try Self.name(longest).get().name == longest)
        let tooLong = longest + "x"
        guard case .failure(let added) = Self.name(tooLong) else { Issue.record("201 characters accepted"); return }
        #expect(added.reason == "An account's name is at most 200 characters; this one has 201. Shorten it.")
        #expect(refusal(.profile(.editIdentity(Identity(name: tooLong, industry: "Logistics")))) == added.reason)
        let record = CRMRecord(recordID: "1", source: "HubSpot", importedValues: [:], importedOn: Fixture.today)
        #expect(refusal(.crm(.importValues([.name: tooLong], record: record))) == added.reason)
        guard case .failure(let huge) = Self.name(String(repeating: "n", count: 10 << 20)) else { Issue.record("10 MB accepted"); return }
        #expect(huge.reason.hasPrefix("Too long: the name holds 10,485,760 bytes"), "\(huge)")
        // Blank is refused in one set of words everywhere too.
        guard case .failure(let blank) = Self.name("  ") else { Issue.record("blank accepted"); return }
        #expect(refusal(.profile(.editIdentity(Identity(name: " ", industry: "Logistics")))) == blank.reason)
    }

    @Test("any text over 64 KB is refused by the door, naming its field; 64 KB exactly is taken")
    func textSize() throws {
        let most = String(repeating: "a", count: InputLimits.textBytes)
        #expect(refusal(.notes(.setHealth(.amber, rationale: most))) == nil)
        let over = refusal(.notes(.setHealth(.amber, rationale: most + "a")))
        #expect(over == "Too long: the rationale holds 65,537 bytes, and a text holds at most 64 KB (65,536 bytes). "
                + "Shorten it, or keep the document elsewhere and name where.", "\(over ?? "accepted")")
        // Deep inside a change: a contact's words in a sentiment note.
        let deep = refusal(.notes(.addSentimentNote(contact: "Priya", on: Fixture.today, words: String(repeating: "é", count: 40_000),
                                                   isVerbatim: true, tone: .positive)))
        #expect(deep?.contains("the words holds 80,000 bytes") == true, "\(deep ?? "accepted")")
        // A new account's texts too.
        var draft = NewAccount(name: "Alpen Hotels", tDay: Fixture.today.adding(days: 40))
        draft.purchased = most + "!"
        guard case .failure(let refusal) = draft.make(context: context, existing: []) else { Issue.record("accepted"); return }
        #expect(refusal.reason.hasPrefix("Too long: the purchased holds 65,537 bytes"), "\(refusal)")
    }

    @Test("a new account's texts are all checked: every text property Mirror finds is in the list the door checks, and each is refused over 64 KB")
    func newAccountTextsAllChecked() throws {
        let draft = NewAccount(name: "Alpen Hotels", tDay: Fixture.today.adding(days: 40))
        let texts = Mirror(reflecting: draft).children.compactMap { child -> String? in
            // By type, not by cast: a nil date would cast to a nil text.
            guard type(of: child.value) == String.self || type(of: child.value) == String?.self else { return nil }
            return child.label
        }
        #expect(Set(texts) == Set(draft.texts.map(\.label)), "a text property the size check would miss")
        // The optional ones too, once set: the same words as the walk of a change.
        var full = draft
        full.tradingName = String(repeating: "x", count: InputLimits.textBytes + 1)
        guard case .failure(let refusal) = full.make(context: context, existing: []) else { Issue.record("accepted"); return }
        #expect(refusal.reason.hasPrefix("Too long: the trading name holds 65,537 bytes"), "\(refusal)")
    }

    @Test("sizes read as a person reads them")
    func sizes() {
        #expect(InputLimits.size(512) == "512 bytes")
        #expect(InputLimits.size(64 << 10) == "64 KB")
        #expect(InputLimits.size(3 << 19) == "1.5 MB")
        #expect(InputLimits.size(2 << 30) == "2 GB")
    }

    @Test("a store file over 2 GB is refused before a byte is read, by the dashboard's open, baton list and validate alike")
    func storeSize() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        try StoreDocument.encode(StoreFixture.portfolio(accounts: 1), savedAt: StoreFixture.savedAt).write(to: URL(fileURLWithPath: path))
        #expect(try StoreReader.read(path: path).accounts.count == 1)
        // Sparse: no disk is used, the size is what the file system says.
        let fd = open(path, O_WRONLY)
        #expect(ftruncate(fd, off_t(InputLimits.storeBytes + 1)) == 0)
        close(fd)
        #expect(throws: StoreError.self) { try PortfolioStore.open(path: path, creatingWith: { Portfolio() }) }
        do {
            _ = try StoreReader.read(path: path)
            Issue.record("read")
        } catch {
            #expect("\(error)".contains("more than a store Baton will read (2 GB"), "\(error)")
        }
        #expect(StoreValidator.validate(path: path).first?.message.contains("more than a store Baton will read") == true)
        #expect(StoreDocumentMap.open(path: path) == nil)
    }
}
