"""Court transcription with speaker diarisation: the first design, before any security review.

Digital recorders in each courtroom upload hearing audio over SFTP to the court
service's recording archive. When a clerk orders a transcript in the transcriber
workbench, an orchestrator fetches the recording and the hearing's participant
list from the case management system, runs a self-hosted open-weights speech
recognition model and a speaker diarisation model in a GPU enclave, and sends the
raw text, speaker segments and participant list to an LLM hosted by a cloud
provider under a government contract, which drafts a transcript with each turn
attributed to a named role (judge, counsel, witness). Approved transcribers at
the contracted transcription company sign in to the workbench with single
sign-on and MFA, listen to the audio, correct the draft and certify it; only
certified transcripts go into the transcript archive that clerks release from.
Model weights are pulled from a public model hub into an internal registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court transcription with speaker diarisation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts hearing transcripts with speaker labels for transcribers to certify.",
)

# ---------------------------------------------------------------- data assets
audio = tg.Data(
    "Hearing audio recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Multi-channel courtroom audio; may include closed and family hearings.",
)
participants = tg.Data(
    "Hearing listing and participants",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case number, names and roles of judge, counsel, parties and witnesses.",
)
request = tg.Data("Transcript order", kind="records", sensitivity=tg.Sensitivity.PII)
job = tg.Data("Transcription job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
raw_text = tg.Data(
    "Raw speech recognition text",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Word-level text with timestamps and confidence.",
)
segments = tg.Data(
    "Speaker segments",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Time ranges with anonymous speaker ids (SPEAKER_1, SPEAKER_2...).",
)
prompt = tg.Data(
    "Transcript drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Style instructions, raw text, speaker segments and the participant list.",
)
draft = tg.Data(
    "Draft transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Turns attributed to named roles, with uncertain passages marked.",
)
corrections = tg.Data(
    "Transcriber corrections and certification",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
certified = tg.Data(
    "Certified transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Speech and diarisation model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PyTorch checkpoints of the open-weights models.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights speech and diarisation models come from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Court buildings", trust=tg.Trust.INTERNAL):
    # Records every hearing; the source of all audio.
    recorder = tm.add(
        tg.Device("Courtroom digital recorder", description="One per courtroom, on the court LAN.")
    )
    # Orders transcripts and releases certified ones to parties and judges.
    clerk = tm.add(tg.Actor("Court clerk", role="court staff"))

with tm.boundary("Court data centre", trust=tg.Trust.INTERNAL):
    # The court's store of hearing recordings (existing system).
    recording_archive = tm.add(
        tg.DataStore(
            "Recording archive",
            stores={audio},
            controls={
                c.EncryptionAtRest(key_management="court HSM-backed keys"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Existing system of record for listings and who took part in each hearing.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={participants},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Runs each job: recognition, diarisation, then drafting.
    orchestrator = tm.add(
        tg.Service(
            "Transcription orchestrator",
            description="Queue worker that runs the models and assembles the drafting prompt.",
        )
    )
    # Drafts awaiting a transcriber.
    draft_store = tm.add(
        tg.DataStore(
            "Draft transcript store",
            stores={draft, corrections},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web app where clerks order and transcribers correct and certify transcripts.
    workbench = tm.add(
        tg.Endpoint(
            "Transcriber workbench",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Published to the internet so the contractor's staff can work remotely.",
            controls={
                c.Authentication(method="OIDC single sign-on with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="an approved transcriber certifies every transcript before release"
                ),
            },
        )
    )
    # The record clerks release from: only certified transcripts.
    transcript_archive = tm.add(
        tg.DataStore(
            "Certified transcript archive",
            stores={certified},
            controls={c.EncryptionAtRest(key_management="court HSM-backed keys"), c.RBAC()},
        )
    )
    # Pinned copies of the open-weights models the enclave loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Internal model registry", stores={weights}, controls={c.ModelVersioning()}
        )
    )

    with tm.boundary("GPU inference enclave", trust=tg.Trust.RESTRICTED):
        # Turns the audio into text with word timestamps.
        asr = tm.add(
            tg.Model(
                "Speech recognition model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )
        # Splits the audio into turns by voice, without naming anyone.
        diariser = tm.add(
            tg.Model(
                "Speaker diarisation model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )

with tm.boundary("LLM provider tenancy", trust=tg.Trust.PARTNER):
    # Merges text and turns and names the speakers from the participant list.
    llm = tm.add(
        tg.LLM(
            "Transcript drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="government framework contract: in-region, no retention, no training"
                )
            },
        )
    )

with tm.boundary("Transcription contractor", trust=tg.Trust.PARTNER):
    # The people who check and certify each transcript.
    transcriber = tm.add(tg.Actor("Approved transcriber", role="contracted transcriber"))

# ---------------------------------------------------------------- flows
tm.flow(recorder, recording_archive, audio, protocol="sftp")

tm.flow(clerk, workbench, request, protocol="https")
tm.flow(workbench, orchestrator, job)
tm.flow(recording_archive, orchestrator, audio, label="fetch recording")
tm.flow(cms, orchestrator, participants)
tm.flow(orchestrator, asr, audio)
tm.flow(asr, orchestrator, raw_text)
tm.flow(orchestrator, diariser, audio)
tm.flow(diariser, orchestrator, segments)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, draft_store, draft)

tm.flow(draft_store, workbench, draft)
tm.flow(recording_archive, workbench, audio, label="playback")
tm.flow(workbench, transcriber, draft, audio, protocol="https")
tm.flow(transcriber, workbench, corrections, protocol="https")
tm.flow(workbench, draft_store, corrections)
tm.flow(workbench, transcript_archive, certified)
tm.flow(transcript_archive, workbench, certified)
tm.flow(workbench, clerk, certified, protocol="https")

tm.flow(hub, registry, weights, protocol="https", label="pulled by the platform team")
tm.flow(registry, asr, weights, label="load")
tm.flow(registry, diariser, weights, label="load")
