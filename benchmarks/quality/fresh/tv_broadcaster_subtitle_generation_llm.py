"""Broadcast subtitle generation: the first design, before any security review.

A European TV broadcaster generates subtitles for live and pre-recorded programmes.
Live programme audio from the studio and playout chain, and unaired programme files
from the media asset management system, go to a transcription orchestrator that runs
an open-weights speech recognition model, fine-tuned in-house, on our GPU cluster.
A clean-up service sends each transcript segment, with the programme glossary and the
house style guide, to a hosted LLM that punctuates, removes disfluencies, labels
speakers and splits the text into subtitle blocks. Subtitlers (staff and freelancers,
many working from home) correct the drafts in a web subtitle editor behind corporate
SSO with MFA. Pre-recorded subtitles are approved before delivery to playout and to
the VOD platform; live subtitles go to air through the subtitle inserter after a
short delay in which the subtitler can correct or hold them. Corrections are kept and
used by a quarterly fine-tuning pipeline that releases new speech models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Broadcast subtitle generation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Speech recognition plus LLM clean-up drafts live and pre-recorded "
    "subtitles that subtitlers correct before or while they go to air.",
)

# ---------------------------------------------------------------- data assets
live_audio = tg.Data(
    "Live programme audio",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="high"),
)
programme_media = tg.Data(
    "Unaired programme media",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pre-recorded programmes before transmission, some with contributors' "
    "personal stories and embargoed content.",
)
transcript = tg.Data(
    "ASR transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Word-level transcript with timings and confidence.",
)
glossary = tg.Data(
    "Programme glossary and style guide",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Names of presenters, guests and places; house subtitling rules.",
)
cleanup_prompt = tg.Data(
    "Clean-up prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the glossary and a transcript segment.",
)
draft_subtitles = tg.Data(
    "Draft subtitles",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
corrected_subtitles = tg.Data(
    "Corrected subtitles",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
live_stream = tg.Data(
    "Live subtitle stream",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
subtitle_files = tg.Data(
    "Approved subtitle files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="EBU-TT and WebVTT files, under embargo until the programme airs.",
)
correction_history = tg.Data(
    "Correction history",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Each edit with the subtitler's id and time; used for fine-tuning and "
    "for subtitler quality reviews.",
)
asr_weights = tg.Data("Speech model weights", format="safetensors", sensitivity="confidential")
promotion = tg.Data("Speech model release approval", kind="records", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff and freelance subtitlers; most correct live output from home.
    subtitler = tm.add(tg.Actor("Subtitler", role="subtitler"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that does the punctuation, disfluency and line-break clean-up.
    cleanup_llm = tm.add(
        tg.LLM(
            "Clean-up LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="procurement review: EU data residency, no training on our data"
                )
            },
        )
    )

with tm.boundary("Streaming partner", trust=tg.Trust.PARTNER):
    # The on-demand platform that publishes programmes with sidecar subtitle files.
    vod = tm.add(tg.ExternalService("VOD platform"))

with tm.boundary("Playout and transmission", trust=tg.Trust.RESTRICTED):
    # Studio and playout audio, tapped after the final mix, for live subtitling.
    audio_feed = tm.add(
        tg.DataSource("Studio and playout audio feed", origin="internal", provides={live_audio})
    )
    # Inserts subtitles into the DVB and teletext output and the online simulcast.
    inserter = tm.add(tg.Service("Subtitle inserter"))

with tm.boundary("Broadcast centre network", trust=tg.Trust.INTERNAL):
    # Existing system of record for programme files.
    mam = tm.add(
        tg.DataStore(
            "Media asset management",
            stores={programme_media, subtitle_files},
            controls={c.RBAC()},
        )
    )
    # Cuts live audio into segments and fetches files for pre-recorded jobs.
    orchestrator = tm.add(tg.Service("Transcription orchestrator"))
    # Builds the clean-up prompt, calls the LLM and segments the result into subtitles.
    cleanup = tm.add(
        tg.Service(
            "Subtitle clean-up service",
            controls={c.SecretsManagement(note="LLM API key in the company vault")},
        )
    )
    # Names and style rules that keep spellings consistent across programmes.
    glossary_store = tm.add(tg.DataStore("Programme glossary", stores={glossary}))
    # Web editor where subtitlers correct drafts and release or hold live output.
    editor = tm.add(
        tg.Endpoint(
            "Subtitle editor",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the assigned subtitler",
                    note="pre-recorded subtitles are approved before delivery; live "
                    "subtitles go to air automatically after a 4-second delay unless the "
                    "subtitler corrects or holds them",
                ),
            },
        )
    )
    # Drafts, corrected subtitles and every correction made.
    subtitle_store = tm.add(
        tg.DataStore(
            "Subtitle store",
            stores={draft_subtitles, corrected_subtitles, correction_history},
        )
    )

    with tm.boundary("GPU cluster", trust=tg.Trust.RESTRICTED):
        # Open-weights speech recognition model, fine-tuned on our own programmes.
        asr = tm.add(
            tg.Model(
                "Speech recognition model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )
        # Quarterly fine-tuning on corrected transcripts.
        finetune = tm.add(
            tg.Pipeline(
                "Speech model fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                controls={c.ModelValidation(note="word error rate on a held-out programme set")},
            )
        )
        # Versions of the speech model that the orchestrator's model server loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Speech model registry", stores={asr_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs fine-tuning and decides which speech model version serves.
    ml_engineer = tm.add(tg.Actor("Speech ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# transcription
tm.flow(audio_feed, orchestrator, live_audio, protocol="rtp")
tm.flow(mam, orchestrator, programme_media, protocol="https", label="pre-recorded jobs")
tm.flow(orchestrator, asr, live_audio, programme_media, protocol="grpc")
tm.flow(asr, orchestrator, transcript, protocol="grpc")
tm.flow(orchestrator, cleanup, transcript)

# LLM clean-up
tm.flow(glossary_store, cleanup, glossary)
tm.flow(cleanup, cleanup_llm, cleanup_prompt, protocol="https")
tm.flow(cleanup_llm, cleanup, draft_subtitles, protocol="https")
tm.flow(cleanup, subtitle_store, draft_subtitles, label="pre-recorded drafts")
tm.flow(cleanup, editor, live_stream, protocol="wss", label="live drafts")

# correction by subtitlers
tm.flow(subtitle_store, editor, draft_subtitles, corrected_subtitles)
tm.flow(editor, subtitle_store, corrected_subtitles, correction_history)
tm.flow(editor, subtitler, draft_subtitles, live_stream, protocol="https")
tm.flow(subtitler, editor, corrected_subtitles, glossary, protocol="https")
tm.flow(editor, glossary_store, glossary, label="new names added")

# to air and to on-demand
tm.flow(editor, inserter, live_stream, protocol="tcp", label="live, after delay")
tm.flow(subtitle_store, inserter, subtitle_files, label="pre-recorded, at airtime")
tm.flow(subtitle_store, mam, subtitle_files, label="approved files attached")
tm.flow(mam, vod, programme_media, subtitle_files, protocol="sftp")

# fine-tuning
tm.flow(subtitle_store, finetune, correction_history, corrected_subtitles, label="quarterly export")
tm.flow(mam, finetune, programme_media, label="quarterly export")
tm.flow(finetune, registry, asr_weights)
tm.flow(ml_engineer, registry, promotion, label="promotes a version")
tm.flow(registry, asr, asr_weights, label="deploy")
