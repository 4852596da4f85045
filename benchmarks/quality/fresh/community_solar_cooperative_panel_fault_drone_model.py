"""Panel fault finder for a community solar cooperative: the first design.

A volunteer member flies a thermal-camera drone over the cooperative's 5 MW solar
farm each quarter and uploads the images to a portal in the cooperative's cloud
project. A fault analysis service runs an in-house hotspot detector over each
survey, compares hotspots with string-level yield pulled from the inverter
vendor's monitoring cloud and writes candidate faults to a fault register. The
operations coordinator approves repairs on a web dashboard; a scheduling service
e-mails work orders to the maintenance contractor, who reports repairs back on
the dashboard. Confirmed faults become labels for retraining, which a volunteer
data scientist runs and promotes through a model registry. Controls: per-person
sign-in on portal and dashboard, coordinator approval of every repair, TLS on
external links, encrypted image storage, upload checks and versioned models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Community solar panel fault finder",
    profile=tg.RiskProfile.LOW,
    description=(
        "Finds faulty solar panels from drone thermal surveys and inverter data, "
        "and schedules repairs with the maintenance contractor."
    ),
)

# ---------------------------------------------------------------- data assets
thermal_images = tg.Data(
    "Thermal survey images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Radiometric JPEGs with GPS position and altitude, one survey per quarter.",
)
telemetry_query = tg.Data(
    "String yield query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Site id, inverter ids and the time window of the survey.",
)
string_readings = tg.Data(
    "Inverter string readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-string current, voltage and daily yield from the inverters.",
)
detections = tg.Data(
    "Hotspot detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes, fault class and confidence for each panel.",
)
candidate_faults = tg.Data(
    "Candidate panel faults",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Panel position, fault class, yield loss estimate and status.",
)
repair_approval = tg.Data("Repair approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_order = tg.Data(
    "Repair work order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Panel locations, fault photos and site access instructions for the crew.",
)
completion_report = tg.Data(
    "Repair completion report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What was found and replaced, with the contractor's photos.",
)
fault_labels = tg.Data(
    "Confirmed fault labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_config = tg.Data("Training run configuration", kind="instructions")
release_approval = tg.Data("Detector release approval", kind="records")
detector_weights = tg.Data(
    "Hotspot detector weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A volunteer member who flies the quarterly survey and uploads from a laptop in the field.
    pilot = tm.add(tg.Actor("Volunteer drone pilot", role="drone pilot"))

with tm.boundary("Inverter vendor cloud", trust=tg.Trust.PARTNER):
    # The inverter maker's monitoring platform; the only source of string-level yield.
    inverter_cloud = tm.add(
        tg.ExternalService(
            "Inverter monitoring cloud",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Read-only monitoring API, called with the cooperative's API key.",
        )
    )

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # The O&M firm under contract; gets work orders and reports repairs back.
    contractor = tm.add(tg.Actor("Maintenance contractor", role="maintenance contractor"))

with tm.boundary("Cooperative cloud project", trust=tg.Trust.INTERNAL):
    # Where pilots hand in survey images; checks file type and size.
    upload_portal = tm.add(
        tg.Endpoint(
            "Survey upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password per pilot"),
                tg.controls.InputValidation(note="JPEG/TIFF only, 50 MB per file"),
            },
        )
    )
    # Bucket holding every survey, kept for year-on-year comparison.
    image_store = tm.add(
        tg.DataStore(
            "Thermal image store",
            stores={thermal_images},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the detector over a new survey and correlates hotspots with yield losses.
    fault_service = tm.add(
        tg.Service(
            "Fault analysis service",
            description="Triggered per uploaded survey; joins detections with string yield.",
        )
    )
    # The model that spots hot cells, bypass-diode failures and soiling in thermal images.
    detector = tm.add(
        tg.Model(
            "Panel hotspot detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Object detector fine-tuned from a public backbone on our own surveys.",
        )
    )
    # The cooperative's list of suspected and confirmed faults and their repair status.
    fault_register = tm.add(
        tg.DataStore("Fault register", stores={candidate_faults, completion_report})
    )
    # Web page where the coordinator reviews candidates and the contractor closes jobs.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Turns approved repairs into work orders and e-mails them to the contractor.
    scheduler = tm.add(
        tg.Service(
            "Repair scheduling service",
            controls={tg.controls.HumanInTheLoop(approver="the operations coordinator")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Thermal crops with labels confirmed by the contractor's repair reports.
        label_set = tm.add(
            tg.Dataset(
                "Labelled thermal image set",
                stores={fault_labels, thermal_images},
                purpose=tg.DatasetPurpose.TRAINING,
            )
        )
        # Retrains the detector a few times a year on a rented GPU instance.
        training = tm.add(tg.Pipeline("Detector training job", stage=tg.Stage.TRAINING))
        # Keeps each trained version so the service can be pinned or rolled back.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={detector_weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Cooperative staff", trust=tg.Trust.INTERNAL):
    # Part-time employee who decides which faults are worth a truck roll.
    coordinator = tm.add(tg.Actor("Operations coordinator", role="operations staff"))
    # Volunteer member who maintains the detector and promotes new versions.
    data_scientist = tm.add(
        tg.Actor("Volunteer data scientist", role="ml maintainer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(pilot, upload_portal, thermal_images, protocol="https")
tm.flow(upload_portal, image_store, thermal_images)
tm.flow(image_store, fault_service, thermal_images, label="new survey")

tm.flow(fault_service, inverter_cloud, telemetry_query, protocol="https")
tm.flow(inverter_cloud, fault_service, string_readings, protocol="https")
tm.flow(fault_service, detector, thermal_images)
tm.flow(detector, fault_service, detections)
tm.flow(fault_service, fault_register, candidate_faults)

tm.flow(fault_register, dashboard, candidate_faults, completion_report)
tm.flow(dashboard, coordinator, candidate_faults, completion_report, protocol="https")
tm.flow(coordinator, dashboard, repair_approval, protocol="https")
tm.flow(dashboard, fault_register, repair_approval, completion_report)
tm.flow(dashboard, scheduler, repair_approval)
tm.flow(fault_register, scheduler, candidate_faults)
tm.flow(scheduler, contractor, work_order, protocol="smtp+starttls", label="work order e-mail")
tm.flow(contractor, dashboard, completion_report, protocol="https")

tm.flow(fault_register, label_set, fault_labels, label="confirmed after repair")
tm.flow(image_store, label_set, thermal_images)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(label_set, training, fault_labels, thermal_images)
tm.flow(training, registry, detector_weights)
tm.flow(data_scientist, registry, release_approval, protocol="https", label="promotes version")
tm.flow(registry, detector, detector_weights, label="deploy")
