"""Ski lift queue wait times: the first design, before any security review.

An Austrian ski resort wants to show skiers how long they will queue at each lift.
The turnstile scanners at every lift gate read the RFID ski passes; the vendor's
access control server on the resort network already records each passage. An
ingestion job pulls those passages every minute, replaces the pass number with a
hash, and keeps them in a scan history store. A wait-time model, retrained weekly
from that history and a weather feed, estimates the current queue time per lift.
A wait-time service publishes the estimates through a public API to the resort's
mobile app and to the screens at the valley base station. Lift staff can override
the displayed time (lift stopped, wind hold, queue closed) from a staff console
they sign in to with their resort account; overrides are logged. The public API
sits behind a gateway with per-client rate limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski lift queue wait time predictor",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Estimates lift queue wait times from gate scans for the app and base-station screens.",
)

# ---------------------------------------------------------------- data assets
gate_scan = tg.Data(
    "Gate passage",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass number, lift, gate and timestamp for each skier passing a turnstile.",
)
scan_history = tg.Data(
    "Pseudonymised scan history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passages with the pass number replaced by a salted hash.",
)
weather = tg.Data("Weather and snow forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
training_data = tg.Data(
    "Wait-time training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-lift arrival rates, throughput and measured wait times by minute.",
)
model_artifact = tg.Data(
    "Wait-time model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
lift_features = tg.Data("Live lift features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
estimate = tg.Data("Estimated wait time", sensitivity=tg.Sensitivity.PUBLIC, kind="model-output")
override = tg.Data(
    "Wait-time override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="A fixed time or status (stopped, wind hold, closed) for a lift, set by staff.",
)
displayed_times = tg.Data(
    "Displayed wait times",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Skiers checking the app before choosing a lift.
    skier = tm.add(tg.Actor("Skier", role="guest"))
    # The resort's iOS and Android app, which shows the times on the piste map.
    mobile_app = tm.add(tg.Device("Resort mobile app", fleet=True))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Forecasts of snowfall, wind and temperature, a strong driver of lift demand.
    weather_api = tm.add(
        tg.ExternalService("Weather API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Lift network", trust=tg.Trust.INTERNAL):
    # RFID turnstiles at every lift gate.
    scanners = tm.add(
        tg.Device(
            "Lift gate scanners",
            fleet=True,
            description="Hands-free RFID turnstiles, several per lift.",
        )
    )
    # The access control vendor's server that validates passes and records passages.
    access_server = tm.add(
        tg.Service(
            "Access control server",
            description="Vendor product run on site; exposes a passage export interface.",
        )
    )

with tm.boundary("Resort data centre", trust=tg.Trust.INTERNAL):
    # Pulls passages every minute and pseudonymises the pass number.
    ingestion = tm.add(
        tg.Pipeline(
            "Scan ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.DataMinimization(note="pass number hashed, no holder data copied")},
        )
    )
    # Time series of passages per lift and gate.
    scan_store = tm.add(tg.DataStore("Scan history store", stores={scan_history}))
    # Retrains the model weekly and stores the new version.
    training = tm.add(tg.Pipeline("Weekly wait-time training", stage=tg.Stage.TRAINING))
    registry = tm.add(tg.ModelRegistry("Model store", stores={model_artifact}))
    # Estimates the queue time per lift from recent arrival and throughput rates.
    model = tm.add(tg.Model("Wait-time model", task=tg.Task.REGRESSOR))
    # Scores the model every minute, applies staff overrides and publishes the result.
    wait_service = tm.add(tg.Service("Wait-time service"))
    # The console on which lift staff set overrides.
    staff_console = tm.add(
        tg.Endpoint(
            "Staff override console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resort Active Directory account"),
                c.AuditLogging(note="who overrode which lift and when"),
            },
        )
    )
    # The base-station screens: signage players on the resort LAN.
    base_screens = tm.add(tg.Device("Base station screens", fleet=True))

with tm.boundary("Lift huts", trust=tg.Trust.INTERNAL):
    # Lift operators, who know when a lift stops or a queue is closed.
    lift_staff = tm.add(tg.Actor("Lift staff", role="lift operator"))

with tm.boundary("Public cloud", trust=tg.Trust.INTERNAL):
    # The API the app reads from, behind the resort's API gateway.
    public_api = tm.add(
        tg.Endpoint(
            "Public wait-time API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(scanners, access_server, gate_scan, label="passages")
tm.flow(access_server, ingestion, gate_scan, protocol="http", label="passage export, every minute")
tm.flow(ingestion, scan_store, scan_history)

tm.flow(weather_api, training, weather, protocol="https")
tm.flow(scan_store, training, scan_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load on restart")

tm.flow(scan_store, wait_service, scan_history, label="last 30 minutes")
tm.flow(weather_api, wait_service, weather, protocol="https")
tm.flow(wait_service, model, lift_features)
tm.flow(model, wait_service, estimate)

tm.flow(lift_staff, staff_console, override, protocol="https")
tm.flow(staff_console, lift_staff, displayed_times, protocol="https")
tm.flow(staff_console, wait_service, override)
tm.flow(wait_service, staff_console, displayed_times)

tm.flow(wait_service, public_api, displayed_times, protocol="https")
tm.flow(public_api, mobile_app, displayed_times, protocol="https")
tm.flow(mobile_app, skier, displayed_times)
tm.flow(wait_service, base_screens, displayed_times, protocol="http")
