"""Wheelchair repair fault triage agent: the first design, before any security review.

A wheelchair repair service, contracted by NHS wheelchair services in England,
takes fault reports from the people who use its chairs. Users report a fault in
the repair app or by phone; calls are answered by our telephony provider's voice
bot, which transcribes the caller and reads back the agent's replies. An LLM agent
in our cloud account looks up the user's chair record, asks about the fault,
decides how urgent it is, books a technician visit in the scheduling system and
orders the parts the technician will need from the parts supplier's trade API.
Faults it judges safety-critical (brakes, powered-chair controls, batteries,
frames) are paged to the duty supervisor. The agent reasons with a hosted LLM.
Controls in this design: app sign-in, a step limit on the agent, supervisor
approval of parts orders above GBP 300, encrypted chair records, role-based access
to the scheduling system and an audit log of every triage case.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wheelchair repair fault triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that triages wheelchair users' fault reports from calls and app "
        "messages, books technician visits, orders parts and pages safety-critical "
        "faults to the duty supervisor."
    ),
)

# ---------------------------------------------------------------- data assets
fault_call = tg.Data(
    "Fault report call",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The user's voice describing the fault, and the bot's spoken replies.",
)
call_transcript = tg.Data("Call transcript", sensitivity=tg.Sensitivity.PII, kind="prompt")
app_message = tg.Data(
    "Fault report message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free-text message and optional photo of the fault sent in the app.",
)
agent_reply = tg.Data(
    "Triage reply",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Questions, safety advice and the booked visit slot sent back to the user.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, conversation so far, chair record and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Next reply, urgency assessment and tool calls chosen by the model.",
)
record_query = tg.Data("Chair record lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
chair_record = tg.Data(
    "Service user and chair record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description=(
        "Name, address, phone, chair make and serial, seating and posture notes "
        "from the referring clinician, repair history."
    ),
)
booking_request = tg.Data("Visit booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Visit booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
job = tg.Data(
    "Repair job",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Visit slot, address, chair details, fault summary and urgency.",
)
parts_request = tg.Data(
    "Parts order request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
parts_order = tg.Data(
    "Parts purchase order",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Part numbers, quantities and delivery depot, charged to our trade account.",
)
order_status = tg.Data(
    "Parts order confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
supplier_key = tg.Data(
    "Supplier trade API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
parts_approval = tg.Data(
    "Parts order approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
safety_flag = tg.Data(
    "Safety-critical fault flag", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
safety_alert = tg.Data(
    "Safety-critical fault alert",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="User, location, chair and the fault the agent judged safety-critical.",
)
case_log = tg.Data(
    "Triage case log",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Every conversation, tool call and urgency decision, per case.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People who use a wheelchair (or their carers) reporting a fault.
    user = tm.add(tg.Actor("Wheelchair user", role="service user"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Answers calls, transcribes speech and speaks the agent's replies.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony voice bot",
            description="Cloud contact-centre platform; posts transcripts to our intake webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling, behind the vendor's API.",
        )
    )

with tm.boundary("Parts supplier", trust=tg.Trust.PARTNER):
    # Where spare parts are bought on our trade account.
    supplier = tm.add(
        tg.ExternalService(
            "Parts supplier trade API",
            description="Wholesaler's ordering API; orders are invoiced monthly to our account.",
        )
    )

with tm.boundary("Repair service cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for app messages and the telephony webhook.
    intake = tm.add(
        tg.Endpoint(
            "Fault intake API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="app users: e-mail and password; telephony webhook: provider API key"
                )
            },
        )
    )
    # The LLM agent that runs each triage conversation and acts on it.
    agent = tm.add(
        tg.Agent(
            "Fault triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description=(
                "Identifies the user from the app account or the caller's number, asks "
                "about the fault, sets urgency, books the visit, orders parts and flags "
                "safety-critical faults."
            ),
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads the user's record so the agent knows the chair and its history.
    lookup_tool = tm.add(tg.Tool("Chair record lookup tool", capabilities={"read"}))
    # Creates and changes technician visits.
    booking_tool = tm.add(tg.Tool("Visit booking tool", capabilities={"read", "write"}))
    # Places purchase orders with the supplier.
    parts_tool = tm.add(
        tg.Tool(
            "Parts ordering tool",
            capabilities={"write", "network-egress"},
            description="Builds a purchase order from the part numbers the agent names.",
            controls={
                c.HumanInTheLoop(approver="the duty supervisor", above="GBP 300 per order"),
                c.SecretsManagement(),
            },
        )
    )
    # Pages the duty supervisor about safety-critical faults.
    escalation_tool = tm.add(tg.Tool("Safety escalation tool", capabilities={"send-messages"}))
    # Technicians' job list and diary.
    scheduling = tm.add(
        tg.Service(
            "Technician scheduling system",
            description="Field-service scheduling; technicians see their jobs in its mobile app.",
            controls={c.RBAC(), c.Authentication(method="staff SSO with MFA")},
        )
    )
    # Evidence of what was said and decided on each case.
    case_store = tm.add(
        tg.DataStore(
            "Triage case store",
            stores={case_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

    with tm.boundary("Service user records", trust=tg.Trust.RESTRICTED):
        # The register of users and their chairs, fed from the NHS referral process.
        records = tm.add(
            tg.DataStore(
                "Service user and chair register",
                stores={chair_record},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Staff", trust=tg.Trust.INTERNAL):
    # On-call supervisor who takes safety-critical faults and approves large orders.
    supervisor = tm.add(tg.Actor("Duty supervisor", role="supervisor"))
    # Engineer who visits the user and repairs the chair.
    technician = tm.add(tg.Actor("Field technician", role="technician"))

# ---------------------------------------------------------------- flows
# Reports in: by phone through the voice bot, or in the app.
tm.flow(user, telephony, fault_call, protocol="pstn")
tm.flow(telephony, intake, call_transcript, protocol="https", label="transcript webhook")
tm.flow(intake, telephony, agent_reply, protocol="https", label="reply to speak")
tm.flow(telephony, user, fault_call, protocol="pstn", label="spoken reply")
tm.flow(user, intake, app_message, protocol="https")
tm.flow(intake, user, agent_reply, protocol="https")

tm.flow(intake, agent, call_transcript, app_message)
tm.flow(agent, intake, agent_reply)

# The agent and its model.
tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Tools.
tm.flow(agent, lookup_tool, record_query)
tm.flow(lookup_tool, records, record_query)
tm.flow(records, lookup_tool, chair_record)
tm.flow(lookup_tool, agent, chair_record)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, scheduling, job, protocol="https")
tm.flow(scheduling, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, parts_tool, parts_request)
tm.flow(parts_tool, supplier, parts_order, supplier_key, protocol="https")
tm.flow(supplier, parts_tool, order_status, protocol="https")
tm.flow(parts_tool, agent, order_status)
tm.flow(
    supervisor, parts_tool, parts_approval, protocol="https", label="approves orders over GBP 300"
)

tm.flow(agent, escalation_tool, safety_flag)
tm.flow(escalation_tool, supervisor, safety_alert, protocol="sms", label="on-call page")

tm.flow(agent, case_store, case_log)

# Staff work the jobs.
tm.flow(supervisor, scheduling, job, protocol="https", label="re-prioritises visits")
tm.flow(scheduling, technician, job, protocol="https", label="job list in mobile app")
tm.flow(technician, scheduling, job, protocol="https", label="visit outcome")
