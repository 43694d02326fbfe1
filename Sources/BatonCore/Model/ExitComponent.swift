/// The five components of the onboarding exit; each is done or not, with a date.
public enum ExitComponent: String, Codable, CaseIterable, Sendable {
    case completionReport
    /// A signed acknowledgement, not an inferred one.
    case customerSignOff
    case internalHandoverPack
    case jointTransitionMeeting
    case crmExitConfirmation

    public var title: String {
        switch self {
        case .completionReport: "Completion report"
        case .customerSignOff: "Customer sign-off (signed)"
        case .internalHandoverPack: "Internal handover pack"
        case .jointTransitionMeeting: "Joint transition meeting"
        case .crmExitConfirmation: "Exit confirmation in the CRM"
        }
    }
}

/// One exit component and the day it was done.
public struct ExitStep: Codable, Hashable, Sendable {
    public var component: ExitComponent
    public var doneOn: CalendarDate?

    public init(component: ExitComponent, doneOn: CalendarDate? = nil) {
        self.component = component
        self.doneOn = doneOn
    }

    public static var all: [ExitStep] { ExitComponent.allCases.map { ExitStep(component: $0) } }
}
