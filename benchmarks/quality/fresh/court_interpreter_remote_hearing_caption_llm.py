"""Remote hearing live captions and translation: the first design, before any security review.

In remote hearings, parties, witnesses and advocates join through the court
service's video hearing platform. The platform forks the hearing audio to our
caption bridge in the court service's cloud, where an open-weights speech-to-text
model transcribes it. A caption orchestrator sends each segment, with a per-case
glossary of names and legal terms, to a hosted LLM that translates it, and pushes
the draft captions straight to participants and to a correction console. The
court interpreter, a freelancer working remotely, corrects the captions live and
the corrections replace the drafts within seconds. Clerks set up the hearing from
the case management system and enter glossary terms. Caption transcripts are kept
30 days for quality review, encrypted. The LLM vendor was vetted and the API key
sits in a key vault; interpreters sign in with a password and an authenticator code.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Remote hearing caption and translation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Live captions and machine translation for remote court hearings, "
        "corrected in real time by the court interpreter."
    ),
)

# ---------------------------------------------------------------- data assets
audio = tg.Data(
    "Hearing audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live speech of everyone in the hearing, including evidence given in private.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
transcript = tg.Data(
    "Source-language transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text segments with speaker labels.",
)
glossary = tg.Data(
    "Case glossary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names of parties and witnesses, places and legal terms for this case.",
)
prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, target language, glossary and the transcript segment.",
)
draft = tg.Data("Draft translated caption", kind="model-output", sensitivity=tg.Sensitivity.PII)
correction = tg.Data(
    "Interpreter correction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The interpreter's edit of a caption segment.",
)
corrected = tg.Data("Corrected caption", kind="model-output", sensitivity=tg.Sensitivity.PII)
hearing_details = tg.Data(
    "Hearing details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case number, parties, languages needed, reporting restrictions, interpreter booked.",
)
caption_log = tg.Data(
    "Caption transcript",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Draft and corrected captions per hearing, with timings, for quality review.",
)
asr_weights = tg.Data(
    "Speech-to-text model checkpoint",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="Whisper large-v3 PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parties, witnesses and advocates joining from home or chambers.
    participants = tm.add(tg.Actor("Hearing participant", role="party, witness or advocate"))
    # Freelance interpreter booked through the language services agency, working remotely.
    interpreter = tm.add(tg.Actor("Court interpreter", role="interpreter"))
    # Where the speech model checkpoint is downloaded from at build time.
    model_source = tm.add(
        tg.ExternalService("Public model download", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Video platform vendor", trust=tg.Trust.PARTNER):
    # The court service's existing video hearing platform.
    video = tm.add(
        tg.ExternalService(
            "Video hearing platform",
            description="Hosts the remote hearing and forks its mixed audio to our bridge.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that does the translation, in a UK region.
    llm = tm.add(
        tg.LLM(
            "Translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted LLM prompted to translate caption segments.",
            controls={c.SupplierAssessment(note="UK data residency, no training on our data")},
        )
    )

with tm.boundary("Court service cloud", trust=tg.Trust.INTERNAL):
    # Receives the audio stream from the platform and feeds the speech model.
    bridge = tm.add(tg.Service("Caption audio bridge"))
    # Transcribes the hearing in the source language.
    asr = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Whisper on a GPU node, streaming mode.",
        )
    )
    # Builds translation prompts, merges corrections and fans captions out.
    orchestrator = tm.add(
        tg.Service(
            "Caption orchestrator",
            controls={c.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # Per-case names and terminology used to steer the translation.
    glossary_store = tm.add(tg.DataStore("Case glossary store", stores={glossary}))
    # Web console where the interpreter sees and corrects captions live.
    console = tm.add(
        tg.Endpoint(
            "Interpreter correction console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="court identity service: password and authenticator app code"
                ),
                c.RBAC(note="interpreters see the hearings they are booked on"),
            },
        )
    )
    # Serves the live caption overlay to participants' browsers.
    delivery = tm.add(
        tg.Endpoint(
            "Caption delivery service",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-hearing join link token")},
        )
    )
    # Caption transcripts kept for quality review.
    caption_store = tm.add(
        tg.DataStore(
            "Caption transcript store",
            stores={caption_log},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )

with tm.boundary("Court network", trust=tg.Trust.INTERNAL):
    # Court clerk who lists the hearing and prepares the glossary.
    clerk = tm.add(tg.Actor("Court clerk", role="clerk"))
    # Existing system of record for cases and hearings.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={hearing_details},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
# Speech in the hearing reaches the speech model.
tm.flow(participants, video, audio, protocol="webrtc")
tm.flow(video, bridge, audio, protocol="wss", label="audio fork")
tm.flow(bridge, asr, audio, protocol="grpc")
tm.flow(asr, orchestrator, transcript, protocol="grpc")
tm.flow(model_source, asr, asr_weights, protocol="https", label="download at build")

# Hearing set-up.
tm.flow(clerk, cms, hearing_details, protocol="https")
tm.flow(cms, orchestrator, hearing_details, protocol="https", label="hearing set-up")
tm.flow(clerk, glossary_store, glossary, protocol="https")
tm.flow(glossary_store, orchestrator, glossary)

# Translation.
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")

# Live correction by the interpreter.
tm.flow(orchestrator, console, transcript, draft, protocol="wss")
tm.flow(console, interpreter, transcript, draft, protocol="wss")
tm.flow(interpreter, console, correction, protocol="wss")
tm.flow(console, orchestrator, correction, protocol="wss")

# Captions out to the hearing, and the record kept.
tm.flow(orchestrator, delivery, transcript, draft, corrected, protocol="wss")
tm.flow(delivery, participants, transcript, draft, corrected, protocol="wss")
tm.flow(orchestrator, caption_store, caption_log)
