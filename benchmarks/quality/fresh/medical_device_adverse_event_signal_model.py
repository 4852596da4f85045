"""Medical device adverse event signal model: the first design, before any security review.

We make infusion pumps and patient monitors and are based in the EU. Under MDR
vigilance and FDA medical device reporting we must spot trends in complaints early.
Hospitals submit complaints through a public web form on our complaint portal, and
field service engineers file service reports in the field service system. Each night
an ingestion pipeline exports both, plus public adverse event reports from the FDA
MAUDE database, pseudonymises patient details and hands new cases to a scoring job.
The signal model, a text classifier fine-tuned in-house from an open-weights clinical
language model, scores each case for a possible safety signal. The vigilance team
reviews the scored signals in a workbench behind company SSO with MFA; their
confirm-or-dismiss decisions become labels for the quarterly retraining. A new model
version goes live only after validation and QA change-control approval. The complaint
system keeps a Part 11 audit trail; stores holding patient data are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Medical device adverse event signal model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Detects safety signals in device complaints and field service reports for vigilance.",
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Complaint submission",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text event description, device serial, patient age, sex and outcome.",
)
complaints = tg.Data(
    "Complaint records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Complaint files with narratives and patient health details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
service_reports = tg.Data(
    "Field service reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Engineer findings, replaced parts and device error logs; sometimes a patient note.",
)
public_reports = tg.Data(
    "Public adverse event reports",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="MAUDE reports for our devices and comparable competitor devices.",
)
cases = tg.Data(
    "Pseudonymised case records",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Narrative text and coded fields, patient identifiers replaced by a key.",
)
signal_scores = tg.Data(
    "Signal scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
signals = tg.Data(
    "Detected safety signals",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cases above the review threshold, grouped by device family and problem code.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decisions = tg.Data(
    "Signal review decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed or dismissed, with the analyst's problem code.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_cases = tg.Data(
    "Historic coded cases",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Five years of pseudonymised complaints with their final vigilance coding.",
)
base_weights = tg.Data("Base clinical language model", format="safetensors")
weights = tg.Data("Signal model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hospital biomedical engineers, clinicians and sometimes patients report problems.
    reporter = tm.add(tg.Actor("Complaint reporter", role="hospital staff or patient"))
    # FDA's public database of device adverse event reports, downloaded weekly.
    maude = tm.add(
        tg.DataSource(
            "FDA MAUDE database",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_reports},
        )
    )
    # Public model hub the base model for fine-tuning is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Web DMZ", trust=tg.Trust.INTERNAL):
    # Public complaint form; no account needed, hospitals must be able to report at once.
    portal = tm.add(
        tg.Endpoint(
            "Complaint portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(), c.RateLimiting(requests_per_minute=30)},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Our complaint handling system of record (QMS module).
    complaint_system = tm.add(
        tg.DataStore(
            "Complaint handling system",
            stores={complaints},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.RBAC(),
                c.AuditLogging(note="21 CFR Part 11 audit trail"),
            },
        )
    )
    # Engineers log each service visit here from their laptops.
    field_system = tm.add(tg.DataStore("Field service management system", stores={service_reports}))
    field_engineer = tm.add(tg.Actor("Field service engineer", role="service engineer"))
    # The vigilance team decides which signals become trend reports or incident reports.
    analyst = tm.add(tg.Actor("Vigilance analyst", role="vigilance specialist"))
    # Where analysts see signals with their source cases and record their decisions.
    workbench = tm.add(
        tg.Endpoint(
            "Vigilance workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (Entra ID) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.RESTRICTED):
    # Nightly export, join and pseudonymisation of complaints and service reports.
    ingestion = tm.add(
        tg.Pipeline(
            "Signal ingestion pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(note="names and contact details replaced by a keyed hash"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Runs the model over the night's new cases and writes those above threshold.
    scoring_job = tm.add(
        tg.Service("Nightly signal scoring job", description="Batch scoring of new cases.")
    )
    # The model: flags cases that look like a new or growing safety problem.
    signal_model = tm.add(
        tg.Model(
            "Adverse event signal model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned transformer text classifier; a score above 0.6 raises a signal.",
            controls={c.ModelValidation(note="recall on a held-out set of known signals")},
        )
    )
    # Signals waiting for review, and the decisions taken on them.
    signal_store = tm.add(
        tg.DataStore(
            "Signal review store",
            stores={signals, review_decisions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Historic coded cases plus new review decisions.
    training_set = tm.add(
        tg.Dataset(
            "Signal training set",
            stores={training_cases, review_decisions},
            controls={c.DataVersioning()},
        )
    )
    # Quarterly fine-tuning job on the training set.
    training = tm.add(
        tg.Pipeline(
            "Signal model fine-tuning",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
        )
    )
    # Versions of the fine-tuned model.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# intake
tm.flow(reporter, portal, complaint, protocol="https")
tm.flow(portal, complaint_system, complaints)
tm.flow(field_engineer, field_system, service_reports, protocol="https")

# nightly scoring
tm.flow(complaint_system, ingestion, complaints, label="nightly export")
tm.flow(field_system, ingestion, service_reports, label="nightly export")
tm.flow(maude, ingestion, public_reports, protocol="https", label="weekly download")
tm.flow(ingestion, scoring_job, cases)
tm.flow(scoring_job, signal_model, cases)
tm.flow(signal_model, scoring_job, signal_scores)
tm.flow(scoring_job, signal_store, signals)

# review
tm.flow(signal_store, workbench, signals)
tm.flow(workbench, analyst, signals, protocol="https")
tm.flow(analyst, workbench, review_decisions, protocol="https")
tm.flow(workbench, signal_store, review_decisions)

# retraining
tm.flow(ingestion, training_set, training_cases)
tm.flow(signal_store, training_set, review_decisions, label="quarterly label export")
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(training_set, training, training_cases, review_decisions)
tm.flow(training, registry, weights)
tm.flow(
    registry,
    signal_model,
    weights,
    label="deploy",
    controls={c.HumanInTheLoop(approver="QA change-control board")},
)
