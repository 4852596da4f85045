"""Sightseeing boat passenger count: the first design, before any security review.

A river sightseeing company counts the passengers boarding each boat so that no boat
sails above its licensed capacity. Cameras over each gangway feed an edge box in a
locked pier cabinet, which runs a pretrained person detector and tracker and counts
people crossing the gangway line. The count goes over the pier's 4G router to the
boarding operations service in the company's cloud account, which pulls the tickets
scanned for the same departure from the ticketing vendor's cloud API and compares
both with the boat's licensed capacity. The skipper sees the result on a wheelhouse
tablet before casting off; the operations manager reviews discrepancies. Footage is
kept on the edge box for 72 hours only. Controls: TLS to the cloud, per-device keys
for edge boxes, staff sign-in, a manual clicker count as fallback, short retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sightseeing boat passenger count",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Camera-based boarding counts per departure, compared with scanned tickets "
        "and the boat's licensed capacity, shown to the skipper before departure."
    ),
)

# ---------------------------------------------------------------- data assets
gangway_video = tg.Data(
    "Gangway camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of passengers' faces and bodies as they board.",
)
footage_clips = tg.Data(
    "Boarding footage clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Recorded video of each boarding window, kept for disputed counts.",
)
video_frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Person detections and tracks",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes and track ids per frame, no identities.",
)
boarding_count = tg.Data(
    "Boarding count per departure",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ticket_scans = tg.Data(
    "Ticket barcode scans",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ticket barcodes scanned at the gangway, tied to bookings with names.",
)
scan_totals = tg.Data(
    "Scanned ticket totals per departure",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
capacity = tg.Data(
    "Licensed passenger capacity",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
boarding_status = tg.Data(
    "Boarding status for the skipper",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Count, scanned tickets, licensed capacity and a mismatch warning.",
)
departure_confirmation = tg.Data("Skipper departure confirmation", kind="records")
trip_records = tg.Data(
    "Departure boarding records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
clip_request = tg.Data("Footage clip request", kind="records")
scan_query = tg.Data("Scan totals query", kind="records", description="Departure id and time.")

# ---------------------------------------------------------------- elements
with tm.boundary("Public pier", trust=tg.Trust.UNTRUSTED):
    # The people being counted; they only walk past the cameras.
    passenger = tm.add(tg.Actor("Passenger", role="member of the public"))

with tm.boundary("Pier equipment network", trust=tg.Trust.INTERNAL):
    # Fixed cameras over each gangway, on a small PoE switch in the pier cabinet.
    cameras = tm.add(
        tg.Device("Gangway cameras", fleet=True, description="Two IP cameras per gangway.")
    )
    # Runs the counting model next to the cameras so video never leaves the pier.
    edge_box = tm.add(
        tg.Service(
            "Pier counting edge box",
            description=(
                "Small industrial PC in the locked pier cabinet; decodes the camera "
                "streams, runs the detector, counts line crossings per departure."
            ),
        )
    )
    # The vision model that does the counting; a wrong count lets a boat sail overloaded.
    counter_model = tm.add(
        tg.Model(
            "Passenger counting detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Pretrained open-weights person detector with a line-crossing tracker.",
            controls={
                c.ModelValidation(
                    note="accuracy checked against manual clicker counts on recorded boardings"
                )
            },
        )
    )
    # Short rolling buffer of boarding video, for when a count is disputed.
    footage_buffer = tm.add(
        tg.DataStore(
            "Boarding footage buffer",
            stores={footage_clips},
            description="Local disk on the edge box, overwritten after 72 hours.",
            controls={c.RetentionLimits(days=3)},
        )
    )
    # Deckhands scan tickets at the gangway with the vendor's app on company phones.
    scanners = tm.add(
        tg.Device(
            "Ticket scanning handhelds",
            fleet=True,
            description="Company phones running the ticketing vendor's scanning app.",
        )
    )

with tm.boundary("Ticketing vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's SaaS ticketing platform: bookings, tickets and gangway scans.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor-run online booking and ticket validation service.",
        )
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Compares counts with scans and capacity, serves the skipper tablets and the dashboard.
    ops_service = tm.add(
        tg.Service(
            "Boarding operations service",
            description="Web API and dashboard; reconciles counts, scans and capacity.",
            controls={
                c.Authentication(method="per-device API key for edge boxes; staff sign-in"),
                c.FailClosed(
                    fallback=(
                        "no count within two minutes shows 'count unavailable' and the "
                        "skipper uses the deckhand's manual clicker count"
                    )
                ),
            },
        )
    )
    # Licensed capacity of each boat, from its passenger certificate.
    fleet_register = tm.add(
        tg.DataStore(
            "Boat capacity register",
            stores={capacity},
            description="Per-boat licensed passenger numbers, edited by the operations manager.",
        )
    )
    # Kept for the licensing authority and for incident investigation.
    trip_log = tm.add(
        tg.DataStore(
            "Departure boarding log",
            stores={trip_records},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

with tm.boundary("Boat wheelhouse", trust=tg.Trust.INTERNAL):
    # Company tablet mounted in each wheelhouse, on 4G.
    skipper_tablet = tm.add(
        tg.Device(
            "Wheelhouse tablet",
            fleet=True,
            description="Shows boarding status and takes the skipper's departure confirmation.",
        )
    )
    # Decides whether the boat may sail.
    skipper = tm.add(tg.Actor("Skipper", role="crew"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Looks into mismatches and maintains boat capacities.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(passenger, cameras, gangway_video, label="walks across the gangway")
tm.flow(cameras, edge_box, gangway_video, protocol="rtsp")
tm.flow(edge_box, counter_model, video_frames)
tm.flow(counter_model, edge_box, detections)
tm.flow(edge_box, footage_buffer, footage_clips)
tm.flow(footage_buffer, edge_box, footage_clips, label="clip for review")

tm.flow(passenger, scanners, ticket_scans, label="shows ticket in person")
tm.flow(scanners, ticketing, ticket_scans, protocol="https")

tm.flow(
    edge_box,
    ops_service,
    boarding_count,
    footage_clips,
    protocol="https",
    label="count per departure; clips only on request",
)
tm.flow(
    ops_service,
    ticketing,
    scan_query,
    protocol="https",
    controls={c.Authentication(method="vendor-issued API key")},
)
tm.flow(
    ticketing,
    ops_service,
    scan_totals,
    protocol="https",
)
tm.flow(fleet_register, ops_service, capacity)
tm.flow(ops_service, trip_log, trip_records)

tm.flow(ops_service, skipper_tablet, boarding_status, protocol="https")
tm.flow(skipper_tablet, skipper, boarding_status, label="on the screen")
tm.flow(skipper, skipper_tablet, departure_confirmation, label="touchscreen")
tm.flow(skipper_tablet, ops_service, departure_confirmation, protocol="https")

tm.flow(
    ops_manager,
    ops_service,
    capacity,
    clip_request,
    protocol="https",
    label="edits capacities, requests footage",
)
tm.flow(ops_service, fleet_register, capacity)
tm.flow(
    ops_service,
    ops_manager,
    trip_records,
    footage_clips,
    protocol="https",
    label="discrepancy dashboard",
)
tm.flow(ops_service, edge_box, clip_request, protocol="https")
