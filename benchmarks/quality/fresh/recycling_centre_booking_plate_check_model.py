"""Recycling centre booking with number-plate check: the first design.

The county council's household recycling centres only admit booked visits.
Residents book a slot on the council's booking website, giving their address,
e-mail and the number plate and type of the vehicle they will bring. At each
centre's gate a camera films arriving vehicles and sends the images to the
camera vendor's hosted recognition service, which reads the plate and flags vans
and commercial vehicles. The vendor posts each read to the council's gate
decision service, which matches it against the day's bookings and shows allowed,
refused or check on the gate staff's tablet; staff make the final call at the
gate. Plate reads and images are kept by the vendor for 30 days. Traffic is
TLS throughout; residents manage a booking with its reference and e-mail
address, staff sign in to the tablet with a site PIN, and the council vetted
the vendor in procurement. Waste services officers manage slots and reports.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Recycling centre booking and plate check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Booked visits to household recycling centres, checked at the gate by "
    "a vendor-hosted plate and vehicle-type recognition service.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, home address, e-mail, number plate, vehicle type and slot.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
days_bookings = tg.Data(
    "Day's bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plates, vehicle types and slots booked at a centre today.",
)
images = tg.Data(
    "Vehicle images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames of each arriving vehicle: plate, vehicle body and whoever is in the cab.",
)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Plate text, confidence, site and time.",
)
vehicle_class = tg.Data(
    "Vehicle type flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Car, van, pickup or commercial vehicle, with a confidence.",
)
recognition_result = tg.Data(
    "Recognition result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Plate read and vehicle type flag for one arrival, with an image link.",
)
entry_decision = tg.Data(
    "Entry decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Allowed, refused or check, with the plate and the matched booking.",
)
visit_outcome = tg.Data(
    "Visit outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What staff did at the gate: admitted, turned away, admitted after check.",
)
slot_settings = tg.Data("Slot settings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
visit_reports = tg.Data("Visit reports", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents of the county, booking from their own phones and computers.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Public booking site; also the admin pages the waste services team uses.
    portal = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.InputValidation(note="plate format and postcode checks"),
                tg.controls.Authentication(
                    method="booking reference and e-mail address",
                    note="to view, change or cancel a booking",
                ),
            },
        )
    )
    # Holds every booking and its outcome.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, visit_outcome},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Matches the vendor's reads to the day's bookings and decides what the tablet shows.
    decision = tm.add(
        tg.Service(
            "Gate decision service",
            description="Fuzzy-matches the plate to today's bookings at that centre and "
            "applies the van and commercial vehicle rules.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="gate staff",
                    note="staff make the final call on refused and check arrivals",
                ),
                tg.controls.Authentication(method="vendor API key"),
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Sets slot capacity per centre and answers residents' complaints.
    officer = tm.add(tg.Actor("Waste services officer", role="council staff", privileged=True))

with tm.boundary("Recycling centre site", trust=tg.Trust.INTERNAL):
    # One plate camera per gate lane, on the site's 4G router.
    camera = tm.add(tg.Device("Gate plate camera", fleet=True))
    # Council tablet at the gatehouse showing each arrival's decision.
    tablet = tm.add(
        tg.Device(
            "Gate tablet",
            fleet=True,
            controls={tg.controls.Authentication(method="site PIN shared by gate staff")},
        )
    )
    # Site operatives who wave vehicles in or turn them away.
    gate_staff = tm.add(tg.Actor("Gate staff", role="site operative"))

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's hosted API the cameras upload to.
    recognition = tm.add(
        tg.Endpoint(
            "Vendor recognition service",
            controls={tg.controls.SupplierAssessment(note="council procurement and DPIA")},
        )
    )
    # Reads the number plate from the frames.
    plate_model = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
        )
    )
    # Flags vans and commercial vehicles, which need a permit or are refused.
    vehicle_model = tm.add(
        tg.Model(
            "Vehicle type classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Plate reads and images, kept for disputes and enforcement.
    read_store = tm.add(
        tg.DataStore(
            "Plate read archive",
            stores={plate_read, images, vehicle_class},
            controls={tg.controls.RetentionLimits(days=30)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(resident, portal, booking, protocol="https")
tm.flow(portal, resident, confirmation, protocol="https")
tm.flow(portal, booking_db, booking)
tm.flow(booking_db, portal, booking, label="view or change a booking")

tm.flow(officer, portal, slot_settings, protocol="https")
tm.flow(portal, officer, visit_reports, protocol="https")
tm.flow(booking_db, portal, visit_outcome, label="reports")

tm.flow(camera, recognition, images, protocol="https")
tm.flow(recognition, plate_model, images)
tm.flow(plate_model, recognition, plate_read)
tm.flow(recognition, vehicle_model, images)
tm.flow(vehicle_model, recognition, vehicle_class)
tm.flow(recognition, read_store, plate_read, images, vehicle_class)

tm.flow(recognition, decision, recognition_result, protocol="https", label="plate read webhook")
tm.flow(booking_db, decision, days_bookings)
tm.flow(decision, tablet, entry_decision, protocol="https")
tm.flow(tablet, gate_staff, entry_decision, label="shown on the tablet screen")
tm.flow(gate_staff, tablet, visit_outcome, label="tapped on the touchscreen")
tm.flow(tablet, decision, visit_outcome, protocol="https")
tm.flow(decision, booking_db, visit_outcome)
