"""Bell foundry casting-defect acoustic screening: the first design, before any security review.

An automatic striker in the tuning booth strikes each new bell and a microphone rig
records its strike tone. A capture station on the foundry LAN tags the recording with
the bell serial and order reference; a screening service runs an acoustic model on it
to flag casting defects and out-of-tune partials before the bell ships. The master
tuner reviews flagged bells on a review console; bells the model passes go straight
to dispatch. Recordings, results and decisions go into the production records
database. A university acoustics group trained the model: it receives weekly
anonymised recordings over SFTP and returns retrained model files, which IT installs.
Controls: domain sign-in on the console, role-based access and nightly backups on the
records, order details stripped from exports, acceptance tests of each model file.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bell foundry casting-defect acoustic screening",
    profile=tg.RiskProfile.LOW,
    description="Flags casting defects and tuning errors from each bell's strike tone before shipping.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Strike-tone recording",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="WAV recording tagged with bell serial number and customer order reference.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
raw_audio = tg.Data("Microphone audio signal", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
assessment = tg.Data(
    "Defect and tuning assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Defect probability and deviation of each partial in cents.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
flagged_case = tg.Data("Flagged bell case", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tuner_decision = tg.Data(
    "Tuner release decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Release, retune or scrap, with the master tuner's notes.",
)
production_record = tg.Data(
    "Bell production record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
release_status = tg.Data("Bell release status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
anon_recording = tg.Data(
    "Anonymised strike-tone recording",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recording with bell weight, alloy batch and tuner verdict, order details removed.",
)
model_file = tg.Data(
    "Acoustic model file",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint delivered by the university partner.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Foundry network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Tuning booth", trust=tg.Trust.INTERNAL):
        # The calibrated microphone and audio interface that hear each strike.
        mic_rig = tm.add(
            tg.Device(
                "Strike-tone microphone rig",
                fleet=False,
                description="Measurement microphone and USB audio interface beside the striker.",
            )
        )
        # Saves each recording with the bell's serial number from the job sheet.
        capture = tm.add(
            tg.Service(
                "Acoustic capture station",
                description="Booth PC that records the strike and tags it with the bell serial.",
            )
        )

    # Picks up new recordings, runs the model and routes flagged bells to review.
    screening = tm.add(
        tg.Service(
            "Defect screening service",
            description="Runs the acoustic model on each new recording and writes the result.",
            controls={
                c.HumanInTheLoop(
                    approver="master tuner",
                    note="reviews the bells the model flags; passed bells go to dispatch unreviewed",
                )
            },
        )
    )
    # The acoustic model itself, loaded from the model store by the screening service.
    model = tm.add(
        tg.Model(
            "Casting defect acoustic model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Spectral CNN trained by the university partner; flags casting "
            "defects and out-of-tolerance partials.",
            controls={c.ModelValidation(note="each new file is tested on 20 reference bells")},
        )
    )
    # Where the model files received from the university are kept.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model file share",
            stores={model_file},
            description="Network folder holding the current and previous model files.",
        )
    )
    # Web page where the master tuner listens to flagged bells and records a decision.
    console = tm.add(
        tg.Endpoint(
            "Tuner review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Windows domain password")},
        )
    )
    # The foundry's system of record for each bell from casting to dispatch.
    records = tm.add(
        tg.DataStore(
            "Production records database",
            stores={recording, assessment, tuner_decision, production_record},
            controls={c.RBAC(), c.DataVersioning(note="nightly backup")},
        )
    )
    # Weekly job that strips order details and sends recordings to the university.
    export_job = tm.add(
        tg.Pipeline(
            "Weekly anonymisation export job",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="removes customer and order references")},
        )
    )
    # The master tuner: final say on any bell the model flags.
    tuner = tm.add(tg.Actor("Master tuner", role="master tuner"))
    # Dispatch checks the release status before crating a bell.
    dispatch = tm.add(tg.Actor("Dispatch clerk", role="dispatch"))
    # Foundry IT installs new model files from the university.
    it_admin = tm.add(tg.Actor("Foundry IT administrator", role="it admin", privileged=True))

with tm.boundary("University partner", trust=tg.Trust.PARTNER):
    # The research group's SFTP server: recordings in, retrained model files out.
    university = tm.add(
        tg.ExternalService(
            "University acoustics research server",
            provides=tg.ExternalCategory.GENERIC,
            description="Trains and retrains the acoustic model on our anonymised recordings.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(mic_rig, capture, raw_audio, protocol="usb")
tm.flow(capture, screening, recording, protocol="smb", label="new recording dropped on share")
tm.flow(screening, model, recording)
tm.flow(model, screening, assessment)
tm.flow(screening, records, recording, assessment)
tm.flow(screening, console, flagged_case, label="flagged bells queue")

tm.flow(console, tuner, flagged_case, recording, protocol="https")
tm.flow(tuner, console, tuner_decision, protocol="https")
tm.flow(console, records, tuner_decision)
tm.flow(records, console, production_record, label="bell history")

tm.flow(records, dispatch, release_status, protocol="https")

tm.flow(records, export_job, recording, tuner_decision)
tm.flow(export_job, university, anon_recording, protocol="sftp")
tm.flow(university, model_store, model_file, protocol="sftp", label="retrained model download")
tm.flow(it_admin, model_store, model_file, label="installs accepted model file")
tm.flow(model_store, model, model_file, protocol="smb", label="loaded at service start")
