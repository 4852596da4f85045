"""Community pharmacy vaccine appointment agent: the first design, before any security review.

Members of the public book flu and travel vaccinations with a UK community pharmacy
chain through a chat widget on the chain's website. An LLM agent, running in the
chain's cloud and calling a hosted model, talks them through the eligibility questions
of the chain's Patient Group Directions (PGDs), books, moves or cancels a slot at their
chosen branch, and texts a confirmation through an SMS provider. Moving or cancelling a
booking needs the booking reference and date of birth. On the day, the pharmacist sees
the appointment and the patient's answers on the branch console (NHS smartcard sign-in),
gives the vaccine and enters batch and site; the agent then drafts the vaccination event
and, once the pharmacist confirms it, submits it to the national immunisation record API.
The appointment database is encrypted at rest; chat transcripts are kept for
quality review. Bookings and changes go through without a person approving them.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Community pharmacy vaccine appointment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that books flu and travel vaccinations, asks the eligibility "
        "questions and records pharmacist-confirmed vaccinations in the national record."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Patient chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text: name, date of birth, phone, travel plans, health answers.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
eligibility_answers = tg.Data(
    "Eligibility answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Age, pregnancy, immunosuppression, allergies, destinations and dates.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pgd_criteria = tg.Data(
    "PGD eligibility criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Inclusion and exclusion criteria of each vaccine's Patient Group Direction.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
eligibility_result = tg.Data(
    "Eligibility check result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data(
    "Appointment record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient details, branch, slot, vaccine and the eligibility answers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
confirmation_sms = tg.Data(
    "Appointment confirmation text", kind="documents", sensitivity=tg.Sensitivity.PII
)
administration = tg.Data(
    "Administration details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Vaccine given, batch number, expiry, site, consent, pharmacist.",
)
draft_event = tg.Data(
    "Draft vaccination event", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
pharmacist_confirmation = tg.Data(
    "Pharmacist confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
record_call = tg.Data(
    "Vaccination record submission", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
vaccination_event = tg.Data(
    "Vaccination event",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The immunisation event as the national record API takes it (NHS number included).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
record_ack = tg.Data(
    "Submission acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
record_result = tg.Data(
    "Submission result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the booking chat; no account is needed.
    patient = tm.add(tg.Actor("Patient", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's language model, used through the vendor's API under a processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations and reminders to the patient's mobile.
    sms = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("NHS national services", trust=tg.Trust.PARTNER):
    # Where every vaccination given in a pharmacy has to be recorded.
    national_record = tm.add(
        tg.ExternalService(
            "National immunisation record API",
            provides=tg.ExternalCategory.GENERIC,
            description="Records vaccination events against the patient's NHS number.",
        )
    )

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # The public entry point that the website's chat widget calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Runs the conversation, asks the PGD questions, books and drafts the record.
    agent = tm.add(
        tg.Agent(
            "Vaccine appointment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books, moves and cancels slots itself; records only after a pharmacist confirms.",
        )
    )
    # Reads the PGD criteria and says whether the answers allow the vaccine.
    eligibility_tool = tm.add(
        tg.Tool(
            "Eligibility check tool",
            capabilities={"read"},
            description="Matches the patient's answers against the PGD criteria for a vaccine.",
        )
    )
    # The chain's own reference copy of each vaccine's PGD criteria.
    criteria_store = tm.add(tg.DataStore("PGD criteria store", stores={pgd_criteria}))
    # Creates, moves and cancels appointments, and sends the confirmation text.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write", "delete", "send-messages"},
            controls={
                c.Authentication(
                    method="booking reference and date of birth, to move or cancel a booking"
                )
            },
        )
    )
    # The system of record for bookings across all branches.
    appointment_db = tm.add(
        tg.DataStore(
            "Appointment database",
            stores={appointment, eligibility_answers, administration},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Submits the confirmed vaccination event to the national record.
    record_tool = tm.add(
        tg.Tool(
            "Vaccination record tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="the pharmacist who gave the vaccine"),
                c.SecretsManagement(note="API signing key held in the cloud key vault"),
            },
        )
    )
    # Kept for quality review of the agent's conversations.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Pharmacy branch", trust=tg.Trust.INTERNAL):
    # Gives the vaccine and confirms what was given.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))
    # Branch web app showing the day's appointments and the draft record to confirm.
    console = tm.add(
        tg.Service(
            "Pharmacist console",
            controls={c.Authentication(method="NHS smartcard and passcode"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Booking conversation
tm.flow(patient, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, patient, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Eligibility questions
tm.flow(agent, eligibility_tool, eligibility_answers, label="check answers for a vaccine")
tm.flow(criteria_store, eligibility_tool, pgd_criteria)
tm.flow(eligibility_tool, agent, eligibility_result)

# Booking, moving and cancelling
tm.flow(agent, booking_tool, booking_request, eligibility_answers)
tm.flow(booking_tool, appointment_db, appointment, eligibility_answers)
tm.flow(appointment_db, booking_tool, appointment, label="free slots and existing booking")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, sms, confirmation_sms, protocol="https")
tm.flow(sms, patient, confirmation_sms, protocol="sms")

# On the day: pharmacist gives the vaccine and confirms the record
tm.flow(appointment_db, console, appointment, eligibility_answers, protocol="https")
tm.flow(console, pharmacist, appointment, eligibility_answers, draft_event)
tm.flow(pharmacist, console, administration, pharmacist_confirmation)
tm.flow(console, appointment_db, administration, protocol="https")
tm.flow(console, agent, administration, protocol="https", label="vaccine given")
tm.flow(agent, console, draft_event, protocol="https", label="draft for confirmation")
tm.flow(console, agent, pharmacist_confirmation, protocol="https", label="pharmacist confirms")
tm.flow(agent, record_tool, record_call)
tm.flow(record_tool, national_record, vaccination_event, protocol="https")
tm.flow(national_record, record_tool, record_ack, protocol="https")
tm.flow(record_tool, agent, record_result)
