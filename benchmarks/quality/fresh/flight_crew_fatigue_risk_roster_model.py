"""Flight crew fatigue risk roster model: the first design, before any security review.

A European airline scores the fatigue risk of planned crew rosters. When crew
planners publish a draft roster in the crew rostering system, it sends the roster
to a scoring service in our cloud, which derives duty-time, sector and time-zone
features and asks an in-house model for a fatigue risk score per crew line. Lines
above the threshold go back to the planners in the rostering system to change.
Pilots and cabin crew file fatigue reports through the crew app; reports land in a
fatigue report store read by the fatigue risk management (FRMS) team. A nightly
feature pipeline joins historical duty times and reports into a training set, the
model is retrained on the ML platform and the FRMS manager approves each release.
Controls in this design: crew SSO with MFA on the report API, encrypted and
role-restricted report storage, pseudonymised training data, versioned models and
validation plus a human approval before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Flight crew fatigue risk roster model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Fatigue risk scores for planned crew rosters, trained on duty times and fatigue reports.",
)

# ---------------------------------------------------------------- data assets
fatigue_report = tg.Data(
    "Fatigue report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crew id, flight, duty, sleep before duty, self-rated fatigue, free text.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report_ack = tg.Data("Report acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
roster = tg.Data(
    "Planned roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crew lines with pairings, duty periods, sectors and time zones.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
roster_features = tg.Data(
    "Roster features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
risk_score = tg.Data(
    "Fatigue risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flagged_lines = tg.Data(
    "Flagged crew lines",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Crew lines above the fatigue threshold, with their scores, to be re-planned.",
)
roster_edits = tg.Data("Roster changes", kind="records", sensitivity=tg.Sensitivity.PII)
duty_history = tg.Data(
    "Duty time history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Actual flown duties, block times and time-zone crossings per crew member.",
)
training_set = tg.Data(
    "Fatigue training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pseudonymised duty features joined with fatigue report outcomes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
train_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Fatigue model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pilots and cabin crew, who report fatigue from wherever they are rostered.
    crew = tm.add(tg.Actor("Crew member", role="pilot or cabin crew"))
    # The crew app on company-issued tablets and personal phones.
    crew_app = tm.add(tg.Device("Crew app", description="iOS and Android phone and tablet app."))

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Receives fatigue reports from the crew app.
    report_api = tm.add(
        tg.Endpoint(
            "Fatigue report API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="crew SSO (OIDC) with MFA"),
                c.InputValidation(note="report form schema"),
            },
        )
    )
    # Confidential store of fatigue reports, read by the FRMS team only.
    report_store = tm.add(
        tg.DataStore(
            "Fatigue report store",
            stores={fatigue_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Turns a published roster into features, scores it and returns the flagged lines.
    scoring = tm.add(tg.Service("Roster scoring service"))
    # The in-house model that scores each crew line's fatigue risk.
    model = tm.add(
        tg.Model(
            "Fatigue risk model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; scores above the FRMS threshold send the line back.",
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins duty history and fatigue reports into pseudonymised training data.
        feature_pipeline = tm.add(
            tg.Pipeline(
                "Nightly feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                controls={c.DataMinimization(note="crew ids replaced by pseudonyms")},
            )
        )
        # The curated training set the model is fitted on.
        dataset = tm.add(
            tg.Dataset(
                "Fatigue training dataset", stores={training_set}, controls={c.DataVersioning()}
            )
        )
        # Retrains the model on the latest training set.
        training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
        # Holds trained model versions.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Moves an approved model version into the scoring service.
        promotion = tm.add(
            tg.Pipeline(
                "Model promotion",
                stage=tg.Stage.DEPLOYMENT,
                controls={
                    c.ModelValidation(note="back-tested against the last season's fatigue reports"),
                    c.HumanInTheLoop(approver="FRMS manager"),
                },
            )
        )

with tm.boundary("Operations network", trust=tg.Trust.INTERNAL):
    # The existing crew rostering system where planners build and publish rosters.
    rostering = tm.add(
        tg.Service(
            "Crew rostering system",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Planners who build rosters and rework the flagged lines.
    planner = tm.add(tg.Actor("Crew planner", role="crew planner"))
    # FRMS team member who reviews fatigue reports and approves model releases.
    frms = tm.add(tg.Actor("FRMS manager", role="fatigue risk management", privileged=True))
    # Data scientist who owns training and the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(crew, crew_app, fatigue_report)
tm.flow(crew_app, report_api, fatigue_report, protocol="https")
tm.flow(report_api, crew_app, report_ack, protocol="https")
tm.flow(report_api, report_store, fatigue_report)
tm.flow(report_store, frms, fatigue_report, protocol="https", label="report review")

tm.flow(planner, rostering, roster_edits, label="builds and reworks rosters")
tm.flow(rostering, planner, flagged_lines, label="lines to re-plan")
tm.flow(rostering, scoring, roster, protocol="https", label="roster published")
tm.flow(scoring, model, roster_features)
tm.flow(model, scoring, risk_score)
tm.flow(scoring, rostering, flagged_lines, protocol="https")

tm.flow(rostering, feature_pipeline, duty_history, protocol="sftp", label="nightly export")
tm.flow(report_store, feature_pipeline, fatigue_report)
tm.flow(feature_pipeline, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, promotion, model_artifact)
tm.flow(frms, promotion, release_approval, protocol="https", label="approves release")
tm.flow(promotion, model, model_artifact, label="deploy")
