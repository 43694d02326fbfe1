import Foundation
import Testing
@testable import BatonShared

/// A fresh, empty database on the test server named by `BATON_TEST_DATABASE_URL` (CI starts one
/// with .ci/postgres.sh). Without it the database tests are skipped, saying so.
enum TestDatabase {
    static var url: String? {
        ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// How long a test waits for the server: generous, since beside a full parallel run on two cores
    /// (fifty writer processes among them) a connection can wait its turn for a while.
    static let patience: Duration = .seconds(120)

    static let skipped: Comment = "BATON_TEST_DATABASE_URL is not set: no PostgreSQL server to test against (.ci/postgres.sh starts one)"

    /// Settings for a new database of its own, so that tests running in parallel never meet.
    static func fresh() async throws -> DatabaseSettings {
        var admin = try DatabaseSettings.resolve(try #require(url))
        // A connection beside a full parallel run may wait its turn past the usual 10 s.
        admin.connectTimeout = admin.connectTimeout ?? patience
        let name = "baton_test_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        try await Admin.createDatabase(named: name, on: admin, timeout: patience)
        var settings = admin
        settings.database = name
        return settings
    }
}

@Suite("The database tests run where they must")
struct DatabaseTestsRunInCI {
    @Test("CI (BATON_REQUIRE_DATABASE=1) has a server: the database tests are not quietly skipped there")
    func serverPresentInCI() {
        if ProcessInfo.processInfo.environment["BATON_REQUIRE_DATABASE"] == "1" {
            #expect(TestDatabase.url != nil, "BATON_REQUIRE_DATABASE=1 but BATON_TEST_DATABASE_URL is unset: .ci/postgres.sh did not start a server")
        }
    }
}
