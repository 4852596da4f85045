"""Dental appointment reminder voice agent: the first design, before any security review.

Every morning a scheduler exports the next two days' appointments from the practice
management system (a dental software vendor's cloud service) and queues reminder calls.
A voice agent, running in the practice group's cloud tenancy, places each call through a
telephony provider, streams the audio to a speech vendor for transcription and synthesis,
and talks with the patient using a hosted LLM. Before it discusses an appointment it asks
for the patient's date of birth and matches it to the record of the number it dialled.
Through tools on the vendor's API it can confirm, cancel or move the appointment to a free
slot, or ask reception to call back. Transcripts and outcomes are kept in a call log that
receptionists review on a web dashboard, signing in with e-mail and password. Traffic to
the vendors is HTTPS or secure websockets; the dialogue is capped at a number of turns and
the diary tool can only change appointment times and status, not clinical notes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental appointment reminder voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Outbound voice agent that confirms, cancels or moves dental appointments.",
)

# ---------------------------------------------------------------- data assets
appointments = tg.Data(
    "Appointment diary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, phone number, date of birth, slot, clinician and treatment type.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
call_list = tg.Data(
    "Reminder call list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patients to call, with their appointment and phone number.",
)
call_audio = tg.Data("Call audio", kind="media", sensitivity=tg.Sensitivity.PII)
utterances = tg.Data(
    "Patient utterances",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Transcribed speech of whoever answers the phone.",
)
agent_reply = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
prompt = tg.Data(
    "Dialogue prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the appointment details and the conversation so far.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The next thing to say, or a tool call.",
)
lookup_call = tg.Data(
    "Appointment lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
lookup_result = tg.Data(
    "Appointment details", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
change_call = tg.Data(
    "Appointment change request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Confirm, cancel, or move to a given slot.",
)
change_result = tg.Data(
    "Change outcome and free slots", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
callback = tg.Data(
    "Callback request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient, number and reason when the agent hands over to reception.",
)
transcripts = tg.Data(
    "Call transcripts and outcomes",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Whoever answers the patient's phone: the patient, a relative, or a wrong number.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Places the outbound calls and streams the call audio to and from the agent.
    telephony = tm.add(tg.ExternalService("Telephony platform"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Speech-to-text of the patient and text-to-speech of the agent's replies.
    speech = tm.add(tg.ExternalService("Speech-to-text and TTS service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Decides what to say next and which diary tool to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Dental software vendor cloud", trust=tg.Trust.PARTNER):
    # The practice's system of record for the diary, used by reception every day.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={appointments},
            description="Cloud dental practice software with a partner API.",
        )
    )

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # Builds each morning's call list from the diary.
    scheduler = tm.add(
        tg.Service(
            "Daily reminder scheduler",
            description="Exports appointments due in the next two days and queues calls.",
        )
    )
    # The voice agent: runs each call, holds the dialogue state, calls the tools.
    agent = tm.add(
        tg.Agent(
            "Reminder voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=30, note="call ends after 30 dialogue turns"),
                c.SecretsManagement(note="vendor API keys in the cloud secret manager"),
            },
        )
    )
    # Reads the called patient's upcoming appointments from the practice system.
    lookup_tool = tm.add(
        tg.Tool(
            "Appointment lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="patient's date of birth matched to the record of the number dialled"
                ),
            },
        )
    )
    # Confirms, cancels or moves an appointment in the practice diary.
    change_tool = tm.add(
        tg.Tool(
            "Appointment change tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="API scope limited to appointment status and time"),
            },
        )
    )
    # Hands the call over to reception when the agent cannot help.
    callback_tool = tm.add(tg.Tool("Reception callback tool", capabilities={"write"}))
    # Keeps transcripts, outcomes and callback requests for reception to review.
    call_log = tm.add(
        tg.DataStore(
            "Call log store",
            stores={transcripts, callback},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web dashboard where receptionists see each call's outcome and callbacks.
    dashboard = tm.add(
        tg.Endpoint(
            "Reception dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Follows up callbacks and keeps the diary in order.
    receptionist = tm.add(tg.Actor("Receptionist", role="reception staff"))

# ---------------------------------------------------------------- flows
tm.flow(pms, scheduler, appointments, protocol="https", label="daily export")
tm.flow(scheduler, agent, call_list)

tm.flow(agent, telephony, call_list, protocol="https", label="place call")
tm.flow(telephony, patient, call_audio, protocol="pstn")
tm.flow(patient, telephony, call_audio, protocol="pstn")
tm.flow(telephony, agent, call_audio, protocol="wss", label="media stream")
tm.flow(agent, telephony, call_audio, protocol="wss", label="media stream")

tm.flow(agent, speech, call_audio, agent_reply, protocol="wss")
tm.flow(speech, agent, utterances, call_audio, protocol="wss")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, pms, lookup_call, protocol="https")
tm.flow(pms, lookup_tool, lookup_result, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, change_tool, change_call)
tm.flow(change_tool, pms, change_call, protocol="https")
tm.flow(pms, change_tool, change_result, protocol="https")
tm.flow(change_tool, agent, change_result)

tm.flow(agent, callback_tool, callback)
tm.flow(callback_tool, call_log, callback)
tm.flow(agent, call_log, transcripts)

tm.flow(call_log, dashboard, transcripts, callback)
tm.flow(dashboard, receptionist, transcripts, callback, protocol="https")
tm.flow(receptionist, pms, appointments, protocol="https", label="diary changes after callbacks")
tm.flow(pms, receptionist, appointments, protocol="https")
