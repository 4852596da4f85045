"""Canal lock water level advisor: the first design, before any security review.

A waterways charity runs a flight of canal locks whose top pound is fed from
reservoirs. Counters on each lock report passages over cellular modems; the
reservoir level sensors and the sluice gates sit on the charity's own
telemetry network, which a gateway links to the charity's cloud tenancy over
an IPsec VPN. A Met Office rainfall feed is pulled hourly. A regression model,
retrained monthly from the telemetry history, predicts pound and reservoir
levels; an advisory service turns the forecast into advice for the duty lock
keeper: restrict passages, or open a reservoir sluice. The keeper decides,
publishes any restriction (which boaters see in the charity's app) and operates
the sluices in person from the control panel on site. Controls in this design:
staff sign-in with MFA on the keeper dashboard, per-counter API keys, TLS on
cloud links, the VPN, and limit switches on the sluice gates.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Canal lock water level advisor",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts pound and reservoir levels and advises the duty lock keeper "
    "on passage restrictions and sluice openings.",
)

# ---------------------------------------------------------------- data assets
lock_counts = tg.Data(
    "Lock usage counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rainfall = tg.Data(
    "Rainfall observations and forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
levels = tg.Data(
    "Reservoir and pound levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sluice_state = tg.Data("Sluice gate positions", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sluice_command = tg.Data(
    "Sluice gate commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data("Telemetry history", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Level training history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Water level model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient boosting model saved with joblib.",
)
model_features = tg.Data("Forecast inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Water level forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
advice = tg.Data(
    "Passage and sluice advice", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
restriction = tg.Data(
    "Navigation restriction decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
notices = tg.Data("Published navigation notices", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
notice_query = tg.Data("Notice lookup request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Boaters check restrictions in the charity's app before heading for the flight.
    boater = tm.add(tg.Actor("Boater", role="boater"))

with tm.boundary("Lockside and cellular network", trust=tg.Trust.UNTRUSTED):
    # Battery counters on each lock beam, on the open towpath, with cellular modems.
    counters = tm.add(
        tg.Device(
            "Lock usage counters",
            fleet=True,
            description="One per lock; counts gate cycles and posts totals every 15 minutes.",
        )
    )

with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # Rainfall is the other driver of pound levels besides lockage.
    rain_feed = tm.add(
        tg.DataSource("Rainfall data feed", origin=tg.Origin.VENDOR, provides={rainfall})
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives counter posts, VPN telemetry and the rainfall pull, and stores them.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={tg.controls.Authentication(method="per-counter API keys")},
        )
    )
    # Time series of counts, levels, sluice positions and rainfall.
    historian = tm.add(
        tg.DataStore(
            "Telemetry historian",
            stores={history},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly job that refits the level model on the last few years of history.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Predicts pound and reservoir levels 6 to 48 hours ahead.
    level_model = tm.add(
        tg.Model(
            "Water level model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Low pounds strand boats; high ones overtop lock walls and flood towpaths.",
        )
    )
    # Turns the forecast into advice against the flight's operating thresholds.
    advisory = tm.add(
        tg.Service(
            "Advisory service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="duty lock keeper",
                    note="advice only: the keeper decides and acts on every restriction and sluice move",
                )
            },
        )
    )
    # Where the duty keeper reads advice and publishes restrictions.
    dashboard = tm.add(
        tg.Endpoint(
            "Keeper dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Microsoft Entra ID with MFA"),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Current stoppages and restrictions for the whole network.
    notice_store = tm.add(tg.DataStore("Navigation notices store", stores={notices}))
    # Public API behind the boaters' app.
    notices_api = tm.add(tg.Endpoint("Restrictions API", purpose=tg.EndpointPurpose.API))

with tm.boundary("Lock flight site", trust=tg.Trust.INTERNAL):
    # The duty lock keeper works from the lock cottage office at the flight.
    keeper = tm.add(tg.Actor("Duty lock keeper", role="lock keeper", privileged=True))

    with tm.boundary("Telemetry network", trust=tg.Trust.RESTRICTED):
        # Ultrasonic level sensors in the reservoirs and the top pound.
        level_sensors = tm.add(tg.Device("Reservoir level sensors", fleet=True))
        # Collects telemetry on site and forwards it to the cloud over the VPN.
        gateway = tm.add(tg.Service("Telemetry gateway"))
        # Staff operate the sluices from this panel in the control kiosk.
        panel = tm.add(tg.Service("Sluice control panel"))
        # PLC driving the reservoir sluice gate actuators.
        sluice_plc = tm.add(
            tg.Service(
                "Sluice gate controller",
                controls={
                    tg.controls.SafetyLimits(
                        limits="gate travel limit switches; maximum opening set in the PLC"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# field telemetry
tm.flow(counters, ingestion, lock_counts, protocol="https", label="cellular modem post")
tm.flow(level_sensors, gateway, levels, protocol="modbus")
tm.flow(sluice_plc, gateway, sluice_state, protocol="modbus")
tm.flow(gateway, ingestion, levels, sluice_state, protocol="ipsec", label="site VPN")
tm.flow(rain_feed, ingestion, rainfall, protocol="https", label="hourly pull")
tm.flow(ingestion, historian, history)

# training and forecasting
tm.flow(historian, retraining, training_set)
tm.flow(retraining, level_model, artifact, label="deploy")
tm.flow(historian, advisory, history, label="latest readings")
tm.flow(advisory, level_model, model_features)
tm.flow(level_model, advisory, forecast)
tm.flow(advisory, dashboard, advice)

# the keeper decides
tm.flow(dashboard, keeper, advice, forecast, protocol="https")
tm.flow(keeper, dashboard, restriction, protocol="https")
tm.flow(dashboard, notice_store, notices)
tm.flow(notice_store, notices_api, notices)
tm.flow(boater, notices_api, notice_query, protocol="https")
tm.flow(notices_api, boater, notices, protocol="https")

# sluice operation on site
tm.flow(keeper, panel, sluice_command, label="on the panel")
tm.flow(panel, keeper, sluice_state, levels, label="on the panel")
tm.flow(panel, sluice_plc, sluice_command, protocol="modbus")
tm.flow(sluice_plc, panel, sluice_state, protocol="modbus")
tm.flow(gateway, panel, levels, protocol="modbus")
