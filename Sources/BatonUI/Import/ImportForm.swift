import BatonCore

extension FieldKey {
    static let importPath = FieldKey("import.path")
    static let importMap = FieldKey("import.map")
}

/// `:import`'s first question: which file, and how to map the columns Baton does not know.
enum ImportForm {
    static func make(path: String = "", map: String = "") -> FormState {
        FormState(title: "Import a CRM export (CSV)", purpose: .importFile, accountID: "", fields: [
            FormField(.importPath, "CSV file", text: path, hint: "its path; ~ is your home folder"),
            FormField(.importMap, "Map columns", text: map, required: false,
                      hint: "COLUMN=field, … for columns Baton does not know, e.g. Customer=name"),
        ], guidance: ["Salesforce and HubSpot account exports are known.",
                      "Next comes the dry run, row by row: nothing changes until you press Enter there."])
    }
}
