"""Vaccination booking chatbot: the first design, before any security review.

A community pharmacy chain in England adds a chatbot to its website and app so
that patients can book seasonal flu and COVID-19 vaccinations at a branch. The
bot, an LLM agent in the chain's cloud tenancy, asks the national eligibility
questions (age, clinical risk group, pregnancy, care home, carer), offers free
slots and books, moves or cancels appointments through a booking tool; changing
an existing booking needs the booking reference and date of birth. A nightly
job texts reminders the day before through an SMS provider. Pharmacists see the
day's clinic list and record attendance on a staff dashboard (Entra ID SSO), and
the clinical governance lead keeps the eligibility criteria up to date. The chat
API is rate-limited, the model vendor's content filter is on, the appointment
database is encrypted at rest and every link uses HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy vaccination booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Patient-facing chatbot that checks eligibility for flu and COVID-19 "
        "vaccination, books branch appointments and sends SMS reminders."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Patient chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text and answers to the eligibility questions, which reveal health conditions.",
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with conversation and criteria",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
criteria = tg.Data(
    "Vaccine eligibility criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="This season's national eligibility groups, as summarised by the chain.",
)
booking_call = tg.Data(
    "Booking tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Book, move or cancel: name, date of birth, mobile, branch, slot, eligibility group.",
)
booking_result = tg.Data(
    "Booking tool result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Free slots, or the confirmed booking with its reference.",
)
appointments = tg.Data(
    "Vaccination appointments",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient details, slot, branch, vaccine and the eligibility answers given.",
)
slots = tg.Data("Branch slot availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
reminder = tg.Data(
    "Appointment reminder text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Branch, date and time of tomorrow's vaccination.",
)
clinic_list = tg.Data("Daily clinic list", kind="records", sensitivity=tg.Sensitivity.REGULATED)
attendance = tg.Data(
    "Attendance updates",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Attended, did not attend, or not vaccinated after the pharmacist's screening.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking for themselves or someone they care for.
    patient = tm.add(tg.Actor("Patient", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that drives the conversation and picks the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model from a cloud provider's model service.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS aggregator that delivers the reminder texts.
    sms = tm.add(tg.ExternalService("SMS gateway", description="Bulk SMS API."))

with tm.boundary("Pharmacy cloud tenancy", trust=tg.Trust.INTERNAL):
    # Chat API behind the website widget and the app; anonymous, no patient sign-in.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: asks the eligibility questions and books through its tool.
    agent = tm.add(
        tg.Agent(
            "Vaccination booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description=(
                "Reads the eligibility criteria, asks the patient the questions, decides "
                "whether they qualify for an NHS-funded vaccination and books the slot."
            ),
        )
    )
    # Tool over the appointment database: lists slots, books, moves and cancels.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write", "delete"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.Authentication(method="booking reference and date of birth")},
            description="Moving or cancelling a booking needs its reference and the patient's date of birth.",
        )
    )
    # Nightly job that texts tomorrow's patients.
    reminder_job = tm.add(
        tg.Service("Nightly reminder job", description="Runs at 18:00 for the next day's slots.")
    )
    # Staff web app for branch pharmacists.
    dashboard = tm.add(
        tg.Endpoint(
            "Pharmacist dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID SSO"), c.RBAC()},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Appointments of every branch, with the eligibility answers.
        appointment_db = tm.add(
            tg.DataStore(
                "Appointment database",
                stores={appointments, slots},
                controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
            )
        )
        # Full conversations, kept for complaints and to improve the bot.
        transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
        # The criteria the agent is given at the start of each conversation.
        criteria_store = tm.add(tg.DataStore("Eligibility criteria store", stores={criteria}))

with tm.boundary("Pharmacy corporate network", trust=tg.Trust.INTERNAL):
    # Pharmacist running the vaccination clinic in a branch.
    pharmacist = tm.add(tg.Actor("Branch pharmacist", role="pharmacist"))
    # Head-office pharmacist who maintains the eligibility criteria each season.
    governance_lead = tm.add(
        tg.Actor("Clinical governance lead", role="superintendent's team", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(patient, chat_api, chat_message, protocol="https")
tm.flow(chat_api, patient, bot_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, bot_reply)

tm.flow(criteria_store, agent, criteria)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, appointment_db, appointments)
tm.flow(appointment_db, booking_tool, appointments, slots)

tm.flow(appointment_db, reminder_job, appointments, label="nightly batch")
tm.flow(reminder_job, sms, reminder, protocol="https")
tm.flow(sms, patient, reminder, protocol="sms")

tm.flow(appointment_db, dashboard, clinic_list)
tm.flow(dashboard, pharmacist, clinic_list, protocol="https")
tm.flow(pharmacist, dashboard, attendance, protocol="https")
tm.flow(dashboard, appointment_db, attendance)
tm.flow(governance_lead, criteria_store, criteria, protocol="https", label="seasonal update")
