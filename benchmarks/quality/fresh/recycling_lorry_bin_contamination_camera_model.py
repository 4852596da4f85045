"""Recycling lorry bin contamination cameras: the first design, before any security review.

The council's recycling lorries carry a camera over the bin lift. Each time a bin
is tipped the camera uploads a short image sequence over the lorry's 4G link to
the camera vendor's cloud, where the vendor's model flags contaminated recycling
(food waste, nappies, black bags). The crew's in-cab tablet tags each lift with
the house number it works out from GPS and the round's address list, and shows
the crew an alert so they can leave a sticker on the bin. The vendor pushes each
flagged lift to the council's contamination case system, which matches it to the
property in the gazetteer, sends a letter through a print-and-post provider and
puts repeat cases in front of a waste enforcement officer, who decides on a visit.
Residents appeal on the council website with their case reference and postcode,
and can upload photos. Uploads from the lorries use TLS with a per-vehicle API key;
council staff sign in with the council's SSO and access is by role.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recycling lorry bin contamination cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Cameras on recycling lorries flag contaminated bins; the council writes to "
        "residents and sends repeat cases for enforcement visits."
    ),
)

# ---------------------------------------------------------------- data assets
lift_images = tg.Data(
    "Bin lift images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames of the bin contents as it tips; can also catch the street, "
    "house fronts and passers-by.",
)
lift_location = tg.Data(
    "Lift location and house number",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS fix, lorry id, round and the house number the tablet assigns.",
)
detection = tg.Data(
    "Contamination detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Contamination type and confidence for one lift.",
)
contamination_event = tg.Data(
    "Contamination event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Detection, images, time and address of one flagged lift.",
)
crew_alert = tg.Data("Crew contamination alert", kind="records", sensitivity=tg.Sensitivity.PII)
crew_confirmation = tg.Data(
    "Crew sticker confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The crew's tap that a sticker was left, or that the alert was wrong.",
)
property_address = tg.Data("Property address", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
case_record = tg.Data(
    "Contamination case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Per-property history of flagged lifts, letters, appeals and visits.",
)
letter = tg.Data("Contamination letter", kind="documents", sensitivity=tg.Sensitivity.PII)
sticker = tg.Data("Bin sticker", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
appeal = tg.Data(
    "Resident appeal with photos",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference, postcode, statement and uploaded photos.",
)
appeal_outcome = tg.Data(
    "Appeal outcome and case images", kind="records", sensitivity=tg.Sensitivity.PII
)
visit_decision = tg.Data(
    "Enforcement visit decision", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Householders who receive letters and stickers and may appeal.
    resident = tm.add(tg.Actor("Resident", role="householder"))

with tm.boundary("Recycling lorry", trust=tg.Trust.INTERNAL):
    # Captures the bin contents at the moment of tipping; uploads over 4G.
    camera = tm.add(
        tg.Device(
            "Bin lift camera",
            description="Vendor-supplied camera unit with its own 4G modem, one per lorry.",
        )
    )
    # Tags each lift with the house number from GPS and shows the crew alerts.
    tablet = tm.add(
        tg.Device(
            "In-cab crew tablet",
            description="Rugged tablet running the vendor's round app and the address list.",
        )
    )
    # The loader and driver who see alerts and leave stickers on bins.
    crew = tm.add(tg.Actor("Lorry crew", role="collection crew"))

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # Receives images and locations from every lorry in the fleet.
    ingest = tm.add(
        tg.Endpoint(
            "Vendor lift ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-vehicle API key")},
        )
    )
    # The vendor's image model that decides whether a bin is contaminated.
    model = tm.add(
        tg.Model(
            "Bin contamination detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="The vendor's own model, retrained by the vendor across its customers.",
        )
    )
    # Keeps every flagged lift with its images for the contract period.
    event_store = tm.add(
        tg.DataStore(
            "Vendor event store",
            stores={lift_images, lift_location, contamination_event},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The waste team's case management: matches events to properties, sends letters.
    case_system = tm.add(
        tg.Service(
            "Contamination case system",
            controls={
                c.Authentication(method="council SSO"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="waste enforcement officer",
                    note="only enforcement visits; letters go out automatically",
                ),
            },
        )
    )
    # Holds each property's contamination history and appeals.
    case_db = tm.add(tg.DataStore("Contamination case database", stores={case_record, appeal}))
    # The council's address register, used to resolve the house number to a property.
    gazetteer = tm.add(tg.DataStore("Local land and property gazetteer", stores={property_address}))
    # Reviews repeat cases and appeals, and decides on enforcement visits.
    officer = tm.add(tg.Actor("Waste enforcement officer", role="enforcement officer"))

with tm.boundary("Council web hosting", trust=tg.Trust.INTERNAL):
    # Public appeal form on the council website.
    appeal_portal = tm.add(
        tg.Endpoint(
            "Contamination appeal portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="case reference and postcode"),
                c.InputValidation(note="file type and size checks on photo uploads"),
            },
        )
    )

with tm.boundary("Print and post provider", trust=tg.Trust.PARTNER):
    # Hybrid mail: prints and posts the letters the case system generates.
    mail = tm.add(tg.ExternalService("Hybrid mail service"))

# ---------------------------------------------------------------- flows
# On the lorry: images and locations go to the vendor over 4G.
tm.flow(camera, ingest, lift_images, protocol="https", label="4G upload")
tm.flow(tablet, ingest, lift_location, protocol="https", label="4G upload")
tm.flow(ingest, model, lift_images)
tm.flow(model, ingest, detection)
tm.flow(ingest, event_store, lift_images, lift_location, contamination_event)
tm.flow(ingest, tablet, crew_alert, protocol="https", label="4G push")
tm.flow(tablet, crew, crew_alert, label="shown on the touchscreen")
tm.flow(crew, tablet, crew_confirmation, label="taps on the touchscreen")
tm.flow(tablet, ingest, crew_confirmation, protocol="https", label="4G confirmation upload")
tm.flow(crew, resident, sticker, label="sticker left on the bin by hand")

# Vendor to council: flagged lifts.
tm.flow(
    event_store,
    case_system,
    contamination_event,
    lift_images,
    protocol="https",
    controls={c.Authentication(method="council-issued API key")},
    label="hourly event export",
)

# Council case handling.
tm.flow(case_system, gazetteer, lift_location, label="address match")
tm.flow(gazetteer, case_system, property_address)
tm.flow(case_system, case_db, case_record)
tm.flow(case_db, case_system, case_record, appeal)
tm.flow(case_system, mail, letter, protocol="https")
tm.flow(mail, resident, letter, label="printed letter by post")
tm.flow(
    case_system,
    officer,
    case_record,
    lift_images,
    protocol="https",
    label="repeat cases and appeals",
)
tm.flow(officer, case_system, visit_decision, appeal_outcome, protocol="https")

# Appeals from residents.
tm.flow(resident, appeal_portal, appeal, protocol="https")
tm.flow(appeal_portal, case_system, appeal)
tm.flow(case_system, appeal_portal, appeal_outcome)
tm.flow(appeal_portal, resident, appeal_outcome, protocol="https")
