"""Live news subtitling with a speech-to-text model: the first design, before any security review.

The broadcaster subtitles its live news output automatically. Programme audio from
the studio and playout network reaches a subtitling service in the broadcast centre,
which runs an in-house fine-tuned open-weights speech-to-text model on GPU servers.
A respeaker watches the recognised lines on a subtitle desk app and corrects names
and mistakes; a subtitle editor on the same desk can pull a line before it airs.
After a few seconds' hold, lines go to the playout subtitle inserter and, as WebVTT,
to the streaming packager that feeds the CDN. As-broadcast subtitles are archived
with the programmes, and each month an export of archived audio and subtitles is
used to fine-tune the model from an open base model; an ML engineer approves each
promotion from the registry after a word-error-rate evaluation. The desk app uses
domain sign-in and the subtitling service drops lines that hit a profanity blocklist.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Live news subtitling",
    profile=tg.RiskProfile.HIGH,
    description="Speech-to-text live subtitles for news, corrected by a respeaker, "
    "sent to playout and online streams within seconds.",
)

# ---------------------------------------------------------------- data assets
programme_audio = tg.Data(
    "Live programme audio",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
recognised_lines = tg.Data(
    "Recognised speech lines",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Timed text the model produces, before correction.",
)
corrections = tg.Data("Respeaker corrections", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pull_command = tg.Data("Line pull command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
live_subtitles = tg.Data(
    "Live subtitle lines",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stream = tg.Data(
    "Stream segments with WebVTT subtitles", kind="media", sensitivity=tg.Sensitivity.PUBLIC
)
archive_material = tg.Data(
    "Archived programmes and as-broadcast subtitles",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rights-restricted programme recordings with the subtitles that aired.",
)
training_pairs = tg.Data(
    "Audio-subtitle training pairs",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Base speech model weights", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
tuned_weights = tg.Data(
    "Fine-tuned speech model weights", format="safetensors", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Audiences watching the online streams.
    viewers = tm.add(tg.Actor("Online viewer", role="viewer"))
    # Where the open base model is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("CDN provider", trust=tg.Trust.PARTNER):
    # Distributes the live streams to viewers.
    cdn = tm.add(tg.ExternalService("Streaming CDN"))

with tm.boundary("Studio and playout network", trust=tg.Trust.RESTRICTED):
    # The live news programme sound, as it leaves the gallery.
    studio_feed = tm.add(
        tg.DataSource(
            "Studio programme feed", origin=tg.Origin.INTERNAL, provides={programme_audio}
        )
    )
    # Keys subtitles into the broadcast output.
    inserter = tm.add(tg.Service("Playout subtitle inserter"))

with tm.boundary("Broadcast centre network", trust=tg.Trust.INTERNAL):
    # Access services staff on the subtitle desk.
    respeaker = tm.add(tg.Actor("Respeaker", role="subtitler"))
    editor = tm.add(tg.Actor("Subtitle editor", role="subtitle editor"))
    # The desk screen: recognised lines, correction and pull controls.
    desk_app = tm.add(
        tg.Endpoint(
            "Subtitle desk app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Active Directory domain sign-in")},
        )
    )
    # Runs recognition, merges corrections, holds and releases lines.
    subtitling = tm.add(
        tg.Service(
            "Live subtitling service",
            controls={c.OutputFiltering(note="profanity blocklist drops a line before release")},
        )
    )
    # The recogniser, served on GPU servers beside the subtitling service.
    stt_model = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            controls={c.ModelVersioning()},
        )
    )
    # Recordings and as-broadcast subtitles, kept for compliance and reuse.
    archive = tm.add(tg.DataStore("Programme archive", stores={archive_material}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly export of archived material for fine-tuning.
        dataset = tm.add(
            tg.Dataset(
                "Subtitle fine-tuning set", stores={training_pairs}, controls={c.DataVersioning()}
            )
        )
        # Fine-tunes the base model on the archive export.
        finetune = tm.add(
            tg.Pipeline(
                "Fine-tuning pipeline", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Versions of the model; promotion to live needs an evaluation and sign-off.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={tuned_weights},
                controls={
                    c.ModelValidation(note="word error rate on held-out news bulletins"),
                    c.HumanInTheLoop(approver="ML engineer"),
                },
            )
        )
        # Runs fine-tuning and approves promotions.
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Streaming cloud", trust=tg.Trust.INTERNAL):
    # Packages the live stream with WebVTT subtitles for the CDN.
    packager = tm.add(tg.Service("Stream packager"))

# ---------------------------------------------------------------- flows
# live path
tm.flow(studio_feed, subtitling, programme_audio, protocol="rtp")
tm.flow(subtitling, stt_model, programme_audio, protocol="grpc")
tm.flow(stt_model, subtitling, recognised_lines, protocol="grpc")
tm.flow(subtitling, desk_app, recognised_lines, protocol="wss")
tm.flow(desk_app, respeaker, recognised_lines, label="on the desk screen")
tm.flow(desk_app, editor, recognised_lines, label="on the desk screen")
tm.flow(respeaker, desk_app, corrections, label="keyboard corrections")
tm.flow(editor, desk_app, pull_command, label="pull button")
tm.flow(desk_app, subtitling, corrections, pull_command, protocol="wss")
tm.flow(subtitling, inserter, live_subtitles, protocol="newfor")
tm.flow(subtitling, packager, live_subtitles, protocol="https")
tm.flow(packager, cdn, stream, protocol="https")
tm.flow(cdn, viewers, stream, protocol="https")

# archive and fine-tuning
tm.flow(studio_feed, archive, programme_audio, label="programme recording")
tm.flow(subtitling, archive, live_subtitles, label="as-broadcast subtitles")
tm.flow(archive, dataset, training_pairs, label="monthly curation export")
tm.flow(dataset, finetune, training_pairs)
tm.flow(model_hub, finetune, base_weights, protocol="https")
tm.flow(finetune, registry, tuned_weights)
tm.flow(ml_engineer, registry, promotion, label="approves promotion")
tm.flow(registry, stt_model, tuned_weights, label="deploy")
