"""Hospital car park blue badge and permit checks: the first design, before any security review.

An NHS trust's estates team runs ANPR on its main car park. Cameras at the entry and
exit lanes and over the blue badge bays stream video on the car park VLAN to an edge
server, where the camera vendor's plate recognition model reads number plates. Reads
and overview stills go to the parking system in the trust's cloud tenancy, which
matches them against the permit register: staff permits, and blue badge holders who
registered their vehicle and uploaded a photo of their badge in the parking portal.
Vehicles in badge bays with no badge registration, or over the free visitor stay with
no permit, become draft parking charges. An estates officer reviews each draft with
its photos before it is issued; only then is the registered keeper looked up with the
DVLA and the notice posted by a print-and-post provider. Drivers appeal in the portal.
Staff sign in with trust SSO; the register is encrypted; unmatched reads expire.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital car park blue badge and permit verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="ANPR plate reads checked against staff permits and blue badge "
    "registrations, producing parking charges the estates team reviews.",
)

# ---------------------------------------------------------------- data assets
vehicle = tg.Data(
    "Vehicle and number plate",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="What the lane cameras see: the plate, the car and often its occupants.",
)
frames = tg.Data("Camera video frames", kind="media", sensitivity=tg.Sensitivity.PII)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Plate text, confidence, camera, lane, time and an overview still.",
)
sightings = tg.Data(
    "Vehicle sightings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
badge_registration = tg.Data(
    "Blue badge registration",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Holder's name, badge number, expiry, badge photo and up to two plates; "
    "reveals a disability.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
staff_permit = tg.Data(
    "Staff permit",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Staff number, name, department, permit type and registered plates.",
)
draft_charge = tg.Data(
    "Draft parking charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, entry and exit times, bay, reason and the evidence stills.",
)
charge_decision = tg.Data("Charge decision", kind="records", sensitivity=tg.Sensitivity.PII)
keeper_request = tg.Data("Keeper enquiry", kind="records", sensitivity=tg.Sensitivity.PII)
keeper_details = tg.Data(
    "Registered keeper details", kind="records", sensitivity=tg.Sensitivity.PII
)
notice = tg.Data("Parking charge notice", kind="documents", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Charge appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text reason with optional attachments (badge photo, clinic letter).",
)
model_update = tg.Data("ANPR model update", format="onnx", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Anyone driving into the car park: patients, visitors, staff, deliveries.
    driver = tm.add(tg.Actor("Driver", role="car park user"))
    # Visitors and patients who register their badge and vehicle online.
    badge_holder = tm.add(tg.Actor("Blue badge holder", role="car park user"))

with tm.boundary("Hospital car park network", trust=tg.Trust.INTERNAL):
    # Fixed ANPR cameras on the entry and exit lanes and over the badge bays.
    cameras = tm.add(tg.Device("ANPR cameras", fleet=True))
    # On-site box that decodes the streams and runs the plate reader.
    edge_server = tm.add(
        tg.Service(
            "ANPR edge server",
            description="Decodes camera streams, runs the plate reader and uploads reads.",
        )
    )
    # The camera vendor's licensed plate recognition model, run locally.
    plate_model = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-supplied weights; a misread plate can charge the wrong keeper.",
        )
    )

with tm.boundary("ANPR vendor", trust=tg.Trust.PARTNER):
    # Where the vendor publishes model and software updates the edge server pulls.
    vendor_updates = tm.add(
        tg.ExternalService("ANPR vendor update service", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public site for registering permits and badges and for appeals.
    portal = tm.add(
        tg.Endpoint(
            "Parking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="staff: trust Entra ID SSO with MFA; blue badge holders: "
                    "e-mail and password; appeals: charge notice reference and plate"
                ),
            },
        )
    )
    # Every plate read, kept to pair entries with exits and as charge evidence.
    sightings_store = tm.add(
        tg.DataStore(
            "Sightings store",
            stores={sightings},
            controls={c.RetentionLimits(days=30, note="reads not tied to a charge")},
        )
    )
    # Staff permits and blue badge registrations with their plates.
    permit_register = tm.add(
        tg.DataStore(
            "Permit register",
            stores={badge_registration, staff_permit},
            controls={
                c.EncryptionAtRest(key_management="Azure-managed keys"),
                c.RBAC(note="estates team only"),
            },
        )
    )
    # Pairs entries and exits, checks permits and writes draft charges.
    matching = tm.add(
        tg.Service(
            "Permit matching service",
            description="Every 15 minutes checks stays and badge-bay use against the "
            "permit register and raises draft charges.",
        )
    )
    # Where estates officers review drafts and appeals and decide.
    review_console = tm.add(
        tg.Service(
            "Charge review console",
            controls={
                c.Authentication(method="trust Entra ID SSO with MFA"),
                c.HumanInTheLoop(approver="estates officer"),
                c.Contestability(note="appeal route and evidence stills printed on the notice"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Trust corporate network", trust=tg.Trust.INTERNAL):
    # Staff register their own vehicles for a permit.
    staff = tm.add(tg.Actor("Staff member", role="hospital staff"))
    # Estates team member who issues, cancels and hears appeals on charges.
    officer = tm.add(tg.Actor("Estates officer", role="estates team"))

with tm.boundary("DVLA", trust=tg.Trust.PARTNER):
    # Registered keeper lookup under the trust's KADOE agreement.
    dvla = tm.add(
        tg.ExternalService("DVLA keeper lookup", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Print and post provider", trust=tg.Trust.PARTNER):
    # Prints and posts parking charge notices to the keeper's address.
    mailer = tm.add(tg.ExternalService("Notice print and post service"))

# ---------------------------------------------------------------- flows
# capture and plate reading
tm.flow(driver, cameras, vehicle, label="vehicle passes the lane camera")
tm.flow(cameras, edge_server, frames, protocol="rtsp")
tm.flow(edge_server, plate_model, frames)
tm.flow(plate_model, edge_server, plate_read)
tm.flow(edge_server, sightings_store, plate_read, sightings, protocol="https")
tm.flow(vendor_updates, edge_server, model_update, protocol="https", label="quarterly update")

# registration
tm.flow(badge_holder, portal, badge_registration, protocol="https")
tm.flow(portal, badge_holder, badge_registration, protocol="https", label="registration status")
tm.flow(staff, portal, staff_permit, protocol="https")
tm.flow(portal, staff, staff_permit, protocol="https", label="permit status")
tm.flow(portal, permit_register, badge_registration, staff_permit)
tm.flow(permit_register, portal, badge_registration, staff_permit)

# matching and review
tm.flow(sightings_store, matching, sightings)
tm.flow(permit_register, matching, badge_registration, staff_permit)
tm.flow(matching, review_console, draft_charge)
tm.flow(sightings_store, review_console, sightings, label="evidence stills")
tm.flow(permit_register, review_console, badge_registration, staff_permit)
tm.flow(review_console, officer, draft_charge, appeal, protocol="https")
tm.flow(officer, review_console, charge_decision, protocol="https")

# issuing the notice
tm.flow(review_console, dvla, keeper_request, protocol="https")
tm.flow(dvla, review_console, keeper_details, protocol="https")
tm.flow(review_console, mailer, notice, protocol="sftp")
tm.flow(mailer, driver, notice, label="posted letter")

# appeals
tm.flow(driver, portal, appeal, protocol="https")
tm.flow(portal, review_console, appeal)
tm.flow(review_console, portal, charge_decision, label="appeal outcome")
tm.flow(portal, driver, charge_decision, protocol="https")
