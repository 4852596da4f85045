"""Surrogacy coordination agent: the first design, before any security review.

A US surrogacy agency matches intended parents with gestational surrogates and
works with partner fertility clinics through each journey. Intended parents and
surrogates sign in to the agency portal and chat with a coordination agent that
answers their questions from the case file, books screening, transfer and
monitoring appointments in the clinics' scheduling systems, and marks journey
milestones (contract signed, transfer, heartbeat confirmed, delivery) in the
payments ledger. The agent runs in the agency's cloud account and uses an LLM
hosted by a vendor under a business associate agreement. The finance team
reviews milestones that fall due and releases each milestone payment to the
surrogate's bank account through the bank's payments API. Controls in this
design: portal sign-in with e-mail and password, TLS on every link, an agent
step limit, encrypted case and ledger stores with role-based access, and a
finance approval before any payment leaves.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Surrogacy coordination agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Chat agent for intended parents and surrogates that schedules clinic "
        "appointments and tracks milestone payments that finance releases."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Questions from intended parents and surrogates; often mention pregnancy and health.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions, the conversation and excerpts of the case file.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
case_file = tg.Data(
    "Surrogacy case file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Match, contract terms, medical screening results and pregnancy progress.",
)
appointment_call = tg.Data(
    "Appointment booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
appointment_result = tg.Data(
    "Appointment confirmation", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
clinic_appointment = tg.Data(
    "Clinic appointment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Appointment type, date and the clinic's outcome notes once attended.",
)
milestone_update = tg.Data(
    "Milestone update", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
milestone_status = tg.Data(
    "Milestone payment status", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
milestone_records = tg.Data(
    "Milestone payment records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Surrogate payout bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
payments_due = tg.Data(
    "Payments due for release", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
release_approval = tg.Data(
    "Payment release approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_instruction = tg.Data(
    "Payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Bank payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
case_update = tg.Data("Case file update", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People who commission the surrogacy and pay the agency; they chat with the agent.
    parent = tm.add(tg.Actor("Intended parent", role="client"))
    # Women carrying the pregnancy; they chat, book appointments and get paid per milestone.
    surrogate = tm.add(tg.Actor("Surrogate", role="surrogate"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the vendor's API, covered by a business associate agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; no training on our prompts")},
        )
    )

with tm.boundary("Fertility clinics", trust=tg.Trust.PARTNER):
    # Each partner clinic's scheduling system, where appointments are actually booked.
    clinic = tm.add(
        tg.ExternalService(
            "Clinic scheduling system",
            provides=tg.ExternalCategory.GENERIC,
            description="Partner clinics' booking APIs; also return visit outcomes.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The agency's bank, which executes the payment run to surrogates.
    bank = tm.add(tg.ExternalService("Bank payments API", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # The one front door for both sides: sign-in, chat and the surrogate onboarding form.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that answers, schedules and records milestones on its own.
    agent = tm.add(
        tg.Agent(
            "Coordination agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=20), c.AuditLogging()},
        )
    )
    # Tool the agent uses to book, move and cancel clinic appointments.
    scheduling_tool = tm.add(
        tg.Tool("Appointment scheduling tool", capabilities={"read", "write", "network-egress"})
    )
    # Tool the agent uses to mark a milestone reached and to read payment status.
    milestone_tool = tm.add(tg.Tool("Milestone tracker tool", capabilities={"read", "write"}))
    # System of record for each journey: contracts, screening results, pregnancy progress.
    case_db = tm.add(
        tg.DataStore(
            "Case management database",
            stores={case_file, clinic_appointment},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )

    with tm.boundary("Finance zone", trust=tg.Trust.RESTRICTED):
        # Milestones and what is owed or paid to each surrogate, with her bank details.
        ledger = tm.add(
            tg.DataStore(
                "Milestone payments ledger",
                stores={milestone_records, bank_details},
                controls={c.EncryptionAtRest(key_management="KMS"), c.AuditLogging()},
            )
        )
        # Where finance reviews due milestones and sends the approved payments to the bank.
        release = tm.add(
            tg.Service(
                "Payment release service",
                controls={
                    c.Authentication(method="SSO with MFA"),
                    c.HumanInTheLoop(approver="finance team"),
                },
            )
        )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Staff who manage each journey and keep the case file up to date.
    coordinator = tm.add(tg.Actor("Case coordinator", role="coordinator"))
    # Finance staff who release milestone payments.
    finance = tm.add(tg.Actor("Finance officer", role="finance"))

# ---------------------------------------------------------------- flows
tm.flow(parent, portal, chat_message, protocol="https")
tm.flow(portal, parent, agent_reply, protocol="https")
tm.flow(surrogate, portal, chat_message, protocol="https")
tm.flow(portal, surrogate, agent_reply, protocol="https")
tm.flow(
    surrogate,
    portal,
    bank_details,
    protocol="https",
    label="onboarding form",
    id="surrogate->portal:bank",
)
tm.flow(portal, ledger, bank_details, label="onboarding form")

tm.flow(portal, agent, chat_message)
tm.flow(agent, portal, agent_reply)
tm.flow(case_db, agent, case_file, label="case context")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, scheduling_tool, appointment_call)
tm.flow(scheduling_tool, agent, appointment_result)
tm.flow(scheduling_tool, clinic, appointment_call, protocol="https")
tm.flow(clinic, scheduling_tool, clinic_appointment, protocol="https")
tm.flow(scheduling_tool, case_db, clinic_appointment)

tm.flow(agent, milestone_tool, milestone_update)
tm.flow(milestone_tool, agent, milestone_status)
tm.flow(milestone_tool, ledger, milestone_records)
tm.flow(ledger, milestone_tool, milestone_records)

tm.flow(coordinator, case_db, case_update, protocol="https")
tm.flow(case_db, coordinator, case_file, protocol="https")

tm.flow(ledger, release, payments_due, bank_details)
tm.flow(release, finance, payments_due, protocol="https")
tm.flow(finance, release, release_approval, protocol="https")
tm.flow(release, bank, payment_instruction, protocol="mtls")
tm.flow(bank, release, payment_confirmation, protocol="mtls")
tm.flow(release, ledger, milestone_records, label="marks paid")
