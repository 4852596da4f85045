"""Dental recall voice agent: the first design, before any security review.

A group of UK dental practices wants the agent to do reception's recall calls. A
nightly job exports patients due a check-up from the cloud practice management
system (PMS) and has our telephony provider ring them. Call audio streams to our
voice gateway, which uses a hosted speech service to transcribe and to speak.
A voice agent driven by a hosted LLM asks for the patient's date of birth, answers
visit questions from the practice FAQ, and books the recall slot straight into the
PMS; anything else becomes a callback task for reception. Transcripts are kept for
staff in a small admin portal, where the practice manager also edits the FAQ.
Controls today: the PMS vendor's staff sign-in, roles and audit log, TLS on the
links, a step limit on the agent and a booking tool limited to recall visit types.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Dental recall booking voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Outbound voice agent that calls patients due a check-up and books recall visits.",
)

# ---------------------------------------------------------------- data assets
recall_list = tg.Data(
    "Recall list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient id, first name, phone number, recall due date and usual clinician.",
)
call_request = tg.Data("Outbound call request", kind="records", sensitivity=tg.Sensitivity.PII)
recall_context = tg.Data(
    "Recall call context",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The recall record of the patient being called, handed to the agent session.",
)
call_audio = tg.Data("Call audio", kind="media", sensitivity=tg.Sensitivity.PII)
reply_audio = tg.Data("Synthesised reply audio", kind="media", sensitivity=tg.Sensitivity.PII)
utterance = tg.Data(
    "Patient utterance transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the patient said, as text; may mention symptoms or treatment.",
)
reply_text = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, recall context, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply to speak, or a tool call to make.",
)
faq_query = tg.Data("FAQ query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
faq_docs = tg.Data(
    "Practice FAQ",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="What a check-up involves, fees, parking, opening hours, cancellation policy.",
)
faq_passages = tg.Data("FAQ passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
identity_check = tg.Data(
    "Patient identity check",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Date of birth as the person on the phone stated it.",
)
patient_summary = tg.Data(
    "Patient summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, NHS or private plan, last check-up date, usual clinician, recall type.",
)
patient_record = tg.Data(
    "Patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Dental health record held in the PMS: history, charting, treatment plans.",
)
slot_query = tg.Data("Slot search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
free_slots = tg.Data(
    "Free appointment slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data(
    "Appointment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
callback_request = tg.Data("Callback request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reception_task = tg.Data("Reception callback task", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Call transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Full text of each call with the agent's tool calls.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Whoever picks up the phone number on the recall record.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Programmable-voice provider: places the outbound calls and streams the media to us.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony platform",
            description="Cloud voice API; dials patients and bridges the call to a media stream.",
        )
    )

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text and text-to-speech, under a data processing agreement.
    speech = tm.add(
        tg.ExternalService(
            "Speech service",
            provides=tg.ExternalCategory.MODEL_API,
            description="Streaming transcription and neural voice synthesis.",
        )
    )
    # The language model that decides what the agent says and which tool it calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor API.",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The practices' system of record: patients, diary and tasks. Run by the PMS vendor.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={patient_record, appointment, reception_task, recall_list},
            description="Cloud dental PMS; our tools use its partner API with a per-practice key.",
            controls={
                c.Authentication(method="individual staff logins with authenticator app code"),
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="vendor-managed"),
            },
        )
    )

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # Nightly job that pulls who is due and queues the day's calls.
    scheduler = tm.add(
        tg.Service(
            "Nightly recall scheduler",
            description="Exports patients due a recall and asks the telephony platform to dial them.",
        )
    )
    # Terminates the media stream, relays audio to the speech service and text to the agent.
    gateway = tm.add(
        tg.Service(
            "Voice gateway",
            internet_facing=True,
            description="Public WebSocket endpoint the telephony platform streams call audio to.",
        )
    )
    # The conversational agent that runs each call.
    agent = tm.add(
        tg.Agent(
            "Recall voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Confirms identity, answers visit questions, books the recall visit.",
            controls={
                c.CircuitBreaker(max_steps=40, note="call ends after 40 turns or 10 minutes"),
                c.AuditLogging(note="every turn and tool call goes to the transcript store"),
            },
        )
    )
    # Reads the patient's summary once the caller's date of birth matches.
    lookup_tool = tm.add(
        tg.Tool(
            "Patient lookup tool",
            capabilities={"read"},
            description="Returns the patient summary for the recall record of the number dialled.",
            controls={
                c.Authentication(
                    method="date of birth stated by the caller matched to the recall record"
                ),
                c.DataMinimization(note="summary fields only, no clinical notes"),
            },
        )
    )
    # Searches free slots and books the recall appointment in the PMS diary.
    appointment_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write"},
            description="Finds free check-up and hygiene slots and books one for a patient id.",
            controls={
                c.PolicyEnforcement(
                    rules="only check-up and hygiene appointment types, only into slots the PMS "
                    "reports free, at most one future recall booking per patient"
                ),
            },
        )
    )
    # Hands anything the agent cannot deal with to reception.
    callback_tool = tm.add(
        tg.Tool(
            "Reception callback tool",
            capabilities={"write"},
            description="Creates a callback task in the PMS task list with a short reason.",
        )
    )
    # Practice FAQ the agent answers visit questions from.
    faq_index = tm.add(
        tg.VectorStore(
            "Practice FAQ index",
            stores={faq_docs, faq_passages},
            description="Embedded FAQ pages per practice, edited in the admin portal.",
        )
    )
    # Kept so reception can check what was said and booked.
    transcript_store = tm.add(
        tg.DataStore(
            "Call transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web page for reviewing calls and editing the FAQ.
    portal = tm.add(
        tg.Service(
            "Practice admin portal",
            internet_facing=True,
            description="Staff review call transcripts and edit the FAQ from surgery browsers.",
            controls={c.Authentication(method="individual staff accounts, e-mail and password")},
        )
    )

with tm.boundary("Practice surgery network", trust=tg.Trust.INTERNAL):
    # Front-desk staff: act on callback tasks, review calls, manage the diary in the PMS.
    receptionist = tm.add(tg.Actor("Receptionist", role="reception staff"))
    # Keeps the FAQ up to date.
    practice_manager = tm.add(tg.Actor("Practice manager", role="practice manager"))

# ---------------------------------------------------------------- flows
# Queueing the day's calls.
tm.flow(pms, scheduler, recall_list, protocol="https", label="nightly recall export")
tm.flow(scheduler, telephony, call_request, protocol="https")
tm.flow(scheduler, agent, recall_context, label="call session start")

# The call itself.
tm.flow(telephony, patient, reply_audio, protocol="pstn")
tm.flow(patient, telephony, call_audio, protocol="pstn")
tm.flow(telephony, gateway, call_audio, protocol="wss", label="media stream")
tm.flow(gateway, telephony, reply_audio, protocol="wss", label="media stream")
tm.flow(gateway, speech, call_audio, reply_text, protocol="wss")
tm.flow(speech, gateway, utterance, reply_audio, protocol="wss")
tm.flow(gateway, agent, utterance)
tm.flow(agent, gateway, reply_text)

# The agent's reasoning and tools.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, faq_index, faq_query)
tm.flow(faq_index, agent, faq_passages)

tm.flow(agent, lookup_tool, identity_check)
tm.flow(lookup_tool, pms, identity_check, protocol="https")
tm.flow(pms, lookup_tool, patient_summary, protocol="https")
tm.flow(lookup_tool, agent, patient_summary)

tm.flow(agent, appointment_tool, slot_query, booking_request)
tm.flow(appointment_tool, pms, slot_query, appointment, protocol="https")
tm.flow(pms, appointment_tool, free_slots, booking_result, protocol="https")
tm.flow(appointment_tool, agent, free_slots, booking_result)

tm.flow(agent, callback_tool, callback_request)
tm.flow(callback_tool, pms, reception_task, protocol="https")

tm.flow(agent, transcript_store, transcripts)

# Staff.
tm.flow(receptionist, pms, appointment, reception_task, protocol="https", label="PMS web app")
tm.flow(
    pms,
    receptionist,
    patient_record,
    appointment,
    reception_task,
    protocol="https",
    label="PMS web app",
)
tm.flow(transcript_store, portal, transcripts)
tm.flow(portal, receptionist, transcripts, protocol="https", label="call review")
tm.flow(practice_manager, portal, faq_docs, protocol="https", label="FAQ editing")
tm.flow(portal, faq_index, faq_docs, label="re-embed on save")
