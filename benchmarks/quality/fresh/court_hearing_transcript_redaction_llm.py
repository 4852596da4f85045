"""Family-court transcript redaction: the first design, before any security review.

We hold the contract to transcribe family-court hearings for the courts service.
Court clerks order a transcript through our intake portal and attach the hearing
audio exported from the courtroom digital recording system, together with the
case details the judge gave for anonymisation. A transcription orchestrator runs
a self-hosted speech-to-text model over the audio, then sends the draft transcript
in chunks to a self-hosted open-weights LLM, which marks the names of children,
addresses, schools and other identifying details for redaction. A qualified
transcriber checks every mark in the review workbench before the redacted
transcript goes to the parties through a release portal and to the published
judgments service. Unredacted audio and transcripts stay in our cloud tenancy
under the court's retention rules. Staff sign in with SSO and MFA, stores are
encrypted at rest, the workbench keeps an audit trail, and traffic uses TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Family-court transcript redaction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Speech-to-text transcription of family-court hearings with LLM-proposed "
        "redaction marks checked by a human transcriber before release."
    ),
)

# ---------------------------------------------------------------- data assets
hearing_audio = tg.Data(
    "Hearing audio recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Multi-channel courtroom audio of a family hearing involving children.",
)
transcript_order = tg.Data(
    "Transcript order and anonymisation details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Case number, hearing date, and the names the judge directed be anonymised.",
)
draft_transcript = tg.Data(
    "Unredacted transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
redaction_prompt = tg.Data(
    "Redaction marking prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the anonymisation list and a chunk of the unredacted transcript.",
)
proposed_marks = tg.Data(
    "Proposed redaction marks",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Character spans the LLM thinks identify a child or family, with a reason.",
)
review_decisions = tg.Data(
    "Transcriber redaction decisions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Marks accepted, rejected or added by the transcriber, and the sign-off.",
)
redacted_transcript = tg.Data(
    "Redacted transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_audit = tg.Data("Redaction review audit trail", kind="logs", sensitivity=tg.Sensitivity.PII)
download_request = tg.Data(
    "Transcript download request", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parties, litigants in person and their solicitors who are entitled to a copy.
    party = tm.add(tg.Actor("Party or legal representative", role="hearing party"))

with tm.boundary("Courts service network", trust=tg.Trust.PARTNER):
    # Court staff who order transcripts on the judge's direction.
    clerk = tm.add(tg.Actor("Court clerk", role="court staff"))
    # The courtroom digital audio recording system the hearing audio is exported from.
    recorder = tm.add(
        tg.DataSource(
            "Courtroom digital recording system",
            origin=tg.Origin.PARTNER,
            provides={hearing_audio},
            description="Run by the courts service; exports per-hearing audio files.",
        )
    )
    # The judiciary's publication service where approved anonymised judgments appear.
    publication = tm.add(
        tg.ExternalService(
            "Published judgments service",
            description="Receives approved redacted transcripts of judgments for publication.",
        )
    )

with tm.boundary("Transcription cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where clerks place orders and upload audio; the only inbound path from the courts.
    intake = tm.add(
        tg.Endpoint(
            "Transcript order portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="courts service SSO (OIDC) with MFA")},
        )
    )
    # Runs each job: speech-to-text, chunking, redaction marking, hand-off to review.
    orchestrator = tm.add(
        tg.Service(
            "Transcription orchestrator",
            description="Queue worker that drives each transcript job end to end.",
        )
    )
    # Parties fetch their released copy here; it faces the internet.
    release = tm.add(
        tg.Endpoint(
            "Transcript release portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail address and password set from an emailed invite")
            },
        )
    )
    # Where transcribers check every proposed mark against the audio before release.
    workbench = tm.add(
        tg.Service(
            "Redaction review workbench",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.HumanInTheLoop(approver="qualified transcriber"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Court data enclave", trust=tg.Trust.RESTRICTED):
        # Original hearing audio as received, kept for re-checks and retention.
        audio_store = tm.add(
            tg.DataStore(
                "Hearing audio store",
                stores={hearing_audio, transcript_order},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The unredacted transcripts, held under the court's record retention rules.
        archive = tm.add(
            tg.DataStore(
                "Unredacted transcript archive",
                stores={draft_transcript, review_decisions},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.RetentionLimits(note="kept and destroyed per the court's retention schedule"),
                },
            )
        )
        # Audit of who viewed and changed which marks.
        audit_log = tm.add(tg.DataStore("Review audit log", stores={review_audit}))
        # Self-hosted speech recognition model on GPU nodes in the enclave.
        stt = tm.add(
            tg.Model(
                "Speech-to-text model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights ASR model with speaker diarisation.",
            )
        )
        # Self-hosted LLM that proposes redaction spans; it never releases anything itself.
        redaction_llm = tm.add(
            tg.LLM(
                "Redaction marking LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Instruction-tuned open-weights model served on our GPU nodes.",
            )
        )

with tm.boundary("Transcription company network", trust=tg.Trust.INTERNAL):
    # Qualified transcribers, employed by us and security-vetted.
    transcriber = tm.add(tg.Actor("Transcriber", role="qualified transcriber"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(clerk, intake, transcript_order, protocol="https", controls={tls})
tm.flow(recorder, clerk, hearing_audio, label="audio export")
tm.flow(clerk, intake, hearing_audio, protocol="https", controls={tls}, label="audio upload")
tm.flow(intake, audio_store, hearing_audio, transcript_order)
tm.flow(audio_store, orchestrator, hearing_audio, transcript_order)

tm.flow(orchestrator, stt, hearing_audio, protocol="grpc")
tm.flow(stt, orchestrator, draft_transcript, protocol="grpc")
tm.flow(orchestrator, archive, draft_transcript)
tm.flow(orchestrator, redaction_llm, redaction_prompt, protocol="https")
tm.flow(redaction_llm, orchestrator, proposed_marks, protocol="https")
tm.flow(orchestrator, workbench, draft_transcript, proposed_marks, label="review task")

tm.flow(workbench, transcriber, draft_transcript, proposed_marks, protocol="https", controls={tls})
tm.flow(audio_store, workbench, hearing_audio, label="audio playback")
tm.flow(
    workbench, transcriber, hearing_audio, protocol="https", controls={tls}, label="audio playback"
)
tm.flow(transcriber, workbench, review_decisions, protocol="https", controls={tls})
tm.flow(workbench, archive, review_decisions)
tm.flow(archive, workbench, draft_transcript, label="reopen job")
tm.flow(workbench, audit_log, review_audit)

tm.flow(workbench, release, redacted_transcript, label="release after sign-off")
tm.flow(party, release, download_request, protocol="https", controls={tls})
tm.flow(release, party, redacted_transcript, protocol="https", controls={tls})
tm.flow(workbench, publication, redacted_transcript, protocol="https", controls={tls})
tm.flow(
    release,
    clerk,
    redacted_transcript,
    protocol="https",
    controls={tls},
    label="copy to court file",
)
