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

/// One exit component, the day it was done, and where the proof is (the signed sign-off's
/// reference, the completion report's location).
public struct ExitStep: Codable, Hashable, Sendable {
    public var component: ExitComponent
    public var doneOn: CalendarDate?
    public var reference: String?

    public init(component: ExitComponent, doneOn: CalendarDate? = nil, reference: String? = nil) {
        self.component = component
        self.doneOn = doneOn
        self.reference = reference
    }

    public static var all: [ExitStep] { ExitComponent.allCases.map { ExitStep(component: $0) } }
}
