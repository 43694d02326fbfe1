import Testing
@testable import BatonCore

@Suite("Knowledge-transfer completeness")
struct KnowledgeTransferTests {
    func transfer(completing n: Int) -> CRMTransfer {
        CRMTransfer(areas: CRMArea.allCases.enumerated().map { CRMAreaCheck(area: $1, complete: $0 < n) })
    }

    @Test("all nine areas complete is 100 % and meets the target")
    func allNine() {
        #expect(KnowledgeTransfer.completeness(of: transfer(completing: 9)) == 1.0)
        #expect(KnowledgeTransfer.meetsTarget(transfer(completing: 9)))
        #expect(KnowledgeTransfer.incompleteAreas(of: transfer(completing: 9)).isEmpty)
    }

    @Test("eight of nine is 88.9 %, below the 95 % target")
    func eightOfNine() {
        let eight = transfer(completing: 8)
        #expect(abs(KnowledgeTransfer.completeness(of: eight) - 8.0 / 9.0) < 1e-12)
        #expect(!KnowledgeTransfer.meetsTarget(eight))
        #expect(KnowledgeTransfer.incompleteAreas(of: eight) == [.sentimentHistory])
    }

    @Test("a new transfer with nothing checked is 0 %")
    func empty() {
        #expect(KnowledgeTransfer.completeness(of: CRMTransfer()) == 0)
        #expect(KnowledgeTransfer.incompleteAreas(of: CRMTransfer()).count == 9)
    }

    @Test("an area listed twice is counted once")
    func duplicates() {
        var t = transfer(completing: 8)
        t.areas.append(CRMAreaCheck(area: .customerIdentity, complete: true))
        #expect(!KnowledgeTransfer.meetsTarget(t))
        #expect(abs(KnowledgeTransfer.completeness(of: t) - 8.0 / 9.0) < 1e-12)
    }
}
