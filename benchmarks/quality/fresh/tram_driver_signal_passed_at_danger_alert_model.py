"""Tram SPAD alert: the first design, before any security review.

Each tram carries an edge computer that watches the forward camera with a signal
detection model and compares what it sees with the tram's speed and position from
the vehicle's management system and an on-board map of tram signals. When the tram
approaches a stop (red) signal too fast to stop comfortably, it sounds a buzzer and
lights a warning on the cab display; it never brakes the tram. Every warning, with a
short video clip, speed, location and the signed-in driver's ID, is written to an
on-board event recorder and uploaded over depot Wi-Fi to the operator's back office,
where the safety team reviews events on a dashboard behind the corporate single
sign-on with MFA. The detector is trained by a supplier, who receives missed and false
alerts for retraining; new model versions and signal maps go out to the fleet from
the back office after track trials. Events are encrypted at rest and kept for a year.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tram SPAD alert model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Warns tram drivers approaching a stop signal too fast; logs events for the safety team.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Forward camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Street-running view ahead of the tram; pedestrians and road users appear in it.",
)
detections = tg.Data(
    "Signal aspect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detected tram signals with aspect (stop, proceed) and confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
vehicle_state = tg.Data(
    "Tram speed and position",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Speed, odometry, GPS position and direction from the vehicle management system.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
driver_id = tg.Data("Signed-in driver ID", kind="records", sensitivity=tg.Sensitivity.PII)
signal_map = tg.Data(
    "Signal locations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Position and approach braking distance of every tram signal on the network.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
warning = tg.Data("Overspeed approach warning", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data("Driver acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
events = tg.Data(
    "Approach events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each warning with a 20 s video clip, speed, location, time and driver ID.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review = tg.Data(
    "Event review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The safety team's classification: true alert, false alert, missed signal, follow-up.",
)
feedback_clips = tg.Data(
    "Missed and false alert clips",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Clips the safety team marks as detector errors, sent for retraining.",
)
weights = tg.Data(
    "Signal detector model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="The supplier's detector, exported to ONNX for the on-board runtime.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Detection model supplier", trust=tg.Trust.PARTNER):
    # The supplier trains the detector on its own data plus our feedback clips.
    supplier = tm.add(
        tg.ExternalService(
            "Detector supplier",
            description="Trains and delivers the signal detector; receives error clips.",
        )
    )

with tm.boundary("Tram on-board network", trust=tg.Trust.INTERNAL):
    # Forward-facing camera behind the windscreen, on every tram.
    camera = tm.add(tg.Device("Forward-facing camera"))
    # The vehicle's own management system: source of speed, position and driver sign-in.
    tcms = tm.add(
        tg.Device(
            "Vehicle management system",
            description="The tram builder's TCMS; publishes speed, odometry and the driver's sign-in.",
        )
    )
    # Edge computer that fuses detections with speed and position and decides to warn.
    alert_unit = tm.add(
        tg.Service(
            "On-board SPAD alert unit",
            description="Compares detected stop signals and mapped signal positions with speed.",
        )
    )
    # The detector itself, running on the edge computer's accelerator.
    detector = tm.add(
        tg.Model(
            "Signal aspect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Supplier-trained weights run locally; finds tram signals and their aspect.",
        )
    )
    # Local copy of signal positions, so the unit knows where signals should be.
    onboard_map = tm.add(tg.DataStore("On-board signal map", stores={signal_map}))
    # Cab display and buzzer that the driver sees and hears.
    cab_display = tm.add(tg.Device("Cab warning display and buzzer"))
    # The tram driver, who drives on sight and stays responsible for stopping.
    driver = tm.add(tg.Actor("Tram driver", role="driver"))
    # Solid-state recorder for warnings until the tram reaches the depot.
    recorder = tm.add(tg.DataStore("On-board event recorder", stores={events}))

with tm.boundary("Operator back office", trust=tg.Trust.INTERNAL):
    # Receives event uploads from trams on depot Wi-Fi.
    ingest = tm.add(tg.Service("Event upload service"))
    # Central store of approach events for the safety team.
    event_store = tm.add(
        tg.DataStore(
            "Safety event store",
            stores={events, review},
            controls={
                tg.controls.EncryptionAtRest(key_management="database TDE"),
                tg.controls.RetentionLimits(days=365),
                tg.controls.RBAC(note="safety team and the upload service account"),
            },
        )
    )
    # Web dashboard where the safety team watches clips and classifies events.
    dashboard = tm.add(
        tg.Endpoint(
            "Safety event dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # The operator's safety analysts.
    analyst = tm.add(tg.Actor("Safety analyst", role="safety team"))
    # Engineering record of signal positions, maintained by the infrastructure team.
    asset_register = tm.add(tg.DataStore("Signal asset register", stores={signal_map}))
    # Holds every detector version received from the supplier.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Pushes the approved detector and the current signal map to the fleet.
    fleet_update = tm.add(
        tg.Pipeline(
            "Fleet software update",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                tg.controls.ModelValidation(note="track trial on one tram before fleet rollout")
            },
        )
    )

# ---------------------------------------------------------------- flows
# On board, every frame
tm.flow(camera, alert_unit, frames, protocol="rtsp")
tm.flow(alert_unit, detector, frames)
tm.flow(detector, alert_unit, detections)
tm.flow(tcms, alert_unit, vehicle_state, driver_id, protocol="trdp")
tm.flow(onboard_map, alert_unit, signal_map)
tm.flow(alert_unit, cab_display, warning)
tm.flow(cab_display, driver, warning, label="buzzer and warning lamp in the cab")
tm.flow(driver, cab_display, acknowledgement, label="presses acknowledge on the panel")
tm.flow(cab_display, alert_unit, acknowledgement)
tm.flow(alert_unit, recorder, events)

# To the back office
tm.flow(recorder, ingest, events, protocol="https", label="upload over depot Wi-Fi")
tm.flow(ingest, event_store, events)
tm.flow(event_store, dashboard, events)
tm.flow(dashboard, analyst, events, protocol="https")
tm.flow(analyst, dashboard, review, protocol="https")
tm.flow(dashboard, event_store, review)
tm.flow(
    event_store,
    supplier,
    feedback_clips,
    protocol="sftp",
    label="monthly export of detector errors",
)

# Model and map updates to the fleet
tm.flow(supplier, registry, weights, protocol="https")
tm.flow(registry, fleet_update, weights)
tm.flow(asset_register, fleet_update, signal_map)
tm.flow(fleet_update, detector, weights, protocol="https", label="over depot Wi-Fi")
tm.flow(fleet_update, onboard_map, signal_map, protocol="https", label="over depot Wi-Fi")
