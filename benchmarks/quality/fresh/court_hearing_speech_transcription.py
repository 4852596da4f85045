"""Court hearing speech transcription: the first design, before any security review.

Courtroom recorders capture the audio of every hearing, which a court clerk
starts and tags with the case number; recordings are uploaded over SFTP to an
encrypted audio archive in the court data centre. A transcription service runs
an open-weights speech-recognition model on the court's own GPU servers, primed
with a case vocabulary (names of parties, witnesses, places) taken from the case
management system, and writes draft transcripts to a draft store. Sworn official
transcribers, contractors working remotely, correct the drafts against the audio
in a web editor behind court SSO, and certify them; certified transcripts are
filed in the case management system. Parties and their lawyers order copies on
a public portal: they log in with the national eID, pay the copy fee through the
government payment service, and registry staff check entitlement before a copy
is released. Access is role-based, archives are encrypted, and editor and case
management actions are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court hearing speech transcription",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Speech-to-text drafts of hearing audio, corrected and certified by "
    "official transcribers, filed in case management and sold as copies to parties.",
)

# ---------------------------------------------------------------- data assets
hearing_audio = tg.Data(
    "Hearing audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Multi-channel courtroom recording; may include criminal and "
    "special-category personal data, and hearings held in private.",
)
hearing_metadata = tg.Data(
    "Hearing metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case number, courtroom, date, judge, parties, reporting restrictions.",
)
case_vocabulary = tg.Data(
    "Case vocabulary",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Names of parties, witnesses and places used to bias the decoder.",
)
asr_weights = tg.Data(
    "Speech model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
draft_transcript = tg.Data(
    "Draft transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
certified_transcript = tg.Data(
    "Certified transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The official record of the hearing, signed off by the transcriber.",
)
case_records = tg.Data(
    "Case records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
copy_order = tg.Data("Transcript copy order", kind="records", sensitivity=tg.Sensitivity.PII)
transcript_copy = tg.Data(
    "Transcript copy",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="PDF copy of a certified transcript issued to an entitled requester.",
)
login_request = tg.Data("eID login request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
identity_assertion = tg.Data(
    "eID identity assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
fee_payment = tg.Data(
    "Copy fee payment status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payment reference and outcome; card details stay with the payment service.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parties in person and their lawyers, who order copies of transcripts.
    requester = tm.add(tg.Actor("Party or lawyer", role="court user"))
    # Public model hub the speech-recognition weights were downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Government shared services", trust=tg.Trust.PARTNER):
    # National eID service the ordering portal delegates logins to.
    eid = tm.add(tg.ExternalService("National eID service", provides="identity-provider"))
    # Government payment service that takes the copy fee.
    payments = tm.add(tg.ExternalService("Government payment service"))

with tm.boundary("Transcription contractors", trust=tg.Trust.PARTNER):
    # Sworn official transcribers, contracted, working remotely over the court VPN.
    transcriber = tm.add(tg.Actor("Official transcriber", role="transcriber"))

with tm.boundary("Courthouse network", trust=tg.Trust.INTERNAL):
    # Court clerk who starts the recording and tags it with the case.
    clerk = tm.add(tg.Actor("Court clerk", role="clerk"))
    # Recording units installed in each courtroom.
    recorder = tm.add(
        tg.Device(
            "Courtroom recorder",
            fleet=True,
            description="Digital recording units with per-microphone channels.",
        )
    )

with tm.boundary("Court data centre", trust=tg.Trust.INTERNAL):
    # Public ordering portal, published through the court's DMZ reverse proxy.
    portal = tm.add(
        tg.Endpoint(
            "Transcript ordering portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="national eID"),
                c.HumanInTheLoop(
                    approver="court registry staff",
                    note="entitlement is checked before a copy is released",
                ),
            },
        )
    )
    # Queues recordings, primes the model with the case vocabulary, stores drafts.
    transcription = tm.add(
        tg.Service(
            "Transcription service",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Speech-recognition model served on the court's own GPU servers.
    asr = tm.add(
        tg.Model(
            "Speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights ASR model with diarisation, pinned to one release.",
            controls={c.ModelVersioning()},
        )
    )
    # Working store for drafts and transcripts under correction.
    drafts = tm.add(
        tg.DataStore("Draft transcript store", stores={draft_transcript, certified_transcript})
    )
    # Web editor where transcribers correct drafts against the audio and certify them.
    editor = tm.add(
        tg.Endpoint(
            "Transcript editor",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="court SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(
                    approver="official transcriber",
                    note="nothing is filed until a transcriber certifies it",
                ),
            },
        )
    )
    # Case management system: the court's record of cases and filed documents.
    cms = tm.add(
        tg.Service(
            "Case management system",
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # Archive of original hearing recordings.
        archive = tm.add(
            tg.DataStore(
                "Hearing audio archive",
                stores={hearing_audio, hearing_metadata},
                controls={c.EncryptionAtRest(key_management="HSM"), c.RBAC()},
            )
        )
        # Database behind the case management system.
        case_db = tm.add(
            tg.DataStore(
                "Case records database",
                stores={case_records, certified_transcript},
                controls={c.EncryptionAtRest(key_management="HSM"), c.DataVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Recording
tm.flow(clerk, recorder, hearing_metadata, label="start and tag recording")
tm.flow(recorder, archive, hearing_audio, hearing_metadata, protocol="sftp")

# Machine transcription
tm.flow(model_hub, asr, asr_weights, protocol="https", label="model download")
tm.flow(archive, transcription, hearing_audio, hearing_metadata)
tm.flow(cms, transcription, case_vocabulary, label="case vocabulary")
tm.flow(transcription, asr, hearing_audio, case_vocabulary)
tm.flow(asr, transcription, draft_transcript)
tm.flow(transcription, drafts, draft_transcript)

# Human correction and certification
tm.flow(drafts, editor, draft_transcript)
tm.flow(archive, editor, hearing_audio, label="playback")
tm.flow(editor, transcriber, draft_transcript, hearing_audio, protocol="https")
tm.flow(
    transcriber, editor, certified_transcript, protocol="https", label="corrections and sign-off"
)
tm.flow(editor, drafts, certified_transcript)
tm.flow(editor, cms, certified_transcript, label="file certified transcript")
tm.flow(cms, case_db, certified_transcript, case_records)
tm.flow(case_db, cms, certified_transcript, case_records)

# Copy orders
tm.flow(requester, portal, copy_order, protocol="https")
tm.flow(portal, eid, login_request, protocol="https", label="login redirect")
tm.flow(eid, portal, identity_assertion, protocol="https")
tm.flow(portal, payments, fee_payment, protocol="https", label="fee request")
tm.flow(payments, portal, fee_payment, protocol="https")
tm.flow(portal, cms, copy_order)
tm.flow(cms, portal, transcript_copy)
tm.flow(portal, requester, transcript_copy, protocol="https")
