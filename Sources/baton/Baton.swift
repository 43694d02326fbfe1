import ArgumentParser

/// `baton`: the dashboard by default, and the subcommands a lead scripts around it.
@main
struct Baton: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baton",
        abstract: "A terminal dashboard for moving customer accounts from Onboarding to Account Management.",
        discussion: """
        With no subcommand, opens the dashboard on your portfolio. On a machine without one it shows \
        the demo portfolio as a throwaway copy; S there starts your own, empty.

        Examples:
          baton                          open the dashboard on your portfolio
          baton --demo                   try it on a throwaway copy of the demo portfolio
          baton list                     one line per account: stage, readiness, verdict, T-day…
          baton --demo list --json       the same as JSON, for scripts
          baton validate                 check the store; exit 0 when it is readable
          baton validate backup.json     check any file
          baton --store ~/work/q3.json   use another store
          baton list --archived          archived accounts too
          baton remove-demo --dry-run    which demo accounts an earlier build left in your store
          baton keys                     every key, as the help overlay lists them
          baton export handover northwind  the handover document as Markdown (baton export --help)
          baton import accounts.csv      accounts from a Salesforce or HubSpot export (--dry-run first)
          baton show northwind           one account, its registers and timeline numbered
          baton health northwind amber --why "Sponsor on leave"
          baton list --attention --json  the morning report, for jq
        """,
        version: BatonVersion.current,
        subcommands: [DashboardCommand.self, ListCommand.self, ValidateCommand.self, KeysCommand.self, RemoveDemoCommand.self, ExportCommand.self,
                      ShowCommand.self, ImportCommand.self, AddCommand.self]
            + [CommandsCommand.self] + ChangeCommands.all
            + [DatabaseCommand.self, HistoryCommand.self, LoadCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    // Declared here as well as on each subcommand so that `baton --demo list` and
    // `baton list --demo` both work: ArgumentParser hands root options on to the subcommand's group.
    @OptionGroup var store: StoreOptions
}

enum BatonVersion {
    static let current = "0.1.0"
}
