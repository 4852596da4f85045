"""Phone voicebot for a veterinary practice: the first design.

Pet owners ring the practice's usual number. A cloud telephony platform answers,
turns the caller's speech into text and streams it to our voice gateway, which
hands each turn to a triage agent. The agent, driven by a hosted LLM and the
practice's triage guidelines, asks about the animal's symptoms, looks the owner
and pet up in the practice management system (PMS) by the calling number, and
books a routine appointment straight into the PMS diary. When the guidelines'
red flags come up (poisoning, breathing trouble, bloat, road accidents) it
pages the duty vet by SMS and transfers the call. The gateway and agent run in
the practice's cloud account; the PMS is the vendor's SaaS. Reception staff and
vets read call summaries and bot bookings in a staff dashboard, where the
clinical lead also edits the triage guidelines. API keys sit in the cloud
secret manager, and the agent stops after a fixed number of steps per call.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary practice triage voicebot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Answers pet owners' calls, triages symptoms, books appointments and "
        "escalates emergencies to the duty vet."
    ),
)

# ---------------------------------------------------------------- data assets
caller_speech = tg.Data(
    "Caller speech",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The owner's voice on the call, with the calling number.",
)
bot_voice = tg.Data("Voicebot speech", kind="media", sensitivity=tg.Sensitivity.PII)
vet_speech = tg.Data("Duty vet speech", kind="media", sensitivity=tg.Sensitivity.PII)
caller_utterance = tg.Data(
    "Caller utterance",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of each caller turn, with the caller's phone number.",
)
bot_reply = tg.Data(
    "Voicebot reply text",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="What the bot says next, for text-to-speech, or a transfer instruction.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidelines, conversation so far, client and pet details, tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply, a triage judgement or a tool call.",
)
guidelines = tg.Data(
    "Triage guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="System prompt, red-flag symptoms by species and booking rules.",
)
client_lookup = tg.Data(
    "Client lookup request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The calling number, or the name the owner gives.",
)
client_record = tg.Data(
    "Client and pet record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Owner contact details, pets, vaccination and clinical history.",
)
booking_request = tg.Data(
    "Appointment booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Pet, reason, urgency and requested slot.",
)
diary = tg.Data(
    "Appointment diary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free slots and existing appointments per vet.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
emergency_alert = tg.Data(
    "Emergency alert",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Owner, pet, symptoms and call-back number for the duty vet.",
)
emergency_page = tg.Data(
    "Emergency page SMS and call transfer",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transcript = tg.Data(
    "Call transcript and summary",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Full transcript, triage outcome and any booking or escalation.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the practice number.
    owner = tm.add(tg.Actor("Pet owner", role="caller"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Hosts the practice number, speech-to-text, text-to-speech and SMS.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony platform",
            description="Answers calls, streams transcribed speech, speaks replies, sends SMS.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; API data not used for training")},
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The practice management system: client records and the appointment diary.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={client_record, diary},
            controls={c.EncryptionAtRest(key_management="vendor managed"), c.RBAC()},
        )
    )

with tm.boundary("Practice cloud account", trust=tg.Trust.INTERNAL):
    # Bridges the telephony media stream to the agent, turn by turn.
    gateway = tm.add(tg.Service("Voice gateway", internet_facing=True))
    # The LLM agent that triages, books and escalates on each call.
    agent = tm.add(
        tg.Agent(
            "Triage voicebot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=25, note="tool calls and turns per call"),
                c.SecretsManagement(note="LLM and PMS API keys in the cloud secret manager"),
            },
        )
    )
    # Vet-approved triage guidelines the agent loads into its prompt.
    guidelines_store = tm.add(tg.DataStore("Triage guidelines store", stores={guidelines}))
    # Finds the owner and pet in the PMS, by the calling number or by name.
    lookup_tool = tm.add(
        tg.Tool(
            "Client lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(method="caller's phone number matched to the client record")
            },
        )
    )
    # Books routine appointments into the PMS diary.
    booking_tool = tm.add(tg.Tool("Appointment booking tool", capabilities={"read", "write"}))
    # Pages the duty vet by SMS and transfers the caller.
    escalation_tool = tm.add(tg.Tool("Emergency escalation tool", capabilities={"send-messages"}))
    # Transcripts and summaries of every call, for staff follow-up.
    transcript_store = tm.add(
        tg.DataStore(
            "Call transcript store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Staff web app: call summaries, bot bookings, guideline edits.
    dashboard = tm.add(
        tg.Service(
            "Staff dashboard",
            internet_facing=True,
            controls={c.Authentication(method="individual staff e-mail and password"), c.RBAC()},
        )
    )

with tm.boundary("Practice staff", trust=tg.Trust.INTERNAL):
    # Receptionists, nurses and vets; the clinical lead maintains the guidelines.
    staff = tm.add(tg.Actor("Practice staff", role="reception and clinical staff"))
    # The vet on call out of hours, reached on their own mobile.
    duty_vet = tm.add(tg.Actor("Duty vet", role="on-call vet"))

# ---------------------------------------------------------------- flows
tm.flow(owner, telephony, caller_speech, protocol="pstn")
tm.flow(telephony, owner, bot_voice, protocol="pstn")
tm.flow(telephony, gateway, caller_utterance, protocol="wss")
tm.flow(gateway, telephony, bot_reply, protocol="wss")
tm.flow(gateway, agent, caller_utterance)
tm.flow(agent, gateway, bot_reply)

tm.flow(guidelines_store, agent, guidelines)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, client_lookup)
tm.flow(lookup_tool, pms, client_lookup, protocol="https")
tm.flow(pms, lookup_tool, client_record, protocol="https")
tm.flow(lookup_tool, agent, client_record)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, pms, booking_request, protocol="https")
tm.flow(pms, booking_tool, diary, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(agent, escalation_tool, emergency_alert)
tm.flow(escalation_tool, telephony, emergency_page, protocol="https")
tm.flow(telephony, duty_vet, emergency_page, protocol="sms")
tm.flow(telephony, duty_vet, caller_speech, protocol="pstn", label="transferred call")
tm.flow(duty_vet, telephony, vet_speech, protocol="pstn", label="transferred call")
tm.flow(telephony, owner, vet_speech, protocol="pstn", label="transferred call")

tm.flow(agent, transcript_store, transcript)
tm.flow(transcript_store, dashboard, transcript)
tm.flow(pms, dashboard, diary, protocol="https", label="bot bookings")
tm.flow(dashboard, staff, transcript, diary, protocol="https")
tm.flow(staff, dashboard, guidelines, protocol="https", label="guideline edits")
tm.flow(dashboard, guidelines_store, guidelines)
