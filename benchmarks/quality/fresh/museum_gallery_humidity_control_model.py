"""Gallery humidity control model for a national museum: the first design.

Temperature and relative-humidity sensors in each picture gallery report to the
building management system (BMS) over BACnet. A forecasting model on a server in
the estates network predicts each gallery's humidity from the BMS trend history,
the weather forecast and the ticketing system's expected visitor numbers, and a
setpoint scheduler on the same server writes humidifier and air-handling
setpoints to the BMS over BACnet/IP ahead of visitor peaks and weather changes.
The scheduler only writes values inside the conservation band it is configured
with. Conservators get alerts by e-mail and use a small web console to lock a
gallery to fixed setpoints. The model is retrained monthly and back-tested
before it replaces the old one. The BMS vendor supports the system remotely
through the estates VPN and an RDP session to the BMS supervisor; the BMS keeps
an event log of setpoint changes, and the steam humidifiers have high-limit cut-outs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum gallery humidity control model",
    profile=tg.RiskProfile.HIGH,
    description="Forecast-driven humidity setpoints for galleries holding paintings.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Gallery sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
trend = tg.Data(
    "Gallery trend history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
visitors = tg.Data("Expected visitor numbers", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Gallery humidity forecast", kind="model-output")
setpoints = tg.Data(
    "Humidity and air-handling setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data(
    "Plant commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lock = tg.Data(
    "Gallery setpoint lock",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alerts = tg.Data("Conservation alerts", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Humidity model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
vendor_changes = tg.Data("BMS maintenance changes", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National weather service forecast API.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("BMS vendor", trust=tg.Trust.PARTNER):
    # The BMS supplier's support engineer, who maintains the control strategy.
    vendor_engineer = tm.add(
        tg.Actor("BMS vendor service engineer", role="service engineer", privileged=True)
    )

with tm.boundary("Museum corporate network", trust=tg.Trust.INTERNAL):
    # Ticketing system: timed-entry bookings give the expected visitors per gallery.
    ticketing = tm.add(
        tg.DataSource("Ticketing system", origin=tg.Origin.INTERNAL, provides={visitors})
    )
    # Conservators own the environmental limits for the paintings.
    conservator = tm.add(tg.Actor("Conservator", role="conservator"))
    # The museum's mail server, which delivers alerts to conservators.
    mail = tm.add(tg.Service("Museum mail server"))

with tm.boundary("Estates network", trust=tg.Trust.INTERNAL):
    # Where the vendor's VPN sessions arrive.
    vpn = tm.add(
        tg.Service(
            "Estates VPN gateway",
            controls={c.Authentication(method="vendor VPN account with certificate and password")},
        )
    )
    # Forecasting model: humidity per gallery for the next 24 hours.
    model = tm.add(
        tg.Model(
            "Gallery humidity forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees saved with joblib; loaded by the scheduler.",
        )
    )
    # Turns forecasts into setpoints, honours conservator locks, raises alerts.
    scheduler = tm.add(
        tg.Service(
            "Setpoint scheduler",
            description="Clamps setpoints to the configured conservation band before writing.",
        )
    )
    # Keeps the BMS trend log copy the model learns from.
    history = tm.add(tg.DataStore("Sensor history database", stores={trend}))
    # Monthly retraining from the history.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="back-test on the last month before replacing")},
        )
    )
    # Web console where conservators see alerts and lock galleries.
    console = tm.add(
        tg.Service(
            "Conservation console",
            controls={c.Authentication(method="museum Active Directory sign-in")},
        )
    )

    with tm.boundary("BMS network", trust=tg.Trust.RESTRICTED):
        # The BMS supervisor and its outstation controllers.
        bms = tm.add(
            tg.Service(
                "Building management system (BMS)",
                controls={c.AuditLogging(note="BMS event log of setpoint changes")},
            )
        )
        # Sensors in each gallery.
        sensors = tm.add(tg.Device("Gallery RH and temperature sensors"))
        # Steam humidifiers and air handling units serving the galleries.
        plant = tm.add(
            tg.Device(
                "Gallery humidifiers and air handling units",
                controls={
                    c.SafetyLimits(
                        limits="duct high-limit humidistat cuts each steam humidifier at 90% RH"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(sensors, bms, readings, protocol="bacnet")
tm.flow(bms, plant, commands, protocol="bacnet")
tm.flow(plant, bms, readings, protocol="bacnet", label="plant status")

tm.flow(bms, scheduler, readings, protocol="bacnet", label="current readings")
tm.flow(bms, history, trend, protocol="bacnet", label="trend log export")
tm.flow(weather_api, scheduler, weather, protocol="https")
tm.flow(ticketing, scheduler, visitors, protocol="https")
tm.flow(scheduler, model, readings, weather, visitors, protocol="local")
tm.flow(model, scheduler, forecast, protocol="local")
tm.flow(scheduler, bms, setpoints, protocol="bacnet", label="setpoint writes")

tm.flow(history, retraining, trend)
tm.flow(weather_api, retraining, weather, protocol="https", label="historical weather")
tm.flow(retraining, model, weights, label="monthly model file")

tm.flow(scheduler, mail, alerts, protocol="smtp")
tm.flow(mail, conservator, alerts, protocol="https")
tm.flow(scheduler, console, alerts, forecast, protocol="https")
tm.flow(console, conservator, alerts, forecast, protocol="https")
tm.flow(conservator, console, lock, protocol="https")
tm.flow(console, scheduler, lock, protocol="https")

tm.flow(vendor_engineer, vpn, vendor_changes, protocol="ipsec")
tm.flow(vpn, bms, vendor_changes, protocol="rdp")
