"""Airline crew fatigue risk roster model: the first design, before any security review.

An EU airline's crew scheduling team scores every proposed roster for fatigue risk
before it is published. A roster scoring API, called from the crew management system,
joins the proposed duties with duty and rest history, the flight schedule (sectors,
report times, time-zone crossings) and recent crew fatigue reports, and asks an
in-house fatigue model for a per-duty risk score. Duties scored high risk are flagged
back in the crew management system, where schedulers adjust them; nothing is changed
automatically. Crew submit fatigue reports from the crew app over the internet to a
report API; the safety team reviews monthly trends on a dashboard. The model is
recalibrated monthly from reports and duty history and published through a registry.
Controls: crew sign in by crew portal SSO with MFA, staff by corporate SSO; report and
roster stores are encrypted at rest; roster changes are logged with the scheduler's id;
the dashboard shows only de-identified aggregates.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline crew fatigue risk roster model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores proposed crew rosters for fatigue risk; schedulers fix flagged duties.",
)

# ---------------------------------------------------------------- data assets
fatigue_report = tg.Data(
    "Crew fatigue report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crew id, duty, sleep hours, Samn-Perelli and KSS ratings, free-text comments.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
report_receipt = tg.Data("Report receipt", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
proposed_roster = tg.Data(
    "Proposed roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Named crew assignments to pairings and duties for the coming period.",
)
duty_history = tg.Data(
    "Duty and rest history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
flight_schedule = tg.Data(
    "Flight schedule with time zones",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
fatigue_features = tg.Data(
    "Fatigue features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per crew member and duty: duty length, night hours, sectors, "
    "time-zone shift, cumulative hours, recent self-reported fatigue.",
)
risk_score = tg.Data(
    "Duty fatigue risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
risk_flags = tg.Data("High-risk duty flags", kind="model-output", sensitivity=tg.Sensitivity.PII)
roster_change = tg.Data("Roster adjustment", kind="records", sensitivity=tg.Sensitivity.PII)
trend_report = tg.Data(
    "Monthly fatigue trends",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="De-identified aggregates by fleet, base and pairing type.",
)
trend_query = tg.Data("Trend query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_params = tg.Data(
    "Fatigue model parameters",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Calibrated gradient-boosted model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pilots and cabin crew file fatigue reports from the crew app on their phones.
    crew = tm.add(tg.Actor("Crew member", role="pilot or cabin crew"))

with tm.boundary("Fatigue risk platform", trust=tg.Trust.INTERNAL):
    # Public API behind the crew app: the only way reports enter the platform.
    report_api = tm.add(
        tg.Endpoint(
            "Fatigue report API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="crew portal SSO (OIDC) with MFA"),
                c.InputValidation(note="report form schema checked server-side"),
            },
        )
    )
    # Keeps every fatigue report; read by scoring, calibration and the dashboard.
    report_store = tm.add(
        tg.DataStore(
            "Fatigue report store",
            stores={fatigue_report},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="fatigue safety team and platform service accounts only"),
            },
        )
    )
    # Called by the crew management system for each proposed roster.
    scoring_api = tm.add(
        tg.Endpoint(
            "Roster scoring API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            description="Builds features for each duty, calls the model, flags high risk.",
        )
    )
    # The fatigue model itself: a per-duty risk score that decides which duties are flagged.
    fatigue_model = tm.add(
        tg.Model(
            "Fatigue risk model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Predicts fatigue risk per crew duty; scores above 0.7 are flagged.",
        )
    )
    # Keeps scores per duty so the safety team can see trends over months.
    score_history = tm.add(tg.DataStore("Risk score history", stores={risk_score}))
    # Monthly recalibration of the model against reported fatigue.
    calibration = tm.add(
        tg.Pipeline(
            "Monthly model calibration",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Holds calibrated model versions; the scoring API loads the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Fatigue model registry",
            stores={model_params},
            controls={c.ModelVersioning()},
        )
    )
    # Safety team's view of monthly fatigue trends.
    dashboard = tm.add(
        tg.Service(
            "Safety trends dashboard",
            controls={
                c.Authentication(method="corporate SSO"),
                c.DataMinimization(note="only de-identified aggregates are shown"),
            },
        )
    )

with tm.boundary("Crew operations systems", trust=tg.Trust.INTERNAL):
    # Existing crew management system where rosters are built and published.
    cms = tm.add(
        tg.Service(
            "Crew management system",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.AuditLogging(note="every roster change recorded with the scheduler's id"),
                c.HumanInTheLoop(approver="crew scheduler"),
            },
        )
    )
    # Rosters and the legal record of duty and rest times.
    roster_db = tm.add(
        tg.DataStore(
            "Roster and duty-time database",
            stores={proposed_roster, duty_history},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Network operations feed: sectors, report times and time zones.
    schedule_feed = tm.add(
        tg.DataSource(
            "Flight schedule feed",
            origin=tg.Origin.INTERNAL,
            provides={flight_schedule},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds rosters and adjusts duties flagged high risk.
    scheduler = tm.add(tg.Actor("Crew scheduler", role="scheduler"))
    # Reviews monthly fatigue trends for the fatigue risk management system.
    safety_analyst = tm.add(tg.Actor("Safety analyst", role="safety team"))

# ---------------------------------------------------------------- flows
# crew fatigue reports
tm.flow(crew, report_api, fatigue_report, protocol="https")
tm.flow(report_api, crew, report_receipt, protocol="https")
tm.flow(report_api, report_store, fatigue_report)

# roster building and scoring
tm.flow(scheduler, cms, roster_change, protocol="https", label="builds and adjusts rosters")
tm.flow(cms, scheduler, proposed_roster, risk_flags, protocol="https")
tm.flow(cms, roster_db, proposed_roster, duty_history)
tm.flow(roster_db, cms, proposed_roster, duty_history)
tm.flow(schedule_feed, cms, flight_schedule, label="daily schedule import")
tm.flow(cms, scoring_api, proposed_roster, protocol="https", label="score proposed roster")
tm.flow(roster_db, scoring_api, duty_history, label="duty and rest history")
tm.flow(schedule_feed, scoring_api, flight_schedule)
tm.flow(report_store, scoring_api, fatigue_report, label="recent reports per crew member")
tm.flow(scoring_api, fatigue_model, fatigue_features)
tm.flow(fatigue_model, scoring_api, risk_score)
tm.flow(scoring_api, cms, risk_score, risk_flags, protocol="https")
tm.flow(scoring_api, score_history, risk_score)

# monthly calibration
tm.flow(report_store, calibration, fatigue_report)
tm.flow(roster_db, calibration, duty_history)
tm.flow(calibration, registry, model_params)
tm.flow(registry, fatigue_model, model_params, label="load current version")

# safety trend review
tm.flow(report_store, dashboard, fatigue_report)
tm.flow(score_history, dashboard, risk_score)
tm.flow(safety_analyst, dashboard, trend_query, protocol="https")
tm.flow(dashboard, safety_analyst, trend_report, protocol="https")
