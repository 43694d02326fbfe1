import Testing
@testable import BatonCore

@Suite("Sponsor sentiment staleness")
struct SentimentStalenessTests {
    func note(_ id: String, _ offset: Int, from contact: String = Fixture.sponsorName) -> SentimentNote {
        SentimentNote(id: id, capturedOn: Fixture.day(offset), contact: contact, words: "Going well", tone: .positive)
    }

    @Test("sponsor sentiment captured seven days ago is fresh; eight days ago it is stale")
    func boundary() {
        var account = Fixture.account()
        account.sentiment = [note("s", -7)]
        #expect(!account.isSentimentStale(today: Fixture.today))
        account.sentiment = [note("s", -8)]
        #expect(account.isSentimentStale(today: Fixture.today))
    }

    @Test("no sponsor sentiment at all is stale")
    func none() {
        var account = Fixture.account()
        account.sentiment = []
        #expect(account.latestSponsorSentiment() == nil)
        #expect(account.isSentimentStale(today: Fixture.today))
    }

    @Test("fresh sentiment from someone other than the sponsor does not count")
    func notSponsor() {
        var account = Fixture.account()
        account.sentiment = [note("admin", 0, from: "Lisa Chen"), note("old", -10)]
        #expect(account.latestSponsorSentiment()?.id == "old")
        #expect(account.isSentimentStale(today: Fixture.today))
    }

    @Test("the sponsor is matched by name, ignoring case and surrounding spaces")
    func nameMatch() {
        var account = Fixture.account()
        account.sentiment = [note("s", -1, from: " amira HADDAD ")]
        #expect(account.latestSponsorSentiment()?.id == "s")
        #expect(!account.isSentimentStale(today: Fixture.today))
    }

    @Test("the latest note wins, whatever the order in the list")
    func latest() {
        var account = Fixture.account()
        account.sentiment = [note("new", -1), note("old", -20)]
        #expect(account.latestSponsorSentiment()?.id == "new")
    }

    @Test("a note dated in the future does not keep sentiment fresh")
    func future() {
        var account = Fixture.account()
        account.sentiment = [note("future", 3), note("old", -9)]
        #expect(account.isSentimentStale(today: Fixture.today))
    }
}
