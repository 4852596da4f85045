"""Plasma donation centre assistant: the first design, before any security review.

Our commercial plasma collection centres (US) pay donors for every visit. Donors use
the centre's mobile app, signing in with phone number and PIN, and chat with an
assistant agent that answers questions, books and moves donation appointments and
takes them through the pre-donation health questionnaire. The agent runs in the
centre's cloud account and calls a hosted LLM. When a nurse records a completed
donation in the donor management system, that system notifies the agent, which works
out the compensation (base fee plus promotions) and loads it onto the donor's prepaid
card through the card programme manager's API. The medical team reviews answers and
defers ineligible donors in the donor management system. Controls: PIN sign-in with
rate limiting, TLS, role-based access and audit logs on the donor management system,
a daily card load limit, an agent step limit and a BAA with the model vendor.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Plasma donation centre eligibility and payment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Donor-facing agent that answers questions, books appointments, runs the "
        "pre-donation questionnaire and pays compensation onto prepaid cards."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Donor phone number and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
pin_hash = tg.Data("Donor PIN hash", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
session = tg.Data("Donor session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
donor_message = tg.Data(
    "Donor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Questions, booking requests and questionnaire answers typed by the donor.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, retrieved guidance and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
guidance = tg.Data(
    "Donor FAQ, eligibility guidance and compensation schedule",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Centre FAQs, FDA donor eligibility guidance, base fees and current promotions.",
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
appointments = tg.Data(
    "Donation appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
questionnaire_call = tg.Data(
    "Questionnaire tool call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
questionnaire_answers = tg.Data(
    "Pre-donation health questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
questionnaire_result = tg.Data(
    "Questionnaire tool result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
record_query = tg.Data("Donor record lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
donor_record = tg.Data(
    "Donor record: donation history and deferral status",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
donor_record_result = tg.Data(
    "Donor record lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
donation_entry = tg.Data(
    "Donation and deferral entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Vitals, completed collections and deferral decisions entered by nurses and the medical team.",
)
completed_event = tg.Data(
    "Donation completed notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Donor id, visit id and collection volume, sent when a nurse closes a donation.",
)
payout_call = tg.Data(
    "Compensation payout call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Donor id, visit id and amount chosen by the agent.",
)
payout_result = tg.Data(
    "Compensation payout result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
card_load = tg.Data(
    "Prepaid card load request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card programme account reference, amount and visit reference.",
)
card_load_confirmation = tg.Data(
    "Card load confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
card_api_key = tg.Data(
    "Card programme API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who installs the app and knows (or guesses) a phone number and PIN.
    donor = tm.add(tg.Actor("Plasma donor", role="donor"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with tool calling, hosted by the vendor under a BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("Card programme manager", trust=tg.Trust.PARTNER):
    # Issues the donors' prepaid cards and loads funds onto them from our programme account.
    card_programme = tm.add(
        tg.ExternalService(
            "Prepaid card programme API",
            controls={c.TransactionLimits(limit="USD 200 per card per day")},
        )
    )

with tm.boundary("Centre cloud account", trust=tg.Trust.INTERNAL):
    # The app's backend: signs donors in and relays chat turns to the agent.
    app_api = tm.add(
        tg.Endpoint(
            "Donor app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number and 6-digit PIN"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Donor accounts for the app: phone number and PIN hash.
    accounts = tm.add(
        tg.DataStore(
            "Donor app accounts",
            stores={pin_hash},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The assistant itself: plans each turn with the LLM and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Donor assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers, books, runs the questionnaire and pays compensation on its own.",
            controls={c.CircuitBreaker(max_steps=12), c.AuditLogging(retention_days=2190)},
        )
    )
    # FAQ, eligibility guidance and the fee/promotion schedule the agent answers from.
    guidance_index = tm.add(tg.VectorStore("Donor guidance index", stores={guidance}))
    # Books, moves and cancels donation appointments in the centre calendar.
    booking_tool = tm.add(
        tg.Tool("Appointment booking tool", capabilities={"read", "write", "delete"})
    )
    # Centre appointment calendar, shared with the front desk.
    calendar = tm.add(tg.DataStore("Appointment calendar", stores={appointments}))
    # Records the donor's questionnaire answers against the upcoming visit.
    questionnaire_tool = tm.add(
        tg.Tool("Health questionnaire tool", capabilities={"read", "write"})
    )
    # Reads the donor's donation history and deferral status.
    record_tool = tm.add(tg.Tool("Donor record lookup tool", capabilities={"read"}))
    # Loads compensation onto the donor's prepaid card via the card programme API.
    payout_tool = tm.add(
        tg.Tool(
            "Compensation payout tool",
            capabilities={"money-movement"},
            controls={c.SecretsManagement(note="card programme API key in the cloud secret store")},
        )
    )
    # Every chat turn, tool call and result, kept for complaints and FDA inspections.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Collection centre network", trust=tg.Trust.INTERNAL):
    # Nurses, phlebotomists and the centre physician working the donor floor.
    medical_team = tm.add(tg.Actor("Nurse and medical team", role="clinical staff"))
    # The nurses' system of record: donor file, vitals, collections and deferrals.
    dms = tm.add(
        tg.DataStore(
            "Donor management system",
            stores={donor_record, questionnaire_answers, donation_entry},
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="vendor-managed disk encryption"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# sign-in and chat
tm.flow(donor, app_api, sign_in, donor_message, protocol="https", label="sign in and chat")
tm.flow(app_api, donor, session, reply, protocol="https")
tm.flow(app_api, accounts, sign_in, label="PIN check")
tm.flow(accounts, app_api, pin_hash)
tm.flow(app_api, agent, donor_message, label="chat turn with donor id")
tm.flow(agent, app_api, reply)

# reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(guidance_index, agent, guidance, label="retrieved guidance")
tm.flow(agent, transcript_store, transcripts)

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, calendar, appointments)
tm.flow(calendar, booking_tool, appointments)

# questionnaire
tm.flow(agent, questionnaire_tool, questionnaire_call)
tm.flow(questionnaire_tool, agent, questionnaire_result)
tm.flow(questionnaire_tool, dms, questionnaire_answers, protocol="https", controls={tls})

# donor record and deferrals
tm.flow(agent, record_tool, record_query)
tm.flow(record_tool, agent, donor_record_result)
tm.flow(dms, record_tool, donor_record, protocol="https", controls={tls})
tm.flow(medical_team, dms, donation_entry, label="records donations and deferrals")
tm.flow(dms, medical_team, donor_record, questionnaire_answers)

# compensation after a completed donation
tm.flow(
    dms,
    agent,
    completed_event,
    protocol="https",
    label="webhook when a donation is closed",
    controls={c.Authentication(method="shared API key configured in the donor management system")},
)
tm.flow(agent, payout_tool, payout_call)
tm.flow(payout_tool, agent, payout_result)
tm.flow(payout_tool, card_programme, card_load, card_api_key, protocol="https")
tm.flow(card_programme, payout_tool, card_load_confirmation, protocol="https")
