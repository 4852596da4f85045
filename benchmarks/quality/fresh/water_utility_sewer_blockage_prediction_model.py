"""Sewer blockage and spill prediction: the first design, before any security review.

A water utility wants to find sewer blockages before they cause flooding or a spill.
Ultrasonic level monitors in manholes report to the monitoring vendor's cloud over 4G;
an hourly feature pipeline on our analytics platform pulls those readings, the rainfall
radar nowcast from the weather service, and the locations of customer reports of
flooding and smells taken on our website. A gradient-boosted classifier scores each
sewer length hourly, and a jetting scheduler turns high-risk lengths into proposed jobs.
A network control operator approves every proposed job before it goes to the work
management system, which our term contractor's jetting crews reach from their tablets
to receive job sheets and record what they found. The crew findings become labels for a
weekly retraining job, which promotes a model to the registry only if it beats the
current one on the back-test. Customer names and phone numbers stay in the contact
system; the pipeline takes only location, time and category.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sewer blockage prediction and jetting scheduling",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Hourly blockage and spill risk per sewer length, turned into jetting jobs.",
)

# ---------------------------------------------------------------- data assets
level_readings = tg.Data(
    "Sewer level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Depth of flow every 2 minutes per monitor, plus battery and signal health.",
)
radar = tg.Data(
    "Rainfall radar nowcast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="1 km gridded rainfall, observed and forecast for the next 3 hours (licensed).",
)
customer_report = tg.Data(
    "Customer flooding and odour report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, what they saw, free text and an optional photo.",
)
report_reference = tg.Data("Report reference", sensitivity=tg.Sensitivity.PII, kind="records")
report_locations = tg.Data(
    "Report locations and categories",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address point, time and report category; no name or phone number.",
)
features = tg.Data(
    "Sewer length risk features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Level trends, rainfall, report counts and pipe attributes per sewer length.",
)
risk_scores = tg.Data(
    "Blockage risk scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
proposed_jobs = tg.Data(
    "Proposed jetting jobs", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
job_approval = tg.Data("Job approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_sheets = tg.Data(
    "Jetting job sheets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Asset location, access notes and the reporting customer's contact details.",
)
crew_availability = tg.Data(
    "Crew availability and open jobs", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
job_findings = tg.Data(
    "Job findings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Blockage found or not, cause (fat, roots, debris), photos and completion time.",
)
labels = tg.Data(
    "Blockage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Blockage model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field sites", trust=tg.Trust.UNTRUSTED):
    # Battery loggers bolted inside manholes in public streets.
    monitors = tm.add(
        tg.Device(
            "Sewer level monitors",
            description="About 4,000 vendor-supplied ultrasonic level loggers on 4G.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public reporting a flooded manhole, a blocked drain or a smell.
    customer = tm.add(tg.Actor("Customer", role="member of the public"))

with tm.boundary("Monitoring vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor runs the loggers and keeps their data; we read it through its API.
    vendor_platform = tm.add(
        tg.ExternalService(
            "Level monitoring platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor SaaS that receives logger dial-ins and serves readings by API.",
        )
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Rainfall is the main driver of surcharge and spills.
    radar_feed = tm.add(
        tg.DataSource(
            "Rainfall radar feed",
            origin=tg.Origin.VENDOR,
            provides={radar},
            description="Licensed radar nowcast files, published every 5 minutes.",
        )
    )

with tm.boundary("Utility web DMZ", trust=tg.Trust.INTERNAL):
    # The existing "report a problem" form on the utility website; no account needed.
    report_form = tm.add(
        tg.Endpoint(
            "Report a problem form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="field types, lengths and photo size checked")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing CRM: the system of record for customer contacts and reports.
    contact_system = tm.add(
        tg.DataStore(
            "Customer contact system",
            stores={customer_report},
            controls={c.RBAC(), c.EncryptionAtRest(note="database encryption of the CRM")},
        )
    )
    # Existing work management system that holds all field jobs and crew rosters.
    work_mgmt = tm.add(
        tg.DataStore(
            "Work management system",
            stores={job_sheets, job_findings, crew_availability},
            controls={
                c.Authentication(method="corporate SSO with MFA for staff and contractor crews"),
                c.RBAC(),
            },
        )
    )
    # Control-room staff who decide which jobs the crews get.
    operator = tm.add(tg.Actor("Network control operator", role="operator"))

with tm.boundary("Contractor field crews", trust=tg.Trust.PARTNER):
    # Jetting crews of the term maintenance contractor, using the utility's mobile work app.
    crew_tablet = tm.add(
        tg.Device(
            "Jetting crew tablet",
            description="Contractor-issued tablets running our mobile work app over 4G.",
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Joins the three sources hourly and computes features per sewer length.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Hourly feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={
                c.SchemaEnforcement(note="readings outside the pipe's depth range are dropped"),
                c.DataMinimization(note="only location, time and category of customer reports"),
            },
        )
    )
    # Latest and historical features, read by scoring and by training.
    feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}, online=False))
    # Past features joined with what crews found, for retraining.
    incident_set = tm.add(tg.Dataset("Incident history training set", stores={features, labels}))
    # Weekly retrain; promotes only if the back-test beats the current model.
    retraining = tm.add(
        tg.Pipeline(
            "Weekly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="back-test on the last 12 months of incidents")},
        )
    )
    # Holds each trained model as a joblib file.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Predicts the chance of a blockage or spill per sewer length in the next 24 hours.
    blockage_model = tm.add(
        tg.Model(
            "Blockage risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees loaded from the registry by the scheduler.",
        )
    )
    # Scores every length hourly and proposes jobs against crew availability.
    scheduler = tm.add(
        tg.Service(
            "Jetting scheduler",
            description="Hourly scoring run and a job optimiser; no jobs without approval.",
            controls={c.HumanInTheLoop(approver="the network control operator approves each job")},
        )
    )

# ---------------------------------------------------------------- flows
# data in
tm.flow(monitors, vendor_platform, level_readings, label="4G dial-in, vendor protocol")
tm.flow(
    vendor_platform, feature_pipeline, level_readings, protocol="https", label="API pull, API key"
)
tm.flow(radar_feed, feature_pipeline, radar, protocol="https")
tm.flow(customer, report_form, customer_report, protocol="https")
tm.flow(report_form, customer, report_reference, protocol="https")
tm.flow(report_form, contact_system, customer_report, protocol="https")
tm.flow(contact_system, feature_pipeline, report_locations, label="hourly export")
tm.flow(feature_pipeline, feature_store, features)

# scoring and scheduling
tm.flow(feature_store, scheduler, features, label="hourly batch")
tm.flow(scheduler, blockage_model, features)
tm.flow(blockage_model, scheduler, risk_scores)
tm.flow(work_mgmt, scheduler, crew_availability, protocol="https")
tm.flow(scheduler, operator, proposed_jobs, risk_scores, protocol="https", label="risk dashboard")
tm.flow(operator, scheduler, job_approval, protocol="https")
tm.flow(scheduler, work_mgmt, job_sheets, protocol="https", label="approved jobs")
tm.flow(work_mgmt, crew_tablet, job_sheets, protocol="https")
tm.flow(crew_tablet, work_mgmt, job_findings, protocol="https")

# retraining
tm.flow(work_mgmt, incident_set, labels, label="weekly export of findings")
tm.flow(feature_store, incident_set, features, label="weekly snapshot")
tm.flow(incident_set, retraining, features, labels)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, blockage_model, model_artifact, label="load latest promoted model")
