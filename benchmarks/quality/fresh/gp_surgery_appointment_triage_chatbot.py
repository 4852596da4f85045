"""GP surgery appointment triage chatbot: the first design, before any security review.

A group of GP surgeries embeds an online triage assistant in their websites. A
patient signs in with NHS login, then describes their symptoms in a chat. A triage
agent, running on our cloud tenancy, sends the conversation with the surgeries'
triage protocol to a hosted LLM, asks follow-up questions and classifies urgency
as emergency advice (call 999 / A&E), same-day, routine or pharmacy. For same-day
and routine cases it books a slot through the appointment system's API and gives
the patient the time. Transcripts and a short chat summary are kept in a conversation
store; reception staff see the day's bookings with the summary in a reception
portal, signed in with their NHS smartcard. A clinical lead maintains the triage
protocol. Controls in this design: NHS login for patients, a per-patient rate
limit, a turn limit on the agent, a booking API key scoped to booking, encrypted
storage, and a vendor assessment (DTAC and DPIA) of the model provider. UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "GP surgery appointment triage chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online symptom triage and appointment booking for a group of GP surgeries.",
)

# ---------------------------------------------------------------- data assets
login_credentials = tg.Data(
    "NHS login credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
id_token = tg.Data(
    "NHS login identity token",
    sensitivity=tg.Sensitivity.PII,
    kind="credentials",
    description="OIDC ID token with the patient's name, date of birth and NHS number.",
)
symptoms = tg.Data(
    "Patient symptom messages",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reply = tg.Data(
    "Assistant replies and triage advice", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
protocol = tg.Data(
    "Triage protocol",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The surgeries' urgency criteria and red-flag symptoms, placed in the system prompt.",
)
prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Triage protocol, conversation so far and the patient's age and sex.",
)
completion = tg.Data(
    "LLM completion with urgency class", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
booking_request = tg.Data(
    "Slot booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="NHS number, urgency, slot type and chosen slot.",
)
booking_result = tg.Data(
    "Free slots and booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
transcript = tg.Data(
    "Chat transcripts and summaries",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_list = tg.Data(
    "Daily booking list with chat summaries", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
staff_sign_in = tg.Data(
    "Reception portal session", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with an NHS login account can start a triage chat.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("NHS login", trust=tg.Trust.PARTNER):
    # The national health login: patients prove who they are here, not with us.
    nhs_login = tm.add(
        tg.ExternalService(
            "NHS login",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="National identity service; password plus a security code sent by SMS.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads symptoms and proposes the urgency class.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API, UK region.",
            controls={
                c.SupplierAssessment(
                    note="NHS DTAC and DPIA of the vendor; no training on our data"
                )
            },
        )
    )

with tm.boundary("Clinical system supplier", trust=tg.Trust.PARTNER):
    # The surgeries' existing appointment book, run by their clinical system supplier.
    appointments = tm.add(
        tg.ExternalService(
            "Appointment system API",
            description="The GP clinical system's appointment book, reached through its partner API.",
        )
    )

with tm.boundary("Triage platform tenancy", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: the one thing patients reach.
    chat = tm.add(
        tg.Endpoint(
            "Triage chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS login (OIDC)"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Runs the conversation: calls the LLM, decides when to book, books.
    agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Asks follow-up questions, classifies urgency and books same-day or routine slots.",
            controls={c.CircuitBreaker(max_steps=25, note="at most 25 turns per conversation")},
        )
    )
    # The agent's only way into the appointment book.
    booking_tool = tm.add(
        tg.Tool(
            "Slot booking tool",
            capabilities={"read", "write"},
            description="Lists free triage slots and books one for the signed-in patient.",
            controls={c.LeastPrivilegeTools(note="API key limited to listing and booking slots")},
        )
    )
    # Where the clinical lead keeps the protocol the prompt is built from.
    protocol_store = tm.add(tg.DataStore("Triage protocol configuration", stores={protocol}))
    # Transcripts and summaries, kept for the medical record and for complaints.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Shows reception the day's bookings with what the patient said.
    portal = tm.add(
        tg.Service(
            "Reception portal",
            controls={
                c.Authentication(method="NHS smartcard (Care Identity Service 2)"),
                c.RBAC(note="reception and clinician roles per surgery"),
            },
        )
    )

with tm.boundary("Surgery network (HSCN)", trust=tg.Trust.INTERNAL):
    # Works through the day's list and calls patients back if needed.
    receptionist = tm.add(tg.Actor("Reception staff", role="receptionist"))
    # Owns the triage protocol and signs off changes to it.
    clinical_lead = tm.add(tg.Actor("Clinical lead", role="GP clinical lead", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, nhs_login, login_credentials, protocol="https", label="sign in")
tm.flow(nhs_login, chat, id_token, protocol="https", label="OIDC redirect")
tm.flow(patient, chat, symptoms, protocol="https")
tm.flow(chat, patient, reply, protocol="https")

tm.flow(chat, agent, symptoms, id_token)
tm.flow(agent, chat, reply)
tm.flow(protocol_store, agent, protocol)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, appointments, booking_request, protocol="https")
tm.flow(appointments, booking_tool, booking_result, protocol="https")

tm.flow(agent, conversations, transcript)
tm.flow(conversations, portal, transcript, label="today's bookings")
tm.flow(receptionist, portal, staff_sign_in, protocol="https")
tm.flow(portal, receptionist, booking_list, protocol="https")

tm.flow(clinical_lead, protocol_store, protocol, protocol="https", label="edits the protocol")
