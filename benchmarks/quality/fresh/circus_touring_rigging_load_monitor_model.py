"""Touring circus rigging load monitor: the first design, before any security review.

Every aerial rigging point in the big top hangs from a wireless load-cell shackle.
The shackles report to a radio base station plugged into a laptop at the rigging
desk, where a monitoring app shows live loads against the rigging plan and runs a
small anomaly model that flags abnormal load patterns (shock loads, drift, a point
taking load it should not) and alerts the head rigger's phone on the desk Wi-Fi.
The app also keeps its own fixed working-load-limit alarm from the rigging plan.
After each show the laptop uploads the show's readings to the company's cloud
storage, where the engineering consultant downloads them. Each season the
consultant retrains the model on a consultancy workstation and uploads a new model
file to the cloud, which the laptop pulls before the first show of the tour.
Controls: TLS and a per-laptop API key for the cloud sync, provider-side encryption
of the bucket, the consultant's evaluation on past shows, an alert acknowledgement log.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Circus rigging load monitor",
    profile=tg.RiskProfile.HIGH,
    description="Flags abnormal loads on aerial rigging points during shows and alerts the head rigger.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Load cell readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-shackle load in kN at 10 Hz, with shackle id and battery level.",
)
rigging_plan = tg.Data(
    "Rigging plan and load limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which act uses which point in the running order, and each point's working load limit.",
)
anomaly_flags = tg.Data(
    "Abnormal load flags", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data("Rigging alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
show_log = tg.Data(
    "Show reading log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The show's readings, flags, alerts and acknowledgements.",
)
training_set = tg.Data(
    "Season training readings",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="All show logs of past seasons, with the consultant's notes on real incidents.",
)
model_file = tg.Data(
    "Anomaly model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="A scikit-learn pipeline saved with joblib.",
)
api_key = tg.Data("Laptop upload API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Big top", trust=tg.Trust.INTERNAL):
    # The sensors themselves: one wireless shackle per rigging point.
    load_cells = tm.add(
        tg.Device(
            "Wireless load cell shackles",
            fleet=True,
            description="Battery-powered shackles paired to the base station by a fixed radio id.",
        )
    )
    # Receives the shackles' radio and hands readings to the laptop over USB.
    base_station = tm.add(tg.Device("Load cell radio base station", fleet=False))
    # The person whose decision (stop the act, lower the performer) the system supports.
    head_rigger = tm.add(tg.Actor("Head rigger", role="head rigger"))
    # Carries the alerts to the head rigger wherever they stand during the show.
    rigger_phone = tm.add(
        tg.Device(
            "Head rigger's phone",
            fleet=False,
            description="Personal phone with the monitor's companion alert app.",
        )
    )

    with tm.boundary("Rigging desk laptop", trust=tg.Trust.INTERNAL):
        # Operates the desk: loads the rigging plan for the night's running order.
        desk_operator = tm.add(tg.Actor("Rigging desk operator", role="rigging crew"))
        # Shows live loads, runs the model, raises and logs alerts, syncs after the show.
        monitor_app = tm.add(
            tg.Service(
                "Load monitor app",
                description="Desktop app on the rigging desk laptop (Windows).",
                controls={
                    tg.controls.SafetyLimits(
                        limits="fixed working-load-limit alarm from the rigging plan, independent of the model"
                    ),
                    tg.controls.AuditLogging(
                        note="alerts and acknowledgements kept in the show log"
                    ),
                },
            )
        )
        # The season's model that flags abnormal load patterns.
        anomaly_model = tm.add(
            tg.Model(
                "Rigging load anomaly model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Isolation forest plus rules over 5-second windows of each point's load.",
            )
        )
        # The night's plan and limits, kept on the laptop.
        plan_store = tm.add(tg.DataStore("Rigging plan file", stores={rigging_plan}))
        # Local copy of every show's readings until (and after) they are uploaded.
        local_log = tm.add(tg.DataStore("Local show log", stores={show_log, api_key}))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Where readings and model releases meet between the desk and the consultant.
    cloud_bucket = tm.add(
        tg.DataStore(
            "Cloud show archive",
            stores={show_log, training_set},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Holds each season's model file for the laptop to pull.
    model_folder = tm.add(
        tg.ModelRegistry(
            "Model release folder",
            stores={model_file},
            description="A folder in the same cloud storage account, one file per season.",
        )
    )

with tm.boundary("Engineering consultancy", trust=tg.Trust.PARTNER):
    # Outside engineer who reviews the readings and owns the model.
    consultant = tm.add(
        tg.Actor("Engineering consultant", role="rigging engineer", privileged=True)
    )
    # The consultant's seasonal retraining, run on their own workstation.
    retraining = tm.add(
        tg.Pipeline(
            "Seasonal retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Jupyter notebook on the consultant's workstation.",
            controls={
                tg.controls.ModelValidation(note="replays last season's shows and known incidents")
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(load_cells, base_station, readings, protocol="2.4 GHz proprietary telemetry")
tm.flow(base_station, monitor_app, readings, protocol="usb serial")
tm.flow(desk_operator, monitor_app, rigging_plan, label="loads the night's plan")
tm.flow(monitor_app, plan_store, rigging_plan)
tm.flow(plan_store, monitor_app, rigging_plan)
tm.flow(monitor_app, anomaly_model, readings, rigging_plan)
tm.flow(anomaly_model, monitor_app, anomaly_flags)
tm.flow(monitor_app, desk_operator, readings, alert, label="live load display")
tm.flow(monitor_app, rigger_phone, alert, protocol="http", label="push over desk Wi-Fi")
tm.flow(rigger_phone, head_rigger, alert)
tm.flow(head_rigger, rigger_phone, ack)
tm.flow(rigger_phone, monitor_app, ack, protocol="http")
tm.flow(monitor_app, local_log, show_log)
tm.flow(local_log, monitor_app, show_log, api_key)

tm.flow(
    monitor_app,
    cloud_bucket,
    show_log,
    protocol="https",
    label="after-show sync",
    controls={
        tg.controls.EncryptionInTransit(protocol="TLS 1.2"),
        tg.controls.Authentication(method="per-laptop API key"),
    },
)
tm.flow(
    consultant,
    cloud_bucket,
    training_set,
    protocol="https",
    label="incident notes",
    controls={tg.controls.Authentication(method="e-mail and password")},
)
tm.flow(
    cloud_bucket,
    retraining,
    training_set,
    protocol="https",
    controls={tg.controls.Authentication(method="e-mail and password")},
)
tm.flow(consultant, retraining, label="runs the season's retraining")
tm.flow(
    retraining,
    model_folder,
    model_file,
    protocol="https",
    controls={tg.controls.Authentication(method="e-mail and password")},
)
tm.flow(
    model_folder,
    monitor_app,
    model_file,
    protocol="https",
    label="pulled before the tour",
    controls={
        tg.controls.EncryptionInTransit(protocol="TLS 1.2"),
        tg.controls.Authentication(method="per-laptop API key"),
    },
)
tm.flow(monitor_app, anomaly_model, model_file, label="loads the season's model")
