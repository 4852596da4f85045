"""Hospice volunteer rota agent: the first design, before any security review.

The hospice's volunteers cover ward support, the charity shops and the patient
driving service. An LLM agent in the hospice's cloud tenancy fills open shifts:
it reads volunteers' availability, training records and DBS check dates, checks
that the DBS check and mandatory training are in date for the shift's role, and
offers shifts by SMS and WhatsApp through a messaging gateway. Volunteers reply
to the same thread; the agent books accepted shifts and records mileage claims
that drivers text in. The volunteer coordinator sees the rota in a dashboard,
enters DBS and training results and can override any booking. Volunteers keep
their contact details, availability and bank details up to date in a volunteer
portal (e-mail and password). Each month the finance officer reviews the claims
and the finance system pays them by BACS. The model is a hosted LLM under a data
processing agreement; the agent's tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospice volunteer rota agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that offers and books volunteer shifts and records mileage claims.",
)

# ---------------------------------------------------------------- data assets
profile_update = tg.Data(
    "Volunteer profile and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, address, roles, weekly availability.",
)
bank_details = tg.Data(
    "Volunteer bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Sort code and account number for mileage reimbursement.",
)
training_records = tg.Data(
    "Training and DBS records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Mandatory training completion dates, DBS check level and expiry date.",
)
task = tg.Data(
    "Shift-filling task",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Daily run, or the coordinator asking the agent to fill named shifts.",
)
llm_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, open shifts, candidate volunteers, message thread.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
records_query = tg.Data("Volunteer records query", kind="tool-call")
records_result = tg.Data(
    "Availability and training status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Shift booking", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rota_result = tg.Data(
    "Open shifts and bookings", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
rota = tg.Data(
    "Shift rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
message_call = tg.Data("Shift offer message", kind="tool-call", sensitivity=tg.Sensitivity.PII)
outbound = tg.Data(
    "Outbound SMS and WhatsApp messages", kind="documents", sensitivity=tg.Sensitivity.PII
)
reply = tg.Data(
    "Volunteer reply message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Accepts, declines, questions and mileage texted in by volunteers.",
)
claim_call = tg.Data("Mileage claim entry", kind="tool-call", sensitivity=tg.Sensitivity.PII)
claims = tg.Data("Mileage claims", kind="records", sensitivity=tg.Sensitivity.PII)
override = tg.Data("Rota override", kind="records", sensitivity=tg.Sensitivity.PII)
claims_approval = tg.Data("Monthly claims approval", kind="records")
payment = tg.Data("BACS payment file", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers use their own phones for messages and the portal.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends and receives SMS and WhatsApp; posts replies back to the agent by webhook.
    gateway = tm.add(tg.ExternalService("SMS and WhatsApp gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on our data")
            },
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Takes the monthly BACS file that pays the claims.
    bank = tm.add(tg.ExternalService("Hospice bank"))

with tm.boundary("Hospice cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where volunteers update their own details.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Volunteer profiles, availability, bank details, training and DBS records.
    volunteer_db = tm.add(
        tg.DataStore(
            "Volunteer records database",
            stores={profile_update, bank_details, training_records},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Shifts across wards, shops and driving, plus the mileage claims.
    rota_db = tm.add(tg.DataStore("Rota and claims database", stores={rota, claims}))
    # Fills shifts on its own; the coordinator overrides after the fact.
    agent = tm.add(
        tg.Agent(
            "Rota agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(note="every tool call and message is logged"),
            },
        )
    )
    # Read-only lookup of availability, training and DBS dates.
    records_tool = tm.add(tg.Tool("Volunteer records tool", capabilities={"read"}))
    # Reads open shifts and books volunteers into them.
    rota_tool = tm.add(tg.Tool("Rota booking tool", capabilities={"read", "write"}))
    # Sends shift offers and confirmations through the gateway.
    messaging_tool = tm.add(tg.Tool("Messaging tool", capabilities={"send-messages"}))
    # Records the mileage volunteers text in.
    claims_tool = tm.add(tg.Tool("Mileage claims tool", capabilities={"write"}))

with tm.boundary("Hospice office", trust=tg.Trust.INTERNAL):
    # Coordinator's view of the rota; also where DBS and training results are entered.
    dashboard = tm.add(
        tg.Service(
            "Coordinator dashboard",
            controls={c.Authentication(method="Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )
    # Owns the rota and can override the agent.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="coordinator", privileged=True))
    # Pays the claims from the finance package.
    finance = tm.add(
        tg.Service(
            "Finance system",
            description="Accounts package that runs the monthly BACS payment run.",
            controls={
                c.HumanInTheLoop(
                    approver="finance officer",
                    note="reviews the month's claims before the payment run",
                )
            },
        )
    )
    # Reviews and approves the month's mileage claims.
    finance_officer = tm.add(tg.Actor("Finance officer", role="finance team"))

# ---------------------------------------------------------------- flows
tm.flow(volunteer, portal, profile_update, bank_details, protocol="https")
tm.flow(portal, volunteer, profile_update, protocol="https")
tm.flow(portal, volunteer_db, profile_update, bank_details)
tm.flow(volunteer_db, portal, profile_update)

tm.flow(dashboard, agent, task)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, records_tool, records_query)
tm.flow(volunteer_db, records_tool, profile_update, training_records)
tm.flow(records_tool, agent, records_result)

tm.flow(agent, rota_tool, booking_call)
tm.flow(rota_tool, rota_db, rota)
tm.flow(rota_db, rota_tool, rota)
tm.flow(rota_tool, agent, rota_result)

tm.flow(agent, messaging_tool, message_call)
tm.flow(messaging_tool, gateway, outbound, protocol="https")
tm.flow(gateway, volunteer, outbound, protocol="sms", label="SMS")
tm.flow(gateway, volunteer, outbound, protocol="whatsapp", label="WhatsApp")
tm.flow(volunteer, gateway, reply, protocol="sms", label="SMS reply")
tm.flow(volunteer, gateway, reply, protocol="whatsapp", label="WhatsApp reply")
tm.flow(gateway, agent, reply, protocol="https", label="inbound message webhook")

tm.flow(agent, claims_tool, claim_call)
tm.flow(claims_tool, rota_db, claims)

tm.flow(coordinator, dashboard, override, training_records, protocol="https")
tm.flow(dashboard, coordinator, rota, protocol="https")
tm.flow(dashboard, rota_db, override)
tm.flow(rota_db, dashboard, rota)
tm.flow(dashboard, volunteer_db, training_records)
tm.flow(volunteer_db, dashboard, profile_update, training_records)

tm.flow(rota_db, finance, claims, label="monthly claims export")
tm.flow(volunteer_db, finance, bank_details, label="monthly bank details export")
tm.flow(finance, finance_officer, claims, protocol="https")
tm.flow(finance_officer, finance, claims_approval, protocol="https")
tm.flow(finance, bank, payment, protocol="sftp", label="BACS submission")
