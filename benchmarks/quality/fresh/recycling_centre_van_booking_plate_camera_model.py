"""Recycling centre van booking check: the first design, before any security review.

A council runs a household waste recycling centre where vans and trailers need
a booked slot, and residents' vans also need a council van permit. Residents
book slots on the council website with their MyAccount. At the gate a fixed
camera films each arriving vehicle; an edge box on site runs the camera
vendor's plate recognition model and sends the plate read to a gate check
service in the council's cloud. The service matches the plate against today's
bookings and the permit register (exported nightly from the council's permit
system) and shows the result on the gate operative's tablet; the operative
admits or turns the van away and can key in a plate the camera misread. Each
visit is logged against the permit's yearly allowance. The vendor pushes model
updates to the edge box. Controls in this design: MyAccount sign-in, plate
format checks on bookings, a shared site PIN on the tablet, 30-day retention of
gate images, and the operative's decision at the gate.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recycling centre van booking plate check",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Gate camera plate reads checked against van bookings and resident permits.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Van booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resident name, address, van registration, vehicle type and chosen slot.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data("Van slot bookings", kind="records", sensitivity=tg.Sensitivity.PII)
permits = tg.Data(
    "Resident van permits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Permit number, holder name and address, registration, visits allowed per year.",
)
images = tg.Data(
    "Gate camera images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Stills of each arriving vehicle, plate and cab visible.",
)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Registration string with the model's confidence and the image reference.",
)
check_result = tg.Data(
    "Gate check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking or permit matched, none found, or allowance used up.",
)
override = tg.Data(
    "Operative plate entry and override", kind="records", sensitivity=tg.Sensitivity.PII
)
visits = tg.Data("Visit records", kind="records", sensitivity=tg.Sensitivity.PII)
model_update = tg.Data(
    "Plate recognition model update", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any resident with a van or trailer books a slot online.
    resident = tm.add(tg.Actor("Resident", role="resident"))

with tm.boundary("ANPR vendor", trust=tg.Trust.PARTNER):
    # Camera supplier's cloud; ships new versions of the plate model.
    vendor = tm.add(tg.ExternalService("ANPR vendor update service", provides="model-hub"))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Booking pages on the council website, behind MyAccount.
    portal = tm.add(
        tg.Endpoint(
            "Van booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="MyAccount e-mail and password"),
                c.InputValidation(note="UK registration format and slot availability"),
            },
        )
    )
    # Slot bookings for every site and day.
    booking_db = tm.add(tg.DataStore("Van booking database", stores={bookings}))
    # Matches each plate read against bookings, permits and the visit count.
    gate_check = tm.add(
        tg.Service(
            "Gate check service",
            description="Looks up the plate in today's bookings and the permit list; advises the gate.",
            controls={
                c.HumanInTheLoop(approver="the gate operative admits or turns away each van")
            },
        )
    )
    # Copy of the permit register, refreshed nightly.
    permit_copy = tm.add(tg.DataStore("Permit list copy", stores={permits}))
    # Each admitted visit, counted against the permit's yearly allowance.
    visit_log = tm.add(tg.DataStore("Visit log", stores={visits}))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Waste services officers issue and cancel van permits.
    officer = tm.add(tg.Actor("Waste services officer", role="permit administrator"))
    # The council's permit system of record.
    permit_register = tm.add(tg.DataStore("Van permit register", stores={permits}))

with tm.boundary("Recycling centre site network", trust=tg.Trust.INTERNAL):
    # Fixed camera on the entrance lane.
    camera = tm.add(tg.Device("Gate camera", fleet=False))
    # Small PC in the site cabin running the vendor's ANPR software.
    edge_box = tm.add(tg.Service("ANPR edge box"))
    # The vendor's plate recognition model, run locally on the edge box.
    plate_model = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Vendor-supplied weights: finds the plate and reads the characters.",
        )
    )
    # Local disk on the edge box keeping stills and reads for disputes.
    image_store = tm.add(
        tg.DataStore(
            "Gate image store",
            stores={images, plate_read},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Tablet at the gate showing the result for each van.
    tablet = tm.add(
        tg.Device(
            "Gate operative tablet",
            fleet=False,
            controls={c.Authentication(method="site PIN shared by gate staff")},
        )
    )
    # Site staff who wave vans in or turn them away.
    operative = tm.add(tg.Actor("Gate operative", role="site operative"))

# ---------------------------------------------------------------- flows
tm.flow(resident, portal, booking_request, protocol="https")
tm.flow(portal, resident, confirmation, protocol="https")
tm.flow(portal, booking_db, bookings)
tm.flow(booking_db, portal, bookings, label="slot availability and existing bookings")

tm.flow(officer, permit_register, permits, label="issues and cancels permits")
tm.flow(permit_register, permit_copy, permits, protocol="sftp", label="nightly export")

tm.flow(camera, edge_box, images, protocol="rtsp")
tm.flow(edge_box, plate_model, images)
tm.flow(plate_model, edge_box, plate_read)
tm.flow(edge_box, image_store, images, plate_read)
tm.flow(vendor, edge_box, model_update, protocol="https")

tm.flow(edge_box, gate_check, plate_read, protocol="https")
tm.flow(booking_db, gate_check, bookings, label="today's bookings")
tm.flow(permit_copy, gate_check, permits)
tm.flow(visit_log, gate_check, visits, label="visits this year")
tm.flow(gate_check, visit_log, visits)

tm.flow(gate_check, tablet, check_result, protocol="https")
tm.flow(tablet, operative, check_result, label="on screen")
tm.flow(operative, tablet, override, label="typed on the tablet")
tm.flow(tablet, gate_check, override, protocol="https")
