"""Concession pass misuse detection: the first design, before any security review.

The city transport authority issues free and reduced-fare concession passes to
seniors, students and people with disabilities. Ticket validators on buses and at
station gates send every tap to the ticketing back office, which the ticketing
vendor runs for us; each night it exports concession taps over SFTP to our analytics
platform. A nightly scoring job joins the taps with the concession pass register and
asks an in-house misuse model to flag suspicious use (one pass tapped in two places
at once, patterns unlike the holder's eligibility). Revenue protection officers
review flagged passes in a case management app (staff SSO with MFA, role-based
access, audit log) and decide whether to suspend; a suspension goes to the back
office hotlist, which validators then refuse. Pass holders appeal online with their
pass number and date of birth. Officers' decisions become labels for quarterly
retraining. Tap history is personal location data and the register holds disability
status, so GDPR applies; tap history is encrypted and kept for 13 months.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Concession pass misuse detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Flags misused concession travel passes from tap-on data for officer review, "
        "suspension and online appeal."
    ),
)

# ---------------------------------------------------------------- data assets
taps = tg.Data(
    "Tap events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pass number, validator, stop or station, route and time of each tap.",
)
pass_records = tg.Data(
    "Concession pass records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Holder name, date of birth, address, photo, concession type, disability status.",
)
usage_features = tg.Data(
    "Pass usage features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per pass: tap counts, impossible journeys, time-of-day and route profile.",
)
misuse_score = tg.Data("Misuse score", kind="model-output", sensitivity=tg.Sensitivity.PII)
flagged_passes = tg.Data(
    "Flagged passes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passes above the review threshold, with the taps behind the score.",
)
suspension = tg.Data(
    "Suspension decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
hotlist = tg.Data(
    "Pass hotlist",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Numbers of suspended passes that validators must refuse.",
)
appeal = tg.Data(
    "Appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The holder's statement and uploaded evidence (student card, medical letter).",
)
appeal_outcome = tg.Data("Appeal outcome", kind="records", sensitivity=tg.Sensitivity.PII)
case_labels = tg.Data(
    "Case outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Misuse model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Feature definitions, hyperparameters and the review threshold.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vehicles and stations", trust=tg.Trust.INTERNAL):
    # Where taps happen; they also enforce suspensions by refusing hotlisted passes.
    validators = tm.add(
        tg.Device(
            "Ticket validators",
            fleet=True,
            description="Card readers on buses and station gates, on the mobile network.",
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The system of record for taps and the hotlist, run by the ticketing vendor.
    back_office = tm.add(
        tg.Service(
            "Ticketing back office",
            description="Collects taps from validators and distributes the hotlist.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Seniors, students and disabled people whose passes may be flagged.
    holder = tm.add(tg.Actor("Pass holder", role="concession pass holder"))

with tm.boundary("Authority analytics platform", trust=tg.Trust.INTERNAL):
    # Loads the nightly tap export into the tap history.
    ingest = tm.add(
        tg.Pipeline(
            "Tap ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Thirteen months of concession taps, the model's input and training data.
    tap_store = tm.add(
        tg.DataStore(
            "Tap history store",
            stores={taps, usage_features},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=395),
            },
        )
    )
    # Who holds which concession, and on what eligibility.
    register = tm.add(tg.DataStore("Concession pass register", stores={pass_records}))
    # Computes features for every active pass each night and keeps those above threshold.
    scoring_job = tm.add(tg.Service("Nightly misuse scoring job"))
    # The misuse model itself.
    model = tm.add(
        tg.Model(
            "Concession misuse model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees scoring each pass for likely misuse.",
        )
    )
    # Where officers review flags, suspend passes and decide appeals.
    case_app = tm.add(
        tg.Service(
            "Case management app",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
                c.HumanInTheLoop(approver="revenue protection officer"),
            },
        )
    )
    # Lets holders contest a suspension without visiting a travel centre.
    appeals = tm.add(
        tg.Endpoint(
            "Online appeals portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="pass number and date of birth"),
                c.Contestability(),
            },
        )
    )
    # Officers' confirmed and rejected flags, for retraining.
    outcomes = tm.add(tg.Dataset("Case outcome dataset", stores={case_labels, usage_features}))
    # Retrains the model each quarter from confirmed cases.
    training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
    # Keeps model versions; the scoring job loads the current one.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Authority corporate network", trust=tg.Trust.INTERNAL):
    # Decide on flags and appeals; only they can suspend a pass.
    officer = tm.add(tg.Actor("Revenue protection officer", role="revenue protection officer"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(validators, back_office, taps, protocol="https")
tm.flow(back_office, validators, hotlist, protocol="https")
tm.flow(back_office, ingest, taps, protocol="sftp", label="nightly export")
tm.flow(ingest, tap_store, taps)

tm.flow(tap_store, scoring_job, taps)
tm.flow(register, scoring_job, pass_records)
tm.flow(scoring_job, tap_store, usage_features)
tm.flow(scoring_job, model, usage_features)
tm.flow(model, scoring_job, misuse_score)
tm.flow(scoring_job, case_app, flagged_passes)

tm.flow(register, case_app, pass_records)
tm.flow(case_app, officer, flagged_passes, pass_records, appeal, protocol="https")
tm.flow(officer, case_app, suspension, appeal_outcome, protocol="https")
tm.flow(case_app, back_office, suspension, protocol="https", label="hotlist update")

tm.flow(holder, appeals, appeal, protocol="https")
tm.flow(appeals, case_app, appeal)
tm.flow(case_app, appeals, appeal_outcome)
tm.flow(appeals, holder, appeal_outcome, protocol="https")

tm.flow(case_app, outcomes, case_labels)
tm.flow(tap_store, outcomes, usage_features)
tm.flow(outcomes, training, case_labels, usage_features)
tm.flow(data_scientist, training, training_config, protocol="https", label="tunes and approves")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="nightly load")
