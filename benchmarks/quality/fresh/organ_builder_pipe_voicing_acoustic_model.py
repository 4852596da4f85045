"""Pipe voicing assistant: the first design of an organ builder's acoustic model.

The workshop is restoring a church organ. On site, the voicer plays each pipe of a
rank on the voicing jack and records it with a measurement microphone plugged into
a workshop tablet. The tablet app uploads the recording, tagged with organ, rank and
note, to a voicing API in the workshop's cloud tenancy. An analysis service extracts
the harmonic spectrum, attack transient and wind noise; an in-house model compares
them with the target voicing profile the head voicer keeps for that rank in the
workshop archive and suggests adjustments (cut-up height, languid nicking, foot
opening). The voicer reads the suggestion on the tablet and makes or skips every cut
by hand, then logs what was actually done. A freelance data scientist retrains the
model from the recordings and adjustment logs. Controls: HTTPS everywhere, per-user
app accounts (e-mail and password), upload format checks, storage encryption by the
cloud provider, and the voicer's own judgement before any irreversible cut.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organ pipe voicing acoustic model",
    profile=tg.RiskProfile.LOW,
    description="Suggests cut-up and nicking adjustments for organ pipes from on-site recordings.",
)

# ---------------------------------------------------------------- data assets
pipe_audio = tg.Data(
    "Pipe recording",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="48 kHz WAV of one pipe speaking, tagged with organ, rank and note.",
)
pipe_id = tg.Data(
    "Pipe identification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Organ, division, rank and note the voicer selects before recording.",
)
pipe_features = tg.Data(
    "Pipe spectral features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Harmonic spectrum, attack transient and wind-noise measures.",
)
voicing_profile = tg.Data(
    "Target voicing profiles",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Per-rank scaling and tone targets from historic measurements: workshop know-how.",
)
suggestion = tg.Data(
    "Voicing adjustment suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Suggested cut-up change, nick depth and spacing, foot opening, with confidence.",
)
adjustment_log = tg.Data(
    "Adjustment log entries",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="What the voicer actually did to each pipe, with before and after recordings.",
)
training_code = tg.Data("Training code and configuration", kind="code")
weights = tg.Data(
    "Voicing model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Church restoration site", trust=tg.Trust.PARTNER):
    # The voicer working at the voicing jack in the church; makes every cut by hand.
    voicer = tm.add(tg.Actor("Voicer", role="on-site voicer"))
    # USB measurement microphone placed at a fixed distance from the pipe mouth.
    microphone = tm.add(tg.Device("Measurement microphone", fleet=False))
    # Workshop tablet running the recording app; online through a mobile hotspot.
    tablet = tm.add(
        tg.Device(
            "Voicing tablet app",
            description="Records pipes, uploads them and shows the suggestions.",
        )
    )

with tm.boundary("Workshop office", trust=tg.Trust.INTERNAL):
    # Keeps the target voicing profiles of each rank from the historic measurements.
    head_voicer = tm.add(tg.Actor("Head voicer", role="head voicer", privileged=True))

with tm.boundary("Freelancer office", trust=tg.Trust.PARTNER):
    # Freelance data scientist who maintains and retrains the model remotely.
    data_scientist = tm.add(
        tg.Actor("Freelance data scientist", role="ml contractor", privileged=True)
    )

with tm.boundary("Workshop cloud tenancy", trust=tg.Trust.INTERNAL):
    # Entry point for the tablets: takes uploads, returns suggestions.
    voicing_api = tm.add(
        tg.Endpoint(
            "Voicing API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-user workshop accounts, e-mail and password"),
                c.InputValidation(note="accepts only 48 kHz mono WAV up to 30 s"),
            },
        )
    )
    # Turns a recording into the features the model reads.
    analysis = tm.add(tg.Service("Pipe analysis service"))
    # In-house model comparing a pipe with its rank's target profile.
    voicing_model = tm.add(
        tg.Model(
            "Voicing adjustment model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            description="Small CNN over spectra plus the rank's target profile.",
            controls={
                c.HumanInTheLoop(
                    approver="the voicer on site, who decides and makes every cut by hand"
                )
            },
        )
    )
    # Bucket of every pipe recording, kept as the restoration record.
    recordings = tm.add(
        tg.DataStore(
            "Recording store",
            stores={pipe_audio, pipe_id},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The workshop's archive of rank-by-rank voicing targets.
    archive = tm.add(tg.DataStore("Voicing profile archive", stores={voicing_profile}))
    # What was actually done to each pipe; the labels for retraining.
    adjustments = tm.add(tg.DataStore("Adjustment log", stores={adjustment_log, pipe_id}))
    # Retraining run by the freelancer; installs audio and ML packages from PyPI.
    training = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds the trained checkpoints the analysis side loads.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

# ---------------------------------------------------------------- flows
# on site
tm.flow(voicer, tablet, pipe_id, adjustment_log, label="entered on the touchscreen")
tm.flow(microphone, tablet, pipe_audio, protocol="usb")
tm.flow(tablet, voicer, suggestion, label="shown on the touchscreen")

# recording and suggestion
tm.flow(tablet, voicing_api, pipe_audio, pipe_id, protocol="https")
tm.flow(voicing_api, recordings, pipe_audio, pipe_id)
tm.flow(voicing_api, analysis, pipe_audio, pipe_id)
tm.flow(analysis, voicing_model, pipe_features, pipe_id)
tm.flow(archive, voicing_model, voicing_profile, label="target profile of the rank")
tm.flow(voicing_model, analysis, suggestion)
tm.flow(analysis, voicing_api, suggestion)
tm.flow(voicing_api, tablet, suggestion, protocol="https")

# what was done
tm.flow(tablet, voicing_api, adjustment_log, protocol="https", label="adjustment logged")
tm.flow(voicing_api, adjustments, adjustment_log, pipe_id)

# workshop knowledge
tm.flow(head_voicer, archive, voicing_profile, protocol="https", label="maintains targets")
tm.flow(archive, head_voicer, voicing_profile, protocol="https")

# retraining
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(recordings, training, pipe_audio, pipe_id)
tm.flow(adjustments, training, adjustment_log)
tm.flow(archive, training, voicing_profile)
tm.flow(training, registry, weights)
tm.flow(registry, voicing_model, weights, label="load on deploy")
