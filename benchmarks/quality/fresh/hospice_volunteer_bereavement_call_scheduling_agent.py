"""Hospice bereavement call scheduling agent: the first design, before any security review.

Our US hospice offers each bereaved family thirteen months of follow-up support
calls from trained volunteers. Bereavement cases (the family contact, the date of
death and the risk assessment made at the time of death) are copied nightly from
the hospice EHR. A scheduling agent, built on a hosted LLM under a business
associate agreement, matches families with volunteers' availability, books the
calls, drafts SMS reminders that a messaging provider sends to families and
volunteers, and reads families' SMS replies to reschedule. After each call the
volunteer writes notes in the volunteer portal; the agent reads them and flags
risk (complicated grief, talk of self-harm) to the bereavement coordinator's
queue. The coordinator approves every new volunteer-family pairing; reminders
and reschedules go out without review. Volunteers sign in with e-mail and
password; staff use the hospice's SSO with MFA; the case store is encrypted and
audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospice bereavement call scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Schedules volunteer bereavement calls, sends reminders and flags risk notes.",
)

# ---------------------------------------------------------------- data assets
ehr_export = tg.Data(
    "Bereavement case export",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Deceased patient, date of death, next of kin, phone, relationship, "
    "bereavement risk assessment.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_record = tg.Data(
    "Bereavement case record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The family's contact, plan of calls, assigned volunteer and call history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
availability = tg.Data("Volunteer availability", kind="records", sensitivity=tg.Sensitivity.PII)
schedule = tg.Data("Call schedule", kind="records", sensitivity=tg.Sensitivity.PII)
call_notes = tg.Data(
    "Volunteer call notes",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text written after each call about how the family member is coping.",
)
family_sms = tg.Data(
    "Family SMS reply",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text replies to reminders: confirm, reschedule, stop, or anything else.",
)
reminder = tg.Data("Call reminder message", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the case, the volunteer's notes or the family's reply.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
risk_flag = tg.Data(
    "Risk flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Case, the passage of the notes that worried the agent, and a suggested urgency.",
)
pairing = tg.Data("Proposed volunteer pairing", kind="model-output", sensitivity=tg.Sensitivity.PII)
pairing_decision = tg.Data("Pairing approval", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bereaved relative: only ever gets texts and calls, and texts back.
    family = tm.add(tg.Actor("Bereaved family member", role="family member"))
    # Trained volunteers, working from home on their own phones and laptops.
    volunteer = tm.add(tg.Actor("Bereavement volunteer", role="volunteer"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends and receives the SMS; posts replies to us by webhook.
    sms = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model under a BAA, no retention of prompts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention option")},
        )
    )

with tm.boundary("Hospice cloud", trust=tg.Trust.INTERNAL):
    # Where volunteers give availability, see their calls and write call notes.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The coordinator's view: risk flags, pairings to approve, all cases.
    console = tm.add(
        tg.Endpoint(
            "Coordinator console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospice SSO with MFA"), c.RBAC()},
        )
    )
    # The scheduler itself.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books calls, drafts reminders, handles SMS replies and reads call "
            "notes for risk; new pairings wait for the coordinator.",
            controls={
                c.HumanInTheLoop(approver="bereavement coordinator, for new volunteer pairings"),
                c.AuditLogging(),
            },
        )
    )
    # Reads a case and its call history for the agent.
    lookup_tool = tm.add(tg.Tool("Case lookup tool", capabilities={"read"}))
    # Books, moves and cancels calls in the schedule.
    calendar_tool = tm.add(tg.Tool("Call booking tool", capabilities={"read", "write"}))
    # Sends the drafted reminder through the SMS gateway.
    reminder_tool = tm.add(
        tg.Tool("Reminder SMS tool", capabilities={"send-messages", "network-egress"})
    )
    # Puts a risk flag or pairing proposal in the coordinator's queue.
    flag_tool = tm.add(tg.Tool("Coordinator flag tool", capabilities={"write"}))
    # Cases, schedule and notes.
    case_store = tm.add(
        tg.DataStore(
            "Bereavement case store",
            stores={case_record, schedule, call_notes, pairing_decision},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(),
                c.RBAC(),
            },
        )
    )
    # Volunteers' weekly availability and contact numbers.
    roster = tm.add(tg.DataStore("Volunteer roster", stores={availability}))
    # Risk flags and pairing proposals waiting for the coordinator.
    queue = tm.add(tg.DataStore("Coordinator queue", stores={risk_flag, pairing}))

with tm.boundary("Hospice network", trust=tg.Trust.INTERNAL):
    # Runs the bereavement programme; acts on risk flags.
    coordinator = tm.add(tg.Actor("Bereavement coordinator", role="coordinator"))
    # System of record for patients and families.
    ehr = tm.add(tg.DataStore("Hospice EHR", stores={ehr_export}))

# ---------------------------------------------------------------- flows
tm.flow(ehr, case_store, ehr_export, protocol="sftp", label="nightly export")

tm.flow(volunteer, portal, availability, call_notes, protocol="https")
tm.flow(portal, volunteer, schedule, case_record, protocol="https")
tm.flow(portal, roster, availability)
tm.flow(portal, case_store, call_notes)
tm.flow(case_store, portal, schedule, case_record)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, tool_call)
tm.flow(case_store, lookup_tool, case_record, call_notes)
tm.flow(lookup_tool, agent, tool_result)

tm.flow(agent, calendar_tool, tool_call)
tm.flow(roster, calendar_tool, availability)
tm.flow(calendar_tool, case_store, schedule)
tm.flow(calendar_tool, agent, tool_result)

tm.flow(agent, reminder_tool, tool_call, reminder)
tm.flow(reminder_tool, sms, reminder, protocol="https")
tm.flow(sms, family, reminder, protocol="sms")
tm.flow(sms, volunteer, reminder, protocol="sms")
tm.flow(family, sms, family_sms, protocol="sms")
tm.flow(sms, agent, family_sms, protocol="https", label="inbound SMS webhook")

tm.flow(agent, flag_tool, tool_call, risk_flag, pairing)
tm.flow(flag_tool, queue, risk_flag, pairing)
tm.flow(queue, console, risk_flag, pairing)
tm.flow(console, coordinator, risk_flag, pairing, case_record, protocol="https")
tm.flow(coordinator, console, pairing_decision, protocol="https")
tm.flow(console, case_store, pairing_decision)
tm.flow(case_store, console, case_record, call_notes)
