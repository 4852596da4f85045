"""Nursing agency timesheet fraud scoring: the first design, before any security review.

Our agency places nurses on wards at client NHS trusts. Nurses submit timesheets
in the agency's web portal and the shift's ward manager signs each one off there.
Before each weekly payroll run a scoring job joins timesheets and sign-offs with
the trusts' nightly rota exports (sent by SFTP) and scores every timesheet with an
in-house gradient-boosted model for inflated hours or shifts that never happened.
Timesheets above the threshold are held for the payroll compliance team in a
review console; the rest go straight to the payroll bureau. Review outcomes feed
a labelled history the data team retrains on each quarter. It all runs in the
agency's cloud account: https to the portal and console, the timesheet database
encrypted with managed keys, and staff sign in to the console by SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nursing agency timesheet fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores nurses' timesheets against ward sign-offs and trust rotas before payroll.",
)

# ---------------------------------------------------------------- data assets
timesheets = tg.Data(
    "Submitted timesheets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Nurse, trust, ward, shift date, start and end times, breaks, hours claimed.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sign_offs = tg.Data(
    "Ward sign-offs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The ward manager's confirmation of the hours worked, with their name.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
awaiting = tg.Data("Timesheets awaiting sign-off", kind="records", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Timesheet status", kind="records", sensitivity=tg.Sensitivity.PII)
rota = tg.Data(
    "Trust rota exports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Planned and worked shifts per ward from each trust's e-rostering system.",
)
features = tg.Data(
    "Timesheet features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-timesheet gaps between claimed hours, sign-off and rota; nurse history.",
)
scores = tg.Data("Timesheet fraud scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
flagged = tg.Data("Held timesheets", kind="records", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Review outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Released, corrected or referred for investigation, with the analyst's notes.",
)
pay_lines = tg.Data(
    "Approved timesheet hours",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hours and rates per nurse for the weekly payroll run.",
)
history = tg.Data(
    "Labelled timesheet history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
weights = tg.Data(
    "Timesheet model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Agency nurses submit timesheets from their own phones and laptops.
    nurse = tm.add(tg.Actor("Agency nurse", role="agency worker"))

with tm.boundary("Client NHS trust", trust=tg.Trust.PARTNER):
    # Confirms on the portal that the nurse worked the hours claimed.
    ward_manager = tm.add(tg.Actor("Ward manager", role="client approver"))
    # The trust's e-rostering system: the independent record of who was on shift.
    rostering = tm.add(
        tg.DataSource(
            "Trust e-rostering system",
            origin=tg.Origin.PARTNER,
            provides={rota},
            description="Each trust pushes a nightly rota export to our SFTP drop.",
        )
    )

with tm.boundary("Payroll provider", trust=tg.Trust.PARTNER):
    # The outsourced bureau that pays nurses from the approved hours we send.
    payroll = tm.add(
        tg.ExternalService(
            "Payroll bureau",
            description="Runs the weekly payroll run and pays nurses.",
        )
    )

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # Where nurses submit timesheets and ward managers sign them off.
    portal = tm.add(
        tg.Endpoint(
            "Timesheet portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form checks on dates, times and break lengths"),
            },
        )
    )
    # System of record for timesheets, sign-offs, scores and holds.
    timesheet_db = tm.add(
        tg.DataStore(
            "Timesheet database",
            stores={timesheets, sign_offs, scores, outcomes},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Joins timesheets and sign-offs to the rota exports and builds features.
    feature_job = tm.add(
        tg.Pipeline(
            "Timesheet feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="rota export columns checked on import")},
        )
    )
    # Runs before each payroll run: scores, holds what is flagged, exports the rest.
    scoring_job = tm.add(
        tg.Service(
            "Pre-payroll scoring job",
            description="Weekly; scores every timesheet, holds those above the threshold "
            "and sends the rest, plus timesheets released on review, to payroll.",
            controls={
                c.HumanInTheLoop(
                    approver="payroll compliance analyst",
                    note="only timesheets above the score threshold are held for review; "
                    "the rest go straight to payroll",
                )
            },
        )
    )
    # The model that scores each timesheet for inflated or invented shifts.
    model = tm.add(
        tg.Model(
            "Timesheet fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a held timesheet is not paid until reviewed.",
        )
    )
    # Where the compliance team reviews held timesheets and records the outcome.
    console = tm.add(
        tg.Endpoint(
            "Compliance review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Data science workspace", trust=tg.Trust.INTERNAL):
        # Past timesheets with their review outcomes, the training labels.
        training_set = tm.add(tg.Dataset("Labelled timesheet history set", stores={history}))
        # Quarterly retraining of the fraud model.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; the scoring job loads the current one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Reviews held timesheets and decides to release, correct or investigate.
    analyst = tm.add(tg.Actor("Payroll compliance analyst", role="compliance analyst"))
    # Retrains and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(nurse, portal, timesheets, protocol="https")
tm.flow(portal, nurse, status, protocol="https")
tm.flow(portal, ward_manager, awaiting, protocol="https")
tm.flow(ward_manager, portal, sign_offs, protocol="https")
tm.flow(portal, timesheet_db, timesheets, sign_offs)
tm.flow(timesheet_db, portal, status, awaiting)

tm.flow(rostering, feature_job, rota, protocol="sftp", label="nightly rota export")
tm.flow(timesheet_db, feature_job, timesheets, sign_offs, label="weekly batch extract")
tm.flow(feature_job, scoring_job, features)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, scores)
tm.flow(scoring_job, timesheet_db, scores, flagged, label="scores and holds")
tm.flow(timesheet_db, scoring_job, outcomes, label="released on review")
tm.flow(scoring_job, payroll, pay_lines, protocol="sftp", label="weekly payroll file")

tm.flow(timesheet_db, console, flagged, scores, sign_offs)
tm.flow(console, analyst, flagged, scores, protocol="https")
tm.flow(analyst, console, outcomes, protocol="https")
tm.flow(console, timesheet_db, outcomes)

tm.flow(timesheet_db, training_set, history, label="quarterly extract")
tm.flow(data_scientist, training, train_config)
tm.flow(training_set, training, history)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
