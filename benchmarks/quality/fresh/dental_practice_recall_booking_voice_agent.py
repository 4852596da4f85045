"""Dental practice recall and booking voice agent: the first design, before any security review.

A chain of dental practices phones patients who are overdue for their check-up.
A nightly recall job reads the overdue list from the practice management system
(PMS, a vendor-hosted SaaS) and asks our telephony provider to place the calls.
The provider streams call audio to our voice gateway, which uses a hosted speech
service for transcription and speech synthesis, and hands the text to an LLM
voice agent running in our cloud. The agent answers questions about fees from the
practice fee price list, and books, moves or cancels appointments in the PMS
through a booking tool. Anything clinical (pain, swelling, treatment questions)
is not answered: the agent raises a callback task in the PMS for reception.
Controls in this design: the agent confirms the patient's date of birth and
postcode before discussing bookings, PMS API keys sit in a vault with an
appointments-only scope, booking changes are logged, and transcripts are
encrypted at rest. The speech and LLM vendors were assessed under a signed DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental practice recall and booking voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Outbound recall calls that book, move and cancel dental appointments.",
)

# ---------------------------------------------------------------- data assets
patient_audio = tg.Data("Patient call audio", sensitivity=tg.Sensitivity.PII, kind="media")
agent_audio = tg.Data("Agent speech audio", sensitivity=tg.Sensitivity.PII, kind="media")
utterance = tg.Data(
    "Patient utterance text",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the patient said, transcribed turn by turn.",
)
reply = tg.Data("Agent reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with call context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the patient's recall record, the conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
recall_list = tg.Data(
    "Overdue recall list",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Patient name, phone number, date of birth, practice and recall due date.",
)
call_request = tg.Data(
    "Outbound call request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Number to dial and the patient's recall record to start the call with.",
)
appointments = tg.Data(
    "Appointment book",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
patient_records = tg.Data(
    "Patient dental records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Clinical notes, charts, treatment plans and medical history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_summary = tg.Data(
    "Patient booking summary",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Contact details, date of birth and upcoming appointments of one patient.",
)
lookup_request = tg.Data("Patient lookup request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_change = tg.Data(
    "Booking change request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Book, move or cancel an appointment for the patient on the call.",
)
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
fee_query = tg.Data("Fee question", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
fees = tg.Data("Practice fee price list", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
callback_task = tg.Data(
    "Reception callback task",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Who to call back and the clinical question or symptom the patient raised.",
)
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The patient answering our call; anyone can pick up the phone at that number.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud telephony platform that dials out over the PSTN and streams the call audio.
    telephony = tm.add(
        tg.ExternalService("Telephony provider", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text and text-to-speech: turns call audio into text and back.
    speech = tm.add(
        tg.ExternalService(
            "Speech recognition and synthesis API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="DPA signed; audio not retained")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the voice agent, called per conversation turn.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention tier")},
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The practices' system of record: patients, clinical notes, diary and staff tasks.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={appointments, patient_records, callback_task},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Booking platform cloud", trust=tg.Trust.INTERNAL):
    # Selects overdue patients each night and queues the day's outbound calls.
    recall_job = tm.add(
        tg.Service(
            "Nightly recall job",
            controls={c.SecretsManagement(note="PMS and telephony API keys in the cloud vault")},
        )
    )
    # Bridges the provider's media stream to the speech API and the agent.
    gateway = tm.add(tg.Service("Voice gateway"))
    # The LLM agent that holds the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Recall voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.Authentication(method="caller states date of birth and postcode"),
                c.CircuitBreaker(max_steps=40, note="call ends after 40 turns"),
            },
        )
    )
    # Reads the patient's details and upcoming appointments from the PMS.
    lookup_tool = tm.add(tg.Tool("Patient lookup tool", capabilities={"read"}))
    # Books, moves and cancels appointments in the PMS diary.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.SecretsManagement(),
                c.LeastPrivilegeTools(note="PMS API key scoped to appointments only"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Answers fee questions from the price list.
    fee_tool = tm.add(tg.Tool("Fee lookup tool", capabilities={"read"}))
    # Hands anything clinical to reception as a task in the PMS.
    callback_tool = tm.add(tg.Tool("Reception callback tool", capabilities={"write"}))
    # Reference list of private and NHS band fees, maintained by head office.
    fee_list = tm.add(tg.DataStore("Fee price list", stores={fees}))
    # Keeps call transcripts for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Call transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Reception staff work the callback tasks and manage the diary in the PMS.
    reception = tm.add(tg.Actor("Reception staff", role="practice receptionist"))

# ---------------------------------------------------------------- flows
# starting the recall calls
tm.flow(pms, recall_job, recall_list, protocol="https", label="overdue patients")
tm.flow(recall_job, telephony, call_request, protocol="https", label="place call")
tm.flow(telephony, patient, agent_audio, protocol="pstn")
tm.flow(patient, telephony, patient_audio, protocol="pstn")
tm.flow(telephony, gateway, patient_audio, call_request, protocol="wss", label="media stream")
tm.flow(gateway, telephony, agent_audio, protocol="wss")

# speech in and out
tm.flow(gateway, speech, patient_audio, reply, protocol="wss")
tm.flow(speech, gateway, utterance, agent_audio, protocol="wss")
tm.flow(gateway, agent, utterance, call_request)
tm.flow(agent, gateway, reply)

# the agent's reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# tools
tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, pms, lookup_request, protocol="https")
tm.flow(pms, lookup_tool, patient_summary, protocol="https")
tm.flow(lookup_tool, agent, patient_summary)

tm.flow(agent, booking_tool, booking_change)
tm.flow(booking_tool, pms, booking_change, protocol="https")
tm.flow(pms, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, fee_tool, fee_query)
tm.flow(fee_list, fee_tool, fees)
tm.flow(fee_tool, agent, fees)

tm.flow(agent, callback_tool, callback_task)
tm.flow(callback_tool, pms, callback_task, protocol="https")

# reception
tm.flow(pms, reception, callback_task, appointments, protocol="https")
tm.flow(reception, pms, appointments, patient_records, protocol="https")
