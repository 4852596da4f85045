"""Bailiff visit scheduling agent: the first design, before any security review.

A private enforcement agency enforcing county court warrants runs an LLM agent that
schedules bailiff (enforcement agent) visits. A nightly job pulls new warrants from
the court's portal into the agency's case management system, which also holds each
debtor's address history and vulnerability flags. Every morning the agent reads the
open cases and plans the day's routes for the field agents, who see their visits on
agency-issued handhelds and record the outcome there. Debtors ring or message the
agency through a telephony and SMS provider; their words reach the agent, which can
agree a payment plan and pause the visit. Debtors flagged as vulnerable are referred
to the in-house welfare team through a referral tool. The agent and tools run in the
agency's cloud; the model is a vendor's hosted LLM. Debtors identify themselves with
their case reference and postcode; field agents sign in to the handheld app. The
case system is encrypted at rest with role-based access, and the agent's steps and
tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "County court bailiff visit scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent planning enforcement visits, agreeing payment plans and referring vulnerable debtors.",
)

# ---------------------------------------------------------------- data assets
warrants = tg.Data(
    "County court warrants",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Warrant number, debtor name, last known address, judgment debt and fees.",
)
address_history = tg.Data(
    "Debtor address history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vulnerability = tg.Data(
    "Vulnerability flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Health, disability, bereavement, children in the home, mental-health crisis.",
)
debtor_message = tg.Data(
    "Debtor message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="SMS or web-chat text, or a transcribed phone call, from someone quoting a case.",
)
debtor_reply = tg.Data("Agent reply to debtor", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the debtor's message, case records and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
lookup_call = tg.Data("Case lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
case_record = tg.Data(
    "Case record",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Warrant, address history, vulnerability flags, contact and payment history.",
)
schedule_call = tg.Data(
    "Visit schedule change",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Add visits to a field agent's day, reorder a route, or pause a visit.",
)
plan_call = tg.Data("Payment plan terms", kind="tool-call", sensitivity=tg.Sensitivity.PII)
referral_call = tg.Data("Welfare referral", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
tool_result = tg.Data("Tool outcome", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
visit_schedule = tg.Data(
    "Daily visit schedule",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Each field agent's route: addresses, warrant details and case notes.",
)
payment_plan = tg.Data("Payment plan", kind="records", sensitivity=tg.Sensitivity.PII)
visit_outcome = tg.Data(
    "Visit outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Attended, paid, goods listed, no access, with notes and body-camera reference.",
)
welfare_decision = tg.Data(
    "Welfare hold decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The welfare team's decision to hold, adjust or return a case.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The person named on the warrant, or anyone who rings quoting a case reference.
    debtor = tm.add(tg.Actor("Debtor", role="debtor"))

with tm.boundary("Court service", trust=tg.Trust.PARTNER):
    # The court's portal where new county court warrants are issued to the agency.
    court_portal = tm.add(
        tg.DataSource(
            "Court warrant portal",
            origin=tg.Origin.PARTNER,
            provides={warrants},
            description="Warrants allocated to the agency, downloaded with the agency's portal account.",
        )
    )

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Hosts the agency's phone number and SMS short code; transcribes calls.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony and SMS provider",
            description="Inbound calls (speech to text), SMS and web chat, delivered by webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent runs on.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Receives debtor calls and messages from the telephony provider and answers them.
    contact_endpoint = tm.add(
        tg.Endpoint(
            "Debtor contact endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="case reference and postcode"),
            },
        )
    )
    # Pulls newly issued warrants into the case system every night.
    warrant_import = tm.add(tg.Service("Nightly warrant import job"))
    # Plans daily routes and handles debtor contact: reads cases, schedules, pauses, refers.
    agent = tm.add(
        tg.Agent(
            "Visit scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs each morning to plan routes, and on each inbound debtor message.",
            controls={c.AuditLogging(retention_days=2190, note="every prompt and tool call")},
        )
    )
    # Read-only lookup of a case, its address history and vulnerability flags.
    case_lookup = tm.add(tg.Tool("Case lookup tool", capabilities={"read"}))
    # Writes field agents' daily routes; also pauses a visit.
    scheduler_tool = tm.add(tg.Tool("Visit scheduler tool", capabilities={"read", "write"}))
    # Records an agreed payment plan against the case.
    plan_tool = tm.add(tg.Tool("Payment plan tool", capabilities={"write"}))
    # Hands a case to the welfare team's queue.
    referral_tool = tm.add(tg.Tool("Welfare referral tool", capabilities={"write"}))
    # Serves each field agent's visits to the handheld app and takes outcomes back.
    field_api = tm.add(
        tg.Endpoint(
            "Field app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="agent ID and PIN on an MDM-enrolled handheld")},
        )
    )

    with tm.boundary("Case data", trust=tg.Trust.RESTRICTED):
        # System of record: warrants, addresses, vulnerability, visits, plans, outcomes.
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={
                    warrants,
                    address_history,
                    vulnerability,
                    visit_schedule,
                    payment_plan,
                    visit_outcome,
                },
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Caseworkers who contact vulnerable debtors and decide whether enforcement continues.
    welfare_team = tm.add(tg.Actor("Welfare team", role="welfare caseworker"))

with tm.boundary(
    "Field", trust=tg.Trust.INTERNAL, description="Agency-managed handhelds on mobile networks."
):
    # Enforcement agents who attend the addresses.
    field_agent = tm.add(tg.Actor("Field enforcement agent", role="enforcement agent"))
    # The agency-issued handheld that shows the day's visits.
    handheld = tm.add(tg.Device("Field agent handheld"))

# ---------------------------------------------------------------- flows
# warrant intake
tm.flow(court_portal, warrant_import, warrants, protocol="https")
tm.flow(warrant_import, case_system, warrants)

# debtor contact
tm.flow(debtor, telephony, debtor_message, protocol="pstn", label="phone call or SMS")
tm.flow(
    telephony, contact_endpoint, debtor_message, protocol="https", label="inbound message webhook"
)
tm.flow(contact_endpoint, agent, debtor_message)
tm.flow(agent, contact_endpoint, debtor_reply)
tm.flow(contact_endpoint, telephony, debtor_reply, protocol="https")
tm.flow(telephony, debtor, debtor_reply, protocol="sms")

# the agent and its model
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# tools
tm.flow(agent, case_lookup, lookup_call)
tm.flow(case_lookup, case_system, lookup_call)
tm.flow(case_system, case_lookup, case_record)
tm.flow(case_lookup, agent, case_record)

tm.flow(agent, scheduler_tool, schedule_call)
tm.flow(scheduler_tool, case_system, visit_schedule)
tm.flow(case_system, scheduler_tool, visit_schedule)
tm.flow(scheduler_tool, agent, tool_result)

tm.flow(agent, plan_tool, plan_call)
tm.flow(plan_tool, case_system, payment_plan)
tm.flow(plan_tool, agent, tool_result)

tm.flow(agent, referral_tool, referral_call)
tm.flow(referral_tool, welfare_team, referral_call, protocol="https", label="welfare queue")
tm.flow(referral_tool, agent, tool_result)
tm.flow(welfare_team, case_system, welfare_decision, protocol="https")

# field agents
tm.flow(case_system, field_api, visit_schedule)
tm.flow(field_api, handheld, visit_schedule, protocol="https")
tm.flow(handheld, field_api, visit_outcome, protocol="https")
tm.flow(field_api, case_system, visit_outcome)
tm.flow(handheld, field_agent, visit_schedule, label="on the touchscreen")
tm.flow(field_agent, handheld, visit_outcome, label="on the touchscreen")
