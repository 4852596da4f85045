"""Rail freight wagon brake pad acoustic wear model: the first design.

A rail freight operator fits microphone arrays in lineside cabinets at a few
sites on its busiest routes. As a train passes, an edge gateway in the cabinet
cuts the recording into one clip per wheelset, pairs each clip with the wagon
number read from the wagon's AEI tag, and uploads the pass over 4G to the
operator's cloud using mutual TLS with a per-gateway certificate. A scoring
service runs an in-house regression model that estimates the remaining brake
pad thickness of every wagon, and an alerting service raises maintenance alerts
in the wagon workshop's maintenance system when a pad nears its limit; workshop
planners decide when the wagon comes in. Technicians' measured pad thickness at
replacement is exported weekly as labels for retraining, which data scientists
run and promote through a model registry. Uploads are schema-checked, stores are
encrypted at rest, and models are versioned and evaluated before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rail freight wagon brake pad acoustic wear model",
    profile=tg.RiskProfile.HIGH,
    description="Trackside acoustic estimation of wagon brake pad wear, raising maintenance "
    "alerts for the wagon workshop.",
)

# ---------------------------------------------------------------- data assets
audio = tg.Data(
    "Wheelset audio recordings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Multichannel audio of the train passing, braking and rolling.",
)
tag_reads = tg.Data(
    "AEI wagon tag reads",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Wagon numbers, order in the train, axle count and pass time.",
)
pass_features = tg.Data(
    "Wheelset pass features",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Spectral features per wheelset clip, keyed by wagon number and axle.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wagon_master = tg.Data(
    "Wagon master data",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Wagon type, brake pad type, fitment dates and last pad replacement.",
)
wear_estimate = tg.Data(
    "Brake pad wear estimate",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Estimated remaining pad thickness in mm per wheelset, with confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alert = tg.Data(
    "Brake pad maintenance alert",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
work_order = tg.Data("Wagon work order", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
measured = tg.Data(
    "Measured pad thickness",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    description="Thickness the technician measures with a gauge when the wagon is in the shop.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
replacement_records = tg.Data(
    "Pad replacement records", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
weights = tg.Data(
    "Wear model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted regressor saved with joblib.",
)
release = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Lineside cabinets",
    trust=tg.Trust.INTERNAL,
    description="Operator-owned cabinets on the open railway, linked over public 4G.",
):
    # The microphone array that records each passing train.
    microphones = tm.add(tg.Device("Trackside microphone array", fleet=True))
    # Reads the AEI tag on each wagon so a clip can be tied to a wagon number.
    tag_reader = tm.add(tg.Device("AEI wagon tag reader", fleet=True))
    # Segments audio per wheelset, extracts features and uploads each pass.
    gateway = tm.add(
        tg.Service(
            "Trackside edge gateway",
            description="Industrial PC in the cabinet; buffers passes while the 4G link is down.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives passes from all gateways and rejects malformed uploads.
    ingestion = tm.add(
        tg.Endpoint(
            "Pass ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-gateway X.509 device certificates"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Keeps the audio clips and features of every pass.
    pass_store = tm.add(
        tg.DataStore(
            "Pass recording store",
            stores={audio, pass_features, tag_reads},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Wagon fleet register: what each wagon is and when its pads were last changed.
    fleet_register = tm.add(
        tg.DataStore("Wagon fleet register", stores={wagon_master, replacement_records})
    )
    # Scores each new pass with the current model version.
    scoring = tm.add(tg.Service("Wear scoring service"))
    # The in-house model estimating remaining pad thickness from the sound of braking.
    wear_model = tm.add(
        tg.Model(
            "Brake pad wear model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Pads worn past the limit reduce braking; a missed alert leaves a wagon in traffic.",
        )
    )
    # Turns estimates below the threshold into alerts for the workshop.
    alerting = tm.add(
        tg.Service(
            "Maintenance alerting service",
            description="Raises an alert when estimated thickness is under 12 mm, urgent under 8 mm.",
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.RESTRICTED):
        # Labelled passes: features joined to pad thickness measured in the shop.
        training_set = tm.add(
            tg.Dataset(
                "Labelled wear training set",
                stores={pass_features, measured},
                controls={c.DataVersioning()},
            )
        )
        # Retrains the regressor on the latest labels and evaluates it on held-out wagons.
        training = tm.add(
            tg.Pipeline(
                "Wear model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation()},
            )
        )
        # Versions of the wear model; serving loads the version marked for production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # The wagon workshop's maintenance management system: alerts, work orders, measurements.
    workshop_system = tm.add(
        tg.Service(
            "Workshop maintenance system",
            controls={c.RBAC(), c.Authentication(method="depot single sign-on")},
        )
    )
    # Plans which wagons are taken out of traffic for pad replacement.
    planner = tm.add(tg.Actor("Workshop planner", role="maintenance planner"))
    # Replaces pads and records the thickness they measured.
    technician = tm.add(tg.Actor("Wagon technician", role="technician"))
    # Trains, evaluates and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(microphones, gateway, audio, protocol="usb")
tm.flow(tag_reader, gateway, tag_reads, protocol="serial")
tm.flow(gateway, ingestion, pass_features, audio, tag_reads, protocol="mtls", label="4G upload")
tm.flow(ingestion, pass_store, pass_features, audio, tag_reads)

tm.flow(pass_store, scoring, pass_features, tag_reads, label="new passes")
tm.flow(fleet_register, scoring, wagon_master)
tm.flow(scoring, wear_model, pass_features)
tm.flow(wear_model, scoring, wear_estimate)
tm.flow(scoring, alerting, wear_estimate)
tm.flow(alerting, workshop_system, alert, protocol="https")

tm.flow(workshop_system, planner, alert, protocol="https")
tm.flow(planner, workshop_system, work_order, protocol="https")
tm.flow(workshop_system, technician, work_order, protocol="https")
tm.flow(technician, workshop_system, measured, replacement_records, protocol="https")
tm.flow(
    workshop_system, fleet_register, replacement_records, protocol="https", label="nightly sync"
)

tm.flow(workshop_system, training_set, measured, protocol="https", label="weekly export")
tm.flow(pass_store, training_set, pass_features, label="weekly export")
tm.flow(training_set, training, pass_features, measured)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, protocol="https", label="marks version for production")
tm.flow(registry, wear_model, weights, label="deploy")
