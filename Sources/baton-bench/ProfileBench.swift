import BatonCore
import BatonUI
import Foundation

/// `baton-bench --profile N`: where the time of a full save and an open goes, step by step.
enum ProfileBench {
    static func run(accounts n: Int) throws {
        let today = CalendarDate(Date(), in: .current)
        var portfolio = Portfolio()
        let generate = Timing.milliseconds { portfolio = SyntheticPortfolio.make(accounts: n, seed: 42, today: today, now: Date()) }
        var data = Data()
        let encode = try Timing.milliseconds { data = try StoreDocument.encode(portfolio, savedAt: Date()) }
        var plainData = Data()
        let plain = try Timing.milliseconds {
            let e = JSONEncoder()
            e.dateEncodingStrategy = .iso8601
            plainData = try e.encode(portfolio)
        }
        let decodePlain = try Timing.milliseconds {
            let d = JSONDecoder()
            d.dateDecodingStrategy = .iso8601
            _ = try d.decode(Portfolio.self, from: plainData)
        }
        var rawData = Data()
        let encodeRaw = try Timing.milliseconds { rawData = try JSONEncoder().encode(portfolio) }
        let decodeRaw = try Timing.milliseconds { _ = try JSONDecoder().decode(Portfolio.self, from: rawData) }
        print("without ISO-8601 dates: encode \(Timing.format(encodeRaw)) · decode \(Timing.format(decodeRaw))")
        let decode = try Timing.milliseconds { _ = try StoreDocument.decode(data, path: "/tmp/x.json") }
        var state: AppState?
        let index = Timing.milliseconds {
            state = AppState(portfolio: portfolio, today: today, now: Date(), width: 80, height: 24, storePath: "", saveStatus: .saved)
        }
        let frame = Timing.milliseconds { _ = AppView.render(state!) }
        print("first frame after open: state and index \(Timing.format(index)) · render \(Timing.format(frame))")
        print("accounts \(n): \(data.count / 1024) KiB · generate \(Timing.format(generate)) · encode (store) \(Timing.format(encode))"
              + " · encode (plain) \(Timing.format(plain)) · decode (plain) \(Timing.format(decodePlain)) · decode (store) \(Timing.format(decode))")
    }
}
