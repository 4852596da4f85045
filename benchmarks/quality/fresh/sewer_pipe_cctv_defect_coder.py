"""Sewer pipe CCTV defect coder: the first design, before any security review.

A regional water utility hires survey contractors whose crews drive crawler
cameras through sewer pipes. The survey unit in each van records the video and
the survey header (pipe reference, start and finish manholes, direction, date)
and uploads both to the utility's survey upload portal, signed in with a
username and password issued to each contractor crew. A coding service samples
frames and runs an in-house defect detection model that codes cracks, fractures,
roots, deformation and infiltration to the MSCC5 standard and grades each pipe.
Utility engineers review and correct every coded survey in a review app (Entra ID
sign-in) before it is released to the rehabilitation planning system, which joins
it with the GIS asset register. Engineers' corrections are kept as labels and the
model is retrained each quarter by the data science team; versions are held in a
model registry. Footage is stored in cloud object storage with default encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sewer pipe CCTV defect coder",
    profile=tg.RiskProfile.HIGH,
    description="Automated MSCC5 defect coding of contractor sewer CCTV surveys, engineer-reviewed.",
)

# ---------------------------------------------------------------- data assets
survey_video = tg.Data(
    "Survey video",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
survey_header = tg.Data(
    "Survey header",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pipe reference, manholes, direction, material, diameter, crew, date.",
)
upload_receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
frames = tg.Data("Sampled video frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
defect_codes = tg.Data(
    "Predicted defect codes",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="MSCC5 observation codes with chainage, clock position and confidence.",
)
coded_survey = tg.Data(
    "Coded survey",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Header, coded observations and structural and service grades.",
)
corrections = tg.Data(
    "Engineer corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
approved_survey = tg.Data(
    "Approved survey",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
asset_data = tg.Data(
    "Sewer asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pipe network geometry, locations, material, age and criticality.",
)
rehab_plan = tg.Data(
    "Rehabilitation work plan", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_set = tg.Data(
    "Labelled defect frames",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Defect model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Survey contractors", trust=tg.Trust.PARTNER):
    # Contractor camera operators, several companies on framework contracts.
    operator = tm.add(tg.Actor("Contractor CCTV operator", role="survey contractor"))
    # Crawler camera and the van's survey unit that records and uploads each survey.
    survey_unit = tm.add(
        tg.Device(
            "Crawler camera survey unit",
            fleet=True,
            description="Vendor inspection software on a van PC, connected over 4G.",
        )
    )

with tm.boundary("Utility cloud", trust=tg.Trust.INTERNAL):
    # Where contractors upload surveys; reachable from the internet for the vans.
    upload_portal = tm.add(
        tg.Endpoint(
            "Survey upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="username and password per contractor crew"),
                c.SchemaEnforcement(note="header checked against the MSCC5 exchange format"),
            },
        )
    )
    # Raw footage and headers, kept for the life of the asset record.
    footage_store = tm.add(
        tg.DataStore(
            "Survey footage store",
            stores={survey_video, survey_header},
            controls={c.EncryptionAtRest(key_management="cloud provider default")},
        )
    )
    # Samples frames from each video, calls the model and assembles the coded survey.
    coding_service = tm.add(tg.Service("Defect coding service"))
    # Detector fine-tuned in-house from an open backbone; codes defects to MSCC5.
    defect_model = tm.add(
        tg.Model("Defect detection model", task=tg.Task.DETECTOR, returns_scores=True)
    )
    # Coded surveys waiting for, and after, engineer review.
    coded_store = tm.add(tg.DataStore("Coded survey database", stores={coded_survey, corrections}))
    # Web app where engineers watch the footage against the codes and correct them.
    review_app = tm.add(
        tg.Service(
            "Survey review app",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.HumanInTheLoop(approver="utility asset engineer"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Frames with engineer-confirmed codes, rebuilt before each retraining.
        dataset = tm.add(tg.Dataset("Defect training set", stores={training_set}))
        # Quarterly retraining job run by the data science team.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Versions of the model; the coding service loads the one tagged for production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Asset engineers who sign off coded surveys.
    engineer = tm.add(tg.Actor("Utility asset engineer", role="engineer"))
    # GIS asset register: the utility's record of the sewer network.
    gis = tm.add(tg.DataStore("GIS asset register", stores={asset_data}))
    # Capital planning tool that ranks pipes for relining or replacement.
    planning = tm.add(tg.Service("Rehabilitation planning system"))
    # Data scientist who runs retraining and tags releases.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(operator, survey_unit, survey_header, label="enters header")
tm.flow(survey_unit, upload_portal, survey_video, survey_header, protocol="https")
tm.flow(upload_portal, survey_unit, upload_receipt, protocol="https")
tm.flow(upload_portal, footage_store, survey_video, survey_header)

tm.flow(footage_store, coding_service, survey_video, survey_header)
tm.flow(gis, coding_service, asset_data, label="pipe attributes by reference")
tm.flow(coding_service, defect_model, frames)
tm.flow(defect_model, coding_service, defect_codes)
tm.flow(coding_service, coded_store, coded_survey)

tm.flow(coded_store, review_app, coded_survey)
tm.flow(footage_store, review_app, survey_video, label="playback")
tm.flow(review_app, engineer, coded_survey, survey_video, protocol="https")
tm.flow(engineer, review_app, corrections, approved_survey, protocol="https")
tm.flow(review_app, coded_store, corrections, approved_survey)
tm.flow(review_app, planning, approved_survey, protocol="https")

tm.flow(gis, planning, asset_data)
tm.flow(planning, engineer, rehab_plan)

tm.flow(coded_store, dataset, corrections, label="confirmed codes")
tm.flow(footage_store, dataset, frames, label="frames at coded chainages")
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, label="starts retraining")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, label="tags production version")
tm.flow(registry, coding_service, weights, label="loads production model")
