"""Tower crane wind and load monitoring: the first design, before any security review.

A construction firm fits each tower crane with a jib anemometer and taps the crane's
own load moment indicator for hook load and radius. A small edge gateway in the crane
mast collects the readings and the operator's badge sign-in at the cab display, and
sends them over 4G (MQTT over TLS, one X.509 certificate per gateway) to the firm's
cloud monitoring platform. There a warning service combines recent telemetry with a
weather provider's gust forecast and asks an in-house classifier whether the current
wind and load combination is unsafe. Warnings go back to the cab display for the crane
operator and, by SMS through a messaging provider, to the site manager, who also sees
history on a web dashboard (company SSO with MFA) and files near-miss reports there.
Telemetry, warnings and near misses are kept to retrain the model; the crane's own
rated capacity limiter stays in place and the model never commands the crane.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crane wind and load monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Warns tower crane operators and site managers of unsafe wind and load combinations.",
)

# ---------------------------------------------------------------- data assets
wind = tg.Data(
    "Wind speed readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Mean wind and 3-second gust at the jib, once a second.",
)
load = tg.Data(
    "Hook load and radius readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_in = tg.Data(
    "Operator badge sign-in",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Operator's badge number and shift start/end, entered at the cab display.",
)
telemetry = tg.Data(
    "Crane telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Batched wind, load and slew readings tagged with crane id and operator badge.",
)
forecast = tg.Data("Gust forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data("Wind and load features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk_score = tg.Data(
    "Unsafe combination risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
warning = tg.Data(
    "Unsafe wind and load warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgement = tg.Data("Warning acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
sms_alert = tg.Data("SMS warning alert", kind="documents", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Warning and telemetry history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-crane readings, warnings and acknowledgements with operator badge numbers.",
)
near_miss = tg.Data(
    "Near-miss reports",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_data = tg.Data(
    "Historical telemetry training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
artifact = tg.Data("Risk model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Construction site", trust=tg.Trust.INTERNAL):
    # Drives the crane; sees the warnings in the cab and acknowledges them.
    operator = tm.add(tg.Actor("Crane operator", role="crane operator"))
    # Responsible for lifting operations on site; gets SMS warnings, uses the dashboard.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager"))
    # Cup anemometer at the jib tip, one per crane: the wind input.
    anemometer = tm.add(
        tg.Device("Jib anemometer", description="Wired to the edge gateway over RS-485.")
    )
    # The crane maker's own load moment indicator; we read hook load and radius from it.
    lmi = tm.add(
        tg.Device(
            "Load moment indicator",
            description="Crane manufacturer's LMI; its rated capacity limiter is independent of us.",
            controls={
                c.SafetyLimits(
                    limits="manufacturer's rated capacity limiter cuts hoist-up and trolley-out "
                    "at 100% of the load chart, whatever our system says"
                )
            },
        )
    )
    # Panel in the cab: operator badge sign-in, shows warnings, takes acknowledgements.
    cab_display = tm.add(tg.Device("Cab warning display"))
    # Linux box in the mast with a 4G modem: collects readings, relays warnings down.
    gateway = tm.add(
        tg.Service(
            "Crane edge gateway",
            description="Buffers readings for 24 h when the 4G link drops; relays warnings to the cab.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial weather API: site-specific gust forecast for the next 6 hours.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SMS aggregator that texts warnings to site managers.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Monitoring cloud", trust=tg.Trust.INTERNAL):
    # Managed IoT broker endpoint the gateways publish to.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            description="Managed MQTT broker; accepts only registered gateway certificates.",
        )
    )
    # Time-series database: all readings, warnings, acknowledgements and near misses.
    store = tm.add(
        tg.DataStore(
            "Telemetry database",
            stores={telemetry, history, near_miss},
            controls={c.EncryptionAtRest(key_management="cloud KMS, provider-managed key")},
        )
    )
    # Every 10 s per crane: builds features, asks the model, decides and sends warnings.
    warning_service = tm.add(
        tg.Service(
            "Warning service",
            description="Combines the last 10 minutes of readings with the gust forecast.",
        )
    )
    # In-house classifier flagging unsafe wind and load combinations.
    model = tm.add(
        tg.Model(
            "Wind and load risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score above 0.7 raises an unsafe-lift warning.",
        )
    )
    # Web dashboard for site managers: history per crane, near-miss reporting.
    dashboard = tm.add(
        tg.Endpoint(
            "Site dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="company SSO (Entra ID) with MFA")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly retraining on telemetry history labelled with near-miss reports.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds trained model versions; the warning service loads the current one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# on the crane
tm.flow(anemometer, gateway, wind, protocol="modbus")
tm.flow(lmi, gateway, load, protocol="CAN bus")
tm.flow(operator, cab_display, sign_in, acknowledgement, label="on the panel")
tm.flow(cab_display, gateway, sign_in, acknowledgement)
tm.flow(gateway, cab_display, warning)
tm.flow(cab_display, operator, warning, label="on the panel")

# up to the cloud and back
tm.flow(
    gateway,
    ingestion,
    telemetry,
    acknowledgement,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="one X.509 certificate per gateway")},
)
tm.flow(ingestion, store, telemetry, acknowledgement)
tm.flow(
    warning_service,
    ingestion,
    warning,
    label="publish to crane topic",
)
tm.flow(
    ingestion,
    gateway,
    warning,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="one X.509 certificate per gateway")},
)

# scoring
tm.flow(store, warning_service, telemetry, label="last 10 minutes")
tm.flow(weather, warning_service, forecast, protocol="https")
tm.flow(warning_service, model, features)
tm.flow(model, warning_service, risk_score)
tm.flow(warning_service, store, history, label="warning log")
tm.flow(warning_service, sms, sms_alert, protocol="https")
tm.flow(sms, site_manager, sms_alert, protocol="sms")

# dashboard
tm.flow(site_manager, dashboard, near_miss, protocol="https")
tm.flow(dashboard, site_manager, history, protocol="https")
tm.flow(store, dashboard, history)
tm.flow(dashboard, store, near_miss)

# retraining
tm.flow(store, training, training_data, near_miss, label="monthly export")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
