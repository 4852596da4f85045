"""Radiation monitor trend anomaly model: the first design, before any security review.

The station's area radiation monitors report dose rates to the radiation monitoring
system on the plant OT network, which writes them to the plant data historian. A
hardware data diode replicates the historian one way into a read-only replica in the
plant DMZ; nothing flows back. On the corporate network a scoring service reads the
replica every 15 minutes, computes trend features per monitor and asks an in-house
anomaly model (an isolation forest) for a score; trends above threshold are written to
an alert database and shown on a dashboard to the health-physics team, who sign in with
Active Directory single sign-on and mark each flag as real or not. The model is advisory:
the monitors' own alarm setpoints stay the safety function. A data scientist retrains it
quarterly from historian exports and the team's dispositions; each candidate is
backtested against past known events and kept as a numbered version in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nuclear plant radiation monitor anomaly model",
    profile=tg.RiskProfile.HIGH,
    description="Flags unusual trends in area radiation monitor readings for health physics.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Area radiation monitor readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Dose rate per monitor, monitor status and check-source results, with timestamps.",
)
features = tg.Data(
    "Monitor trend features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rolling means, rates of change and differences from neighbouring monitors.",
)
scores = tg.Data("Anomaly scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flags = tg.Data(
    "Flagged radiation trends",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dispositions = tg.Data(
    "Health-physics dispositions",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Real trend, instrument fault or planned work, with the reviewer's name.",
)
training_set = tg.Data(
    "Historical readings with dispositions",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
training_config = tg.Data("Training code and configuration", kind="code")
artifact = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # The fixed area radiation monitors around the station: the source of every reading.
    monitors = tm.add(tg.Device("Area radiation monitors"))
    # Polls the monitors and passes their readings on; owned by instrumentation and control.
    rms = tm.add(tg.Service("Radiation monitoring system server"))
    # The plant data historian, the record of every process and radiation value.
    historian = tm.add(tg.DataStore("Plant data historian", stores={readings}))

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # Hardware one-way link: the only path out of the OT network, and none back in.
    diode = tm.add(
        tg.Service(
            "Data diode",
            description="Hardware one-way gateway replicating historian tags to the DMZ.",
        )
    )
    # The one-way copy of the historian that everything outside OT reads.
    replica = tm.add(
        tg.DataStore(
            "Historian replica",
            stores={readings},
            controls={c.RBAC(note="read-only service accounts per consuming application")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reads the replica every 15 minutes, builds features and records what the model flags.
    scorer = tm.add(tg.Service("Anomaly scoring service"))
    # The in-house model that scores how unusual each monitor's recent trend is.
    model = tm.add(
        tg.Model(
            "Radiation trend anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Isolation forest over per-monitor trend features; advisory only.",
        )
    )
    # Flags, scores and the team's dispositions of them.
    alert_db = tm.add(tg.DataStore("Alert database", stores={flags, dispositions}))
    # The web page health physics works from: flagged trends with plots and a disposition form.
    dashboard = tm.add(
        tg.Endpoint(
            "Health-physics anomaly dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory single sign-on"),
                c.RBAC(),
                c.AuditLogging(note="who dispositioned which flag, and when"),
            },
        )
    )
    # Health physics technicians and supervisors who review the flags.
    hp_tech = tm.add(tg.Actor("Health-physics technician", role="health physics"))
    # Builds and retrains the model; can deploy new versions.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))
    # Past readings joined with dispositions, exported quarterly for retraining.
    dataset = tm.add(tg.Dataset("Training dataset", stores={training_set}))
    # Quarterly retraining, with a backtest against known past events before release.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on held-out year of known events")},
        )
    )
    # Every trained version, so the scoring service can be pinned to one and rolled back.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# inside the plant
tm.flow(monitors, rms, readings, protocol="modbus")
tm.flow(rms, historian, readings, protocol="opc-ua")
tm.flow(historian, diode, readings, label="one-way historian replication")
tm.flow(diode, replica, readings, label="one-way historian replication")

# scoring
tm.flow(replica, scorer, readings, protocol="https", label="15-minute batch read")
tm.flow(scorer, model, features)
tm.flow(model, scorer, scores)
tm.flow(scorer, alert_db, flags, scores)

# health physics review
tm.flow(alert_db, dashboard, flags, scores, dispositions)
tm.flow(dashboard, alert_db, dispositions)
tm.flow(dashboard, hp_tech, flags, scores, protocol="https")
tm.flow(hp_tech, dashboard, dispositions, protocol="https")

# retraining and release
tm.flow(replica, dataset, readings, protocol="https", label="quarterly export")
tm.flow(alert_db, dataset, dispositions, label="quarterly export")
tm.flow(dataset, training, training_set)
tm.flow(scientist, training, training_config, protocol="ssh")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy pinned version")
