"""Dental practice appointment voice agent: the first design, before any security review.

A group of twelve UK dental practices puts a voice agent on its practice phone
numbers. Patients call in; the telephony provider streams the call audio to our
agent service in the group's cloud account, which transcribes it with a hosted
speech service and talks to a hosted LLM. The agent finds the caller in the
practice management system (a vendor's SaaS) by the calling number and date of
birth, then books, moves or cancels appointments there through the vendor's API,
and answers fee questions from the group's published fee list. Anything it cannot
handle becomes a callback request on the reception dashboard, where reception
staff also read call transcripts. Controls in this design: a step limit per call,
a scoped API key for the appointment tool, TLS on every API call, encrypted
transcript storage, a signed data processing agreement with the LLM vendor, and
Microsoft 365 sign-in with MFA for reception staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental practice appointment voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone agent that books, moves and cancels dental appointments "
    "and answers fee questions for a group of practices.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data(
    "Caller speech audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The patient's voice; often mentions toothache, treatment or medication.",
)
caller_number = tg.Data("Caller phone number", kind="records", sensitivity=tg.Sensitivity.PII)
agent_audio = tg.Data("Agent speech audio", kind="media", sensitivity=tg.Sensitivity.PII)
utterance = tg.Data("Transcribed caller utterance", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply_text = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Conversation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and the tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
lookup_call = tg.Data(
    "Patient lookup call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Calling number and the date of birth the caller said.",
)
patient_match = tg.Data(
    "Matched patient summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Patient id, name, home practice and upcoming appointments.",
)
booking_call = tg.Data(
    "Appointment change call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Book, move or cancel, with patient id, slot and appointment type.",
)
booking_result = tg.Data(
    "Appointment change result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
fee_query = tg.Data("Fee question call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
fee_answer = tg.Data("Fee lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
fee_list = tg.Data(
    "Treatment fee list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="NHS bands and private treatment prices per practice.",
)
patient_records = tg.Data(
    "Patient records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Demographics, contact details, medical history and treatment notes.",
)
appointments = tg.Data(
    "Appointment diary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
callback = tg.Data("Callback request", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Call transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
pms_key = tg.Data("Practice system API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring a practice number and claim to be a patient.
    caller = tm.add(tg.Actor("Patient caller", role="patient"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Owns the practice numbers and streams each call's audio to us.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony provider",
            description="Cloud telephony with SIP trunks; forks call media to a websocket.",
        )
    )

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Turns caller audio into text and the agent's replies into speech.
    speech = tm.add(
        tg.ExternalService(
            "Speech-to-text and text-to-speech service",
            provides=tg.ExternalCategory.MODEL_API,
        )
    )
    # Reads the conversation and decides what to say and which tool to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed; vendor contract says no training on our data"
                )
            },
        )
    )

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # The system of record for patients and the diary; the vendor hosts it for us.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={patient_records, appointments},
            description="Dental PMS SaaS used by every practice in the group.",
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Group cloud account", trust=tg.Trust.INTERNAL):
    # The voice agent: runs the call loop between audio, speech service, LLM and tools.
    agent = tm.add(
        tg.Agent(
            "Appointment voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Handles a whole call; books, moves and cancels without staff.",
            controls={
                c.CircuitBreaker(max_steps=40, note="call ends and goes to callback after 40 turns")
            },
        )
    )
    # Finds which patient is calling.
    lookup_tool = tm.add(
        tg.Tool(
            "Patient lookup tool",
            capabilities={"read"},
            description="Finds the patient in the PMS for the agent.",
            controls={
                c.Authentication(
                    method="caller phone number and spoken date of birth matched to the patient record"
                )
            },
        )
    )
    # Makes the diary changes the caller asks for.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write", "delete"},
            description="Books, moves and cancels appointments through the PMS API.",
            controls={
                c.LeastPrivilegeTools(note="PMS API key scoped to the appointments API"),
                c.SecretsManagement(note="PMS API key held in the cloud secrets manager"),
            },
        )
    )
    # Answers 'how much is a check-up / a crown' questions.
    fee_tool = tm.add(tg.Tool("Fee lookup tool", capabilities={"read"}))
    # The group's published price list, edited by the practice managers.
    fee_store = tm.add(tg.DataStore("Fee list store", stores={fee_list}))
    # Turns 'I need a person' into a task for reception.
    handoff_tool = tm.add(
        tg.Tool("Reception handoff tool", capabilities={"write", "send-messages"})
    )
    # Keeps call transcripts for quality review and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Call transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where reception sees callback requests and reads transcripts.
    dashboard = tm.add(
        tg.Service(
            "Reception dashboard",
            internet_facing=True,
            description="Web app for the practices' reception teams.",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="staff see the requests of their own practice"),
            },
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Works the callback queue and uses the PMS directly as they do today.
    reception = tm.add(tg.Actor("Reception staff", role="receptionist"))

# ---------------------------------------------------------------- flows
tm.flow(caller, telephony, caller_audio, protocol="pstn")
tm.flow(telephony, caller, agent_audio, protocol="pstn")
tm.flow(telephony, agent, caller_audio, caller_number, protocol="wss", label="media stream")
tm.flow(agent, telephony, agent_audio, protocol="wss", label="media stream")

tm.flow(agent, speech, caller_audio, reply_text, protocol="wss")
tm.flow(speech, agent, utterance, agent_audio, protocol="wss")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, pms, lookup_call, protocol="https", label="patient search")
tm.flow(pms, lookup_tool, patient_records, appointments, protocol="https")
tm.flow(lookup_tool, agent, patient_match)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, pms, booking_call, pms_key, protocol="https", label="appointments API")
tm.flow(pms, booking_tool, appointments, protocol="https", label="free slots and bookings")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, fee_tool, fee_query)
tm.flow(fee_store, fee_tool, fee_list)
tm.flow(fee_tool, agent, fee_answer)

tm.flow(agent, handoff_tool, callback)
tm.flow(handoff_tool, dashboard, callback, protocol="https")
tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, dashboard, transcripts)
tm.flow(dashboard, reception, callback, transcripts, protocol="https")
tm.flow(reception, dashboard, callback, protocol="https", label="marks callbacks done")
tm.flow(reception, pms, appointments, patient_records, protocol="https")
tm.flow(pms, reception, appointments, patient_records, protocol="https")
