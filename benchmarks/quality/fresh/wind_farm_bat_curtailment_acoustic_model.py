"""Bat-activity curtailment for an onshore wind farm: the first design.

The planning consent says turbines must stop when bats are active. Ultrasonic
detectors mounted on the nacelles record bat calls and upload the recordings
over the turbine network to a server in the site substation. There an in-house
classifier identifies bat calls and gives an activity level per turbine; a
curtailment service combines it with wind speed and temperature read from the
SCADA and, on warm low-wind nights with high activity, asks the SCADA (OPC UA
with signing and encryption) to feather the blades; the SCADA commands the
turbine controllers over Modbus, and each turbine's own safety chain keeps it
within its limits. If the classifier is down the service falls back to the
consent's blanket curtailment schedule. Each month a sample of recordings goes
to a cloud web portal where contracted ecologists (SSO with MFA) label them;
the labels retrain the classifier, which is evaluated before it is deployed
back to site, and a report job sends curtailment reports to the regulator.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind farm bat curtailment",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Acoustic bat detection on an onshore wind farm that feathers turbines "
        "when bat activity is high, with ecologist-labelled retraining and "
        "monthly reports to the regulator."
    ),
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Ultrasonic recordings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Triggered WAV files with turbine id and timestamp.",
)
detections = tg.Data(
    "Bat call detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Species group and activity index per turbine per 10 minutes.",
)
conditions = tg.Data(
    "Turbine status and weather",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Nacelle wind speed, ambient temperature, rotor speed and pitch.",
)
curtail_cmd = tg.Data(
    "Curtailment command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Feather / release request per turbine.",
)
events = tg.Data(
    "Curtailment events",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="When each turbine was curtailed, why, and the activity that triggered it.",
)
sample = tg.Data(
    "Monthly recording sample",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A stratified sample of recordings with the classifier's labels.",
)
labels = tg.Data(
    "Ecologist call labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
classifier_artifact = tg.Data(
    "Bat classifier model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
report = tg.Data(
    "Monthly curtailment report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Contracted ecologists from an external consultancy label recordings.
    ecologist = tm.add(tg.Actor("Consultant ecologist", role="ecologist"))
    # The regulator's online submission service for consent-condition reports.
    regulator = tm.add(
        tg.ExternalService(
            "Regulator reporting portal",
            description="Environmental regulator's submission service for consent reports.",
        )
    )

with tm.boundary("Wind farm site network", trust=tg.Trust.INTERNAL):
    # The sensors the whole scheme depends on; one per nacelle.
    detectors = tm.add(
        tg.Device(
            "Nacelle bat detectors",
            fleet=True,
            description="Vendor ultrasonic recorders on each nacelle, uploading triggered files.",
        )
    )
    # Holds the raw recordings on the substation server until sampled and aged out.
    recording_store = tm.add(tg.DataStore("Site recording store", stores={recordings}))
    # Decides whether bats are present; its misses are bat deaths and consent breaches.
    classifier = tm.add(
        tg.Model(
            "Bat call classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="CNN on spectrograms, run on the substation server every 10 minutes.",
        )
    )
    # Applies the consent rules: activity x wind speed x temperature x night-time.
    curtailment = tm.add(
        tg.Service(
            "Curtailment service",
            description="Rules engine that decides which turbines to feather and when to release.",
            controls={
                c.FailClosed(fallback="blanket curtailment schedule when detections stop arriving"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )
    # Evidence for the regulator of every curtailment and its reason.
    event_log = tm.add(tg.DataStore("Curtailment event log", stores={events}))

    with tm.boundary("Turbine OT network", trust=tg.Trust.RESTRICTED):
        # The existing wind farm SCADA; the only path to the turbines.
        scada = tm.add(
            tg.Service(
                "Wind farm SCADA",
                description="Turbine vendor's SCADA server; exposes an OPC UA interface.",
            )
        )
        # Pitch and yaw control in each turbine; feathering stops the rotor.
        turbines = tm.add(
            tg.Device(
                "Turbine controllers",
                fleet=True,
                description="Vendor turbine controllers in each nacelle.",
                controls={
                    c.SafetyLimits(
                        limits="turbine safety chain enforces pitch rate and overspeed limits"
                    )
                },
            )
        )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Where ecologists listen to and label the monthly sample.
    portal = tm.add(
        tg.Endpoint(
            "Ecologist review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO guest accounts with MFA"),
                c.RBAC(),
            },
        )
    )
    # Accumulated labelled calls used for retraining.
    label_set = tm.add(
        tg.Dataset(
            "Labelled call dataset",
            stores={sample, labels},
            controls={c.DataVersioning()},
        )
    )
    # Retrains the classifier after each monthly labelling round.
    retraining = tm.add(
        tg.Pipeline(
            "Classifier retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="recall on a held-out labelled set must not drop")},
        )
    )
    # Versions of the classifier that can be deployed to site.
    registry = tm.add(
        tg.ModelRegistry(
            "Classifier registry",
            stores={classifier_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Builds the monthly report from the synced event log.
    reporting = tm.add(tg.Service("Monthly report job"))

# ---------------------------------------------------------------- flows
# Detection and curtailment on site
tm.flow(detectors, recording_store, recordings, protocol="ftp", label="triggered uploads")
tm.flow(recording_store, classifier, recordings)
tm.flow(classifier, curtailment, detections)
tm.flow(scada, curtailment, conditions, protocol="opc-ua+sign-encrypt")
tm.flow(curtailment, scada, curtail_cmd, protocol="opc-ua+sign-encrypt")
tm.flow(scada, turbines, curtail_cmd, protocol="modbus")
tm.flow(turbines, scada, conditions, protocol="modbus")
tm.flow(curtailment, event_log, events)

# Monthly review and retraining
tm.flow(recording_store, portal, sample, protocol="https", label="monthly sample upload")
tm.flow(portal, ecologist, sample, protocol="https")
tm.flow(ecologist, portal, labels, protocol="https")
tm.flow(portal, label_set, sample, labels)
tm.flow(label_set, retraining, sample, labels)
tm.flow(retraining, registry, classifier_artifact)
tm.flow(registry, classifier, classifier_artifact, protocol="https", label="deploy to site")

# Regulator reporting
tm.flow(event_log, reporting, events, protocol="https", label="nightly sync")
tm.flow(reporting, regulator, report, protocol="https")
