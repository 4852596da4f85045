"""Court listing office: hearing scheduler agent, first design.

Listing officers at a civil and family court centre spend hours finding hearing
dates that suit the judge, the parties and a free courtroom. A scheduling agent on
a hosted LLM takes an officer's listing request, reads the case record and the
parties' dates to avoid, the judges' diaries and the courtroom bookings through
tools, pencils in a provisional courtroom hold and proposes dates with reasons.
The officer confirms or rejects each proposal in the listing workbench; only a
confirmed listing goes into the case management system and out as a notice of
hearing. Parties submit dates to avoid through an online portal. It runs in the
court's UK cloud tenancy (UK GDPR). Controls: staff SSO with MFA and audit logs on
the workbench, officer confirmation of every listing, a step limit on the agent,
hold-only rights for the room tool, encrypted case records, a reviewed LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court listing office hearing scheduler agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent proposes hearing dates for listing officers to confirm.",
)

# ---------------------------------------------------------------- data assets
listing_request = tg.Data(
    "Listing request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Case number, hearing type, time estimate and the window to list in.",
)
case_details = tg.Data(
    "Case details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Parties, representatives, hearing type, interpreter and special measures.",
)
dates_to_avoid = tg.Data(
    "Parties' dates to avoid",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dates a party, witness or advocate cannot attend, with free-text reasons.",
)
judicial_availability = tg.Data(
    "Judicial availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Judges' sitting days, leave and ticketing for case types.",
)
room_bookings = tg.Data("Courtroom bookings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
provisional_hold = tg.Data(
    "Provisional courtroom hold",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A room and date pencilled in for 48 hours while the officer decides.",
)
agent_prompt = tg.Data(
    "Agent prompt with case context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request and the tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
proposal = tg.Data(
    "Proposed hearing dates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Up to three date and courtroom options, each with the agent's reasoning.",
)
confirmation = tg.Data(
    "Listing confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notice = tg.Data("Notice of hearing", kind="documents", sensitivity=tg.Sensitivity.PII)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Litigants in person, solicitors and counsel who tell the court when they cannot attend.
    party = tm.add(tg.Actor("Party or legal representative", role="court user"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, under a government cloud contract, UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="no retention, no training on prompts, UK region")},
        )
    )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Government e-mail and letter service that delivers notices of hearing.
    notify = tm.add(
        tg.ExternalService("Notification service", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Court cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web form where parties submit their dates to avoid for a case.
    portal = tm.add(
        tg.Endpoint(
            "Dates to avoid portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password account"),
                c.InputValidation(note="dates must be valid and within the listing window"),
            },
        )
    )
    # The officers' web application: listing requests in, proposals out, confirmations.
    workbench = tm.add(
        tg.Service(
            "Listing workbench",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # The LLM agent that gathers availability and proposes dates.
    agent = tm.add(
        tg.Agent(
            "Hearing scheduler agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="listing officer",
                    note="every listing is confirmed by an officer; provisional room holds "
                    "are placed directly by the agent",
                ),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Reads one case's record and the dates to avoid filed on it.
    case_tool = tm.add(
        tg.Tool("Case lookup tool", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # Reads judges' sitting days and leave for a date range.
    diary_tool = tm.add(
        tg.Tool("Judicial diary tool", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # Reads courtroom bookings and places 48-hour provisional holds.
    room_tool = tm.add(
        tg.Tool(
            "Courtroom booking tool",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.LeastPrivilegeTools(note="service account can create provisional holds only")
            },
        )
    )
    # Every agent run: prompts, tool calls and proposals, for complaints and tuning.
    agent_log = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

    with tm.boundary("Court records zone", trust=tg.Trust.RESTRICTED):
        # The system of record for cases, parties and hearings.
        cms = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_details, dates_to_avoid, confirmation},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Judges' diaries, kept by the judicial clerks.
        diary = tm.add(tg.DataStore("Judicial diary system", stores={judicial_availability}))
        # Courtroom and hearing room reservations for the court centre.
        rooms = tm.add(
            tg.DataStore("Courtroom booking system", stores={room_bookings, provisional_hold})
        )

with tm.boundary("Court office network", trust=tg.Trust.INTERNAL):
    # The staff who list hearings and answer for the dates chosen.
    officer = tm.add(tg.Actor("Listing officer", role="court staff"))
    # Keeps each judge's sitting days and leave up to date.
    clerk = tm.add(tg.Actor("Judicial clerk", role="court staff"))

# ---------------------------------------------------------------- flows
tm.flow(party, portal, dates_to_avoid, protocol="https")
tm.flow(portal, cms, dates_to_avoid)
tm.flow(clerk, diary, judicial_availability, protocol="https")

tm.flow(officer, workbench, listing_request, protocol="https")
tm.flow(workbench, agent, listing_request)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, case_tool, tool_call)
tm.flow(cms, case_tool, case_details, dates_to_avoid)
tm.flow(case_tool, agent, case_details, dates_to_avoid)

tm.flow(agent, diary_tool, tool_call)
tm.flow(diary, diary_tool, judicial_availability)
tm.flow(diary_tool, agent, judicial_availability)

tm.flow(agent, room_tool, tool_call, provisional_hold)
tm.flow(room_tool, rooms, provisional_hold)
tm.flow(rooms, room_tool, room_bookings)
tm.flow(room_tool, agent, room_bookings)

tm.flow(agent, agent_log, run_log)
tm.flow(agent, workbench, proposal)
tm.flow(workbench, officer, proposal, protocol="https")
tm.flow(officer, workbench, confirmation, protocol="https", label="confirms or rejects")

tm.flow(workbench, cms, confirmation, label="hearing listed")
tm.flow(workbench, rooms, confirmation, label="hold converted to booking")
tm.flow(workbench, notify, notice, protocol="https")
tm.flow(notify, party, notice, protocol="email")
