"""Dental clinic booking voice agent: the first design, before any security review.

Patients of our chain of dental clinics call the clinic's usual phone number. The
call lands on a cloud voice platform that transcribes speech and speaks replies,
and streams the conversation to our voice agent. The agent uses a hosted LLM to
understand the caller, identifies the patient by phone number and date of birth,
and books, moves or cancels appointments in the practice management system (a
SaaS the clinics already use) through a scheduling tool. It answers price
questions from the clinic's fee list and texts a confirmation after each change
through an SMS gateway. When it cannot help, it transfers the call with a short
summary to reception staff at the clinic, who work in the practice management
system directly. The agent runs in our cloud account; transcripts are kept for
quality review. Controls in this design: TLS on the vendor APIs, a BAA with the
LLM vendor, a scoped PMS API user, a turn limit before hand-off, and staff SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental clinic booking voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Phone agent that books, moves and cancels dental appointments and quotes fees.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data("Caller audio", sensitivity=tg.Sensitivity.PII, kind="media")
utterance = tg.Data("Caller utterance text", sensitivity=tg.Sensitivity.REGULATED, kind="prompt")
agent_reply = tg.Data(
    "Agent spoken reply", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, patient's upcoming appointments and fees.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
booking_call = tg.Data(
    "Appointment tool call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call"
)
booking_result = tg.Data(
    "Patient lookup and slot results", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
appointments = tg.Data(
    "Patient records and appointments",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
fee_list = tg.Data("Clinic fee list", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
fee_query = tg.Data("Fee lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
sms_request = tg.Data("Confirmation text request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
sms = tg.Data("Confirmation text message", sensitivity=tg.Sensitivity.PII, kind="model-output")
handoff = tg.Data(
    "Call transfer with summary", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can call the clinic number, and the caller ID can be spoofed.
    caller = tm.add(tg.Actor("Caller", role="patient or member of the public"))

with tm.boundary("Telephony vendor", trust=tg.Trust.PARTNER):
    # Answers the clinic number, does speech-to-text and text-to-speech, transfers calls.
    voice_platform = tm.add(
        tg.ExternalService(
            "Cloud voice platform",
            description="Programmable voice with streaming transcription and speech synthesis.",
        )
    )
    # Delivers the confirmation texts to the patient's mobile number.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Understands the caller and decides the next step; covered by a signed BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed, zero data retention option")},
        )
    )

with tm.boundary("Voice agent cloud account", trust=tg.Trust.INTERNAL):
    # The conversation loop: takes utterances, calls the LLM and tools, replies.
    agent = tm.add(
        tg.Agent(
            "Booking voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, moves and cancels without staff approval; hands off when stuck.",
            controls={c.CircuitBreaker(max_steps=20, note="transfer to reception after 20 turns")},
        )
    )
    # Reads patients and free slots, and creates, moves or cancels appointments.
    scheduling_tool = tm.add(
        tg.Tool(
            "Scheduling tool",
            capabilities={"read", "write", "delete"},
            controls={c.LeastPrivilegeTools(note="dedicated PMS API user limited to scheduling")},
        )
    )
    # Looks up prices for a treatment and clinic.
    fee_tool = tm.add(tg.Tool("Fee lookup tool", capabilities={"read"}))
    # Copy of each clinic's fee list, updated by operations.
    fee_store = tm.add(tg.DataStore("Fee list store", stores={fee_list}))
    # Sends the booking confirmation text.
    sms_tool = tm.add(tg.Tool("Confirmation SMS tool", capabilities={"send-messages"}))
    # Kept for quality review of the agent's calls.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Practice management SaaS", trust=tg.Trust.PARTNER):
    # System of record for patients and the clinics' appointment books.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={appointments},
            controls={c.EncryptionAtRest(key_management="vendor managed"), c.RBAC()},
        )
    )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Take over calls the agent cannot handle and manage the diary by hand.
    reception = tm.add(
        tg.Actor(
            "Reception staff",
            role="receptionist",
            controls={c.Authentication(method="clinic SSO")},
        )
    )
    # Maintains the fee list for each clinic.
    ops_manager = tm.add(tg.Actor("Clinic operations manager", role="operations"))

# ---------------------------------------------------------------- flows
tm.flow(caller, voice_platform, caller_audio, label="phone call")
tm.flow(voice_platform, caller, caller_audio, label="synthesised speech")
tm.flow(voice_platform, agent, utterance, protocol="wss")
tm.flow(agent, voice_platform, agent_reply, protocol="wss")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, scheduling_tool, booking_call)
tm.flow(scheduling_tool, agent, booking_result)
tm.flow(scheduling_tool, pms, appointments, protocol="https", label="create, move, cancel")
tm.flow(pms, scheduling_tool, appointments, protocol="https", label="patient and slot lookup")

tm.flow(agent, fee_tool, fee_query)
tm.flow(fee_store, fee_tool, fee_list)
tm.flow(fee_tool, agent, fee_list)
tm.flow(ops_manager, fee_store, fee_list, protocol="https", label="fee updates")

tm.flow(agent, sms_tool, sms_request)
tm.flow(sms_tool, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, caller, sms, label="text message")

tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, voice_platform, handoff, protocol="wss", label="transfer request")
tm.flow(voice_platform, reception, caller_audio, handoff, label="transferred call")
tm.flow(reception, pms, appointments, protocol="https", label="manual bookings")
tm.flow(pms, reception, appointments, protocol="https")
