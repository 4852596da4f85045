"""Solar farm inverter optimizer: the first design, before any security review.

We operate a dozen utility-scale solar farms. A model in our control centre
predicts each farm's output from a commercial weather forecast and recent plant
telemetry, and proposes active and reactive power setpoints for the inverters
that respect the grid operator's curtailment and voltage signals. A dispatch
service clamps the proposals to each site's grid-code limits and sends them to
a SCADA gateway at every farm over a site-to-site IPsec VPN (DNP3); the gateway
writes them to the inverters over Modbus on the plant LAN and reports telemetry
back, which the historian keeps. Control-room engineers watch everything on the
operator HMI (domain login, role-based, every override logged) and can override
any site's setpoints. The model is retrained monthly from the historian in the
analytics environment and published to a model registry with version pinning.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Solar farm inverter optimizer",
    profile=tg.RiskProfile.HIGH,
    description="Model-driven inverter setpoints across solar farms, "
    "from weather forecasts and grid signals, with engineer override.",
)

# ---------------------------------------------------------------- data assets
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="high"),
    description="Irradiance, cloud cover and temperature per site, hourly for 48 h.",
)
grid_signals = tg.Data(
    "Grid operator signals",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Curtailment limits, voltage and reactive power targets per connection point.",
)
telemetry = tg.Data(
    "Plant telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Inverter power, voltage, temperature and status, every few seconds.",
)
features = tg.Data("Optimizer features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
proposals = tg.Data(
    "Proposed setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Inverter setpoint commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Active power limit and reactive power setpoint per inverter.",
)
overrides = tg.Data(
    "Engineer overrides",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_view = tg.Data("Plant status view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Historical training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Optimizer model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial numerical weather forecast, bought per site.
    weather = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Grid operator", trust=tg.Trust.PARTNER):
    # The distribution/transmission operator's curtailment and voltage instructions.
    grid = tm.add(
        tg.DataSource(
            "Grid operator signal feed", origin=tg.Origin.PARTNER, provides={grid_signals}
        )
    )

with tm.boundary("Control centre", trust=tg.Trust.INTERNAL):
    # Pulls forecasts and grid signals, receives site telemetry, builds features.
    ingestion = tm.add(
        tg.Pipeline(
            "Signal ingestion service",
            stage=tg.Stage.PREPROCESSING,
            description="Runs every five minutes and on each new grid signal.",
        )
    )
    # Time-series store of all plant telemetry and the signals we acted on.
    historian = tm.add(tg.DataStore("Plant historian", stores={telemetry, grid_signals, forecast}))
    # Predicts output and proposes setpoints per inverter block.
    optimizer = tm.add(
        tg.Model(
            "Setpoint optimizer model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted forecaster plus a constrained optimizer.",
        )
    )

    with tm.boundary("Operations control zone", trust=tg.Trust.RESTRICTED):
        # Turns proposals and overrides into commands; overrides win.
        dispatch = tm.add(
            tg.Service(
                "Dispatch service",
                controls={
                    c.InputValidation(note="clamps setpoints to each site's grid-code limits")
                },
            )
        )
        # Where engineers see the plants and override setpoints.
        hmi = tm.add(
            tg.Service(
                "Operator HMI",
                controls={
                    c.Authentication(method="Active Directory login"),
                    c.RBAC(note="view-only and operator roles"),
                    c.AuditLogging(retention_days=730),
                },
            )
        )
        # Control-room engineer on shift.
        engineer = tm.add(tg.Actor("Control-room engineer", role="operator", privileged=True))

with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
    # Monthly retraining on historian extracts.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; serving pins a version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Data scientist who approves a new version for the control centre.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Solar site OT network", trust=tg.Trust.INTERNAL):
    # One per farm: the only path between the control centre and the inverters.
    gateway = tm.add(tg.Service("Site SCADA gateway", description="One per farm, unmanned site."))
    # The string and central inverters of every farm.
    inverters = tm.add(tg.Device("Inverters", fleet=True))

# ---------------------------------------------------------------- flows
vpn = c.EncryptionInTransit(protocol="IPsec site-to-site VPN")

# inputs
tm.flow(weather, ingestion, forecast, protocol="https")
tm.flow(grid, ingestion, grid_signals, protocol="https")
tm.flow(ingestion, historian, telemetry, grid_signals, forecast)
tm.flow(ingestion, optimizer, features)

# control path to the inverters
tm.flow(optimizer, dispatch, proposals)
tm.flow(dispatch, gateway, setpoints, protocol="dnp3", controls={vpn})
tm.flow(gateway, inverters, setpoints, protocol="modbus")
tm.flow(inverters, gateway, telemetry, protocol="modbus")
tm.flow(gateway, ingestion, telemetry, protocol="dnp3", controls={vpn})

# engineer oversight and override
tm.flow(historian, hmi, telemetry)
tm.flow(dispatch, hmi, setpoints, label="active setpoints")
tm.flow(hmi, engineer, plant_view)
tm.flow(engineer, hmi, overrides)
tm.flow(hmi, dispatch, overrides)

# retraining and release
tm.flow(historian, training, training_set, label="monthly extract")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, label="approves version")
tm.flow(registry, optimizer, weights, label="deploy pinned version")
