"""Theatre instrument tray counting: the first design, before any security review.

The hospital's sterile services department (SSD) adds cameras above the packing
benches. When a technician scans a tray's barcode at the bench terminal, a
counting service on an on-premises edge server pulls that tray's checklist from
the instrument tracking system, runs a vendor-supplied vision model on the camera
frames and compares what it sees with the checklist before the tray goes to the
steriliser. After surgery the theatre team scan the tray again at a theatre scan
station to check nothing is missing. Mismatches are shown on the screen and every
count is logged, with the patient case the tracking system linked to the tray.
The vendor updates the model and troubleshoots over a remote-support connection
through the hospital's remote access gateway (VPN with username, password and
TOTP, sessions logged). The tracking system has role-based access; the edge
server keeps the vendor's model versions so a release can be rolled back.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre instrument tray counting vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based instrument counts for surgical trays in SSD and after surgery.",
)

# ---------------------------------------------------------------- data assets
tray_scan = tg.Data("Tray barcode scan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bench_images = tg.Data(
    "Packing bench tray images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Overhead frames of the open tray; technicians' hands are in view.",
)
postop_images = tg.Data("Post-op tray images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
checklist = tg.Data(
    "Tray instrument checklist",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tray_patient = tg.Data(
    "Tray-to-patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which tray was used on which patient's procedure, for traceability.",
)
detections = tg.Data(
    "Instrument detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
count_result = tg.Data(
    "Count result and mismatch alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
count_log = tg.Data(
    "Count and mismatch log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
model_artifact = tg.Data(
    "Instrument model package", format="unknown", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
diagnostics = tg.Data(
    "Diagnostics and sample images",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Service logs and misrecognised frames the vendor asks for.",
)
vpn_login = tg.Data("Vendor VPN credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The vendor's support engineer who deploys model updates and troubleshoots.
    vendor_engineer = tm.add(
        tg.Actor("Vendor support engineer", role="service engineer", privileged=True)
    )
    # The vendor's remote support platform the engineer works from.
    vendor_remote = tm.add(tg.ExternalService("Vendor remote support service"))

with tm.boundary("Hospital DMZ", trust=tg.Trust.INTERNAL):
    # The only way in for suppliers: VPN terminating in the DMZ.
    gateway = tm.add(
        tg.Service(
            "Remote access gateway",
            controls={
                c.Authentication(method="username and password with TOTP"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Packs and checks trays; sees mismatches at the bench.
    technician = tm.add(tg.Actor("SSD technician", role="sterile services technician"))
    # Scrub and circulating staff who re-check the tray after the procedure.
    theatre_team = tm.add(tg.Actor("Theatre team", role="scrub nurse"))
    # Reviews the mismatch log and follows up lost or damaged instruments.
    supervisor = tm.add(tg.Actor("SSD supervisor", role="supervisor"))
    # IP cameras mounted above each packing bench.
    bench_cameras = tm.add(tg.Device("Packing bench cameras"))
    # Barcode scanner and screen at each bench: starts a count, shows the result.
    bench_terminal = tm.add(tg.Device("Bench terminals"))
    # Camera, barcode scanner and screen in each theatre for the post-op check.
    theatre_station = tm.add(tg.Device("Theatre scan stations"))

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # Edge server application: fetches checklists, runs the model, compares, logs.
    counting = tm.add(tg.Service("Tray counting service"))
    # Vendor-supplied detector that finds and identifies each instrument in a frame.
    model = tm.add(
        tg.Model(
            "Instrument recognition model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Vendor-trained; a missed instrument can be left in a patient.",
        )
    )
    # Local copy of the vendor's model packages the service loads from.
    model_store = tm.add(
        tg.ModelRegistry(
            "Edge model store",
            stores={model_artifact},
            controls={c.ModelVersioning(note="previous vendor release kept for rollback")},
        )
    )
    # Existing instrument tracking system: tray checklists and tray-to-patient records.
    tracking = tm.add(
        tg.DataStore(
            "Instrument tracking system",
            stores={checklist, tray_patient},
            controls={c.RBAC()},
        )
    )
    # Every count, its result and any mismatch, kept for audit and follow-up.
    log_store = tm.add(tg.DataStore("Count log database", stores={count_log}))

# ---------------------------------------------------------------- flows
tm.flow(technician, bench_terminal, tray_scan, label="scans tray barcode at the bench")
tm.flow(bench_terminal, counting, tray_scan, protocol="https")
tm.flow(bench_cameras, counting, bench_images, protocol="rtsp")
tm.flow(counting, tracking, tray_scan, protocol="https", label="checklist lookup")
tm.flow(tracking, counting, checklist, tray_patient, protocol="https")

tm.flow(counting, model, bench_images, postop_images, protocol="local")
tm.flow(model, counting, detections, protocol="local")
tm.flow(model_store, model, model_artifact, protocol="local", label="load on start")

tm.flow(counting, bench_terminal, count_result, protocol="https")
tm.flow(bench_terminal, technician, count_result, label="shown on the bench screen")

tm.flow(theatre_team, theatre_station, tray_scan, label="scans tray after surgery")
tm.flow(theatre_station, counting, tray_scan, postop_images, protocol="https")
tm.flow(counting, theatre_station, count_result, protocol="https")
tm.flow(theatre_station, theatre_team, count_result, label="shown on the station screen")

tm.flow(counting, log_store, count_log)
tm.flow(log_store, supervisor, count_log, protocol="https", label="mismatch report")

tm.flow(vendor_engineer, vendor_remote, vpn_login, protocol="https")
tm.flow(vendor_remote, gateway, vpn_login, model_artifact, protocol="ipsec")
tm.flow(gateway, model_store, model_artifact, protocol="sftp", label="model update")
tm.flow(gateway, counting, protocol="ssh", label="remote maintenance session")
tm.flow(counting, gateway, diagnostics, protocol="ssh")
tm.flow(gateway, vendor_remote, diagnostics, protocol="ipsec")
