"""Satellite wildfire detection and alerting: the first design, before any security review.

The regional fire service wants to spot new wildfires earlier than the first 999 call.
Every satellite pass, an ingestion pipeline in the service's cloud tenancy pulls thermal
imagery granules from the space agency's open data hub and the latest observations and
forecasts from the national weather service, tiles them and joins them into per-cell
features. An in-house detection model (a convolutional network trained on past fire
seasons) scores each cell; the alerting service turns new high-confidence hotspots into
alerts, records them, and pages the duty officers through a commercial paging provider.
Duty officers open the operations dashboard (single sign-on with MFA, role-based access)
to look at the hotspot, the imagery and the wind, and confirm or dismiss it; dispatching
crews stays their decision. Confirmed and dismissed detections become labels that a data
scientist uses to retrain the model each season; retrained models are evaluated on a
held-out season and versioned in a model registry before they are deployed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Satellite wildfire detection and alerting",
    profile=tg.RiskProfile.HIGH,
    description="Detects new wildfires in satellite thermal imagery and weather data "
    "and pages the fire service's duty officers.",
)

# ---------------------------------------------------------------- data assets
thermal_imagery = tg.Data(
    "Satellite thermal imagery",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Infrared granules from polar-orbiting and geostationary satellites.",
)
weather = tg.Data(
    "Weather observations and forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind, humidity, temperature and fire-weather indices per grid cell.",
)
cell_features = tg.Data(
    "Fire detection features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-cell brightness temperatures, background, land cover and weather.",
)
detections = tg.Data(
    "Hotspot detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Location, time and confidence of each suspected fire.",
)
alert = tg.Data(
    "Wildfire alert page",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Hotspot location and confidence, addressed to the on-call officers' mobile numbers.",
)
incident_records = tg.Data(
    "Detection and alert history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Every detection, the alert sent, and the officer's decision on it.",
)
officer_decision = tg.Data(
    "Officer confirm or dismiss decision",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
)
dashboard_view = tg.Data(
    "Hotspot map view",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detections on a map with the imagery chips and the wind around them.",
)
labels = tg.Data(
    "Confirmed fire labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_config = tg.Data("Training configuration", kind="instructions")
model_artifact = tg.Data(
    "Detection model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PyTorch checkpoint of the detection network.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public data providers", trust=tg.Trust.PARTNER):
    # The space agency's open data hub: near-real-time thermal granules after each pass.
    satellite_feed = tm.add(
        tg.DataSource(
            "Space agency satellite data hub",
            origin=tg.Origin.PARTNER,
            provides={thermal_imagery},
        )
    )
    # The national weather service's API: observations and short-range forecasts.
    weather_api = tm.add(
        tg.DataSource(
            "National weather service API",
            origin=tg.Origin.PARTNER,
            provides={weather},
        )
    )

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # Commercial SMS and app paging service the fire service already uses for call-outs.
    pager = tm.add(
        tg.ExternalService(
            "Paging provider",
            description="Delivers pages to the duty officers' phones by SMS and its app.",
        )
    )

with tm.boundary("Fire service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls, checks and tiles each pass, joins the weather, and builds the features.
    ingestion = tm.add(
        tg.Pipeline(
            "Imagery ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="granules with bad headers or missing bands are dropped")
            },
        )
    )
    # Keeps raw tiles and features for the dashboard and for training.
    archive = tm.add(
        tg.DataStore(
            "Imagery and feature archive", stores={thermal_imagery, cell_features, weather}
        )
    )
    # The detection model itself, run on every pass.
    detector = tm.add(
        tg.Model(
            "Wildfire detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN over thermal tiles and weather; flags cells likely to be new fires.",
        )
    )
    # Applies the confidence threshold, suppresses known heat sources and repeats, sends pages.
    alerting = tm.add(tg.Service("Alerting service"))
    # History of detections, alerts and decisions; the record of what the service knew when.
    incident_store = tm.add(
        tg.DataStore(
            "Detection and alert store",
            stores={incident_records, officer_decision},
            controls={
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="cloud KMS"),
            },
        )
    )
    # Web dashboard where officers look at a hotspot and confirm or dismiss it.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="fire service SSO with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Officer-confirmed and dismissed detections joined to their features.
        label_set = tm.add(tg.Dataset("Labelled fire events", stores={labels, cell_features}))
        # Seasonal retraining, evaluated on a held-out fire season before registration.
        training = tm.add(
            tg.Pipeline(
                "Seasonal retraining",
                stage=tg.Stage.TRAINING,
                controls={
                    c.ModelValidation(note="recall and false-alarm rate on a held-out season")
                },
            )
        )
        # Versioned model checkpoints that serving loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Emergency operations centre", trust=tg.Trust.INTERNAL):
    # On-call officers who receive pages and decide whether to dispatch crews.
    officer = tm.add(tg.Actor("Duty officer", role="duty officer"))
    # Maintains and retrains the model.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(satellite_feed, ingestion, thermal_imagery, protocol="https", label="after each pass")
tm.flow(weather_api, ingestion, weather, protocol="https", label="hourly")
tm.flow(ingestion, archive, thermal_imagery, cell_features, weather)
tm.flow(ingestion, detector, cell_features)
tm.flow(detector, alerting, detections)
tm.flow(alerting, incident_store, incident_records)
tm.flow(alerting, pager, alert, protocol="https")
tm.flow(pager, officer, alert, protocol="sms")

tm.flow(officer, dashboard, officer_decision, protocol="https")
tm.flow(dashboard, officer, dashboard_view, protocol="https")
tm.flow(incident_store, dashboard, incident_records)
tm.flow(archive, dashboard, thermal_imagery, weather, label="imagery chips and wind")
tm.flow(dashboard, incident_store, officer_decision)

tm.flow(incident_store, label_set, labels, label="end-of-season export")
tm.flow(archive, label_set, cell_features)
tm.flow(label_set, training, labels, cell_features)
tm.flow(scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, detector, model_artifact, label="deploy")
