"""Tidal causeway crossing safety and alerting: the first design, before any security review.

A coastal council runs a single-track tidal causeway to an island. A crossing model
combines the national tide predictions with the council's own tide gauge and its
wind and wave sensors at the causeway, and works out the safe crossing window for
the next tides. The times are published on two variable-message roadside signs at
either end and through a public app. A camera watches the causeway; a vehicle
detector flags any vehicle still on it after the cut-off, and the council then
e-mails an alert with a still image to the coastguard operations centre.
The field equipment reports over a private cellular APN to the council's cloud
tenancy; a highways duty officer can override the published times from an
operations dashboard signed in through council SSO with MFA. Readings are range
checked on arrival, stale gauge data makes the signs show "do not cross", the
public API is rate limited, and alert clips are encrypted and kept for 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tidal causeway crossing safety and alerting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Publishes safe crossing times for a tidal causeway and alerts the coastguard to stranded vehicles.",
)

# ---------------------------------------------------------------- data assets
tide_predictions = tg.Data(
    "Tide predictions",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Predicted high and low water times and heights for the nearest standard port.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
water_level = tg.Data(
    "Water level readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
wind_wave = tg.Data(
    "Wind and wave readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
crossing_features = tg.Data(
    "Crossing model inputs",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Predicted tide, observed surge, wind speed and direction, significant wave height.",
)
crossing_window = tg.Data(
    "Safe crossing window",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_message = tg.Data("Sign message", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
sign_status = tg.Data("Sign status", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
camera_frames = tg.Data(
    "Causeway camera video frames",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Vehicles, number plates and people on the causeway.",
)
detections = tg.Data(
    "Vehicle on causeway detections",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_clips = tg.Data(
    "Alert clips and stills",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Short clip and still image around each detection after the cut-off.",
)
coastguard_alert = tg.Data(
    "Coastguard alert",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Time, position on the causeway, water level and a still image of the vehicle.",
)
alert_ack = tg.Data("Alert acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
override = tg.Data(
    "Manual crossing time override",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
ops_view = tg.Data("Operations status view", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
app_request = tg.Data(
    "App crossing times request", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
history = tg.Data(
    "Readings and decisions history", sensitivity=tg.Sensitivity.INTERNAL, kind="logs"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers and walkers checking crossing times in the public app.
    app_user = tm.add(tg.Actor("Public app user", role="member of the public"))

with tm.boundary("Tide prediction provider", trust=tg.Trust.PARTNER):
    # National hydrographic service's tide prediction API.
    tide_api = tm.add(
        tg.ExternalService("Tide prediction service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Coastguard", trust=tg.Trust.PARTNER):
    # The coastguard operations centre that launches a response to a stranded vehicle.
    coastguard = tm.add(tg.Actor("Coastguard operations centre", role="emergency service"))

with tm.boundary("Causeway field site", trust=tg.Trust.INTERNAL):
    # Council-owned radar tide gauge on the causeway's mid-point refuge.
    tide_gauge = tm.add(tg.Device("Tide gauge", fleet=False))
    # Anemometer and wave buoy feeding the same outstation.
    wind_wave_sensors = tm.add(tg.Device("Wind and wave sensors", fleet=False))
    # Fixed camera covering the length of the causeway.
    camera = tm.add(tg.Device("Causeway camera", fleet=False))
    # Variable-message signs at the mainland and island ends.
    signs = tm.add(tg.Device("Roadside crossing signs"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives field readings and tide predictions and checks them.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={c.SchemaEnforcement(note="readings outside physical ranges are dropped")},
        )
    )
    # Predicts the safe crossing window from tides and weather.
    crossing_model = tm.add(
        tg.Model(
            "Crossing window model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted model of when the causeway is passable, trained on past gauge and closure records.",
        )
    )
    # Detects vehicles on the causeway in the camera stream.
    vehicle_detector = tm.add(
        tg.Model(
            "Vehicle detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights object detector fine-tuned on footage of the causeway.",
        )
    )
    # Turns the window into sign and app messages and raises coastguard alerts after the cut-off.
    decision_service = tm.add(
        tg.Service(
            "Crossing decision and alert service",
            controls={
                c.FailClosed(
                    fallback="gauge data older than 10 minutes sets the signs to 'do not cross, check tide tables' and pages the duty officer"
                )
            },
        )
    )
    # Public API behind the app.
    app_api = tm.add(
        tg.Endpoint(
            "Public crossing times API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )
    # Duty officer's dashboard for status, alerts and overrides.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council SSO with MFA")},
        )
    )
    # History of readings, predictions and published windows, for tuning and inquiries.
    history_store = tm.add(tg.DataStore("Readings and decisions history", stores={history}))
    # Clips kept for each alert.
    clip_store = tm.add(
        tg.DataStore(
            "Alert clip store",
            stores={alert_clips},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )

with tm.boundary("Council office network", trust=tg.Trust.INTERNAL):
    # Highways duty officer who watches alerts and can override the times.
    duty_officer = tm.add(tg.Actor("Highways duty officer", role="council staff"))

# ---------------------------------------------------------------- flows
tm.flow(tide_api, ingestion, tide_predictions, protocol="https", label="daily prediction pull")
tm.flow(tide_gauge, ingestion, water_level, protocol="mqtts", label="private APN")
tm.flow(wind_wave_sensors, ingestion, wind_wave, protocol="mqtts", label="private APN")
tm.flow(ingestion, history_store, water_level, wind_wave, tide_predictions)
tm.flow(ingestion, decision_service, crossing_features)

tm.flow(decision_service, crossing_model, crossing_features)
tm.flow(crossing_model, decision_service, crossing_window)

tm.flow(camera, vehicle_detector, camera_frames, protocol="rtsp", label="private APN")
tm.flow(vehicle_detector, decision_service, detections)
tm.flow(vehicle_detector, clip_store, alert_clips)
tm.flow(clip_store, decision_service, alert_clips, label="still for the alert")

tm.flow(decision_service, signs, sign_message, protocol="mqtts", label="private APN")
tm.flow(signs, decision_service, sign_status, protocol="mqtts", label="private APN")
tm.flow(decision_service, app_api, crossing_window)
tm.flow(app_user, app_api, app_request, protocol="https")
tm.flow(app_api, app_user, crossing_window, protocol="https")
tm.flow(decision_service, history_store, history)

tm.flow(decision_service, coastguard, coastguard_alert, protocol="smtps", label="alert e-mail")
tm.flow(coastguard, duty_officer, alert_ack, protocol="phone")

tm.flow(decision_service, dashboard, ops_view)
tm.flow(dashboard, decision_service, override)
tm.flow(clip_store, dashboard, alert_clips)
tm.flow(dashboard, duty_officer, ops_view, alert_clips, protocol="https")
tm.flow(duty_officer, dashboard, override, protocol="https")
