"""Temp staffing shift matching: the first design, before any security review.

Our staffing agency fills short-notice shifts (warehouse, hospitality, events)
with temporary workers. Client businesses post shifts in a web portal; a shift
service asks an in-house ranking model to order the eligible workers by skills,
reliability score and travel distance, and sends offers down the list to the
workers' phone app, where the first to accept gets the shift. Workers clock in
and out in the app; the client approves the timesheet in the portal, and a
weekly payroll job pays workers from approved timesheets through our bank's
payment file upload. Reliability scores are recomputed nightly from attendance,
and the model is retrained monthly from past offers and outcomes. Everything
runs in our cloud account in the EU. Clients and staff sign in with passwords
plus TOTP, workers with an SMS code; the databases are encrypted at rest and
staff access is role-based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Temp staffing shift matching model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Ranks temporary workers for short-notice shifts and pays them weekly "
    "from client-approved timesheets.",
)

# ---------------------------------------------------------------- data assets
shift_posting = tg.Data(
    "Shift posting",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site, time, role, required skills and pay rate.",
)
worker_profile = tg.Data(
    "Worker profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact, home postcode, right-to-work status and verified skills.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Worker bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
attendance = tg.Data(
    "Attendance history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Offers accepted, no-shows, late arrivals and cancellations.",
)
features = tg.Data(
    "Worker matching features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Skills, reliability score and home location per worker.",
)
candidates = tg.Data("Candidate list for shift", kind="features", sensitivity=tg.Sensitivity.PII)
ranking = tg.Data("Ranked candidate list", kind="model-output", sensitivity=tg.Sensitivity.PII)
offer = tg.Data("Shift offer", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
acceptance = tg.Data("Shift acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
clock_events = tg.Data(
    "Clock-in and clock-out events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Times and the phone's location at the site.",
)
timesheet = tg.Data(
    "Timesheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
timesheet_approval = tg.Data(
    "Timesheet approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fill_status = tg.Data("Shift fill status", kind="records", sensitivity=tg.Sensitivity.PII)
match_history = tg.Data(
    "Past offers and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
model_artifact = tg.Data(
    "Ranking model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM ranker saved with joblib.",
)
payment_file = tg.Data(
    "Weekly payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Worker names, account numbers and amounts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_report = tg.Data("Bank payment report", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A manager at a client business who posts shifts and approves timesheets.
    client = tm.add(tg.Actor("Client shift manager", role="client"))
    # A temporary worker on the agency's books.
    worker = tm.add(tg.Actor("Temporary worker", role="worker"))
    # Workers' phone app: receives offers, accepts shifts, clocks in and out.
    app = tm.add(tg.Device("Worker phone app"))

with tm.boundary("Agency bank", trust=tg.Trust.PARTNER):
    # The bank's bulk payment service that receives the weekly payment file.
    bank = tm.add(tg.ExternalService("Bank bulk payment service"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Web portal where clients post shifts, follow fills and approve timesheets.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )
    # Backend API for the worker app.
    mobile_api = tm.add(
        tg.Endpoint(
            "Worker app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # Picks eligible workers for a shift, asks for a ranking and sends offers in order.
    shift_service = tm.add(
        tg.Service(
            "Shift offer service",
            description="Filters by skills and availability, then offers the shift down the "
            "ranked list until someone accepts.",
        )
    )
    # In-house ranking model that orders candidates for each shift.
    ranker = tm.add(
        tg.Model(
            "Shift matching ranker",
            task=tg.Task.RANKER,
            high_stakes=True,
            description="Orders workers by skills match, reliability score and distance; "
            "who is offered work first depends on it.",
        )
    )
    # Online features per worker for the ranker.
    feature_store = tm.add(tg.FeatureStore("Worker feature store", stores={features}))
    # System of record: workers, shifts, assignments, clock events and timesheets.
    workforce_db = tm.add(
        tg.DataStore(
            "Workforce database",
            stores={
                worker_profile,
                bank_details,
                shift_posting,
                attendance,
                timesheet,
                timesheet_approval,
                match_history,
            },
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Nightly job that recomputes reliability scores and refreshes features.
    feature_job = tm.add(
        tg.Pipeline(
            "Nightly reliability scoring job",
            stage=tg.Stage.PREPROCESSING,
            description="Scores each worker from attendance history and refreshes skills and "
            "home location features.",
        )
    )
    # Monthly retraining of the ranker on past offers and whether they were filled well.
    training = tm.add(tg.Pipeline("Monthly ranker retraining", stage=tg.Stage.TRAINING))
    # Where trained ranker versions are kept and loaded from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Weekly job that turns approved timesheets into the bank payment file.
    payroll = tm.add(tg.Service("Weekly payroll job"))

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Agency consultant who onboards workers and verifies their skills and documents.
    consultant = tm.add(tg.Actor("Recruitment consultant", role="agency staff"))

# ---------------------------------------------------------------- flows
# Shift posting and matching
tm.flow(client, portal, shift_posting, protocol="https")
tm.flow(portal, shift_service, shift_posting)
tm.flow(shift_service, workforce_db, shift_posting)
tm.flow(workforce_db, shift_service, worker_profile, label="eligible workers")
tm.flow(feature_store, ranker, features, label="online lookup")
tm.flow(shift_service, ranker, candidates)
tm.flow(ranker, shift_service, ranking)

# Offers and acceptance
tm.flow(shift_service, mobile_api, offer)
tm.flow(mobile_api, app, offer, protocol="https", label="push notification")
tm.flow(app, worker, offer)
tm.flow(worker, app, acceptance, clock_events)
tm.flow(app, mobile_api, acceptance, clock_events, protocol="https")
tm.flow(mobile_api, shift_service, acceptance)
tm.flow(shift_service, workforce_db, acceptance, label="assignment")
tm.flow(shift_service, portal, fill_status)
tm.flow(portal, client, fill_status, protocol="https")

# Timesheets
tm.flow(mobile_api, workforce_db, clock_events)
tm.flow(workforce_db, portal, timesheet)
tm.flow(portal, client, timesheet, protocol="https", label="timesheet for approval")
tm.flow(client, portal, timesheet_approval, protocol="https")
tm.flow(portal, workforce_db, timesheet_approval)

# Worker onboarding
tm.flow(consultant, workforce_db, worker_profile, bank_details, protocol="https")

# Features and training
tm.flow(workforce_db, feature_job, attendance, worker_profile)
tm.flow(feature_job, feature_store, features)
tm.flow(workforce_db, training, match_history)
tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(training, registry, model_artifact)
tm.flow(registry, ranker, model_artifact, label="load on deploy")

# Weekly pay
tm.flow(workforce_db, payroll, timesheet, timesheet_approval, bank_details)
tm.flow(payroll, bank, payment_file, protocol="sftp")
tm.flow(bank, payroll, payment_report, protocol="sftp")
