"""Racehorse training yard: gallops heart-rate monitoring and rest flags (first design).

Every horse in the yard wears a heart-rate monitor and GPS tracker in its saddle
cloth on the gallops. After each lot, the trackers sync over Bluetooth to a base
station in the yard office, which uploads the session to our cloud ingestion API.
A scoring service turns each gallop into a summary (peak heart rate, recovery
time, sectionals) and asks an in-house model whether the horse should be rested;
the trainer sees the flags on a web dashboard and decides, and the yard vet adds
soundness notes there that later serve as training labels for monthly retraining.
Owners see their horses' gallop summaries and rest flags in an owner app.
Controls in this design: sign-in on the dashboard and the owner app, role-based
access for yard staff, an API key per base station, TLS on every internet hop,
encryption at rest of the cloud stores, and versioned models in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Racehorse gallops heart-rate monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Heart-rate and GPS trackers on horses feed a model that flags horses to "
    "rest after gallops; flags go to the trainer and to owners through an app.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Heart rate and GPS readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-second heart rate and position of each horse on the gallops; "
    "a horse's fitness is betting-sensitive before it runs.",
)
gallop_summary = tg.Data(
    "Gallop summary",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Peak and recovery heart rate, sectional times and distance per gallop.",
)
rest_flag = tg.Data(
    "Rest flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rest_decision = tg.Data(
    "Trainer's rest decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
vet_notes = tg.Data(
    "Vet soundness notes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Lameness, heart irregularities and injuries found by the yard vet.",
)
model_artifact = tg.Data(
    "Rest model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
owner_details = tg.Data(
    "Owner contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses and the horses each owner has a share in.",
)
owner_credentials = tg.Data(
    "Owner password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
owner_request = tg.Data("Owner app request", kind="records", sensitivity=tg.Sensitivity.PII)
owner_view = tg.Data(
    "Owner horse update",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gallop summaries and rest flags for the owner's horses.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Gallops", trust=tg.Trust.UNTRUSTED):
    # Worn by each horse out on the open gallops; anyone on the heath can get near one.
    tracker = tm.add(
        tg.Device(
            "Horse heart rate and GPS tracker",
            fleet=True,
            description="Off-the-shelf equine HR/GPS unit in the saddle cloth; stores a session "
            "and syncs it over Bluetooth when back in range of the yard.",
        )
    )

with tm.boundary("Yard office network", trust=tg.Trust.INTERNAL):
    # Collects the trackers' sessions after each lot and uploads them to the cloud.
    base_station = tm.add(
        tg.Service(
            "Yard base station",
            description="Small Linux box in the tack room with a Bluetooth receiver; holds "
            "its upload API key in a config file.",
        )
    )
    # Decides which horses work and which rest; acts on the flags.
    trainer = tm.add(tg.Actor("Trainer", role="trainer"))
    # Examines horses and records soundness findings, the labels the model learns from.
    vet = tm.add(tg.Actor("Yard vet", role="veterinary surgeon"))

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads from every yard's base station.
    ingest_api = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-base-station API key"), c.InputValidation()},
        )
    )
    # Raw gallop sessions, kept for retraining and for the owners' history.
    workout_store = tm.add(
        tg.DataStore(
            "Workout store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Summarises each new gallop and asks the model for a rest flag.
    scoring = tm.add(
        tg.Service(
            "Post-gallop scoring service",
            description="Triggered by each upload; computes the gallop summary and stores the flag.",
        )
    )
    # The rest-or-train model itself.
    rest_model = tm.add(
        tg.Model(
            "Horse rest model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted classifier over gallop summaries and recent workload.",
            controls={
                c.HumanInTheLoop(
                    approver="the trainer", note="the trainer decides whether a flagged horse rests"
                )
            },
        )
    )
    # Horse profiles, flags, trainer decisions and vet notes for the yard.
    yard_records = tm.add(
        tg.DataStore(
            "Yard horse records",
            stores={gallop_summary, rest_flag, rest_decision, vet_notes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining on the workout history labelled by the vet's findings.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Keeps each trained model version; the scoring service loads the current one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Web dashboard the trainer and vet use from the yard office or their phones.
    dashboard = tm.add(
        tg.Endpoint(
            "Trainer dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Backend of the owner app.
    owner_api = tm.add(
        tg.Endpoint(
            "Owner app API",
            purpose=tg.EndpointPurpose.API,
            description="Serves owners the gallop summaries and rest flags of their horses.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Owner accounts for the app.
    owner_accounts = tm.add(
        tg.DataStore("Owner accounts", stores={owner_details, owner_credentials})
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owners and syndicate members following their horses.
    owner = tm.add(tg.Actor("Owner", role="owner"))

# ---------------------------------------------------------------- flows
tm.flow(tracker, base_station, readings, protocol="bluetooth le", label="sync after each lot")
tm.flow(base_station, ingest_api, readings, protocol="https")
tm.flow(ingest_api, workout_store, readings)

tm.flow(workout_store, scoring, readings, label="new session")
tm.flow(scoring, rest_model, gallop_summary)
tm.flow(rest_model, scoring, rest_flag)
tm.flow(scoring, yard_records, gallop_summary, rest_flag)

tm.flow(yard_records, dashboard, gallop_summary, rest_flag, vet_notes)
tm.flow(dashboard, trainer, gallop_summary, rest_flag, protocol="https")
tm.flow(trainer, dashboard, rest_decision, protocol="https")
tm.flow(vet, dashboard, vet_notes, protocol="https")
tm.flow(dashboard, vet, gallop_summary, vet_notes, protocol="https")
tm.flow(dashboard, yard_records, rest_decision, vet_notes)

tm.flow(owner, owner_api, owner_request, protocol="https")
tm.flow(owner_accounts, owner_api, owner_details, owner_credentials)
tm.flow(yard_records, owner_api, gallop_summary, rest_flag)
tm.flow(owner_api, owner, owner_view, protocol="https")

tm.flow(workout_store, training, readings, label="monthly export")
tm.flow(yard_records, training, vet_notes, label="monthly export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, rest_model, model_artifact, label="load current version")
