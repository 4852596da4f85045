"""Video relay service with an interpreter-matching agent: the first design.

An EU video relay service lets deaf callers phone hearing people through a sign
language interpreter. Callers sign in to our mobile app and start a video call;
the call gateway reads their profile, preferred sign language and consent flags.
An LLM agent (a hosted model behind it) reads the call request, looks up which
interpreters are free and what languages and specialisms (medical, legal) they
hold, and routes the call to one of them; the interpreter voices the call to the
hearing party over a SIP trunk to the phone network. When a caller has opted in,
a recording service sends the session audio to a self-hosted speech model and
keeps the transcript for quality reviewers, whose ratings update interpreter
skills. Controls: app sign-in, TLS and SRTP on every link, role-based access and
encryption at rest on the stores, a consent check before any recording, and
audit logs of routing decisions. Routing is fully automatic: calls cannot wait.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Video relay interpreter matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Video relay calls for deaf callers, matched to sign language interpreters "
        "by an LLM agent; consented sessions are transcribed for quality review."
    ),
)

# ---------------------------------------------------------------- data assets
sign_video = tg.Data(
    "Caller sign language video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the caller signing; the call content itself.",
)
interpreter_video = tg.Data("Interpreter video", kind="media", sensitivity=tg.Sensitivity.PII)
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The interpreter's voicing and the hearing party's speech.",
)
call_request = tg.Data(
    "Call request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caller id, number to dial, sign language, optional topic (e.g. doctor, court).",
)
caller_profile = tg.Data(
    "Caller profile and consent",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account, preferred language and interpreter, transcription consent flag.",
)
matching_prompt = tg.Data("Matching prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
matching_completion = tg.Data(
    "Matching completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
roster_query = tg.Data(
    "Interpreter roster query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
interpreter_roster = tg.Data(
    "Interpreter roster and skills",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Interpreters' languages, certifications, specialisms, ratings and live status.",
)
routing_call = tg.Data(
    "Call routing instruction", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
routing_assignment = tg.Data(
    "Interpreter assignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data(
    "Interpreter availability status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transcript = tg.Data(
    "Session transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
quality_rating = tg.Data(
    "Interpreter quality rating", kind="records", sensitivity=tg.Sensitivity.PII
)
routing_log = tg.Data("Routing decision log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The deaf or hard-of-hearing person placing the call.
    caller = tm.add(tg.Actor("Deaf caller", role="relay user"))
    # Our mobile app on the caller's own phone or tablet.
    caller_app = tm.add(tg.Device("Relay app on caller's phone", fleet=True))

with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The hearing person at the other end of the call.
    hearing_party = tm.add(tg.Actor("Hearing party", role="called party"))

with tm.boundary("Telephony carrier", trust=tg.Trust.PARTNER):
    # SIP trunk provider connecting our calls to the phone network.
    carrier = tm.add(tg.ExternalService("SIP trunk carrier"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the matching agent reasons with.
    hosted_llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Relay platform", trust=tg.Trust.INTERNAL):
    # Media gateway for app video and SIP audio; the only internet-facing part.
    gateway = tm.add(
        tg.Endpoint(
            "Video call gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="caller account username and password in the app")},
        )
    )
    # Picks the interpreter for each incoming call.
    agent = tm.add(
        tg.Agent(
            "Interpreter matching agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads the call request and roster, routes the call within seconds.",
        )
    )
    # Read-only lookup of who is free and what they can interpret.
    roster_tool = tm.add(tg.Tool("Interpreter roster lookup", capabilities={"read"}))
    # Places the call in an interpreter's station queue.
    routing_tool = tm.add(
        tg.Tool(
            "Call routing tool",
            capabilities={"write"},
            controls={c.AuditLogging(note="every assignment, with the agent's reason")},
        )
    )
    # Caller accounts, language preferences and consent flags.
    caller_db = tm.add(
        tg.DataStore(
            "Caller account database",
            stores={caller_profile},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Interpreter profiles, skills, ratings and live availability.
    roster_db = tm.add(
        tg.DataStore(
            "Interpreter roster database",
            stores={interpreter_roster, routing_log},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Taps session audio for transcription, but only for consenting callers.
    recorder = tm.add(
        tg.Service(
            "Session recording service",
            controls={
                c.PolicyEnforcement(
                    rules="records only when the caller's consent flag is set for this call"
                )
            },
        )
    )
    # Self-hosted speech-to-text model for the voiced side of the session.
    asr_model = tm.add(
        tg.Model(
            "Session transcription model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights speech recognition model on our GPUs.",
        )
    )
    # Transcripts kept for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcript},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Interpreter centre", trust=tg.Trust.INTERNAL):
    # Employed and freelance interpreters at call-centre or home workstations.
    interpreter = tm.add(tg.Actor("Sign language interpreter", role="interpreter"))
    # Reads consented transcripts and rates interpreting quality.
    reviewer = tm.add(tg.Actor("Quality reviewer", role="quality assurance"))

# ---------------------------------------------------------------- flows
tm.flow(caller, caller_app, sign_video, call_request, label="signs to the phone camera in person")
tm.flow(caller_app, caller, interpreter_video, label="on the phone screen")
tm.flow(caller_app, gateway, call_request, protocol="https")
tm.flow(
    caller_app,
    gateway,
    sign_video,
    protocol="srtp",
    controls={c.EncryptionInTransit(protocol="DTLS-SRTP")},
)
tm.flow(
    gateway,
    caller_app,
    interpreter_video,
    protocol="srtp",
    controls={c.EncryptionInTransit(protocol="DTLS-SRTP")},
)

tm.flow(gateway, caller_db, call_request, label="profile lookup")
tm.flow(caller_db, gateway, caller_profile)

tm.flow(gateway, agent, call_request, caller_profile)
tm.flow(agent, hosted_llm, matching_prompt, protocol="https")
tm.flow(hosted_llm, agent, matching_completion, protocol="https")
tm.flow(agent, roster_tool, roster_query)
tm.flow(roster_db, roster_tool, interpreter_roster)
tm.flow(roster_tool, agent, interpreter_roster)
tm.flow(agent, routing_tool, routing_call)
tm.flow(routing_tool, gateway, routing_assignment)
tm.flow(routing_tool, roster_db, routing_log)

tm.flow(
    gateway,
    interpreter,
    sign_video,
    call_audio,
    protocol="https",
    label="interpreter console (WebRTC)",
)
tm.flow(
    interpreter,
    gateway,
    interpreter_video,
    call_audio,
    protocol="https",
    label="interpreter console (WebRTC)",
)
tm.flow(interpreter, roster_db, availability, protocol="https", label="sets available or busy")

tm.flow(gateway, carrier, call_audio, protocol="sip-tls")
tm.flow(carrier, gateway, call_audio, protocol="sip-tls")
tm.flow(carrier, hearing_party, call_audio, protocol="pstn")
tm.flow(hearing_party, carrier, call_audio, protocol="pstn")

tm.flow(gateway, recorder, call_audio, caller_profile, label="consented sessions only")
tm.flow(recorder, asr_model, call_audio)
tm.flow(asr_model, recorder, transcript)
tm.flow(recorder, transcript_store, transcript)
tm.flow(transcript_store, reviewer, transcript, protocol="https", label="review console")
tm.flow(reviewer, roster_db, quality_rating, protocol="https")
