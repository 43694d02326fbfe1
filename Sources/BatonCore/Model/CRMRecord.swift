/// The CRM record an account was imported from: its id there (how a re-import finds the
/// account again instead of adding it twice) and what the import last wrote into each field, so
/// a later import can tell a value the lead changed in Baton from one the CRM changed.
public struct CRMRecord: Codable, Hashable, Sendable {
    /// The record's id in the CRM ("Account ID" in Salesforce, "Record ID" in HubSpot).
    public var recordID: String
    /// Which export it came from, as recognised from its columns ("Salesforce", "HubSpot", "CSV").
    public var source: String
    /// Each imported field's name (`ImportField.rawValue`) and the value the last import wrote, as text.
    public var importedValues: [String: String]
    public var importedOn: CalendarDate

    public init(recordID: String, source: String, importedValues: [String: String], importedOn: CalendarDate) {
        self.recordID = recordID
        self.source = source
        self.importedValues = importedValues
        self.importedOn = importedOn
    }
}
