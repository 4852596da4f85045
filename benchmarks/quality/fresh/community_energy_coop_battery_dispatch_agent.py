"""Community energy co-op battery dispatch agent: the first design.

The co-operative owns a shared battery beside its solar field. A dispatch agent
in the co-op's cloud account decides every half hour when to charge and
discharge it. It is an optimiser, not a language model: it weighs wholesale
price forecasts bought from a market data vendor, flexibility events the
distribution network operator sends, and a net-load forecast made by a model
trained on members' half-hourly smart meter reads and solar output. Its
setpoints go to an on-site controller over a TLS link; the controller drives
the battery inverter over Modbus, and the battery's own management system keeps
charge and temperature within limits whatever it is told. The site engineer can
pause the agent or force a setpoint from a phone app that signs in to an
override API with e-mail and password. Members are in the UK, so their meter
reads are personal data under UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community energy co-op battery dispatch agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Automated charge/discharge scheduling of a co-op's shared battery.",
)

# ---------------------------------------------------------------- data assets
price_forecast = tg.Data(
    "Wholesale price forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
flex_event = tg.Data(
    "Flexibility event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="DNO request to cap export or import, or to discharge, for a window.",
)
event_response = tg.Data("Flexibility event response", kind="records")
meter_reads = tg.Data(
    "Members' half-hourly meter reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
site_telemetry = tg.Data(
    "Site telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Battery state of charge, inverter power, solar generation, grid import/export.",
)
load_forecast = tg.Data(
    "Net load forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
forecast_weights = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
setpoints = tg.Data(
    "Dispatch setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data("Engineer override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dispatch_status = tg.Data("Dispatch status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
app_login = tg.Data("Engineer app login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The co-op's one site engineer, on call, usually away from the site.
    engineer = tm.add(tg.Actor("Site engineer", role="site engineer", privileged=True))
    # The engineer's own phone running the co-op's override app.
    phone_app = tm.add(tg.Device("Engineer phone app", fleet=False))

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # Day-ahead and intraday price forecasts bought as a subscription.
    price_vendor = tm.add(
        tg.ExternalService("Price forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Distribution network operator", trust=tg.Trust.PARTNER):
    # The DNO's flexibility platform, which sends constraint and dispatch events.
    dno = tm.add(tg.ExternalService("DNO flexibility platform"))

with tm.boundary("Meter data provider", trust=tg.Trust.PARTNER):
    # Members' smart meter reads, shared with their consent through a data agent.
    meter_data = tm.add(
        tg.DataSource(
            "Member smart meter reads",
            origin=tg.Origin.PARTNER,
            provides={meter_reads},
            description="Daily file of the previous day's half-hourly reads.",
        )
    )

with tm.boundary("Co-op cloud", trust=tg.Trust.INTERNAL):
    # Decides charge/discharge every half hour from forecasts, events and telemetry.
    dispatch = tm.add(
        tg.Service(
            "Battery dispatch agent",
            description="Linear-programming optimiser over prices, forecasts and DNO events; no language model.",
        )
    )
    # Predicts the site's net load (members' demand minus solar) for the next 48 hours.
    forecast_model = tm.add(tg.Model("Net load forecast model", task=tg.Task.REGRESSOR))
    # Time-series store of telemetry, meter reads and every dispatch decision.
    historian = tm.add(
        tg.DataStore(
            "Energy historian",
            stores={site_telemetry, meter_reads, setpoints},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Weekly retraining of the forecast model.
    training = tm.add(tg.Pipeline("Weekly forecast retraining", stage=tg.Stage.TRAINING))
    # API the phone app calls to pause the agent or force a setpoint.
    override_api = tm.add(
        tg.Endpoint(
            "Override API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Battery site", trust=tg.Trust.INTERNAL):
    # Site controller: receives setpoints and reports telemetry to the cloud.
    site_controller = tm.add(tg.Service("Site battery controller"))
    # The battery inverter and its battery management system.
    inverter = tm.add(
        tg.Device(
            "Battery inverter and BMS",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="BMS holds state of charge between 10% and 95%, caps charge rate "
                    "and trips on cell over-temperature"
                )
            },
        )
    )
    # Solar field inverters, read for generation figures.
    solar = tm.add(tg.Device("Solar field inverters", fleet=True))

# ---------------------------------------------------------------- flows
# inputs to the agent
tm.flow(price_vendor, dispatch, price_forecast, protocol="https")
tm.flow(dno, dispatch, flex_event, protocol="https", label="OpenADR event notifications")
tm.flow(dispatch, dno, event_response, protocol="https")
tm.flow(meter_data, historian, meter_reads, protocol="sftp", label="daily file")

# forecasting
tm.flow(historian, training, meter_reads, site_telemetry, label="weekly export")
tm.flow(training, forecast_model, forecast_weights, label="deploy")
tm.flow(historian, forecast_model, site_telemetry, meter_reads)
tm.flow(forecast_model, dispatch, load_forecast)

# dispatch to site and telemetry back
tm.flow(dispatch, site_controller, setpoints, protocol="MQTT over TLS")
tm.flow(site_controller, dispatch, site_telemetry, protocol="MQTT over TLS")
tm.flow(site_controller, inverter, setpoints, protocol="modbus")
tm.flow(inverter, site_controller, site_telemetry, protocol="modbus")
tm.flow(solar, site_controller, site_telemetry, protocol="modbus")
tm.flow(dispatch, historian, site_telemetry, setpoints)

# engineer override
tm.flow(engineer, phone_app, app_login, override)
tm.flow(phone_app, override_api, app_login, override, protocol="https")
tm.flow(override_api, phone_app, dispatch_status, protocol="https")
tm.flow(phone_app, engineer, dispatch_status)
tm.flow(override_api, dispatch, override)
tm.flow(dispatch, override_api, dispatch_status)
