"""Compost facility aeration control: the first design, before any security review.

A municipal composting site turns green and food waste into compost in open-air
windrows. Wireless probes in each windrow report temperature and oxygen every few
minutes over LoRaWAN to a radio gateway on the site. An edge server in the site
office runs a control service that combines the readings with a weather forecast,
asks an in-house regression model to predict each windrow's temperature and oxygen
over the next hours, and switches the aeration blowers on or off through the site
PLC (Modbus TCP) to keep the compost inside the pathogen-kill temperature band and
the odour limits of the environmental permit. Readings, predictions and commands are
kept in a process historian, which is the permit record. Operations staff at the
council depot office watch a dashboard and can override blowers; the dashboard sits
behind council single sign-on and logs overrides. The PLC falls back to a fixed timer
cycle when commands stop. The PLC integrator keeps remote access through a 4G router.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Compost facility aeration control",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Model-predictive on/off control of windrow aeration blowers at a municipal "
        "composting site, to meet pathogen-kill and odour limits of the site permit."
    ),
)

# ---------------------------------------------------------------- data assets
probe_readings = tg.Data(
    "Windrow probe readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature at two depths and oxygen percentage per probe.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
model_inputs = tg.Data(
    "Windrow features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recent readings, blower run history, pile age and forecast per windrow.",
)
predictions = tg.Data(
    "Predicted temperature and oxygen",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
blower_commands = tg.Data(
    "Blower on/off commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
blower_status = tg.Data("Blower run status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
process_history = tg.Data(
    "Process history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Time-temperature records kept as evidence of pathogen kill for the permit.",
)
override = tg.Data(
    "Staff override",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Force a blower on or off, or hand a windrow back to automatic control.",
)
model_artifact = tg.Data(
    "Aeration model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient-boosting model saved with joblib.",
)
plc_program = tg.Data("PLC program changes", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hourly forecast of air temperature, rain and wind, which drive pile cooling and odour.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary(
    "Compost yard",
    trust=tg.Trust.UNTRUSTED,
    description="Fenced outdoor yard; the public green-waste drop-off shares it on weekends.",
):
    # Battery probes pushed into each windrow; they are moved when piles are turned.
    probes = tm.add(tg.Device("Windrow temperature and oxygen probes", fleet=True))

with tm.boundary("PLC integrator", trust=tg.Trust.PARTNER):
    # The contractor who wrote the PLC program and supports it remotely.
    integrator = tm.add(tg.Actor("PLC integrator engineer", role="contractor", privileged=True))

with tm.boundary("Site network", trust=tg.Trust.INTERNAL, description="Site office LAN."):
    # Receives the probes' LoRaWAN uplinks and forwards them to the control service.
    gateway = tm.add(tg.Service("LoRaWAN radio gateway"))
    # Runs every five minutes: builds features, calls the model, decides blower states.
    control = tm.add(
        tg.Service(
            "Aeration control service",
            description="Python service on the site edge server.",
            controls={
                c.InputValidation(note="drops readings outside 0-95 C or 0-21 % oxygen"),
            },
        )
    )
    # Predicts each windrow's core temperature and oxygen for the next six hours.
    model = tm.add(
        tg.Model(
            "Windrow prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Loaded from a file share on the edge server at service start.",
        )
    )
    # The permit record: readings, predictions, commands and overrides.
    historian = tm.add(
        tg.DataStore(
            "Process historian",
            stores={process_history, probe_readings, predictions},
            controls={c.DataVersioning(note="nightly backup to the council file server")},
        )
    )
    # Web dashboard on the edge server, used from the depot office over the council WAN.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council single sign-on (Entra ID)"),
                c.AuditLogging(retention_days=730, note="overrides are logged with the user"),
            },
        )
    )
    # Vendor 4G router that gives the integrator remote access to the PLC.
    router = tm.add(
        tg.Service(
            "4G remote access router",
            controls={c.Authentication(method="vendor cloud portal username and password")},
        )
    )

    with tm.boundary("Plant control", trust=tg.Trust.RESTRICTED):
        # Switches blower contactors; the existing timer program is kept as fallback.
        plc = tm.add(
            tg.Service(
                "Site PLC",
                controls={
                    c.SafetyLimits(
                        limits=(
                            "PLC reverts to a fixed 15 min on / 15 min off cycle when no "
                            "command arrives for 10 minutes; at most 6 starts per hour per "
                            "blower; motor overload trips are hardwired"
                        )
                    )
                },
            )
        )
        # One blower per windrow bay, pushing air through perforated pipes under the pile.
        blowers = tm.add(tg.Device("Aeration blowers", fleet=True))

with tm.boundary("Council office network", trust=tg.Trust.INTERNAL):
    # Site supervisor and operatives at the depot office; they can override blowers.
    staff = tm.add(tg.Actor("Site operations staff", role="operator"))
    # A council analyst retrains the model each season from the historian export.
    retraining = tm.add(
        tg.Pipeline(
            "Seasonal model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Jupyter notebook on an analyst workstation.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(probes, gateway, probe_readings, protocol="lorawan", label="uplink every 5 min")
tm.flow(gateway, control, probe_readings, protocol="mqtt")
tm.flow(control, weather, label="forecast request", protocol="https")
tm.flow(weather, control, forecast, protocol="https")

tm.flow(control, model, model_inputs, protocol="local")
tm.flow(model, control, predictions, protocol="local")

tm.flow(control, plc, blower_commands, protocol="modbus", label="write coil per blower")
tm.flow(plc, control, blower_status, protocol="modbus", label="read run feedback")
tm.flow(plc, blowers, blower_commands, label="hardwired contactor outputs")
tm.flow(blowers, plc, blower_status, label="run and trip contacts")

tm.flow(control, historian, probe_readings, predictions, blower_commands, override)

tm.flow(historian, dashboard, process_history, probe_readings, predictions)
tm.flow(dashboard, staff, process_history, predictions, protocol="https")
tm.flow(staff, dashboard, override, protocol="https")
tm.flow(dashboard, control, override, label="manual override")

tm.flow(historian, retraining, process_history, protocol="smb", label="CSV export")
tm.flow(retraining, model, model_artifact, protocol="smb", label="copy to edge file share")

tm.flow(integrator, router, plc_program, protocol="https", label="remote session")
tm.flow(router, plc, plc_program, label="programming connection")
tm.flow(plc, router, blower_status, label="diagnostics")
