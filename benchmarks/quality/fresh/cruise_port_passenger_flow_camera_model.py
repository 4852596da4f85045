"""Cruise terminal passenger flow: the first design, before any security review.

A UK cruise terminal operator wants to count people in the check-in hall and
predict queue times on embarkation days. Ceiling cameras in the hall stream video
to edge boxes supplied and remotely managed by the camera vendor; a counting model
on each box turns frames into zone occupancy counts, and only the counts leave the
box (no frames or faces are stored). Counts go to the terminal's cloud tenant,
where a queue model combines them with the passenger arrival schedules that cruise
lines send through a schedule API. A recommendation service suggests opening more
check-in desks and boarding gates to the terminal manager on a web dashboard, and
wait times are shown on screens in the hall. The manager decides whether to open
desks and records which are staffed. Controls: SSO with MFA on the dashboard,
per-caller API keys, HTTPS to the cloud, and encryption at rest for the database."""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cruise terminal passenger flow",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera-based people counting and queue-time prediction for a cruise check-in hall.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Check-in hall video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of passengers and staff in the hall; processed on the edge box, not stored.",
)
frames = tg.Data("Video frames for counting", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Per-frame people counts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
counts = tg.Data(
    "Zone occupancy counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="People per queue zone per 30 seconds; no images, no identifiers.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="high"),
)
schedule = tg.Data(
    "Passenger arrival schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per sailing: check-in time slots and the number of passengers booked into each.",
)
schedule_receipt = tg.Data("Schedule receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
desk_status = tg.Data(
    "Desk and gate staffing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
queue_features = tg.Data("Queue features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
predictions = tg.Data(
    "Predicted queue times", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
recommendations = tg.Data(
    "Desk and gate opening recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
wait_times = tg.Data(
    "Displayed waiting times", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC
)
edge_update = tg.Data(
    "Edge firmware and counting model bundle",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The vendor's box software with its people-counting model, pushed over the air.",
)
edge_health = tg.Data("Edge box health telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Check-in hall network", trust=tg.Trust.INTERNAL):
    # The ceiling cameras that see the queues; the terminal owns and installs them.
    cameras = tm.add(
        tg.Device("Check-in hall cameras", description="Fixed IP cameras over the queue zones.")
    )
    # Screens in the hall showing passengers the current expected wait.
    screens = tm.add(
        tg.Device(
            "Wait-time display screens", description="Browser-based signage players in the hall."
        )
    )

    with tm.boundary("Vendor edge boxes", trust=tg.Trust.PARTNER):
        # The vendor's box in the hall that runs the counting and sends counts to the cloud.
        edge = tm.add(
            tg.Service(
                "Edge counting service",
                description="Runs on the camera vendor's edge box; managed remotely by the vendor.",
                controls={
                    c.DataMinimization(
                        note="frames are discarded after counting; only zone counts leave the box"
                    )
                },
            )
        )
        # The people-counting model the vendor ships on the box.
        counter = tm.add(
            tg.Model(
                "People counting model",
                task=tg.Task.DETECTOR,
                description="Vendor-supplied person detector that counts heads per queue zone.",
            )
        )

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's fleet management service that updates and monitors the edge boxes.
    vendor_mgmt = tm.add(
        tg.ExternalService(
            "Vendor device management service",
            description="Pushes firmware and model updates, collects box health.",
        )
    )

with tm.boundary("Cruise line systems", trust=tg.Trust.PARTNER):
    # Each cruise line's reservation system, which sends the arrival schedule for a sailing.
    cruise_line = tm.add(
        tg.Actor("Cruise line reservation system", role="cruise line", human=False)
    )

with tm.boundary("Terminal cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives the counts from the edge boxes.
    ingest = tm.add(
        tg.Endpoint(
            "Counts ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-box API key issued at installation")},
        )
    )
    # Receives arrival schedules from the cruise lines.
    schedule_api = tm.add(
        tg.Endpoint(
            "Arrival schedule API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="API key per cruise line")},
        )
    )
    # Holds counts, schedules, staffing status, predictions and recommendations.
    ops_db = tm.add(
        tg.DataStore(
            "Terminal operations database",
            stores={counts, schedule, desk_status, predictions, recommendations},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Predicts queue times from the counts, the schedule and the staffed desks.
    queue_model = tm.add(
        tg.Model(
            "Queue time model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor trained on past embarkation days.",
        )
    )
    # Turns predicted queue times into suggestions to open desks and gates.
    recommender = tm.add(
        tg.Service(
            "Desk and gate recommendation service",
            description="Threshold rules over the predicted queue times; suggests, never opens.",
            controls={c.HumanInTheLoop(approver="terminal manager")},
        )
    )
    # The manager's web dashboard.
    dashboard = tm.add(
        tg.Service(
            "Terminal operations dashboard",
            controls={c.Authentication(method="terminal operator SSO with MFA")},
        )
    )
    # Serves the current waiting times to the hall screens.
    display_feed = tm.add(tg.Endpoint("Wait-time display feed", purpose=tg.EndpointPurpose.API))

with tm.boundary("Terminal office network", trust=tg.Trust.INTERNAL):
    # Runs the hall on embarkation days and decides how many desks and gates to open.
    manager = tm.add(tg.Actor("Terminal manager", role="terminal manager"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, counter, frames, protocol="local")
tm.flow(counter, edge, detections, protocol="local")
tm.flow(edge, ingest, counts, protocol="https")
tm.flow(ingest, ops_db, counts)

tm.flow(vendor_mgmt, edge, edge_update, protocol="https", label="over-the-air update")
tm.flow(edge, vendor_mgmt, edge_health, protocol="https")

tm.flow(cruise_line, schedule_api, schedule, protocol="https")
tm.flow(schedule_api, cruise_line, schedule_receipt, protocol="https")
tm.flow(schedule_api, ops_db, schedule)

tm.flow(ops_db, recommender, counts, schedule, desk_status)
tm.flow(recommender, queue_model, queue_features)
tm.flow(queue_model, recommender, predictions)
tm.flow(recommender, ops_db, predictions, recommendations)

tm.flow(ops_db, dashboard, counts, predictions, recommendations, desk_status)
tm.flow(dashboard, manager, predictions, recommendations, protocol="https")
tm.flow(manager, dashboard, desk_status, protocol="https", label="desks opened")
tm.flow(dashboard, ops_db, desk_status)

tm.flow(ops_db, display_feed, predictions)
tm.flow(display_feed, screens, wait_times, protocol="https")
