"""Airport runway and apron FOD radar: the first design, before any security review.

Millimetre-wave radar units with cameras along the runway and apron edges scan the
surface continuously and report returns over the airfield fibre network to an
on-site processing server, which fuses them into detections. A classification model
supplied by the radar vendor labels each detection (metal part, rubber, stone,
wildlife, false alarm) and raises an alert on the FOD operations console in the
airfield operations centre. The airfield operations controller checks the camera
image, sends an operations vehicle to remove the object and, when it is on an active
runway, closes that runway in the runway status system, which informs ATC. Drivers
confirm removal on the vehicle's tablet; a radar outage alarms the console and ops
revert to visual inspections. The vendor maintains the system and updates the model
remotely via a VPN gateway (individual accounts, TOTP) and retrains on our samples.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport apron foreign object debris radar model",
    profile=tg.RiskProfile.HIGH,
    description="Radar FOD detection on runways and aprons, with vendor-maintained classification.",
)

# ---------------------------------------------------------------- data assets
returns = tg.Data(
    "Radar returns and camera stills",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "FOD detections",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Position, size, radar cross-section and a camera crop per detection.",
)
classification = tg.Data(
    "FOD classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data("FOD alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
disposition = tg.Data(
    "Controller disposition",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed FOD, false alarm or wildlife, with the controller's name.",
)
job = tg.Data("Removal job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
removal = tg.Data("Removal confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
closure = tg.Data(
    "Runway closure request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
runway_status = tg.Data("Runway status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
samples = tg.Data(
    "Detection samples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Detections, camera crops and controller dispositions exported for retraining.",
)
model_update = tg.Data("FOD model update", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
session = tg.Data(
    "Remote maintenance session", kind="instructions", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Airfield systems network", trust=tg.Trust.RESTRICTED):
    # Radar and camera units on masts along the runway and apron edges.
    radar = tm.add(tg.Device("Runway FOD radar sensors", fleet=True))
    # Fuses radar returns and camera stills into detections and runs the model.
    processing = tm.add(
        tg.Service(
            "FOD radar processing server",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Vendor-trained classifier that labels each detection; it drives runway decisions.
    classifier = tm.add(
        tg.Model(
            "FOD classification model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Trained and supplied by the radar vendor; runs on the processing server.",
        )
    )
    # Local store of model versions the server loads from; the vendor pushes updates here.
    model_store = tm.add(
        tg.ModelRegistry(
            "On-site model store",
            stores={model_update},
            controls={c.ModelVersioning(note="previous version kept for rollback")},
        )
    )
    # History of detections, classifications, dispositions and removals.
    detection_db = tm.add(
        tg.DataStore(
            "Detection database", stores={detections, classification, disposition, removal}
        )
    )

with tm.boundary("Airfield operations centre", trust=tg.Trust.INTERNAL):
    # Controller who decides on each detection, dispatches vehicles and closes runways.
    controller = tm.add(tg.Actor("Airfield operations controller", role="operations controller"))
    # Shows alerts with the camera image; where the controller records decisions.
    console = tm.add(
        tg.Endpoint(
            "FOD operations console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airport Active Directory username and password"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the airfield operations controller confirms each detection "
                    "before a vehicle is sent or a runway closed"
                ),
                c.FailClosed(
                    fallback="radar outage alarms the console and operations revert to "
                    "scheduled visual runway inspections"
                ),
            },
        )
    )
    # Airport system that holds runway open/closed status and feeds it to ATC.
    status_system = tm.add(tg.Service("Runway status system"))

with tm.boundary("Airside vehicles", trust=tg.Trust.INTERNAL):
    # Rugged tablets in the airside operations vehicles, on the airport private LTE network.
    tablet = tm.add(tg.Device("Operations vehicle tablet", fleet=True))
    # Airside operations officer who drives out and removes the debris.
    driver = tm.add(tg.Actor("Airside operations driver", role="airside operations officer"))

with tm.boundary("Air navigation service provider", trust=tg.Trust.PARTNER):
    # The ATC tower, run by a separate air navigation service provider.
    atc = tm.add(tg.ExternalService("ATC tower runway status feed"))

with tm.boundary("Radar vendor", trust=tg.Trust.PARTNER):
    # Vendor support engineers who maintain the system and deploy model updates.
    vendor_engineer = tm.add(
        tg.Actor("Radar vendor service engineer", role="vendor service engineer", privileged=True)
    )
    # Vendor's platform that retrains the classifier on samples from its airports.
    vendor_training = tm.add(tg.ExternalService("Vendor model training platform"))

with tm.boundary("Airport DMZ", trust=tg.Trust.INTERNAL):
    # Remote access gateway the vendor's engineers come in through.
    vpn = tm.add(
        tg.Service(
            "Vendor remote access VPN gateway",
            internet_facing=True,
            controls={
                c.Authentication(method="individual vendor accounts with password and TOTP"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(radar, processing, returns, label="airfield fibre network")
tm.flow(processing, classifier, detections)
tm.flow(classifier, processing, classification)
tm.flow(processing, detection_db, detections, classification)
tm.flow(processing, console, alert, protocol="https")
tm.flow(console, controller, alert, label="on the console")
tm.flow(controller, console, disposition, job, closure, label="on the console")
tm.flow(console, detection_db, disposition, protocol="https")

tm.flow(console, tablet, job, protocol="https", label="private LTE")
tm.flow(tablet, driver, job)
tm.flow(driver, tablet, removal)
tm.flow(tablet, console, removal, protocol="https", label="private LTE")
tm.flow(console, detection_db, removal, protocol="https", label="removal record")

tm.flow(console, status_system, closure, protocol="https")
tm.flow(status_system, console, runway_status, protocol="https")
tm.flow(status_system, atc, runway_status, label="AFTN / ATC status link")

tm.flow(model_store, processing, model_update, label="load model")
tm.flow(vendor_engineer, vpn, session, model_update, protocol="ipsec")
tm.flow(vpn, processing, session, protocol="ssh")
tm.flow(vpn, model_store, model_update, protocol="sftp")
tm.flow(detection_db, vpn, samples, protocol="sftp", label="monthly sample export")
tm.flow(vpn, vendor_training, samples, protocol="ipsec")
tm.flow(vendor_training, vendor_engineer, model_update, label="new model version")
