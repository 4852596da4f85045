"""Cobbled street repair prioritisation: the first design, before any security review.

The city's highways team looks after several kilometres of historic setts in the old
town. A drone survey contractor flies the cobbled streets each quarter and uploads
georeferenced imagery over SFTP; members of the public can also report loose or sunken
setts with a photo through a form on the council website. A preprocessing pipeline in
the council's cloud tenancy tiles the images and runs an in-house defect detector on
them. A prioritisation service combines the detections with the highways asset
register (conservation status, footfall, past repairs) into a ranked repair list,
which a highways inspector reviews and signs off in a works dashboard before the
heritage paving crew schedules the work. Inspectors also annotate sample tiles that
retrain the detector each season. Staff sign in with the council's single sign-on;
the report form is anonymous, with file checks on uploads.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cobbled street repair prioritisation",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Finds loose and sunken setts in drone and public-report photos and "
    "ranks repairs for the heritage paving crew.",
)

# ---------------------------------------------------------------- data assets
public_report = tg.Data(
    "Pedestrian defect report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Street, location pin, description and an optional e-mail address.",
)
report_photo = tg.Data(
    "Report photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo of the paving; may show passers-by or house fronts.",
)
report_reference = tg.Data("Report reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
drone_imagery = tg.Data(
    "Drone survey imagery",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="High-resolution orthophotos of the streets; people and vehicles appear in them.",
)
tiles = tg.Data("Georeferenced image tiles", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Sett defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes of loose, missing or sunken setts with a confidence score.",
)
annotations = tg.Data(
    "Inspector annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_tiles = tg.Data(
    "Annotated training tiles", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Defect detector checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
asset_records = tg.Data(
    "Street asset records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Street sections, conservation area and listing status, footfall, past repairs.",
)
priority_list = tg.Data("Ranked repair list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
programme = tg.Data(
    "Approved repair programme", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
completion = tg.Data(
    "Repair completion update", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents and visitors who spot a trip hazard and report it.
    reporter = tm.add(tg.Actor("Member of the public", role="street user"))

with tm.boundary("Drone survey contractor", trust=tg.Trust.PARTNER):
    # The contractor's quarterly survey flights: the main source of imagery.
    drone_survey = tm.add(
        tg.DataSource(
            "Drone survey deliveries",
            origin=tg.Origin.PARTNER,
            provides={drone_imagery},
            description="Orthophoto batches uploaded by the contractor after each flight.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public web form for reporting damaged paving.
    report_form = tm.add(
        tg.Endpoint(
            "Street defect report form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="image type and size checks on uploads")},
        )
    )
    # Holds every survey image and public report, the input to the pipeline.
    image_store = tm.add(
        tg.DataStore(
            "Survey image bucket",
            stores={drone_imagery, report_photo, public_report, tiles},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Tiles and georeferences images and runs the detector over each batch.
    preprocessing = tm.add(
        tg.Pipeline(
            "Tiling and inference pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # The vision model that finds the defective setts.
    detector = tm.add(
        tg.Model(
            "Sett defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Object detector fine-tuned on annotated tiles of the city's setts.",
        )
    )
    # Turns detections, reports and asset data into a ranked list of repairs.
    prioritiser = tm.add(
        tg.Service(
            "Repair prioritisation service",
            description="Scores each street section by defect severity, footfall and heritage status.",
            controls={
                c.HumanInTheLoop(
                    approver="highways inspector",
                    note="no works order is raised until the inspector signs off the programme",
                )
            },
        )
    )
    # Where inspectors review the ranking and the paving crew sees its programme.
    dashboard = tm.add(
        tg.Endpoint(
            "Works dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Sample tiles annotated by inspectors for seasonal retraining.
        training_set = tm.add(
            tg.Dataset("Annotated sett tiles", stores={training_tiles, annotations})
        )
        # Seasonal fine-tuning of the detector.
        training = tm.add(
            tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Keeps each trained checkpoint for deployment and rollback.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # The existing highways asset management system, the record of every street.
    asset_register = tm.add(
        tg.DataStore("Highways asset register", stores={asset_records}, controls={c.RBAC()})
    )
    # Reviews the ranking, approves the programme and annotates training tiles.
    inspector = tm.add(tg.Actor("Highways inspector", role="inspector"))
    # Schedules and reports back on the heritage paving crew's work.
    crew_supervisor = tm.add(tg.Actor("Heritage paving crew supervisor", role="crew supervisor"))

# ---------------------------------------------------------------- flows
tm.flow(reporter, report_form, public_report, report_photo, protocol="https")
tm.flow(report_form, reporter, report_reference, protocol="https")
tm.flow(report_form, image_store, public_report, report_photo)
tm.flow(drone_survey, image_store, drone_imagery, protocol="sftp")

tm.flow(image_store, preprocessing, drone_imagery, report_photo)
tm.flow(preprocessing, image_store, tiles)
tm.flow(preprocessing, detector, tiles)
tm.flow(detector, preprocessing, detections)
tm.flow(preprocessing, prioritiser, detections)
tm.flow(image_store, prioritiser, public_report, label="report locations")
tm.flow(asset_register, prioritiser, asset_records, label="nightly sync")

tm.flow(prioritiser, dashboard, priority_list)
tm.flow(dashboard, inspector, priority_list, protocol="https")
tm.flow(inspector, dashboard, programme, protocol="https", label="signs off the programme")
tm.flow(dashboard, prioritiser, programme)
tm.flow(dashboard, crew_supervisor, programme, protocol="https")
tm.flow(crew_supervisor, dashboard, completion, protocol="https")
tm.flow(dashboard, asset_register, completion, label="repair history")

tm.flow(image_store, training_set, tiles, label="sampled tiles")
tm.flow(inspector, training_set, annotations, protocol="https", label="annotation tool")
tm.flow(training_set, training, training_tiles, annotations)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
