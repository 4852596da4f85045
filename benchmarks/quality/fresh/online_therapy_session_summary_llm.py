"""Therapy session summaries: the first design, before any security review.

Our online therapy platform (US clients, licensed therapists working remotely)
holds sessions over a video vendor's service, which records the session audio
when the client has consented. A transcription worker sends each recording to
a speech-to-text API and stores the transcript. A note drafting service then
sends the transcript, with the therapist's chosen note template (SOAP or DAP),
to a hosted LLM and saves the returned draft as an unsigned progress note in
the clinical records database. The therapist opens the draft in the therapist
portal, edits it against the transcript and signs it; only signed notes count
as the clinical record. The video, speech-to-text and LLM vendors have signed
BAAs. Recordings are deleted after 30 days, stores are encrypted with KMS keys,
therapists sign in with a password and TOTP, and record access is audited.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Therapy session summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM drafts clinical progress notes from recorded video therapy sessions.",
)

# ---------------------------------------------------------------- data assets
session_media = tg.Data(
    "Session audio and video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
recording = tg.Data(
    "Session recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Audio-only recording of the session, both speakers.",
)
transcript = tg.Data(
    "Session transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Diarised transcript: what the client and the therapist said.",
)
note_prompt = tg.Data(
    "Note drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the note template and the full transcript.",
)
draft_note = tg.Data(
    "Draft progress note",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signed_note = tg.Data(
    "Signed progress note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
note_edits = tg.Data(
    "Note edits and signature",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
access_log = tg.Data("Record access log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Joins sessions from a browser or the mobile app.
    client = tm.add(tg.Actor("Client", role="therapy client"))
    # Licensed therapists are contractors working from home on their own devices.
    therapist = tm.add(tg.Actor("Therapist", role="licensed therapist"))

with tm.boundary("Video vendor", trust=tg.Trust.PARTNER):
    # Runs the live sessions and produces the recordings.
    video = tm.add(
        tg.ExternalService(
            "Video session service",
            description="HIPAA-eligible video API; records audio when the session has recording consent.",
            controls={tg.controls.SupplierAssessment(note="BAA signed")},
        )
    )

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Turns recordings into diarised transcripts.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={tg.controls.SupplierAssessment(note="BAA signed, no retention of audio")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft note from the transcript.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model used to summarise transcripts into progress notes.",
            controls={tg.controls.SupplierAssessment(note="BAA signed, zero data retention")},
        )
    )

with tm.boundary("Platform cloud account", trust=tg.Trust.INTERNAL):
    # Where the therapist reviews, edits and signs notes.
    portal = tm.add(
        tg.Endpoint(
            "Therapist portal",
            purpose=tg.EndpointPurpose.API,
            description="Web app listing the therapist's sessions, draft notes and transcripts.",
            controls={
                tg.controls.Authentication(method="e-mail and password with TOTP"),
                tg.controls.RBAC(
                    note="therapists see their own caseload; clinical supervisors see their supervisees'"
                ),
                tg.controls.AuditLogging(retention_days=2190),
            },
        )
    )
    # Picks up finished recordings and gets them transcribed.
    transcriber = tm.add(tg.Service("Transcription worker"))
    # Builds the prompt, calls the LLM and saves the draft.
    drafter = tm.add(
        tg.Service(
            "Note drafting service",
            description="Assembles the template and transcript, calls the LLM, saves an unsigned draft.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the treating therapist edits and signs each note"
                )
            },
        )
    )

    with tm.boundary("PHI data tier", trust=tg.Trust.RESTRICTED):
        # Recordings as delivered by the video vendor.
        recordings = tm.add(
            tg.DataStore(
                "Recording bucket",
                stores={recording},
                controls={
                    tg.controls.EncryptionAtRest(key_management="KMS"),
                    tg.controls.RetentionLimits(days=30),
                },
            )
        )
        # Transcripts kept beside the notes so therapists can check drafts.
        transcripts = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcript},
                controls={tg.controls.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Draft and signed progress notes: the clinical record.
        records = tm.add(
            tg.DataStore(
                "Clinical records database",
                stores={draft_note, signed_note},
                controls={
                    tg.controls.EncryptionAtRest(key_management="KMS"),
                    tg.controls.RBAC(),
                },
            )
        )
        # Who opened, edited or signed which note.
        audit = tm.add(tg.DataStore("Access audit log", stores={access_log}))

# ---------------------------------------------------------------- flows
tm.flow(client, video, session_media, protocol="webrtc")
tm.flow(video, client, session_media, protocol="webrtc")
tm.flow(therapist, video, session_media, protocol="webrtc")
tm.flow(video, therapist, session_media, protocol="webrtc")

tm.flow(video, recordings, recording, protocol="https", label="recording upload")
tm.flow(recordings, transcriber, recording)
tm.flow(transcriber, stt, recording, protocol="https")
tm.flow(stt, transcriber, transcript, protocol="https")
tm.flow(transcriber, transcripts, transcript)

tm.flow(transcripts, drafter, transcript)
tm.flow(drafter, llm, note_prompt, protocol="https")
tm.flow(llm, drafter, draft_note, protocol="https")
tm.flow(drafter, records, draft_note)

tm.flow(records, portal, draft_note, signed_note)
tm.flow(transcripts, portal, transcript)
tm.flow(portal, therapist, draft_note, transcript, protocol="https")
tm.flow(therapist, portal, note_edits, protocol="https")
tm.flow(portal, records, signed_note)
tm.flow(portal, audit, access_log)
