"""Out-of-hours vet phone triage voice agent: the first design, before any security review.

A group of veterinary practices diverts its phone lines to this service between 7pm
and 8am. Pet owners call the usual number; a telephony carrier hands the call over
SIP to our voice gateway, which streams the audio to a hosted speech vendor for
transcription and speaks the agent's replies back with the vendor's text-to-speech.
A triage agent, built on a hosted LLM and a small index of the practices' triage
protocols and toxicity tables, asks structured questions, looks the caller up in the
cloud practice management system by caller ID, and then either gives home-care advice,
books an emergency slot at the on-call clinic, or pages the on-call vet by SMS with a
case summary so that the vet calls the owner back. Calls are recorded and transcribed
for next-day review by the clinical lead, who also curates the protocols. Runs in one
cloud VPC in the UK; owners' details are personal data under UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary out-of-hours phone triage voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Voice agent that answers out-of-hours calls from pet owners, triages the case, "
        "advises home care, books emergency appointments and pages the on-call vet."
    ),
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data(
    "Caller voice audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The owner's live call audio: name, address, the pet's symptoms.",
)
reply_audio = tg.Data("Synthesised reply audio", kind="media", sensitivity=tg.Sensitivity.PII)
caller_transcript = tg.Data(
    "Caller speech transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Streaming speech-to-text of what the owner says, turn by turn.",
)
reply_text = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, retrieved protocol text and the client record.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Next question or advice, an urgency level and any tool call to make.",
)
guidance_query = tg.Data("Symptom search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
protocol_docs = tg.Data(
    "Triage protocols and toxicity tables",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
protocol_chunks = tg.Data(
    "Triage guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
lookup_request = tg.Data(
    "Client lookup request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The caller's phone number and the pet's name.",
)
client_records = tg.Data(
    "Client and pet records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Owner name, address and phone; the pet's species, weight, conditions and medication.",
)
booking_request = tg.Data(
    "Emergency booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
appointment = tg.Data("Emergency appointment", kind="records", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
page_request = tg.Data(
    "Urgent case page request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Case summary, urgency and the owner's callback number.",
)
page_message = tg.Data("On-call page message", sensitivity=tg.Sensitivity.PII)
vet_callback = tg.Data("Vet callback call", kind="media", sensitivity=tg.Sensitivity.PII)
call_records = tg.Data(
    "Call recordings, transcripts and triage summaries",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the practice number; most callers are existing clients.
    owner = tm.add(tg.Actor("Pet owner", role="caller"))

with tm.boundary("Telephony carrier", trust=tg.Trust.PARTNER):
    # The practices' numbers are ported to this carrier, which forwards calls as SIP.
    carrier = tm.add(
        tg.ExternalService("Telephony carrier SIP trunk", description="Cloud telephony provider.")
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Streaming speech-to-text and text-to-speech, bought as an API.
    speech = tm.add(
        tg.ExternalService(
            "Speech recognition and TTS API",
            provides=tg.ExternalCategory.MODEL_API,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model that drives the conversation and picks the outcome.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Decides the next question, the urgency level and which tool to call.",
            controls={c.ModelAlignment(note="the vendor's safety tuning")},
        )
    )

with tm.boundary("Practice management SaaS", trust=tg.Trust.PARTNER):
    # The practices' system of record for clients, pets and the appointment book.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={client_records, appointment},
            controls={
                c.EncryptionAtRest(note="vendor-managed keys"),
                c.RBAC(note="practice staff roles; the integration user has its own role"),
            },
        )
    )

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # SMS gateway used to page whichever vet is on the rota tonight.
    pager = tm.add(tg.ExternalService("SMS paging service"))

with tm.boundary("Triage platform VPC", trust=tg.Trust.INTERNAL):
    # Terminates SIP, streams audio to the speech vendor and plays replies back.
    gateway = tm.add(
        tg.Service(
            "Voice gateway",
            controls={c.RateLimiting(note="at most 20 concurrent calls per practice number")},
        )
    )
    # The LLM agent that runs the triage conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Triage voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=40, note="hands over to voicemail after 40 turns")
            },
        )
    )
    # Protocol text the agent retrieves so its questions follow the practices' triage.
    guidance_index = tm.add(tg.VectorStore("Triage guidance index", stores={protocol_chunks}))
    # Re-embeds the protocols when the clinical lead uploads a new version.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Finds the caller's client and pet record in the practice management system.
    lookup_tool = tm.add(
        tg.Tool(
            "Client record lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="caller ID matched to the phone number on the client record"
                )
            },
        )
    )
    # Books an emergency consultation at the on-call clinic.
    booking_tool = tm.add(
        tg.Tool(
            "Emergency booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="may only create slots in the emergency diary")},
        )
    )
    # Pages the on-call vet with the case summary and callback number.
    paging_tool = tm.add(tg.Tool("On-call paging tool", capabilities={"send-messages"}))
    # Recordings and transcripts for next-day clinical review and complaints.
    call_store = tm.add(
        tg.DataStore(
            "Call record store",
            stores={call_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Practice staff", trust=tg.Trust.INTERNAL):
    # Takes the urgent cases overnight, from home, on a mobile phone.
    on_call_vet = tm.add(tg.Actor("On-call vet", role="veterinary surgeon"))
    # Owns the triage protocols and reviews the night's calls each morning.
    clinical_lead = tm.add(tg.Actor("Clinical lead", role="clinical lead vet", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(owner, carrier, caller_audio, protocol="pstn")
tm.flow(carrier, owner, reply_audio, protocol="pstn")
tm.flow(carrier, gateway, caller_audio, protocol="sips")
tm.flow(gateway, carrier, reply_audio, protocol="sips")

tm.flow(gateway, speech, caller_audio, reply_text, protocol="wss")
tm.flow(speech, gateway, caller_transcript, reply_audio, protocol="wss")
tm.flow(gateway, agent, caller_transcript)
tm.flow(agent, gateway, reply_text)

tm.flow(agent, guidance_index, guidance_query, label="similarity search")
tm.flow(guidance_index, agent, protocol_chunks)
tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, pms, lookup_request, protocol="https")
tm.flow(pms, lookup_tool, client_records, protocol="https")
tm.flow(lookup_tool, agent, client_records)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, pms, appointment, protocol="https")
tm.flow(pms, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(agent, paging_tool, page_request)
tm.flow(paging_tool, pager, page_message, protocol="https")
tm.flow(pager, on_call_vet, page_message, protocol="sms")
tm.flow(on_call_vet, owner, vet_callback, protocol="phone", label="calls the owner back")

tm.flow(agent, call_store, call_records)
tm.flow(gateway, call_store, call_records, label="call recording")
tm.flow(call_store, clinical_lead, call_records, protocol="https", label="next-day review")
tm.flow(
    clinical_lead, indexer, protocol_docs, protocol="https", label="uploads new protocol version"
)
tm.flow(indexer, guidance_index, protocol_chunks)
