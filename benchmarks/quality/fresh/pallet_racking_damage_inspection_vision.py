"""Pallet racking damage inspection from forklift cameras.

A distribution centre in the Netherlands mounts cameras on its reach trucks and
forklifts to spot damaged pallet racking as the trucks work the aisles. Each camera
uploads short clips over the warehouse Wi-Fi to an upload endpoint on the on-site
server, where an inspection service runs the camera vendor's vision model to flag bent
uprights, dislodged beams and missing locks, rates each bay green, amber or red, and
keeps the results in a damage register. Drivers can also report damage from the truck
terminal (signed in with their driver PIN). Each morning the safety manager gets the
day's list on a dashboard (Windows domain sign-in) and must offload and cordon any red
bay within an hour, recording it in the register. The safety manager picks clips to
share with the camera vendor, whose cloud retrains the model; a sync service on the
server uploads the shared clips and downloads new model versions, kept pinned in a
local model store. Clips may show workers, are kept 30 days, and the register keeps an
audit trail of dispositions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pallet racking damage inspection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Forklift camera clips scored on site by a vendor vision model for racking damage; "
        "the safety manager cordons red bays from a daily list."
    ),
)

# ---------------------------------------------------------------- data assets
clips = tg.Data(
    "Racking video clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Short clips of aisles and racking; workers on foot are sometimes in view.",
)
frames = tg.Data("Clip frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Damage detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Bay location, damage type, bounding box and confidence per flagged frame.",
)
ratings = tg.Data(
    "Bay damage ratings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Green, amber or red per bay, with the evidence behind it.",
)
driver_report = tg.Data(
    "Driver damage report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Aisle, bay, what was hit and the reporting driver's ID.",
)
receipt = tg.Data("Report receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
driver_signin = tg.Data("Driver PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
daily_list = tg.Data(
    "Daily damage list",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dispositions = tg.Data(
    "Cordon and repair dispositions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Offloaded, cordoned, repaired or dismissed, with who and when.",
)
share_selection = tg.Data(
    "Clip share selection", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
model_package = tg.Data(
    "Vision model package",
    format="unknown",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The vendor's packaged model file; the format is not documented by the vendor.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Warehouse Wi-Fi", trust=tg.Trust.INTERNAL):
    # Drives the trucks past the racking and reports knocks from the cab.
    driver = tm.add(tg.Actor("Forklift driver", role="driver"))
    # Records the racking as the truck moves; one per truck.
    camera = tm.add(
        tg.Device("Forklift camera", description="Vendor camera unit on the overhead guard.")
    )
    # The truck's existing terminal, where drivers log a damage report.
    terminal = tm.add(tg.Device("Truck terminal", description="Vehicle-mounted touchscreen."))

with tm.boundary("On-site server room", trust=tg.Trust.INTERNAL):
    # Receives clips from the cameras over Wi-Fi.
    upload = tm.add(tg.Endpoint("Clip upload endpoint", purpose=tg.EndpointPurpose.API))
    # Keeps clips for review and for sharing with the vendor.
    clip_store = tm.add(
        tg.DataStore(
            "Clip store",
            stores={clips},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Runs the model on new clips, merges driver reports and rates each bay.
    inspection = tm.add(
        tg.Service(
            "Inspection service",
            controls={
                c.Authentication(method="driver PIN at the truck terminal"),
            },
        )
    )
    # The camera vendor's model, served on the on-site GPU server.
    detector = tm.add(
        tg.Model(
            "Racking damage detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            returns_scores=True,
            description="Flags bent uprights, damaged beams and missing beam locks.",
        )
    )
    # The site's record of damage, ratings and what was done about each bay.
    register = tm.add(
        tg.DataStore(
            "Damage register",
            stores={detections, ratings, driver_report, dispositions},
            controls={c.AuditLogging(retention_days=1825)},
        )
    )
    # The safety manager's view of the daily list, the clips and the dispositions.
    dashboard = tm.add(
        tg.Endpoint(
            "Safety dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Windows domain sign-in"),
                c.RBAC(),
            },
        )
    )
    # Uploads shared clips to the vendor and fetches new model versions.
    sync = tm.add(tg.Service("Vendor sync service"))
    # Holds the model versions the detector loads, pinned by version.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model store",
            stores={model_package},
            controls={c.ModelVersioning(note="site pins a version; rollback to the previous one")},
        )
    )

with tm.boundary("Site office network", trust=tg.Trust.INTERNAL):
    # Owns racking safety: works the daily list and cordons red bays within an hour.
    manager = tm.add(tg.Actor("Safety manager", role="safety manager"))

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # Retrains the model on clips shared by its customer sites and publishes versions.
    vendor = tm.add(
        tg.ExternalService(
            "Camera vendor retraining service",
            description="Labels shared clips and retrains the damage model for all sites.",
        )
    )

# ---------------------------------------------------------------- flows
# Clips from the trucks, scored on site.
tm.flow(camera, upload, clips, protocol="https", label="over warehouse Wi-Fi")
tm.flow(upload, clip_store, clips)
tm.flow(clip_store, inspection, clips)
tm.flow(inspection, detector, frames)
tm.flow(detector, inspection, detections)
tm.flow(inspection, register, detections, ratings, driver_report)

# Driver reports from the cab.
tm.flow(driver, terminal, driver_signin, driver_report, label="typed on the touchscreen")
tm.flow(terminal, inspection, driver_signin, driver_report, protocol="https")
tm.flow(inspection, terminal, receipt, protocol="https")
tm.flow(terminal, driver, receipt, label="on the touchscreen")

# The safety manager's daily list and dispositions.
tm.flow(register, dashboard, ratings, detections, driver_report, dispositions)
tm.flow(clip_store, dashboard, clips)
tm.flow(dashboard, manager, daily_list, clips, protocol="https")
tm.flow(manager, dashboard, dispositions, share_selection, protocol="https")
tm.flow(dashboard, register, dispositions)

# Sharing clips with the vendor and taking model updates back.
tm.flow(dashboard, sync, share_selection)
tm.flow(clip_store, sync, clips)
tm.flow(sync, vendor, clips, protocol="https", label="shared clips")
tm.flow(vendor, sync, model_package, protocol="https", label="new model version")
tm.flow(sync, model_store, model_package)
tm.flow(model_store, detector, model_package, label="load pinned version")
