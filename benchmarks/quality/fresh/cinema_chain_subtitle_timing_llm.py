"""Cinema chain subtitle retiming and translation service: the first design.

Distributors deliver a film's subtitle files together with a dialogue audio stem
to our delivery portal over SFTP, weeks before release. The files land in an
encrypted content vault. An orchestrator runs a self-hosted open-weights speech
model over the audio to get word-level timings, retimes every subtitle cue to
them, and sends the cues to a hosted LLM that translates them and writes the
sound descriptions needed for subtitles for the deaf and hard of hearing (SDH).
An accessibility coordinator at head office reviews and corrects each draft in
a web editor (corporate SSO with MFA) and approves it; only approved tracks are
published to the theatre management system at each cinema, which plays them on
closed-caption seat devices at accessible screenings. Distributors sign in to
the portal with per-distributor SSH keys; the LLM vendor was taken on under
enterprise terms with no retention of our content. Output cues are checked
against the subtitle format and timing rules before a draft is saved.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cinema chain subtitle retiming and translation",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Retimes and translates distributors' pre-release subtitle files with a speech "
        "model and a hosted LLM, for accessible screenings across the chain."
    ),
)

# ---------------------------------------------------------------- data assets
subtitle_files = tg.Data(
    "Distributor subtitle files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="SMPTE-TT / CineCanvas XML and SRT files with the full dialogue of unreleased films.",
)
dialogue_audio = tg.Data(
    "Dialogue audio stem",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Pre-release dialogue track, delivered for timing only.",
)
word_timings = tg.Data(
    "Word-level timings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Transcribed words with start and end times from the speech model.",
)
translation_prompt = tg.Data(
    "Translation and SDH prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, target language, character glossary and the retimed cues.",
)
translated_cues = tg.Data(
    "Translated cues with SDH descriptions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft_track = tg.Data(
    "Draft subtitle track",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
reviewer_edits = tg.Data(
    "Reviewer corrections and approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
approved_track = tg.Data(
    "Approved subtitle package",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
caption_stream = tg.Data(
    "Caption stream",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cue text sent to seat devices in time with the running film.",
)
speech_weights = tg.Data(
    "Speech model weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="safetensors",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Distributor networks", trust=tg.Trust.PARTNER):
    # The people at each distributor who deliver subtitle and audio assets to exhibitors.
    distributor = tm.add(tg.Actor("Distributor delivery team", role="film distributor"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub we download the open-weights speech model from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that translates cues and writes SDH sound descriptions.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called through the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms, no retention or training on our content"
                )
            },
        )
    )

with tm.boundary("Subtitle platform VPC", trust=tg.Trust.INTERNAL):
    # Where distributors drop their files; a public SFTP listener.
    portal = tm.add(
        tg.Endpoint(
            "Distributor delivery portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-distributor SSH key pairs")},
        )
    )
    # Drives each job: speech alignment, retiming, LLM translation, format checks.
    orchestrator = tm.add(
        tg.Service(
            "Subtitle retiming orchestrator",
            description="Retimes cues to word timings, calls the LLM, assembles the draft track.",
            controls={
                c.OutputFiltering(note="cues checked against subtitle XML schema and timing rules")
            },
        )
    )
    # Self-hosted speech recogniser that yields word timestamps from the dialogue stem.
    speech_model = tm.add(
        tg.Model(
            "Speech alignment model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Whisper-class speech recogniser on a GPU node, word timestamps enabled.",
        )
    )
    # Internal copy of the speech model weights that serving loads from.
    registry = tm.add(tg.ModelRegistry("Speech model registry", stores={speech_weights}))
    # Drafts, reviewer edits and approved packages for each film and language.
    job_store = tm.add(
        tg.DataStore(
            "Subtitle job store",
            stores={draft_track, reviewer_edits, approved_track},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web editor where the coordinator reviews, corrects and approves drafts.
    editor = tm.add(
        tg.Endpoint(
            "Subtitle review editor",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="accessibility coordinator"),
            },
        )
    )
    # Sends approved packages to every cinema's theatre management system.
    publisher = tm.add(tg.Service("Subtitle publisher"))

    with tm.boundary("Content vault", trust=tg.Trust.RESTRICTED):
        # Original distributor assets, kept apart because of content-security terms.
        vault = tm.add(
            tg.DataStore(
                "Content asset vault",
                stores={subtitle_files, dialogue_audio},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Staff member who signs off every accessible subtitle track.
    coordinator = tm.add(tg.Actor("Accessibility coordinator", role="accessibility staff"))

with tm.boundary("Cinema sites", trust=tg.Trust.INTERNAL):
    # Per-site system that schedules shows and loads subtitle tracks onto screen servers.
    tms = tm.add(tg.Service("Theatre management system"))
    # Seat-mounted caption displays and caption glasses handed out at screenings.
    caption_devices = tm.add(tg.Device("Closed-caption seat devices", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(distributor, portal, subtitle_files, dialogue_audio, protocol="sftp")
tm.flow(portal, vault, subtitle_files, dialogue_audio)
tm.flow(vault, orchestrator, subtitle_files, dialogue_audio)

tm.flow(model_hub, registry, speech_weights, protocol="https", label="model download")
tm.flow(registry, speech_model, speech_weights, label="load at start-up")
tm.flow(orchestrator, speech_model, dialogue_audio)
tm.flow(speech_model, orchestrator, word_timings)

tm.flow(orchestrator, llm, translation_prompt, protocol="https")
tm.flow(llm, orchestrator, translated_cues, protocol="https")
tm.flow(orchestrator, job_store, draft_track)

tm.flow(job_store, editor, draft_track)
tm.flow(editor, coordinator, draft_track, protocol="https")
tm.flow(coordinator, editor, reviewer_edits, protocol="https")
tm.flow(editor, job_store, reviewer_edits, approved_track)

tm.flow(job_store, publisher, approved_track)
tm.flow(publisher, tms, approved_track, protocol="https")
tm.flow(tms, caption_devices, caption_stream)
