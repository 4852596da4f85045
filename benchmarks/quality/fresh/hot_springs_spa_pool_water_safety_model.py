"""Hot springs spa pool water safety model: the first design, before any security review.

The spa runs six geothermal pools and hot tubs. Probes in each pool's circulation loop
(free chlorine, pH, redox, temperature, turbidity) report to the existing chlorine dosing
controllers in the plant room; a small gateway polls the controllers over Modbus and writes
the readings to a history database on the back-office server, together with bather counts
per pool zone from the entrance turnstiles and the technicians' manual test-kit readings.
An accredited water laboratory drops its weekly Legionella, E. coli and Pseudomonas culture
results on our SFTP server. Every 15 minutes an advisory service runs an in-house risk model
over the latest data and shows each pool's bacterial risk on a staff dashboard; when a pool
crosses the alert level the duty manager is also texted. The duty manager alone decides to
close or reopen a pool and logs it in the dashboard. A contractor retrains the model monthly.
Controls: staff sign-in and HTTPS for the dashboard, gateway range checks, nightly backups.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hot springs spa pool water safety model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts Legionella and bacterial risk per pool from water chemistry, bather "
        "load and lab results, and advises the duty manager when to close a pool."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Water chemistry readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Free chlorine, pH, redox, temperature and turbidity per pool, every minute.",
)
bather_counts = tg.Data(
    "Bather counts per pool zone",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Aggregate entries per zone per 15 minutes; no tickets or names.",
)
manual_tests = tg.Data(
    "Manual test-kit readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lab_results = tg.Data(
    "Lab culture results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Legionella, E. coli and Pseudomonas counts per sample point, weekly.",
)
history = tg.Data(
    "Water quality history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Three years of readings, bather loads and lab outcomes used for training.",
)
model_file = tg.Data("Risk model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
risk_scores = tg.Data("Pool risk scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
advisory = tg.Data(
    "Pool closure advisory",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
remote_session = tg.Data(
    "Remote desktop session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The contractor's TeamViewer session to run and check the retraining.",
)
sms_alert = tg.Data(
    "High risk text alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
closure_decision = tg.Data(
    "Pool closure decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Who closed or reopened which pool, when and why; kept for the health inspector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Water laboratory", trust=tg.Trust.PARTNER):
    # The accredited lab that cultures the weekly samples; it uploads the results to us.
    lab = tm.add(
        tg.DataSource(
            "Accredited water laboratory",
            origin=tg.Origin.PARTNER,
            provides={lab_results},
            description="Uploads a CSV of results per sample point after each weekly run.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Hosted SMS gateway so that the duty manager hears about a high-risk pool off-site.
    sms = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Commercial bulk-SMS API; sends texts to the duty manager's phone.",
        )
    )

with tm.boundary("Plant room network", trust=tg.Trust.INTERNAL):
    # The probes in each pool's circulation loop: the raw signal everything starts from.
    probes = tm.add(
        tg.Device(
            "Pool water chemistry probes",
            description="Amperometric chlorine, pH, redox, temperature and turbidity probes.",
        )
    )
    # Existing dosing controllers; they read the probes and dose chlorine on their own.
    dosing = tm.add(
        tg.Service(
            "Chlorine dosing controllers",
            description="Vendor controllers, one per pool; the model never commands them.",
            controls={
                c.SafetyLimits(
                    limits="controllers clamp chlorine dosing to their factory set range"
                )
            },
        )
    )
    # Polls the controllers and forwards readings to the back office.
    gateway = tm.add(
        tg.Service(
            "Sensor gateway",
            description="Small industrial PC polling the controllers every minute.",
            controls={c.InputValidation(note="drops readings outside each probe's physical range")},
        )
    )

with tm.boundary("Spa entrance", trust=tg.Trust.INTERNAL):
    # Turnstiles at the zone entrances give the bather load per pool area.
    turnstiles = tm.add(
        tg.Device(
            "Zone entrance turnstiles",
            description="Wristband turnstiles; report only counts per zone to the back office.",
        )
    )

with tm.boundary("Back-office server", trust=tg.Trust.INTERNAL):
    # Everything the model learns from and predicts on.
    history_db = tm.add(
        tg.DataStore(
            "Water quality history database",
            stores={readings, bather_counts, manual_tests, lab_results, history, closure_decision},
            controls={c.DataVersioning(note="nightly backup to the office NAS")},
        )
    )
    # Receives the lab's file drops.
    sftp = tm.add(
        tg.Service(
            "Lab results SFTP drop",
            description="SFTP server with one account for the lab; a script loads new files.",
        )
    )
    # The in-house model that turns the data into a risk score per pool.
    risk_model = tm.add(
        tg.Model(
            "Bacterial risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees predicting the chance of a positive culture.",
        )
    )
    # Runs the model every 15 minutes and decides when to raise an advisory.
    advisor = tm.add(
        tg.Service(
            "Risk advisory service",
            description="Scores each pool every 15 minutes; alerts above the risk threshold.",
            controls={
                c.HumanInTheLoop(approver="the duty manager decides every closure and reopening")
            },
        )
    )
    # Staff web app: risk per pool, manual test entry, closure log.
    dashboard = tm.add(
        tg.Endpoint(
            "Pool safety dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="individual staff username and password")},
        )
    )
    # Monthly retraining on the history, run by the contractor.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python notebook exported to a script; pip installs its libraries.",
        )
    )
    # Folder the advisory service loads the current model from.
    model_store = tm.add(tg.ModelRegistry("Model file folder", stores={model_file}))

with tm.boundary("Staff areas", trust=tg.Trust.INTERNAL):
    # Decides whether to close a pool; the only person who acts on the advice.
    manager = tm.add(tg.Actor("Duty manager", role="duty manager"))
    # Takes the manual test-kit readings and the lab samples.
    technician = tm.add(tg.Actor("Pool technician", role="pool technician"))

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # Freelance data scientist who built the model and retrains it.
    contractor = tm.add(tg.Actor("Data science contractor", role="contractor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(probes, dosing, readings, label="4-20 mA signal")
tm.flow(dosing, gateway, readings, protocol="modbus")
tm.flow(gateway, history_db, readings)
tm.flow(turnstiles, history_db, bather_counts)

tm.flow(lab, sftp, lab_results, protocol="sftp", label="weekly results upload")
tm.flow(sftp, history_db, lab_results)

tm.flow(technician, dashboard, manual_tests, protocol="https")
tm.flow(dashboard, history_db, manual_tests, closure_decision)

tm.flow(history_db, advisor, readings, bather_counts, manual_tests, lab_results)
tm.flow(advisor, risk_model, readings, bather_counts, manual_tests, lab_results)
tm.flow(risk_model, advisor, risk_scores)
tm.flow(model_store, advisor, model_file, label="load current model")
tm.flow(advisor, dashboard, risk_scores, advisory)
tm.flow(advisor, sms, sms_alert, protocol="https")
tm.flow(sms, manager, sms_alert, protocol="sms")

tm.flow(dashboard, manager, risk_scores, advisory, protocol="https")
tm.flow(manager, dashboard, closure_decision, protocol="https")
tm.flow(dashboard, technician, risk_scores, protocol="https")

tm.flow(history_db, training, history)
tm.flow(training, model_store, model_file)
tm.flow(contractor, training, remote_session, protocol="teamviewer")
