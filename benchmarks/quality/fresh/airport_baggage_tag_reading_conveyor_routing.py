"""Airport baggage tag reading and conveyor routing: the first design, before review.

Bags checked in at an EU hub airport travel on the baggage hall conveyors past
camera arrays that read the 10-digit IATA licence plate on each bag tag. When a
tag is damaged, creased or only partly visible, a tag resolution model ranks the
candidate bags from the airlines' Baggage Source Messages (received over SITA
Type B messaging) and the flight schedule, and returns the most likely licence
plate with a confidence. The sort allocation computer looks up the bag's flight,
picks the make-up chute from the airport operational database and tells the
conveyor PLCs where to divert it over PROFINET; bags it cannot place go to the
manual coding station, where baggage staff key in the destination. Manual coding
outcomes and tag images become training data for the resolution model. The BHS
vendor maintains the PLCs over a site-to-site VPN. Controls in this design: TLS
and schema checks on the BSM feed, badge-and-PIN sign-in at the coding station,
bag tracking logs, 30-day image retention, and versioned, evaluated models.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Airport baggage tag reading and conveyor routing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera tag reading, ML resolution of unreadable tags and PLC sortation in the baggage hall.",
)

# ---------------------------------------------------------------- data assets
tag_images = tg.Data(
    "Bag tag images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Camera frames of the tag: passenger surname, flight, licence plate barcode.",
)
tag_read = tg.Data(
    "Tag read result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licence plate number, or a no-read with partial digits.",
)
resolved_tag = tg.Data(
    "Resolved licence plate and confidence",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bsm = tg.Data(
    "Baggage Source Messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Passenger name, PNR, flight, onward legs and bag tag numbers from the airline DCS.",
)
candidate_bags = tg.Data(
    "Candidate bags for open flights",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="BSM entries for flights whose make-up is open, used to match partial reads.",
)
flight_schedule = tg.Data(
    "Flight schedule and chute allocation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sort_command = tg.Data(
    "Divert commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tracking_events = tg.Data(
    "Bag tracking events",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo-eye positions, divert confirmations, jams and chute-full signals.",
)
manual_bag = tg.Data(
    "Bag sent to manual coding",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tray id, tag image and any partial read shown to the coder.",
)
manual_entry = tg.Data(
    "Manual coding entry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licence plate or flight number keyed by baggage staff.",
)
coding_labels = tg.Data(
    "Tag image labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The licence plate each manually coded bag turned out to have.",
)
model_artifact = tg.Data(
    "Tag resolution model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
plc_logic = tg.Data(
    "PLC programs and configuration",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Airline messaging network", trust=tg.Trust.PARTNER):
    # The airlines' departure control systems send a BSM for every checked bag via SITA.
    bsm_feed = tm.add(
        tg.DataSource(
            "Airline BSM feed",
            origin=tg.Origin.PARTNER,
            provides={bsm},
            description="Type B messages from airline DCSs, relayed over IBM MQ.",
        )
    )

with tm.boundary("BHS vendor", trust=tg.Trust.PARTNER):
    # The baggage handling system integrator supports and updates the PLC programs remotely.
    vendor_engineer = tm.add(
        tg.Actor("BHS vendor engineer", role="integrator support", privileged=True)
    )

with tm.boundary("Airport IT network", trust=tg.Trust.INTERNAL):
    # Baggage management system: keeps every BSM so a licence plate can be tied to a flight.
    bms = tm.add(
        tg.DataStore(
            "Baggage management system",
            stores={bsm, tracking_events},
        )
    )
    # Airport operational database: the flight schedule and which chute serves which flight.
    aodb = tm.add(
        tg.DataSource(
            "Airport operational database",
            origin=tg.Origin.INTERNAL,
            provides={flight_schedule},
        )
    )
    # Tag images are kept for mishandled-bag investigations and as training material.
    image_archive = tm.add(
        tg.DataStore(
            "Tag image archive",
            stores={tag_images},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Manual coding outcomes paired with the tag images they resolved.
    training_set = tm.add(
        tg.Dataset("Tag resolution training set", stores={tag_images, coding_labels})
    )
    # Monthly retraining of the resolution model on new manual coding outcomes.
    training = tm.add(
        tg.Pipeline(
            "Resolution model retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="read-rate and misroute tests on a held-out month")},
        )
    )
    # Versioned model artifacts that the baggage hall edge server loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Baggage hall OT network", trust=tg.Trust.INTERNAL):
    # Camera arrays (ATRs) around the conveyor that photograph each tag from several sides.
    cameras = tm.add(tg.Device("Tag reading cameras", fleet=True))
    # Decodes barcodes and printed digits from the frames on the hall edge server.
    reader = tm.add(
        tg.Service(
            "Tag reader service",
            description="Barcode decoding and OCR; checks the licence plate format.",
            controls={c.InputValidation(note="10-digit licence plate format check")},
        )
    )
    # Ranks candidate bags for a partial or unreadable tag; runs on the same edge server.
    resolution_model = tm.add(
        tg.Model(
            "Tag resolution model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Matches partial reads and OCR text against open-flight BSMs.",
        )
    )
    # Sort allocation computer: decides each bag's destination and tracks it on the belts.
    sac = tm.add(
        tg.Service(
            "Sort allocation computer",
            description="Licence plate to flight to chute; low-confidence bags go to manual coding.",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Workstation at the manual coding station for bags the system cannot place.
    coding_station = tm.add(
        tg.Service(
            "Manual coding station",
            controls={c.Authentication(method="staff ID badge and PIN")},
        )
    )
    # Baggage staff who code bags by hand and clear jams.
    handler = tm.add(tg.Actor("Baggage handler", role="baggage staff"))

    with tm.boundary("Sortation control cell", trust=tg.Trust.RESTRICTED):
        # PLCs driving the conveyors, photo-eyes and diverters to each chute.
        plcs = tm.add(tg.Device("Conveyor and diverter PLCs", fleet=True))

# ---------------------------------------------------------------- flows
# Tag reading
tm.flow(cameras, reader, tag_images, protocol="gige-vision")
tm.flow(reader, image_archive, tag_images)
tm.flow(reader, resolution_model, tag_images, tag_read, label="no-read or partial read")
tm.flow(bms, resolution_model, candidate_bags, label="open-flight BSMs")
tm.flow(resolution_model, reader, resolved_tag)
tm.flow(reader, sac, tag_read, resolved_tag)

# Flight data
tm.flow(
    bsm_feed,
    bms,
    bsm,
    protocol="tls",
    label="BSMs over IBM MQ",
    controls={c.SchemaEnforcement(note="IATA RP 1745 message parsing")},
)
tm.flow(aodb, sac, flight_schedule)
tm.flow(sac, bms, tag_read, label="licence plate lookup")
tm.flow(bms, sac, bsm, label="bag's flight and onward legs")
tm.flow(sac, bms, tracking_events)

# Sortation
tm.flow(sac, plcs, sort_command, protocol="profinet")
tm.flow(plcs, sac, tracking_events, protocol="profinet")

# Manual coding
tm.flow(sac, coding_station, manual_bag)
tm.flow(image_archive, coding_station, tag_images)
tm.flow(coding_station, handler, manual_bag, label="bag details on screen")
tm.flow(handler, coding_station, manual_entry)
tm.flow(coding_station, sac, manual_entry)

# Retraining
tm.flow(coding_station, training_set, coding_labels)
tm.flow(image_archive, training_set, tag_images)
tm.flow(training_set, training, tag_images, coding_labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, resolution_model, model_artifact, label="deploy to hall edge server")

# Vendor maintenance
tm.flow(
    vendor_engineer,
    plcs,
    plc_logic,
    protocol="ipsec",
    label="remote PLC maintenance",
    controls={c.Authentication(method="site-to-site VPN with a shared vendor account")},
)
tm.flow(plcs, vendor_engineer, tracking_events, protocol="ipsec", label="diagnostics")
