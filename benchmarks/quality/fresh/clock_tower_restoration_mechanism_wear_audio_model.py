"""Turret clock wear monitoring: the first design, before any security review.

A clock restoration firm maintains about 150 turret clocks in church and town-hall
towers under service contracts. Each tower gets a small acoustic monitor bolted to
the clock frame: a contact microphone and a single-board computer that records a
short clip of the going train every hour and uploads it over a 4G modem. In the
firm's cloud account an ingestion API (per-device API keys) stores the clips, a
feature job extracts beat-interval and spectral features, and an in-house model
predicts escapement and bearing wear. A scheduler turns the predictions into
proposed service visits; the workshop manager confirms the weekly plan in the
workshop web app (Google Workspace sign-in) before visit notices are e-mailed to
each tower's clock keeper. Technicians record what they find on each visit in the
same app; those findings label the clips for a monthly retraining job, which writes
the new model to a registry that the scoring job loads from.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Turret clock wear monitoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts escapement and bearing wear in tower clocks from audio "
    "and schedules service visits.",
)

# ---------------------------------------------------------------- data assets
clips = tg.Data(
    "Movement audio clips",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="10-second contact-microphone recordings of the going train, hourly.",
)
device_status = tg.Data(
    "Monitor status readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Battery, temperature, signal strength and firmware version.",
)
monitor_config = tg.Data(
    "Recording schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="When to record and upload, returned with each upload acknowledgement.",
)
features = tg.Data(
    "Beat and spectral features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Beat intervals, tick/tock asymmetry and bearing-noise spectra.",
)
wear = tg.Data(
    "Wear predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Estimated escapement and bearing wear per clock, with weeks to service.",
)
sites = tg.Data(
    "Tower sites and keeper contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tower addresses, contract terms, clock keepers' names, phones and e-mails.",
)
key_codes = tg.Data(
    "Tower key safe codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Codes for the key safes that hold the tower door keys.",
)
visit_plan = tg.Data(
    "Visit schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed and confirmed visits: tower, date, technician.",
)
findings = tg.Data(
    "Inspection findings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Measured wear, parts replaced and adjustments made on each visit.",
)
visit_notice = tg.Data(
    "Visit notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the clock keeper with the visit date and access request.",
)
weights = tg.Data(
    "Wear model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="scikit-learn gradient-boosted model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clock towers", trust=tg.Trust.UNTRUSTED):
    # One per tower; physically reachable by anyone with access to the clock room.
    monitor = tm.add(
        tg.Device(
            "Tower acoustic monitor",
            fleet=True,
            description="Contact microphone and single-board computer with a 4G modem.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Churchwardens and town-hall facilities staff who let technicians in.
    keeper = tm.add(tg.Actor("Clock keeper", role="customer contact"))
    # Technicians sign in to the workshop app from tablets in the field.
    technician = tm.add(tg.Actor("Technician", role="clock technician"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail SaaS that delivers the visit notices.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Workshop office", trust=tg.Trust.INTERNAL):
    # Confirms the weekly visit plan the scheduler proposes.
    manager = tm.add(tg.Actor("Workshop manager", role="manager", privileged=True))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from the tower monitors.
    ingest = tm.add(
        tg.Endpoint(
            "Audio ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Object storage bucket holding every clip uploaded.
    clip_store = tm.add(
        tg.DataStore(
            "Audio clip bucket",
            stores={clips},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns new clips into features and scores them with the current model.
    feature_job = tm.add(
        tg.Pipeline(
            "Hourly feature and scoring job",
            stage=tg.Stage.PREPROCESSING,
        )
    )
    # The wear model itself, run by the scoring job.
    wear_model = tm.add(
        tg.Model(
            "Wear model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts escapement and bearing wear from the audio features.",
        )
    )
    # Proposes visits from the predictions, contract terms and technician rota.
    scheduler = tm.add(
        tg.Service(
            "Visit scheduler",
            controls={
                c.HumanInTheLoop(
                    approver="workshop manager",
                    note="weekly plan confirmed before any notice is sent",
                )
            },
        )
    )
    # Web app for the manager and technicians: plans, site details, findings.
    web_app = tm.add(
        tg.Endpoint(
            "Workshop web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in (OIDC)")},
        )
    )
    # System of record for sites, contracts, visits and findings.
    ops_db = tm.add(
        tg.DataStore(
            "Maintenance database",
            stores={sites, key_codes, visit_plan, findings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Clips' features joined with the findings of the next visit.
    train_set = tm.add(tg.Dataset("Labelled wear dataset", stores={features, findings}))
    # Monthly retraining.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Where the scoring job loads the current model from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={weights},
            controls={c.ModelVersioning(note="each run writes a new dated version")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(monitor, ingest, clips, device_status, protocol="https", label="hourly upload over 4G")
tm.flow(ingest, monitor, monitor_config, protocol="https")
tm.flow(ingest, clip_store, clips)
tm.flow(ingest, ops_db, device_status, label="monitor health")

tm.flow(clip_store, feature_job, clips)
tm.flow(feature_job, wear_model, features)
tm.flow(wear_model, feature_job, wear)
tm.flow(feature_job, scheduler, wear)
tm.flow(feature_job, train_set, features)

tm.flow(ops_db, scheduler, sites, visit_plan, findings)
tm.flow(scheduler, ops_db, visit_plan)
tm.flow(scheduler, mailer, visit_notice, protocol="https")
tm.flow(mailer, keeper, visit_notice, protocol="smtp")

tm.flow(manager, web_app, visit_plan, protocol="https", label="confirms weekly plan")
tm.flow(web_app, manager, visit_plan, wear, protocol="https")
tm.flow(web_app, scheduler, visit_plan, label="confirmed plan")
tm.flow(scheduler, web_app, visit_plan, wear, label="proposed plan")
tm.flow(technician, web_app, findings, protocol="https", label="records findings")
tm.flow(web_app, technician, visit_plan, sites, key_codes, protocol="https")
tm.flow(web_app, ops_db, findings, visit_plan)
tm.flow(ops_db, web_app, sites, key_codes, visit_plan, findings)

tm.flow(ops_db, train_set, findings, label="monthly export")
tm.flow(train_set, training, features, findings)
tm.flow(training, registry, weights)
tm.flow(registry, wear_model, weights, label="scoring job loads latest version")
