"""Acoustic bearing monitoring for freight wagons: the first design, before any security review.

A rail freight operator has trackside acoustic bearing detectors at lineside sites
on its main routes. As a train passes, microphone arrays record each wheelset and
the site controller reads the wagons' AEI tags, then uploads the recordings over
the operator's telecoms network to the central data centre. An in-house classifier
scores each bearing's acoustic signature; bearings above the alarm threshold raise
an alert on the control office console, where the controller decides whether to
stop the train at the next passing loop and radios the driver over GSM-R. Stopped
wagons are sent to a contracted wagon workshop, whose technicians record teardown
findings in the operator's maintenance system. Each quarter the teardown results
are matched to the recorded signatures, the model is retrained and evaluated, and
an ML engineer releases the new version from the registry. Console users have
individual logins, every alert and decision is logged, and uploads use SFTP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wagon bearing acoustic monitoring",
    profile=tg.RiskProfile.HIGH,
    description="Trackside acoustic detection of failing wagon wheel bearings; the control "
    "office decides whether to stop the train; retrained quarterly on teardown results.",
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Acoustic bearing recordings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-wheelset audio captured by the lineside microphone arrays.",
)
passage = tg.Data(
    "Train passage records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Recordings tied to wagon numbers from AEI tags, axle positions, speed and time.",
)
features = tg.Data(
    "Bearing acoustic features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
score = tg.Data("Bearing fault score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data(
    "Bearing alarm",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Train, wagon, axle position, score and the detector site.",
)
stop_decision = tg.Data(
    "Stop decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stop at next loop or run on, with the controller's reason.",
)
stop_instruction = tg.Data("Stop instruction", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_order = tg.Data(
    "Wagon set-aside work order", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
teardown = tg.Data(
    "Teardown findings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Bearing condition found at the workshop: spalling, cage damage, or sound.",
)
training_set = tg.Data(
    "Labelled bearing signatures",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Bearing model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the spectrogram CNN.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Lineside detector sites", trust=tg.Trust.INTERNAL):
    # Microphone arrays either side of the track, listening to each passing wheelset.
    mics = tm.add(tg.Device("Trackside acoustic sensor arrays", fleet=True))
    # Cabinet computer: triggers recording, reads AEI tags, uploads each passage.
    site_controller = tm.add(
        tg.Service(
            "Detector site controller",
            description="Lineside cabinet PC with the AEI tag reader and the telecoms router.",
        )
    )

with tm.boundary("Operator data centre", trust=tg.Trust.INTERNAL):
    # Receives uploads, checks them and extracts spectrogram features.
    ingest = tm.add(
        tg.Pipeline(
            "Detector data ingest",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="passage file format and wagon number checks")},
        )
    )
    # Keeps every passage, its recordings and the scores for later labelling.
    passage_store = tm.add(
        tg.DataStore("Passage and alarm store", stores={recordings, passage, alert})
    )
    # Scores each wheelset and raises alarms above the threshold.
    scoring = tm.add(tg.Service("Bearing scoring service"))
    # The classifier itself; a missed failing bearing can derail a train.
    model = tm.add(
        tg.Model(
            "Bearing fault classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN over bearing spectrograms; outputs a fault probability per bearing.",
        )
    )
    # The operator's system of record for wagons and their repairs.
    mms = tm.add(
        tg.DataStore(
            "Wagon maintenance management system",
            stores={work_order, teardown},
            controls={c.RBAC(note="workshop accounts can only edit their own work orders")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins teardown findings to the recorded signatures of the same bearings.
        labelling = tm.add(tg.Pipeline("Teardown label matching", stage=tg.Stage.LABELING))
        # Quarterly training set, snapshotted per release.
        dataset = tm.add(
            tg.Dataset(
                "Bearing training set",
                stores={training_set},
                controls={c.DataVersioning()},
            )
        )
        # Quarterly retraining with a held-out evaluation before registration.
        retraining = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="recall on held-out teardown-confirmed failures")},
            )
        )
        # Versioned model store that the scoring service loads from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Releases a new version after reviewing the evaluation.
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Control office", trust=tg.Trust.INTERNAL):
    # Alarm display where each alert is acknowledged and decided.
    console = tm.add(
        tg.Endpoint(
            "Bearing alarm console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual control office workstation logins"),
                c.HumanInTheLoop(approver="control office controller"),
                c.AuditLogging(note="every alarm, acknowledgement and decision"),
            },
        )
    )
    # Decides whether to stop the train at the next loop.
    controller = tm.add(tg.Actor("Control office controller", role="controller"))

with tm.boundary("Train in traffic", trust=tg.Trust.INTERNAL):
    # Stops the train at the loop when told and inspects the wagon.
    driver = tm.add(tg.Actor("Train driver", role="driver"))

with tm.boundary("Wagon workshop contractor", trust=tg.Trust.PARTNER):
    # Strips down set-aside wheelsets and records what the bearing really looked like.
    technician = tm.add(tg.Actor("Workshop technician", role="wagon maintenance technician"))

# ---------------------------------------------------------------- flows
tm.flow(mics, site_controller, recordings, label="wired microphone signals")
tm.flow(site_controller, ingest, recordings, passage, protocol="sftp")
tm.flow(ingest, passage_store, recordings, passage)
tm.flow(ingest, scoring, features, passage)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, passage_store, alert)
tm.flow(scoring, console, alert, protocol="https")

tm.flow(console, controller, alert)
tm.flow(controller, console, stop_decision)
tm.flow(controller, driver, stop_instruction, protocol="GSM-R voice")
tm.flow(console, mms, work_order, protocol="https", label="set-aside request")
tm.flow(mms, technician, work_order, protocol="https")
tm.flow(technician, mms, teardown, protocol="https")

tm.flow(mms, labelling, teardown, label="quarterly export")
tm.flow(passage_store, labelling, recordings, alert, label="quarterly export")
tm.flow(labelling, dataset, training_set)
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, weights)
tm.flow(ml_engineer, registry, release, label="approves release")
tm.flow(registry, model, weights, label="deploy")
