import Foundation

extension StoreDocument {
    /// Below this many accounts one pass is as quick as splitting the work.
    static let parallelWriteThreshold = 64

    /// The document, byte for byte what the one-pass encoder writes, with the accounts encoded on
    /// every core: each account is pretty-printed on its own and indented to its place in the
    /// `accounts` array. A full save of 10,000 accounts is ~300 MB of JSON; one core takes ~8 s.
    /// (A test holds the two encoders to the same bytes.)
    static func encodeInParallel(_ envelope: Envelope) throws -> Data? {
        let accounts = envelope.portfolio.accounts
        guard accounts.count >= parallelWriteThreshold else { return nil }
        let pieces = ParallelResults<Data>(count: accounts.count)
        let workers = max(1, min(accounts.count, ProcessInfo.processInfo.activeProcessorCount * 8))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let encoder = encoder(pretty: true)
            var i = worker
            while i < accounts.count {
                guard let json = try? encoder.encode(accounts[i]) else {
                    pieces.fail()
                    return
                }
                // A person reads and diffs the store: controls a terminal acts on are written as \uXXXX.
                pieces.set(i, indented(SafeText.escapingControls(inJSON: json), by: 6))
                i += workers
            }
        }
        guard let encoded = pieces.all() else { return nil }
        let scalar = encoder(pretty: false)
        func fragment<T: Encodable>(_ value: T) throws -> String {
            String(decoding: SafeText.escapingControls(inJSON: try scalar.encode(value)), as: UTF8.self)
        }
        var out = Data()
        out.reserveCapacity(encoded.reduce(0) { $0 + $1.count + 2 } + 512)
        out.append(contentsOf: Array("""
        {
          "format" : \(try fragment(envelope.format)),
          "formatVersion" : \(envelope.formatVersion),
          "portfolio" : {
            "accounts" : [

        """.utf8))
        for (n, account) in encoded.enumerated() {
            out.append(account)
            out.append(contentsOf: Array((n == encoded.count - 1 ? "\n" : ",\n").utf8))
        }
        out.append(contentsOf: Array("""
            ],
            "owner" : \(try fragment(envelope.portfolio.owner))
          },
          "savedAt" : \(try fragment(envelope.savedAt))
        """.utf8))
        if let storeID = envelope.storeID {
            out.append(contentsOf: Array(",\n  \"storeID\" : \(try fragment(storeID))".utf8))
        }
        out.append(contentsOf: Array("\n}".utf8))
        return out
    }

    /// Every line but the empty ones (the encoder writes `[` blank line `]` for an empty list)
    /// moved right by `spaces`; JSON strings never hold a raw line break, so lines are structure.
    static func indented(_ json: Data, by spaces: Int) -> Data {
        // Counted first, then written into raw memory: appending byte by byte to Data costs more
        // than the encoding it follows.
        json.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> Data in
            var lines = 0
            var atLineStart = true
            for byte in source {
                if atLineStart && byte != 0x0A { lines += 1 }
                atLineStart = byte == 0x0A
            }
            var out = Data(count: source.count + lines * spaces)
            out.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) in
                var j = 0
                var atStart = true
                for byte in source {
                    if atStart && byte != 0x0A {
                        for k in 0..<spaces { target[j + k] = 0x20 }
                        j += spaces
                    }
                    target[j] = byte
                    j += 1
                    atStart = byte == 0x0A
                }
            }
            return out
        }
    }
}
