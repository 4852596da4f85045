"""Scaffolding inspection with drones: the first design, before any security review.

A UK building contractor must have its scaffolds inspected every week. Site
staff fly the drone vendor's quadcopters around each scaffold on a planned
route; the photos upload over 4G to the vendor's cloud, which hosts them.
A weekly import job in the contractor's cloud tenancy pulls the new photos
through the vendor's API and runs an in-house vision model that flags missing
guardrails, toe boards and ties, with a confidence for each flag. A qualified
scaffold inspector reviews the flags and photos in a web app on a company
tablet, walks the scaffold where needed, and signs the statutory inspection
record. Signing raises remedial tasks for the site manager in the project
management SaaS. Staff sign in with the company's SSO and MFA; the vendor was
vetted at procurement; the model is evaluated before each release. Photos can
show workers and neighbouring homes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scaffolding inspection drone defect vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drone photos of scaffolds, model-flagged defects, inspector-signed weekly records.",
)

# ---------------------------------------------------------------- data assets
flight_plan = tg.Data("Flight plan", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
photos = tg.Data(
    "Scaffold photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Geotagged stills of each scaffold face; may show workers and neighbours.",
)
flags = tg.Data(
    "Defect flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Missing guardrail, toe board or tie, with location in the photo and confidence.",
)
outcome = tg.Data(
    "Inspector review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accepted and rejected flags, added defects, the inspector's signature.",
)
record = tg.Data(
    "Statutory inspection record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
task = tg.Data("Remedial task", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
task_update = tg.Data("Remedial task update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Construction sites", trust=tg.Trust.UNTRUSTED):
    # Site staff trained to fly the weekly route.
    pilot = tm.add(tg.Actor("Drone pilot", role="site operative"))
    # The vendor's quadcopters that photograph every scaffold face.
    drone = tm.add(tg.Device("Inspection drone", fleet=True))
    # Qualified inspector who decides and signs; the model only suggests.
    inspector = tm.add(tg.Actor("Scaffold inspector", role="qualified inspector"))
    # Company tablet the inspector reviews flags on, on site.
    tablet = tm.add(tg.Device("Inspector tablet", fleet=True))
    # Receives and closes remedial tasks for their site.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager"))

with tm.boundary("Drone vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor hosts every photo the drones take.
    photo_store = tm.add(
        tg.DataStore(
            "Vendor photo store",
            stores={photos},
            controls={
                c.SupplierAssessment(note="vetted at procurement"),
                c.EncryptionAtRest(key_management="vendor-managed keys"),
            },
        )
    )

with tm.boundary("Project management SaaS", trust=tg.Trust.PARTNER):
    # Where site managers already track their work.
    pm_app = tm.add(tg.ExternalService("Project management app"))

with tm.boundary("Contractor cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls the week's photos and runs the model over them.
    import_job = tm.add(
        tg.Service(
            "Weekly photo import job",
            controls={c.SecretsManagement(note="vendor API key in the cloud key vault")},
        )
    )
    # The vision model that flags missing guardrails, toe boards and ties.
    detector = tm.add(
        tg.Model(
            "Scaffold defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector trained on labelled past inspection photos.",
            controls={c.ModelValidation(), c.ModelVersioning()},
        )
    )
    # Flags waiting for the inspector's review.
    flag_store = tm.add(tg.DataStore("Defect flag store", stores={flags}))
    # Web app the inspector reviews flags and signs records in.
    review_app = tm.add(
        tg.Endpoint(
            "Inspection review app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="qualified scaffold inspector"),
            },
        )
    )
    # The statutory register of weekly scaffold inspections.
    register = tm.add(
        tg.DataStore(
            "Inspection register",
            stores={record},
            controls={c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(pilot, drone, flight_plan, label="loads the weekly route")
tm.flow(drone, photo_store, photos, protocol="https", label="upload over 4G")

tm.flow(photo_store, import_job, photos, protocol="https")
tm.flow(import_job, detector, photos)
tm.flow(detector, import_job, flags)
tm.flow(import_job, flag_store, flags)

tm.flow(flag_store, review_app, flags)
tm.flow(photo_store, review_app, photos, protocol="https")
tm.flow(review_app, tablet, flags, photos, protocol="https")
tm.flow(inspector, tablet, outcome, label="reviews flags and signs")
tm.flow(tablet, review_app, outcome, protocol="https")
tm.flow(review_app, register, record)

tm.flow(review_app, pm_app, task, protocol="https")
tm.flow(pm_app, site_manager, task, protocol="https")
tm.flow(site_manager, pm_app, task_update, protocol="https")
