"""Heritage building crack monitoring: the first design, before any security review.

A heritage trust fits vibrating-wire crack gauges and tilt sensors to the walls of
old buildings it opens to visitors. The gauges are wired to a battery data logger
in each building, which posts readings every hour over the cellular network (HTTPS,
with a per-logger API key) to an ingestion API in the trust's cloud account. A
scheduled trend service combines the readings with the sensors' calibration and
baselines and local temperature from a weather API, and runs an in-house model that
detects movement trends beyond seasonal thermal cycles. When a trend crosses a
threshold an alerting service sends SMS and e-mail through a messaging provider to
the trust's structural engineer, who reviews the charts on a web dashboard (password
login) and decides whether a building closes to visitors; the decision is recorded
on the dashboard and sent to the building's site manager. The installation
contractor uploads calibration sheets and baselines through the same dashboard.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Heritage building crack monitoring",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Crack and tilt sensors on heritage buildings feed a cloud movement-trend model "
        "that alerts a structural engineer, who decides on closing buildings to visitors."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Crack and tilt readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Crack width in mm, tilt in degrees, sensor temperature and battery level.",
)
logger_config = tg.Data(
    "Logger configuration",
    kind="records",
    description="Reporting interval and sensor channel list returned with each upload's reply.",
)
calibration = tg.Data(
    "Sensor calibration and baselines",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Gauge factors, install positions and baseline readings per sensor.",
)
weather = tg.Data("Local weather observations", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weather_query = tg.Data("Weather query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
movement_features = tg.Data(
    "Movement features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
trend = tg.Data(
    "Movement trend assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-sensor trend rate, thermal-corrected movement and a severity level.",
)
alert = tg.Data(
    "Movement alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Building, sensor, severity and a link to the dashboard chart.",
)
contacts = tg.Data(
    "Staff contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, mobile numbers and e-mail addresses of the engineer and site managers.",
)
closure = tg.Data(
    "Building closure decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Open, restricted or closed to visitors, with the engineer's reasons.",
)
closure_notice = tg.Data(
    "Closure notice",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The engineer's decision as sent to the building's site manager.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Heritage building", trust=tg.Trust.UNTRUSTED):
    # The gauges themselves: fixed to walls in rooms that visitors walk through.
    sensors = tm.add(
        tg.Device(
            "Crack gauges and tilt sensors",
            fleet=True,
            description="Vibrating-wire crack gauges and biaxial tiltmeters, wired to the logger.",
        )
    )
    # One per building: reads the gauges and owns the cellular modem and API key.
    logger = tm.add(
        tg.Device(
            "Building data logger",
            fleet=True,
            description="Battery data logger with a 4G modem, in a cupboard on site.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Temperature explains most seasonal crack opening and closing.
    weather_api = tm.add(
        tg.ExternalService("Weather API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Delivers the alert SMS and e-mails; the trust has no mail or SMS infrastructure.
    messaging = tm.add(tg.ExternalService("SMS and e-mail messaging provider"))
    # Decides closures; works from the office, site visits and home.
    engineer = tm.add(tg.Actor("Structural engineer", role="structural engineer"))
    # Runs the building day to day and closes it to visitors when told.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager"))
    # Installs and calibrates the gauges, then uploads the calibration sheets.
    contractor = tm.add(
        tg.Actor("Installation contractor", role="monitoring contractor", privileged=True)
    )

with tm.boundary("Trust cloud account", trust=tg.Trust.INTERNAL):
    # Receives logger uploads over the cellular network.
    ingestion = tm.add(
        tg.Endpoint(
            "Readings ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-logger API key")},
        )
    )
    # Time series of every reading plus the trend results.
    readings_db = tm.add(
        tg.DataStore(
            "Readings database",
            stores={readings, trend},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Which sensor is where, its calibration, contacts and each building's status.
    register = tm.add(
        tg.DataStore(
            "Building and sensor register",
            stores={calibration, contacts, closure},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs hourly: builds features, calls the model, stores trends, raises alerts.
    trend_service = tm.add(
        tg.Service(
            "Hourly trend analysis job",
            description="Thermal correction, feature building and threshold checks.",
        )
    )
    # The movement-trend model: flags progressive movement, not seasonal cycles.
    trend_model = tm.add(
        tg.Model(
            "Movement trend model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Detects progressive crack opening or tilt beyond thermal cycles.",
        )
    )
    # Turns trend results over threshold, and closure decisions, into messages.
    alerting = tm.add(tg.Service("Alerting service"))
    # Where the engineer reviews trends and records decisions.
    dashboard = tm.add(
        tg.Endpoint(
            "Monitoring dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# On site: the gauges are wired to the logger's input channels.
tm.flow(sensors, logger, readings, label="wired sensor channels")

# Uploads over the cellular network.
tm.flow(logger, ingestion, readings, protocol="https", label="hourly upload over 4G")
tm.flow(ingestion, logger, logger_config, protocol="https", label="upload reply")
tm.flow(ingestion, readings_db, readings)

# Hourly trend analysis.
tm.flow(readings_db, trend_service, readings)
tm.flow(register, trend_service, calibration)
tm.flow(trend_service, weather_api, weather_query, protocol="https")
tm.flow(weather_api, trend_service, weather, protocol="https")
tm.flow(trend_service, trend_model, movement_features)
tm.flow(trend_model, trend_service, trend)
tm.flow(trend_service, readings_db, trend)
tm.flow(trend_service, alerting, alert, label="trend over threshold")

# Alerts to the engineer.
tm.flow(register, alerting, contacts)
tm.flow(alerting, messaging, alert, contacts, protocol="https")
tm.flow(messaging, engineer, alert, protocol="sms", label="SMS and e-mail alert")

# The engineer reviews and decides.
tm.flow(engineer, dashboard, closure, protocol="https", label="records decision")
tm.flow(readings_db, dashboard, readings, trend)
tm.flow(register, dashboard, calibration, closure)
tm.flow(dashboard, engineer, readings, trend, protocol="https", label="trend charts")
tm.flow(dashboard, register, closure)
tm.flow(dashboard, alerting, closure_notice)
tm.flow(alerting, messaging, closure_notice, contacts, protocol="https")
tm.flow(messaging, site_manager, closure_notice, protocol="sms")

# Calibration uploads by the contractor.
tm.flow(contractor, dashboard, calibration, protocol="https", label="calibration sheets")
tm.flow(dashboard, register, calibration)
