"""Go-karting track lap timing and crash detection: the first design.

An outdoor electric karting venue times every session and watches for crashes.
A transponder loop decoder reports each kart crossing the line to a timing
service in the race control room, which turns crossings into lap times against
the driver list pulled from the venue's booking system. Every kart carries a
control unit that streams IMU telemetry over the track Wi-Fi; with the trackside
camera feeds it goes to an in-house crash detection model on the edge server.
When the model flags a crash, the race control service puts every kart into
limp mode and shows the alert to the race director, who clears the track.
Confirmed and dismissed alerts, with their clips, are kept for retraining in
the venue's cloud account; customers see their laps on a leaderboard website.
Controls: kart units cap speed in limp mode and on lost heartbeat, customer
sign-in, TLS to the cloud, versioned models evaluated before release.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Go-karting track lap timing and crash detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Lap timing from transponders and automatic crash detection that slows all karts.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Kart IMU telemetry readings",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acceleration, yaw rate and speed per kart at 50 Hz.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
frames = tg.Data(
    "Trackside camera video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Corner camera footage; drivers, marshals and spectators are visible.",
)
crossings = tg.Data("Transponder crossings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
driver_list = tg.Data(
    "Session driver list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booked drivers per session with name, e-mail and assigned kart.",
)
lap_times = tg.Data(
    "Lap times",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Laps per driver and session, tied to the driver's name.",
)
crash_alert = tg.Data(
    "Crash alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
slow_command = tg.Data(
    "Limp mode command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
director_decision = tg.Data(
    "Race director decision",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirm or dismiss a crash alert, and release karts from limp mode.",
)
incidents = tg.Data(
    "Labelled incident clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Telemetry windows and video clips around each alert, labelled confirmed or dismissed.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
detector_artifact = tg.Data(
    "Crash detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
lap_request = tg.Data("Lap history request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers look up their lap times and session rankings after racing.
    customer = tm.add(tg.Actor("Customer", role="driver"))

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # SaaS booking system where customers book sessions; source of driver names.
    booking = tm.add(tg.ExternalService("Session booking system", provides="data-provider"))

with tm.boundary("Track network", trust=tg.Trust.INTERNAL):
    # On every kart: IMU, speed sensor and motor controller link, on track Wi-Fi.
    kart_unit = tm.add(
        tg.Device(
            "Kart control unit",
            fleet=True,
            controls={
                tg.controls.SafetyLimits(
                    limits="kart motor controller caps speed at 15 km/h in limp mode "
                    "and enters limp mode by itself when the race control heartbeat stops"
                )
            },
        )
    )
    # Loop in the start/finish line that reads each kart's transponder.
    decoder = tm.add(tg.Device("Timing loop decoder", fleet=False))
    # Fixed cameras covering the corners where karts leave the track.
    camera = tm.add(tg.Device("Trackside camera", fleet=True))

with tm.boundary("Race control room", trust=tg.Trust.INTERNAL):
    # Staff member running each session from the race control console.
    director = tm.add(tg.Actor("Race director", role="race director", privileged=True))
    # Turns crossings into laps per driver for each session.
    timing = tm.add(tg.Service("Timing service"))
    # Detector on the edge server: crash or no crash per kart, every 200 ms.
    crash_model = tm.add(
        tg.Model(
            "Crash detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted classifier on telemetry windows plus a small vision model on frames.",
        )
    )
    # Acts on alerts: limp mode for all karts, alert on the console, event log.
    race_control = tm.add(
        tg.Service(
            "Race control service",
            controls={tg.controls.AuditLogging(retention_days=365, note="session event log")},
        )
    )
    # Local database of sessions, drivers and laps.
    lap_db = tm.add(tg.DataStore("Lap times database", stores={driver_list, lap_times}))

with tm.boundary("Venue cloud account", trust=tg.Trust.INTERNAL):
    # Public leaderboard and personal lap history for signed-in customers.
    leaderboard = tm.add(
        tg.Endpoint(
            "Leaderboard API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Incident clips and labels collected from race control for retraining.
    incident_set = tm.add(tg.Dataset("Incident training set", stores={incidents}))
    # Monthly retraining of the crash detector on the incident set.
    training = tm.add(
        tg.Pipeline(
            "Crash model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                tg.controls.ModelValidation(
                    note="recall on held-out confirmed crashes must not drop"
                )
            },
        )
    )
    # Holds each detector version; the edge server pulls the released one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={detector_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tls = {tg.controls.EncryptionInTransit(protocol="TLS 1.2+")}

# Lap timing
tm.flow(decoder, timing, crossings, protocol="tcp")
tm.flow(booking, timing, driver_list, protocol="https", controls=tls, label="session driver list")
tm.flow(timing, lap_db, driver_list, lap_times)
tm.flow(lap_db, timing, lap_times, label="session rankings")
tm.flow(lap_db, leaderboard, lap_times, protocol="https", controls=tls, label="sync after session")
tm.flow(customer, leaderboard, lap_request, protocol="https", controls=tls)
tm.flow(leaderboard, customer, lap_times, protocol="https", controls=tls)

# Crash detection and response
tm.flow(kart_unit, crash_model, telemetry, protocol="mqtt")
tm.flow(camera, crash_model, frames, protocol="rtsp")
tm.flow(
    crash_model,
    race_control,
    crash_alert,
    telemetry,
    frames,
    label="alert with telemetry window and clip",
)
tm.flow(race_control, kart_unit, slow_command, protocol="mqtt", label="limp mode and heartbeat")
tm.flow(race_control, director, crash_alert, label="console alert")
tm.flow(director, race_control, director_decision, label="confirm, dismiss, release")

# Retraining loop
tm.flow(
    race_control, incident_set, incidents, protocol="https", controls=tls, label="nightly upload"
)
tm.flow(incident_set, training, incidents)
tm.flow(training, registry, detector_artifact)
tm.flow(
    registry,
    crash_model,
    detector_artifact,
    protocol="https",
    controls=tls,
    label="edge pulls release",
)
