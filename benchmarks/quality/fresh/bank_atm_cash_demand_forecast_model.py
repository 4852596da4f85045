"""ATM cash demand forecasting and replenishment ordering: the first design.

The bank's cash operations team wants to stop ordering ATM cash by rule of thumb.
Every night a replenishment planning job forecasts the next seven days of cash
withdrawals for each of the bank's ATMs and turns the forecast, the cassette
levels and the cash-in-transit (CIT) delivery calendar into replenishment orders.
The forecast model is a gradient-boosted regressor trained weekly on dispense
history from the cash data warehouse plus a bought-in holiday and local events
feed. Cash planners review the proposed orders in a planning console; orders
above a set amount wait for a planner's approval, the rest go out automatically.
Orders are dropped as files on the CIT company's SFTP server, and delivery
confirmations come back the same way. Everything except the ATMs, the events
vendor and the CIT company runs in the bank's data centre; planners sign in
with corporate SSO and MFA, the warehouse is encrypted, and the ATMs report over
TLS on the bank's ATM network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "ATM cash demand forecasting",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts cash demand per ATM and orders replenishment from the CIT company.",
)

# ---------------------------------------------------------------- data assets
cassette_status = tg.Data(
    "Cassette status and dispense counts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-ATM cassette fill levels, dispensed notes per denomination, faults.",
)
dispense_history = tg.Data(
    "ATM dispense history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Daily withdrawal totals per ATM and denomination; no card or customer data.",
)
atm_master = tg.Data(
    "ATM locations and cassette configuration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
events_calendar = tg.Data(
    "Holiday and local events calendar",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
features = tg.Data("ATM demand features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Forecast model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM model saved with joblib.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Cash demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
orders = tg.Data(
    "Replenishment orders",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="ATM id and address, amount per denomination, delivery date and window.",
)
order_decision = tg.Data(
    "Planner order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
confirmations = tg.Data(
    "Delivery confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What the CIT crew loaded into each ATM, and when.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("ATM network", trust=tg.Trust.INTERNAL):
    # The ATMs themselves report cassette levels and dispense counts.
    atms = tm.add(tg.Device("ATM fleet", fleet=True))

with tm.boundary("Events data vendor", trust=tg.Trust.PARTNER):
    # Bought-in calendar of public holidays, paydays and local events; a big demand driver.
    events_feed = tm.add(
        tg.DataSource(
            "Holiday and events feed",
            origin=tg.Origin.VENDOR,
            provides={events_calendar},
        )
    )

with tm.boundary("CIT company", trust=tg.Trust.PARTNER):
    # The cash-in-transit company picks up order files and returns delivery confirmations.
    cit = tm.add(
        tg.ExternalService(
            "CIT order gateway",
            description="The CIT company's SFTP server for order and confirmation files.",
        )
    )

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    # Existing ATM monitoring system; the source of truth for cassette levels.
    atm_monitoring = tm.add(tg.Service("ATM monitoring system"))
    # Existing warehouse; the history the model learns from.
    warehouse = tm.add(
        tg.DataStore(
            "Cash data warehouse",
            stores={dispense_history, atm_master, orders, confirmations},
            controls={c.EncryptionAtRest(key_management="HSM-backed keys"), c.RBAC()},
        )
    )
    # Runs nightly: forecasts per ATM and turns forecasts into orders.
    planner_job = tm.add(
        tg.Service(
            "Replenishment planning job",
            description="Forecast, then order-quantity optimisation against cassette "
            "capacity, idle-cash cost and the CIT delivery calendar.",
            controls={
                c.HumanInTheLoop(
                    approver="cash operations planner", above="EUR 150,000 per ATM order"
                )
            },
        )
    )
    # The regressor that predicts daily withdrawals per ATM.
    model = tm.add(
        tg.Model(
            "Cash demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees predicting 7-day withdrawals per ATM.",
        )
    )
    # Where cash planners see forecasts and proposed orders and approve large ones.
    console = tm.add(
        tg.Service(
            "Cash planning console",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Builds per-ATM daily features from history and the events calendar.
        feature_pipeline = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
        # Offline feature tables shared by training and the nightly planning run.
        feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}, online=False))
        # Weekly retraining with a backtest against the last quarter before registering.
        training = tm.add(
            tg.Pipeline(
                "Weekly training pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="backtest MAPE gate on last quarter")},
            )
        )
        # Holds versioned model artifacts; the planning job loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews proposed orders and approves the large ones.
    planner = tm.add(tg.Actor("Cash operations planner", role="cash planner"))
    # Maintains the model and promotes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(atms, atm_monitoring, cassette_status, protocol="tls")
tm.flow(atm_monitoring, warehouse, dispense_history, label="nightly export")
tm.flow(atm_monitoring, planner_job, cassette_status, label="current cassette levels")

tm.flow(events_feed, feature_pipeline, events_calendar, protocol="https")
tm.flow(warehouse, feature_pipeline, dispense_history, atm_master, label="nightly batch")
tm.flow(feature_pipeline, feature_store, features)

tm.flow(feature_store, training, features)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="promotes version")
tm.flow(registry, model, weights, label="load promoted version")

tm.flow(feature_store, planner_job, features, label="nightly batch")
tm.flow(warehouse, planner_job, atm_master, label="nightly batch")
tm.flow(planner_job, model, features)
tm.flow(model, planner_job, forecast)

tm.flow(planner_job, console, forecast, orders, label="proposed orders")
tm.flow(console, planner, forecast, orders, protocol="https")
tm.flow(planner, console, order_decision, protocol="https")
tm.flow(console, planner_job, order_decision)

tm.flow(planner_job, cit, orders, protocol="sftp")
tm.flow(cit, planner_job, confirmations, protocol="sftp")
tm.flow(planner_job, warehouse, orders, confirmations)
