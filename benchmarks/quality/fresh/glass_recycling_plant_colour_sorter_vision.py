"""Glass cullet colour sorter: the first design, before any security review.

Crushed glass cullet runs on a conveyor under line-scan cameras. An edge PC in
the sorting line's OT network runs the sorter vendor's vision model on the images,
classifies each piece as flint, amber, green, ceramic or stone, and fires the
air-jet ejectors to blow out wrong-colour and ceramic pieces, timed from the belt
speed the conveyor PLC reports. Operators tune colour and size thresholds on an
HMI panel at the line, behind a shared operator password. The vendor reaches the
edge PC through a site-to-site IPsec VPN: it pushes new model releases (the edge
PC keeps the previous version for rollback), pulls reject sample images, and its
engineers open remote support sessions. Lab technicians record purity results of
output samples, which are uploaded weekly to the vendor's portal for retraining.
Guard-door interlocks and the e-stop stop the belt and dump the ejector air.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glass recycling colour sorter vision",
    profile=tg.RiskProfile.LOW,
    description="Camera-based colour sorting of glass cullet with vendor-maintained "
    "vision model and air-jet ejection.",
)

# ---------------------------------------------------------------- data assets
line_images = tg.Data("Line camera images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
verdicts = tg.Data(
    "Piece colour classifications", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
eject_commands = tg.Data(
    "Eject commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
belt_speed = tg.Data("Belt speed readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
thresholds = tg.Data(
    "Sort thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Colour bands, minimum piece size and ejection delay per recipe.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sort_stats = tg.Data("Sort statistics", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sample_images = tg.Data("Reject sample images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
purity = tg.Data(
    "Lab purity results",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Colour contamination and ceramic content per output sample, by shift.",
)
model_update = tg.Data(
    "Vision model release",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
support_session = tg.Data(
    "Remote support session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor engineer's desktop session on the edge PC.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Sorter vendor", trust=tg.Trust.PARTNER):
    # The vendor's support engineer who maintains the sorter remotely.
    vendor_engineer = tm.add(
        tg.Actor("Vendor support engineer", role="service engineer", privileged=True)
    )
    # Retrains the colour model on customer images and purity feedback.
    retraining = tm.add(tg.Pipeline("Vendor retraining pipeline", stage=tg.Stage.TRAINING))
    # Holds released model versions and pushes them to customer sites.
    release_server = tm.add(tg.ModelRegistry("Vendor model release server", stores={model_update}))

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # Terminates the always-on site-to-site tunnel from the vendor.
    vpn = tm.add(
        tg.Service(
            "Site VPN gateway",
            controls={c.Authentication(method="IPsec pre-shared key")},
        )
    )

with tm.boundary("Sorting line OT network", trust=tg.Trust.INTERNAL):
    # Line-scan colour cameras across the belt width.
    cameras = tm.add(tg.Device("Line-scan cameras", fleet=False))
    # Runs capture, inference and ejection timing; hosts the vendor's update agent.
    edge_pc = tm.add(
        tg.Service(
            "Edge vision PC",
            description="Industrial Windows PC with a GPU, in the sorter's cabinet.",
        )
    )
    # The vendor-trained colour and ceramic classifier.
    model = tm.add(
        tg.Model(
            "Cullet colour classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Trained and released by the sorter vendor; runs on the edge PC.",
            controls={c.ModelVersioning(note="previous release kept on the edge PC for rollback")},
        )
    )
    # Bank of air valves that blow rejected pieces off the belt.
    ejectors = tm.add(
        tg.Device(
            "Air-jet ejectors",
            fleet=False,
            controls={
                c.SafetyLimits(limits="guard-door interlock and e-stop dump the ejector air")
            },
        )
    )
    # Runs the conveyor and reports belt speed for ejection timing.
    conveyor_plc = tm.add(
        tg.Service(
            "Conveyor PLC",
            controls={c.SafetyLimits(limits="hardwired e-stop and guard interlocks stop the belt")},
        )
    )
    # Operator panel for recipes, thresholds and reject-rate trends.
    hmi = tm.add(
        tg.Service(
            "Sorter HMI",
            controls={c.Authentication(method="shared operator password")},
        )
    )
    # Rolling archive of reject images kept for the vendor.
    archive = tm.add(tg.DataStore("Reject sample image archive", stores={sample_images}))
    # Line operator who tunes the sort.
    operator = tm.add(tg.Actor("Line operator", role="operator"))

with tm.boundary("Plant office network", trust=tg.Trust.INTERNAL):
    # Tests output samples for colour purity and ceramic content.
    lab_tech = tm.add(tg.Actor("Lab technician", role="quality lab"))
    # Shared workbook of purity results.
    lab_results = tm.add(tg.DataStore("Lab purity results workbook", stores={purity}))

# ---------------------------------------------------------------- flows
# Sorting loop
tm.flow(cameras, edge_pc, line_images, protocol="gige vision")
tm.flow(conveyor_plc, edge_pc, belt_speed, protocol="profinet")
tm.flow(edge_pc, model, line_images)
tm.flow(model, edge_pc, verdicts)
tm.flow(edge_pc, ejectors, eject_commands, label="hardwired I/O card outputs")
tm.flow(edge_pc, archive, sample_images)

# Operator tuning
tm.flow(operator, hmi, thresholds, label="touchscreen at the line")
tm.flow(hmi, edge_pc, thresholds, protocol="http")
tm.flow(edge_pc, hmi, sort_stats, protocol="http")
tm.flow(hmi, operator, sort_stats, label="touchscreen at the line")

# Vendor access over the VPN
tm.flow(release_server, vpn, model_update, protocol="ipsec")
tm.flow(vpn, edge_pc, model_update, protocol="https", label="vendor update agent")
tm.flow(edge_pc, model, model_update, label="load new release")
tm.flow(vendor_engineer, vpn, support_session, protocol="ipsec")
tm.flow(vpn, edge_pc, support_session, protocol="rdp")
tm.flow(edge_pc, vpn, support_session, protocol="rdp")
tm.flow(vpn, vendor_engineer, support_session, protocol="ipsec")
tm.flow(archive, vpn, sample_images, protocol="smb", label="vendor pulls sample images")
tm.flow(vpn, retraining, sample_images, protocol="ipsec")

# Lab feedback and retraining
tm.flow(lab_tech, lab_results, purity)
tm.flow(lab_results, retraining, purity, protocol="https", label="weekly upload to vendor portal")
tm.flow(retraining, release_server, model_update)
