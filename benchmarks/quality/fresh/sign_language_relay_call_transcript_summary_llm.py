"""Sign language video relay service with LLM call summaries: the first design, before any security review.

A US video relay service (VRS) provider lets deaf and hard-of-hearing people phone
hearing people. The caller signs into our app on a phone or videophone and is
connected by video to a sign language interpreter in one of our call centres, who
voices the conversation to the hearing party over a SIP trunk to the telephone
network. Two LLM features are being added. When the caller turns on summaries for
a call, the voice leg is streamed to a cloud speech-to-text API; the transcript is
kept for 24 hours, and from the app the caller can ask for a written summary,
which a summary service gets from a hosted LLM. Interpreters get a terminology
panel: they type an unfamiliar term, and an assistant retrieves glossary entries
(built from public medical, legal and technical glossaries) and asks the same LLM
for a plain explanation. Callers sign in with a password and an SMS code on new
devices; interpreters use corporate SSO. Both AI vendors were reviewed and
contracted for no retention of inputs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sign language relay call transcript summary LLM",
    profile=tg.RiskProfile.HIGH,
    description="Video relay calls between deaf callers and hearing parties, with "
    "LLM call summaries for callers and terminology lookup for interpreters.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Caller sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Account phone number and password, SMS code on a new device.",
)
call_setup = tg.Data(
    "Call setup request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Number dialled, caller's registered location, summaries on or off.",
)
caller_video = tg.Data("Caller sign language video", kind="media", sensitivity=tg.Sensitivity.PII)
interpreter_video = tg.Data(
    "Interpreter sign language video", kind="media", sensitivity=tg.Sensitivity.PII
)
voice = tg.Data(
    "Call voice audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The interpreter's voicing and the hearing party's speech.",
)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Word-for-word text of the voice leg; may contain health, money or legal matters.",
)
subscribers = tg.Data(
    "Subscriber accounts and call detail records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Registered users, their numbers and 911 addresses, and per-call minutes for billing.",
)
summary_request = tg.Data("Summary request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
summary_prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions and the call transcript.",
)
summary = tg.Data("Call summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
term_query = tg.Data(
    "Terminology query",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The term, often with the phrase from the call it appeared in.",
)
glossary_entries = tg.Data(
    "Glossary entries", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
public_glossaries = tg.Data(
    "Public terminology glossaries", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
term_answer = tg.Data("Term explanation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The deaf or hard-of-hearing person placing or receiving the call.
    caller = tm.add(tg.Actor("Deaf caller", role="relay service user"))
    # Our app on the caller's own smartphone, tablet or videophone.
    app = tm.add(
        tg.Device("Caller VRS app", fleet=True, description="Smartphone and videophone app.")
    )
    # Public sources the glossary is built from.
    glossary_source = tm.add(
        tg.DataSource(
            "Public glossary sources",
            origin=tg.Origin.PUBLIC_WEB,
            provides={public_glossaries},
            description="Medical, legal and technical glossaries downloaded quarterly.",
        )
    )

with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The person the caller is talking to: a doctor's office, a bank, a relative.
    hearing_party = tm.add(tg.Actor("Hearing party", role="called party"))

with tm.boundary("Telephone carrier", trust=tg.Trust.PARTNER):
    # SIP trunk provider that connects our voice leg to the telephone network.
    carrier = tm.add(tg.ExternalService("SIP trunk carrier"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Transcribes the voice leg of calls where the caller turned summaries on.
    asr = tm.add(
        tg.ExternalService(
            "Cloud speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="no-retention terms, reviewed by procurement")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes call summaries and term explanations.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="enterprise terms: no training on or retention of inputs")
            },
        )
    )

with tm.boundary("Relay data centre", trust=tg.Trust.INTERNAL):
    # Routes video calls to interpreters and bridges the voice leg to the carrier.
    platform = tm.add(
        tg.Service(
            "Relay call platform",
            controls={
                c.Authentication(method="phone number and password, SMS code on a new device"),
                c.AuditLogging(),
            },
        )
    )
    # Registered users and the call records the provider bills the TRS Fund from.
    subscriber_db = tm.add(
        tg.DataStore(
            "Subscriber database",
            stores={subscribers},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Answers interpreters' terminology questions from the glossary and the LLM.
    term_assistant = tm.add(
        tg.Service(
            "Terminology assistant", controls={c.Authentication(method="corporate SSO (OIDC)")}
        )
    )
    # Embedded glossary entries the assistant retrieves from.
    glossary = tm.add(tg.VectorStore("Terminology glossary index", stores={glossary_entries}))
    # Chunks and embeds the downloaded glossaries.
    glossary_job = tm.add(tg.Pipeline("Glossary ingestion", stage=tg.Stage.INGESTION))

    with tm.boundary("Call content enclave", trust=tg.Trust.RESTRICTED):
        # Holds transcripts only until the caller may ask for a summary.
        transcript_store = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcript},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RetentionLimits(days=1)},
            )
        )
        # Builds the summary prompt from a transcript and returns the LLM's summary.
        summariser = tm.add(
            tg.Service(
                "Call summary service",
                description="Returns summaries only for the signed-in caller's own calls.",
                controls={c.Authentication(method="app session from the caller's account sign-in")},
            )
        )

with tm.boundary("Interpreter call centres", trust=tg.Trust.INTERNAL):
    # Certified interpreters (communications assistants) working the call queue.
    interpreter = tm.add(tg.Actor("Sign language interpreter", role="communications assistant"))

# ---------------------------------------------------------------- flows
# the relay call
tm.flow(caller, app, caller_video, call_setup, sign_in)
tm.flow(app, caller, interpreter_video)
tm.flow(app, platform, sign_in, call_setup, protocol="https")
tm.flow(app, platform, caller_video, protocol="webrtc")
tm.flow(platform, app, interpreter_video, protocol="webrtc")
tm.flow(platform, interpreter, caller_video, voice, protocol="webrtc")
tm.flow(interpreter, platform, interpreter_video, voice, protocol="webrtc")
tm.flow(platform, carrier, voice, protocol="sips", label="SIP trunk")
tm.flow(carrier, platform, voice, protocol="sips", label="SIP trunk")
tm.flow(carrier, hearing_party, voice, protocol="pstn")
tm.flow(hearing_party, carrier, voice, protocol="pstn")
tm.flow(platform, subscriber_db, subscribers, label="call detail records")
tm.flow(subscriber_db, platform, subscribers, label="account and routing lookup")

# transcription and summaries
tm.flow(platform, asr, voice, protocol="https", label="only calls with summaries turned on")
tm.flow(asr, platform, transcript, protocol="https")
tm.flow(platform, transcript_store, transcript)
tm.flow(caller, app, summary_request)
tm.flow(app, summariser, summary_request, protocol="https")
tm.flow(transcript_store, summariser, transcript)
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, app, summary, protocol="https")
tm.flow(app, caller, summary)

# terminology lookup for interpreters
tm.flow(interpreter, term_assistant, term_query, protocol="https")
tm.flow(term_assistant, glossary, term_query, label="similarity query")
tm.flow(glossary, term_assistant, glossary_entries)
tm.flow(term_assistant, llm, term_query, glossary_entries, protocol="https")
tm.flow(llm, term_assistant, term_answer, protocol="https")
tm.flow(term_assistant, interpreter, term_answer, protocol="https")
tm.flow(
    glossary_source, glossary_job, public_glossaries, protocol="https", label="quarterly download"
)
tm.flow(glossary_job, glossary, glossary_entries)
