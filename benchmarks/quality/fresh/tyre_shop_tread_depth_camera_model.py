"""Tyre shop tread depth cameras: the first design, before any security review.

A tyre retailer fits a drive-over tread scanner and a number plate camera at the
entrance of each branch. A branch gateway PC collects each scan (tyre images and
laser depth profiles) with the plate image and uploads it to our cloud, where a
plate-reading model reads the registration and a tread model measures each tyre and
flags worn or illegal ones. Results are stored against the plate. A vehicle data
provider turns the plate into make, model and tyre size, so the branch app on the
counter tablets can offer the customer a quote from the price list; a fitter checks
the tread with a hand gauge before any tyre is sold. Fleet customers' managers sign
in to a fleet portal to see the scan history of their registered vehicles.
Controls in this design: staff single sign-on on the branch app, e-mail and password
on the fleet portal with per-fleet accounts, a per-branch API key on uploads, TLS on
everything leaving the branch, and encryption at rest of the scan database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tyre shop tread depth cameras",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drive-over tread scanning and plate reading at branch entrances, with "
    "counter quotes and a fleet reporting portal.",
)

# ---------------------------------------------------------------- data assets
tread_scan = tg.Data(
    "Tyre tread images and depth profiles",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Camera images of each tyre and the laser depth profile across the tread.",
)
plate_image = tg.Data(
    "Number plate images",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Front and rear plate crops with a timestamp; may catch the driver's "
    "face through the windscreen.",
)
scan_upload = tg.Data(
    "Branch scan upload",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Tread images, depth profiles and plate images of one visit, with branch and time.",
)
plate_read = tg.Data("Plate read", sensitivity=tg.Sensitivity.PII, kind="model-output")
tread_result = tg.Data(
    "Tread depth result",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Depth per tyre in mm and a worn / advisory / legal flag.",
)
scan_record = tg.Data(
    "Scan record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plate, branch, time, tread depths, flags and the images.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
vehicle_query = tg.Data("Vehicle lookup query", sensitivity=tg.Sensitivity.PII, kind="records")
vehicle_details = tg.Data(
    "Vehicle details",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Make, model, year and original-equipment tyre sizes for a plate.",
)
prices = tg.Data("Tyre prices and stock", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
counter_view = tg.Data(
    "Scan result and tyre quote",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The vehicle's tread result with matching tyres and a price.",
)
plate_search = tg.Data("Counter plate search", sensitivity=tg.Sensitivity.PII, kind="records")
fleet_query = tg.Data("Fleet report request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
fleet_report = tg.Data(
    "Fleet tread report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Scan history of the fleet's vehicles: plate, branch visited, date, depths.",
)
fleet_accounts = tg.Data(
    "Fleet accounts and vehicle lists",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Fleet customer, manager logins and contact details, registered plates.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Branch forecourt", trust=tg.Trust.UNTRUSTED):
    # Drivers who come into the branch; they get the quote at the counter.
    customer = tm.add(tg.Actor("Customer", role="retail customer"))

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Vendor drive-over unit in the entrance lane: cameras and laser line over each tyre.
    scanner = tm.add(
        tg.Device(
            "Drive-over tread scanner",
            description="One unit per branch entrance, from the scanner manufacturer.",
        )
    )
    # Fixed camera over the lane that captures the plate as the car drives over.
    plate_camera = tm.add(tg.Device("Entrance plate camera"))
    # Small PC in the branch comms cabinet that bundles each visit and uploads it.
    gateway = tm.add(
        tg.Service(
            "Branch gateway",
            description="Receives scanner and camera output on the branch LAN and uploads "
            "each visit to the cloud.",
        )
    )
    # Counter staff and fitters using the branch app on a counter tablet.
    staff = tm.add(tg.Actor("Branch staff", role="counter staff and fitters"))

with tm.boundary("Retailer cloud", trust=tg.Trust.INTERNAL):
    # Ingests uploads, runs both models, writes results and looks up the vehicle.
    processing = tm.add(
        tg.Service(
            "Scan processing service",
            controls={tg.controls.Authentication(method="per-branch API key")},
        )
    )
    # Reads the registration from the plate images.
    plate_model = tm.add(
        tg.Model(
            "Number plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open ANPR detector and OCR, fine-tuned on UK plates.",
        )
    )
    # Measures tread depth per tyre and flags worn or illegal tyres.
    tread_model = tm.add(
        tg.Model(
            "Tread wear model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Turns the depth profile and images into mm per tyre and a flag "
            "against 1.6 mm legal and 3 mm advisory limits.",
        )
    )
    # Every scan, kept against the plate for the counter and the fleet portal.
    scan_db = tm.add(
        tg.DataStore(
            "Scan results database",
            stores={scan_record},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Tyre ranges, prices and branch stock from the retail system.
    price_list = tm.add(tg.DataStore("Tyre price list", stores={prices}))
    # Web app on the counter tablets: shows the scan and builds the quote.
    branch_app = tm.add(
        tg.Endpoint(
            "Branch counter app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="staff single sign-on with Microsoft Entra ID"),
                tg.controls.HumanInTheLoop(
                    approver="fitter confirms tread depth with a hand gauge before selling tyres"
                ),
            },
        )
    )
    # Portal where fleet customers' managers see their vehicles' tread history.
    fleet_portal = tm.add(
        tg.Endpoint(
            "Fleet portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(note="one account per fleet customer"),
            },
        )
    )
    # Fleet customers, their manager logins and which plates belong to each fleet.
    fleet_db = tm.add(tg.DataStore("Fleet account database", stores={fleet_accounts}))

with tm.boundary("Vehicle data provider", trust=tg.Trust.PARTNER):
    # Commercial plate-to-vehicle lookup API, paid per query.
    vehicle_api = tm.add(
        tg.ExternalService("Vehicle lookup API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Transport managers at fleet customers (hauliers, lease and rental companies).
    fleet_manager = tm.add(tg.Actor("Fleet manager", role="fleet customer's manager"))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(scanner, gateway, tread_scan, protocol="http", label="vendor push on branch LAN")
tm.flow(plate_camera, gateway, plate_image, protocol="rtsp")
tm.flow(gateway, processing, scan_upload, protocol="https", controls={tls})

tm.flow(processing, plate_model, plate_image)
tm.flow(plate_model, processing, plate_read)
tm.flow(processing, tread_model, tread_scan)
tm.flow(tread_model, processing, tread_result)
tm.flow(processing, scan_db, scan_record)

tm.flow(processing, vehicle_api, vehicle_query, protocol="https", controls={tls})
tm.flow(vehicle_api, processing, vehicle_details, protocol="https", controls={tls})
tm.flow(processing, scan_db, vehicle_details, label="vehicle details")

tm.flow(scan_db, branch_app, scan_record)
tm.flow(price_list, branch_app, prices)
tm.flow(branch_app, staff, counter_view, protocol="https", controls={tls})
tm.flow(staff, branch_app, plate_search, protocol="https", label="search by plate")
tm.flow(staff, customer, counter_view, label="quote shown at the counter")

tm.flow(fleet_manager, fleet_portal, fleet_query, protocol="https", controls={tls})
tm.flow(fleet_db, fleet_portal, fleet_accounts)
tm.flow(scan_db, fleet_portal, scan_record)
tm.flow(fleet_portal, fleet_manager, fleet_report, protocol="https", controls={tls})
