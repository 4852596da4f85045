"""Electric ferry charge scheduler: the first design, before any security review.

A ferry operator runs two battery-electric ferries on a short crossing. In the
operator's cloud, a charge scheduler asks an in-house model how much energy each
crossing will use, from the timetable, the weather forecast and the booked
passenger and vehicle load, and sends a charge plan (power and duration) for every
berth call to the charger management system at the terminal, which sets the two
shore chargers over OCPP. Each ferry's battery management system enforces its own
current, voltage and temperature limits on the ship-shore link. The duty master can
override a charge from the wheelhouse tablet through a crew API that signs the crew
in. A telemetry gateway on each ferry reports energy used per crossing for weekly
retraining. The charger vendor monitors the chargers remotely over a site-to-site
VPN into the charger management system.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Electric ferry charge scheduler",
    profile=tg.RiskProfile.HIGH,
    description="Predicts each crossing's energy use and sets shore-charger power and duration.",
)

# ---------------------------------------------------------------- data assets
timetable = tg.Data("Crossing timetable", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
forecast = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
load = tg.Data(
    "Booked passenger and vehicle load",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Counts and vehicle weights per departure; no names.",
)
features = tg.Data("Crossing features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
prediction = tg.Data(
    "Predicted crossing energy", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
plan = tg.Data(
    "Charge plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Charge power and duration per berth call.",
)
setpoint = tg.Data(
    "Charging profile",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="OCPP charging profile: power limit and schedule for one session.",
)
charger_status = tg.Data(
    "Charger status and meter values", sensitivity=tg.Sensitivity.INTERNAL, kind="logs"
)
battery_limits = tg.Data(
    "Battery state and charge current limit",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
energy_log = tg.Data(
    "Crossing energy log",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Energy used, state of charge and conditions per crossing.",
)
weights = tg.Data("Energy model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
override = tg.Data(
    "Charging override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Duty master's stop, start or power change for the current berth call.",
)
crew_login = tg.Data(
    "Crew sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
vendor_commands = tg.Data(
    "Vendor remote commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Charger resets, configuration changes and firmware updates.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial marine weather forecast: wind, waves and temperature on the crossing.
    weather = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Charger vendor", trust=tg.Trust.PARTNER):
    # The charger maker's service centre, which watches the chargers and can reset,
    # reconfigure and update them.
    vendor = tm.add(tg.ExternalService("Charger vendor remote monitoring", provides="generic"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # The operator's planning system: the published timetable.
    timetable_sys = tm.add(
        tg.DataSource("Timetable system", origin=tg.Origin.INTERNAL, provides={timetable})
    )
    # The ticketing system: bookings per departure, as counts and vehicle weights.
    booking = tm.add(tg.DataSource("Booking system", origin=tg.Origin.INTERNAL, provides={load}))
    # Builds the features, asks the model and turns predictions into charge plans.
    scheduler = tm.add(
        tg.Service(
            "Charge scheduler",
            description="Plans every berth call's charge; applies duty master overrides.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Predicts the energy each crossing will use.
    energy_model = tm.add(
        tg.Model(
            "Crossing energy model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression on timetable, weather and load.",
        )
    )
    # History of crossings the model learns from.
    history = tm.add(tg.Dataset("Crossing energy history", stores={energy_log}))
    # Retrains the model every week on the latest crossings and deploys it.
    retraining = tm.add(tg.Pipeline("Weekly model retraining", stage=tg.Stage.TRAINING))
    # What the wheelhouse tablet talks to; signs the crew in.
    crew_api = tm.add(
        tg.Endpoint(
            "Crew override API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared crew account and password")},
        )
    )

with tm.boundary("Terminal OT network", trust=tg.Trust.RESTRICTED):
    # The chargers' supervisory system at the terminal; takes plans from the cloud.
    cms = tm.add(
        tg.Service(
            "Charger management system",
            controls={c.Authentication(method="API key")},
        )
    )
    # The shore chargers, one at each berth.
    charger_a = tm.add(tg.Device("Shore charger berth A", fleet=False))
    charger_b = tm.add(tg.Device("Shore charger berth B", fleet=False))

with tm.boundary("Ferry", trust=tg.Trust.INTERNAL):
    # Who is in charge on the bridge, and may override charging.
    duty_master = tm.add(tg.Actor("Duty master", role="ship's officer", privileged=True))
    # Tablet in the wheelhouse running the operator's crew app.
    tablet = tm.add(tg.Device("Wheelhouse tablet"))
    # Reads the battery system and reports energy used per crossing over 4G.
    gateway = tm.add(tg.Device("Vessel telemetry gateway"))

    with tm.boundary("Ship power control", trust=tg.Trust.RESTRICTED):
        # Each ferry's battery management system; it protects the battery whatever the
        # chargers send.
        bms = tm.add(
            tg.Device(
                "Ferry battery management system",
                controls={
                    c.SafetyLimits(
                        limits="cell voltage, temperature and maximum charge current; "
                        "opens the charging contactor outside them"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(timetable_sys, scheduler, timetable)
tm.flow(booking, scheduler, load)
tm.flow(weather, scheduler, forecast, protocol="https")
tm.flow(scheduler, energy_model, features)
tm.flow(energy_model, scheduler, prediction)

tm.flow(scheduler, cms, plan, protocol="https")
tm.flow(cms, scheduler, charger_status, protocol="https")
tm.flow(cms, charger_a, setpoint, protocol="wss", label="OCPP")
tm.flow(charger_a, cms, charger_status, protocol="wss", label="OCPP")
tm.flow(cms, charger_b, setpoint, protocol="wss", label="OCPP")
tm.flow(charger_b, cms, charger_status, protocol="wss", label="OCPP")

tm.flow(bms, charger_a, battery_limits, protocol="modbus", label="ship-shore link")
tm.flow(charger_a, bms, charger_status, protocol="modbus", label="ship-shore link")
tm.flow(bms, charger_b, battery_limits, protocol="modbus", label="ship-shore link")
tm.flow(charger_b, bms, charger_status, protocol="modbus", label="ship-shore link")

tm.flow(duty_master, tablet, override)
tm.flow(tablet, crew_api, crew_login, override, protocol="https")
tm.flow(crew_api, tablet, plan, charger_status, protocol="https")
tm.flow(crew_api, scheduler, override)
tm.flow(scheduler, crew_api, plan, charger_status)

tm.flow(bms, gateway, battery_limits, energy_log, protocol="modbus")
tm.flow(gateway, history, energy_log, protocol="mqtts")
tm.flow(scheduler, history, energy_log, label="conditions and plan per crossing")
tm.flow(history, retraining, energy_log)
tm.flow(retraining, energy_model, weights, label="deploy")

tm.flow(cms, vendor, charger_status, protocol="ipsec", label="remote monitoring")
tm.flow(vendor, cms, vendor_commands, protocol="ipsec", label="remote maintenance")
