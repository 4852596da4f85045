"""Pharmacy chain vaccine appointment voicebot: the first design, before any security review.

Patients of our US pharmacy chain phone a toll-free number to book, move or
cancel flu, COVID-19 and shingles vaccinations. A cloud telephony provider answers
the call and streams the audio to our voice gateway by webhook and websocket; a
speech vendor transcribes the caller and synthesizes the replies. An LLM agent,
using a model hosted by a vendor that has signed a BAA, runs the conversation: it
identifies the patient by caller ID and date of birth, reads their profile and
immunization history, offers open slots at nearby stores, books the appointment
and texts a confirmation. It hands the call to a store pharmacist on request or
for eligibility questions it cannot answer. Transcripts are kept, encrypted, for
quality review. The agent has a step limit, the booking tool a scoped service
account, and the pharmacy systems are behind role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy vaccine appointment voicebot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Phone agent that books vaccination appointments from patient records.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data("Caller audio", kind="media", sensitivity=tg.Sensitivity.REGULATED)
call_events = tg.Data("Call events with caller ID", kind="records", sensitivity=tg.Sensitivity.PII)
caller_text = tg.Data(
    "Caller utterance transcript", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
reply_text = tg.Data("Bot reply text", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
reply_audio = tg.Data("Synthesized reply audio", kind="media", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Conversation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, dialogue so far and tool results, including patient details.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
lookup_call = tg.Data("Patient lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
patient_profile = tg.Data(
    "Patient profile and immunization history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
slot_query = tg.Data("Slot search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
slots = tg.Data("Open vaccination slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking = tg.Data(
    "Appointment booking",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
appointments = tg.Data(
    "Vaccination appointments", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
sms = tg.Data("Appointment confirmation SMS", kind="records", sensitivity=tg.Sensitivity.REGULATED)
transfer = tg.Data("Call transfer request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Call transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone who dials the number; caller ID can be spoofed.
    caller = tm.add(tg.Actor("Patient caller", role="patient"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud telephony: answers calls, streams media, sends SMS, transfers calls.
    telephony = tm.add(tg.ExternalService("Cloud telephony provider"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Streaming speech-to-text and text-to-speech.
    speech = tm.add(
        tg.ExternalService("Speech recognition and synthesis API", provides="model-api")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model, used under a BAA with the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed, zero data retention")},
        )
    )

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # Receives the provider's call webhooks and media stream, bridges audio and text.
    gateway = tm.add(
        tg.Endpoint(
            "Voice gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="caller ID and date of birth")},
        )
    )
    # Runs the dialogue and decides which tool to call; books without a person.
    agent = tm.add(
        tg.Agent(
            "Vaccine booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Finds the patient by phone number and date of birth.
    patient_tool = tm.add(tg.Tool("Patient lookup tool", capabilities={"read"}))
    # Searches open slots at stores near the patient.
    slot_tool = tm.add(tg.Tool("Slot search tool", capabilities={"read"}))
    # Creates, moves or cancels an appointment.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"write", "delete"},
            controls={c.LeastPrivilegeTools(note="service account limited to appointment APIs")},
        )
    )
    # Sends the confirmation text through the telephony provider, or transfers the call.
    notify_tool = tm.add(tg.Tool("SMS and transfer tool", capabilities={"send-messages"}))
    # Full call transcripts for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Pharmacy data center", trust=tg.Trust.RESTRICTED):
    # Existing pharmacy management system: patient profiles and immunization records.
    patient_db = tm.add(
        tg.DataStore(
            "Pharmacy patient records",
            stores={patient_profile},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )
    # Existing store scheduling system used by the website and the stores.
    scheduling = tm.add(
        tg.DataStore(
            "Appointment scheduling system", stores={appointments, slots}, controls={c.RBAC()}
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Takes transferred calls at the store counter.
    pharmacist = tm.add(tg.Actor("Store pharmacist", role="pharmacist"))

# ---------------------------------------------------------------- flows
tm.flow(caller, telephony, caller_audio, protocol="pstn")
tm.flow(telephony, caller, reply_audio, protocol="pstn")
tm.flow(telephony, gateway, call_events, protocol="https", label="call webhook")
tm.flow(telephony, gateway, caller_audio, protocol="wss", label="media stream")
tm.flow(gateway, telephony, reply_audio, protocol="wss")

tm.flow(gateway, speech, caller_audio, reply_text, protocol="wss")
tm.flow(speech, gateway, caller_text, reply_audio, protocol="wss")
tm.flow(gateway, agent, caller_text, call_events)
tm.flow(agent, gateway, reply_text)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, patient_tool, lookup_call)
tm.flow(patient_tool, patient_db, lookup_call, protocol="https")
tm.flow(patient_db, patient_tool, patient_profile, protocol="https")
tm.flow(patient_tool, agent, patient_profile)

tm.flow(agent, slot_tool, slot_query)
tm.flow(slot_tool, scheduling, slot_query, protocol="https")
tm.flow(scheduling, slot_tool, slots, protocol="https")
tm.flow(slot_tool, agent, slots)

tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, scheduling, booking, protocol="https")
tm.flow(scheduling, booking_tool, appointments, protocol="https")
tm.flow(booking_tool, agent, appointments)

tm.flow(agent, notify_tool, sms, transfer)
tm.flow(notify_tool, telephony, sms, transfer, protocol="https")
tm.flow(telephony, caller, sms, label="SMS")
tm.flow(telephony, pharmacist, caller_audio, protocol="pstn", label="transferred call")

tm.flow(agent, transcript_store, transcripts)
