"""ATM cash replenishment forecaster: the first design, before any security review.

The bank's ATM fleet reports cash levels, dispensed totals and faults over the
ATM network to an ATM monitoring system in the bank's data centre, which keeps
the per-machine withdrawal history. A nightly feature pipeline joins that
history with a vendor's feed of public holidays and local events (concerts,
markets, football matches); an in-house gradient-boosted regressor, retrained
weekly by the data science team and loaded from the model registry, forecasts
each machine's cash demand for the next 14 days. The cash logistics team uses a
planning application to turn the forecasts and live cash levels into
replenishment orders and routes, which are sent to the cash-in-transit (CIT)
company over SFTP; the CIT company returns delivery confirmations. Controls in
this design: TLS on the ATM network, SSO with MFA and roles on the planning
app, planner approval of every route plan, audit logging, encrypted history.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "ATM cash replenishment forecaster",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts each ATM's cash demand and plans cash-in-transit replenishment routes.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "ATM status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cash level per cassette, dispensed totals and fault codes, every 15 minutes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
history = tg.Data(
    "Withdrawal history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly withdrawal counts and amounts per machine; no card numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
events = tg.Data(
    "Holiday and local events calendar",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
features = tg.Data("Demand features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
training_config = tg.Data("Training code and configuration", kind="code")
weights = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecasts = tg.Data(
    "Cash demand forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
plan = tg.Data(
    "Replenishment plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which machines get how much cash, on which route and day.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
plan_review = tg.Data("Plan review and approval", kind="records")
confirmations = tg.Data(
    "Delivery confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cash actually loaded and collected per machine, per visit.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("ATM sites", trust=tg.Trust.PARTNER):
    # The machines themselves, in branches, malls and petrol stations; they report status.
    atms = tm.add(tg.Device("ATM fleet", description="About 2,400 machines on the ATM network."))

with tm.boundary("Events data vendor", trust=tg.Trust.PARTNER):
    # Holidays and local events drive demand spikes the history alone does not show.
    events_feed = tm.add(
        tg.DataSource("Events calendar feed", origin=tg.Origin.VENDOR, provides={events})
    )

with tm.boundary("CIT company", trust=tg.Trust.PARTNER):
    # The armoured-car contractor that physically loads the machines.
    cit = tm.add(
        tg.ExternalService(
            "Cash-in-transit company",
            description="Receives route orders by SFTP and returns delivery files.",
        )
    )

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    # Existing system: receives ATM status messages and raises fault tickets.
    monitoring = tm.add(tg.Service("ATM monitoring system"))
    # The history the model learns from and the planners look back on.
    history_db = tm.add(
        tg.DataStore(
            "ATM history database",
            stores={history, confirmations},
            controls={c.EncryptionAtRest(key_management="bank HSM-backed keys")},
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Nightly join of history and calendar into per-machine, per-day features.
        feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
        # Offline feature tables used for both training and the nightly forecast run.
        feature_store = tm.add(
            tg.FeatureStore("Demand feature store", stores={features}, online=False)
        )
        # Weekly retraining on the last three years of features.
        training = tm.add(
            tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model artifacts; serving loads the version marked production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # The forecaster, run as a nightly batch job over every machine.
        model = tm.add(
            tg.Model(
                "Cash demand forecaster",
                task=tg.Task.REGRESSOR,
                description="Gradient-boosted trees predicting daily withdrawals per machine.",
            )
        )
        # Where the nightly forecasts land for the planning application.
        forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecasts}))

    # The cash logistics team's application: forecasts in, route plans out.
    planning_app = tm.add(
        tg.Service(
            "Cash planning application",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="cash logistics planner"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the proposed plan each morning and releases it to the CIT company.
    planner = tm.add(tg.Actor("Cash logistics planner", role="cash logistics"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(atms, monitoring, telemetry, protocol="tls", label="status messages")
tm.flow(monitoring, history_db, history, telemetry)
tm.flow(monitoring, planning_app, telemetry, label="live cash levels and faults")

tm.flow(events_feed, feature_job, events, protocol="https", label="daily calendar download")
tm.flow(history_db, feature_job, history)
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, training, features)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load production version")
tm.flow(feature_store, model, features, label="nightly batch")
tm.flow(model, forecast_store, forecasts)
tm.flow(forecast_store, planning_app, forecasts)

tm.flow(planning_app, planner, forecasts, plan, protocol="https", label="proposed plan")
tm.flow(planner, planning_app, plan_review, protocol="https", label="edits and approves")
tm.flow(planning_app, cit, plan, protocol="sftp", label="route orders")
tm.flow(cit, planning_app, confirmations, protocol="sftp", label="delivery files")
tm.flow(planning_app, history_db, confirmations)
