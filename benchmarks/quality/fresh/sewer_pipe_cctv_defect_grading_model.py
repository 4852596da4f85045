"""Sewer CCTV defect grading: the first design, before any security review.

The water company's asset team commissions survey contractors to push crawler
cameras through its sewers. Contractors upload each survey (the MP4 footage plus
the survey header: pipe and manhole references, location, date) to an upload
portal in the company's cloud tenant. A frame extraction pipeline samples frames,
and a nightly grading job runs an in-house defect model that codes and grades
structural and service defects (MSCC5-style grades 1 to 5) for every pipe length.
Asset engineers open the grades in a review app: grades 4 and 5 wait for an
engineer's sign-off, lower grades go straight into the on-premises asset register
that drives rehabilitation planning and regulatory reporting. Engineers'
corrections and historical coded surveys become training labels; the model is
fine-tuned from a public pretrained backbone and stored in a model registry.
Controls in this design: contractor portal logins, file type checks on upload,
KMS encryption of the footage bucket, SSO with MFA for staff, versioned datasets.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sewer CCTV defect grading",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Grades defects in contractor sewer CCTV surveys; grades feed the asset register "
        "used for rehabilitation planning and regulatory condition reporting."
    ),
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Sewer survey footage",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="MP4 crawler-camera video of each pipe length.",
)
survey_header = tg.Data(
    "Survey header records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pipe and manhole references, street location, survey date, contractor crew.",
)
upload_receipt = tg.Data("Upload status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
frames = tg.Data(
    "Sampled video frames",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Frames sampled every half metre of travel, with chainage.",
)
grades = tg.Data(
    "Model defect grades",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Defect code, grade 1-5, chainage and confidence per pipe length.",
)
reviewed_grades = tg.Data(
    "Reviewed pipe condition grades",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
corrections = tg.Data(
    "Engineer grade corrections", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
historical_codes = tg.Data(
    "Historical coded surveys",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Defect codes from accredited coders on past surveys.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
backbone = tg.Data(
    "Pretrained backbone weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="ImageNet-pretrained CNN checkpoint (.pth) downloaded from a public hub.",
)
weights = tg.Data(
    "Defect model checkpoint", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the team gets the pretrained vision backbone it fine-tunes.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Survey contractors", trust=tg.Trust.PARTNER):
    # Framework contractors who run the CCTV crawlers and upload each survey.
    contractor = tm.add(tg.Actor("Survey contractor", role="CCTV survey contractor"))

with tm.boundary("Asset analytics cloud tenant", trust=tg.Trust.INTERNAL):
    # Web portal where contractors hand in surveys; the only component open to the internet.
    portal = tm.add(
        tg.Endpoint(
            "Survey upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="contractor accounts, e-mail and password"),
                c.InputValidation(note="accepts only MP4 video and XML survey headers under 20 GB"),
            },
        )
    )
    # Object storage bucket holding every survey as uploaded.
    footage_store = tm.add(
        tg.DataStore(
            "Survey footage bucket",
            stores={footage, survey_header},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Decodes the video with ffmpeg and samples frames by chainage.
    extraction = tm.add(
        tg.Pipeline(
            "Frame extraction pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Nightly job that runs the model over every new survey.
    grading_job = tm.add(
        tg.Service(
            "Nightly grading job",
            description="Batches new surveys, calls the model, attaches grades to pipe lengths.",
        )
    )
    # The CNN that codes and grades defects; in-house, fine-tuned on our coded surveys.
    model = tm.add(
        tg.Model(
            "Sewer defect grading model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Classifies structural and service defects in pipe frames and grades them 1-5.",
        )
    )
    # Web app where asset engineers check, correct and sign off model grades.
    review_app = tm.add(
        tg.Service(
            "Grade review app",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.HumanInTheLoop(
                    approver="asset engineer",
                    above="grade 3",
                    note="grades 4 and 5 wait for sign-off; grades 1 to 3 are written automatically",
                ),
            },
        )
    )

    with tm.boundary("ML training environment", trust=tg.Trust.INTERNAL):
        # Frames with coder and engineer labels, versioned per training run.
        dataset = tm.add(
            tg.Dataset(
                "Labelled defect dataset",
                stores={frames, historical_codes, corrections},
                controls={c.DataVersioning()},
            )
        )
        # Fine-tunes the backbone on the labelled frames on a GPU node.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Holds each trained checkpoint; the grading job loads the latest tagged one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews grades and plans rehabilitation from them.
    engineer = tm.add(tg.Actor("Asset engineer", role="asset engineer"))
    # Builds and retrains the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # The existing on-premises asset management system: the record of pipe condition.
    asset_register = tm.add(
        tg.DataStore("Asset register", stores={reviewed_grades, historical_codes})
    )

# ---------------------------------------------------------------- flows
tm.flow(contractor, portal, footage, survey_header, protocol="https")
tm.flow(portal, contractor, upload_receipt, protocol="https")
tm.flow(portal, footage_store, footage, survey_header)
tm.flow(footage_store, extraction, footage, survey_header)
tm.flow(extraction, grading_job, frames, survey_header)
tm.flow(grading_job, model, frames)
tm.flow(model, grading_job, grades)
tm.flow(grading_job, review_app, grades, survey_header)
tm.flow(review_app, engineer, grades, frames, protocol="https")
tm.flow(engineer, review_app, corrections, reviewed_grades, protocol="https")
tm.flow(review_app, asset_register, reviewed_grades, protocol="https", label="nightly import")
tm.flow(asset_register, review_app, reviewed_grades, protocol="https", label="pipe history")

tm.flow(review_app, dataset, corrections)
tm.flow(extraction, dataset, frames)
tm.flow(asset_register, dataset, historical_codes, protocol="https", label="bulk export")
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(ml_engineer, training, training_config, protocol="ssh")
tm.flow(dataset, training, frames, historical_codes, corrections)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load latest tagged checkpoint")
