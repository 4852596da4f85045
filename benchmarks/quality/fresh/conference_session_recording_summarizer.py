"""Conference session recording summarizer: the first design, before any security review.

A European events company records every conference session with recording kits that
its AV technicians run on the venue's network; the kits upload each recording to our
ingest API with a per-kit API key. A processing service transcribes the audio with a
self-hosted open-weights speech recognition model, then sends the transcript with a
summarization prompt to a hosted LLM under the vendor's enterprise terms (reviewed by
procurement; the API key sits in our secrets vault). Draft summaries wait in the
content store until the session's speaker, invited by an e-mailed one-time link,
reads the draft, edits it and approves it. Only approved summaries are published on
the attendee portal, where attendees sign in through the registration platform.
Recordings and transcripts hold the voices and questions of speakers and audience
members, so the stores are encrypted at rest; nothing else is yet decided.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Conference session recording summarizer",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Transcribes recorded conference sessions, summarizes them with a hosted LLM and "
        "publishes speaker-approved summaries to attendees."
    ),
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Session recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio and video of talks, panels and audience Q&A.",
)
transcript = tg.Data(
    "Session transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Time-stamped text of everything said, including audience questions.",
)
prompt = tg.Data(
    "Summarization prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Our summarization instructions, session metadata and the full transcript.",
)
draft = tg.Data(
    "Draft summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
speaker_review = tg.Data(
    "Speaker edits and approval",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
published = tg.Data(
    "Published summary",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
session_catalogue = tg.Data(
    "Sessions and speaker contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Agenda, session titles, speaker names and e-mail addresses.",
)
invitation = tg.Data(
    "Review invitation e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the speaker their draft is ready; contains a one-time sign-in link.",
)
attendee_login = tg.Data(
    "Attendee sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
portal_request = tg.Data("Portal page request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Venue network", trust=tg.Trust.PARTNER):
    # Our AV crew, working in rooms of a hired convention centre.
    av_tech = tm.add(tg.Actor("AV technician", role="event staff"))
    # Recording kits in each room, connected through the venue's Wi-Fi or wired network.
    recorder = tm.add(tg.Device("Session recording kit", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Speakers review and approve their own session's summary.
    speaker = tm.add(tg.Actor("Speaker", role="session speaker"))
    # Paying attendees read the summaries after the event.
    attendee = tm.add(tg.Actor("Attendee", role="attendee"))

with tm.boundary("Registration platform", trust=tg.Trust.PARTNER):
    # SaaS ticketing platform: attendee accounts and sign-in, and the speaker list.
    registration = tm.add(
        tg.ExternalService(
            "Event registration platform", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends the review invitations.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM that writes the summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted summarization LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("Events cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from the recording kits.
    ingest = tm.add(
        tg.Endpoint(
            "Recording ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-kit API key")},
        )
    )
    # Object storage for the raw recordings.
    media_bucket = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Worker that transcribes each recording and asks the LLM for a summary.
    processor = tm.add(
        tg.Service(
            "Session processing service",
            controls={c.SecretsManagement(note="LLM API key in the cloud secrets vault")},
        )
    )
    # Open-weights speech recognition model run on our own GPU workers.
    asr = tm.add(
        tg.Model(
            "Speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Transcripts, session catalogue, drafts, speaker edits and approved summaries.
    content_store = tm.add(
        tg.DataStore(
            "Content store",
            stores={transcript, session_catalogue, draft, speaker_review, published},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Web app where a speaker reads, edits and approves the draft of their session.
    review_app = tm.add(
        tg.Endpoint(
            "Speaker review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mailed one-time link"),
                c.HumanInTheLoop(approver="the session's speaker"),
            },
        )
    )
    # Attendee-facing site showing approved summaries.
    portal = tm.add(
        tg.Endpoint(
            "Attendee portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC through the registration platform")},
        )
    )

# ---------------------------------------------------------------- flows
# Recording and upload
tm.flow(av_tech, recorder, recording, label="starts and stops recording")
tm.flow(recorder, ingest, recording, protocol="https")
tm.flow(ingest, media_bucket, recording)

# Transcription and summarization
tm.flow(media_bucket, processor, recording)
tm.flow(processor, asr, recording, label="audio track")
tm.flow(asr, processor, transcript)
tm.flow(processor, content_store, transcript, draft)
tm.flow(content_store, processor, session_catalogue, label="session metadata")
tm.flow(processor, llm, prompt, protocol="https")
tm.flow(llm, processor, draft, protocol="https")

# Speaker review
tm.flow(
    registration, content_store, session_catalogue, protocol="https", label="nightly speaker sync"
)
tm.flow(review_app, email, invitation, protocol="https")
tm.flow(email, speaker, invitation)
tm.flow(content_store, review_app, draft, transcript, session_catalogue)
tm.flow(review_app, speaker, draft, transcript, protocol="https")
tm.flow(speaker, review_app, speaker_review, protocol="https")
tm.flow(review_app, content_store, speaker_review, published, label="approved summary")

# Publishing
tm.flow(attendee, portal, portal_request, protocol="https")
tm.flow(registration, portal, attendee_login, protocol="https", label="OIDC sign-in")
tm.flow(content_store, portal, published)
tm.flow(portal, attendee, published, protocol="https")
