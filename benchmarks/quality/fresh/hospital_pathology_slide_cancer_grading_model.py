"""Prostate biopsy AI grading: the first design, before any security review.

Our US hospital's pathology lab scans prostate core biopsy slides on a digital
slide scanner into the slide image archive. When the laboratory information
system (LIS) sends a new prostate biopsy case, the grading service pulls the
case's whole-slide images, tiles them and runs our in-house Gleason grading
model on the on-premises GPU server; the grades, tumour percentage and heatmaps
go to an AI results store. The pathologist reads the slides in the web slide
viewer with the AI overlay, decides the grade and signs the report in the LIS,
which sends it on to the EHR. Pathologists also annotate slides in the viewer;
de-identified annotated slides feed quarterly retraining, and an ML engineer
promotes validated models from the registry. Controls: hospital SSO and roles on
the viewer, LIS audit trail, pathologist sign-off, de-identified training data,
model validation and versioning before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prostate biopsy AI grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Gleason grading of prostate biopsy slides shown to the signing pathologist.",
)

# ---------------------------------------------------------------- data assets
wsi = tg.Data(
    "Whole-slide images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="SVS files of each stained biopsy core, labelled with the accession number.",
)
case_order = tg.Data(
    "Biopsy case order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 message: accession number, patient MRN, specimen type and site.",
)
tiles = tg.Data("Slide tiles", kind="media", sensitivity=tg.Sensitivity.REGULATED)
grades = tg.Data(
    "AI Gleason grades and heatmaps",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-core Gleason pattern, grade group, tumour percentage and a heatmap overlay.",
)
case_record = tg.Data("Pathology case record", kind="records", sensitivity=tg.Sensitivity.REGULATED)
signed_report = tg.Data(
    "Signed pathology report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
annotations = tg.Data(
    "Pathologist annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Outlined regions with Gleason patterns drawn on slides.",
)
training_slides = tg.Data(
    "De-identified training slides",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Slides with accession numbers replaced by study ids.",
)
weights = tg.Data(
    "Grading model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the grading network.",
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Pathology lab", trust=tg.Trust.INTERNAL):
        # The lab's whole-slide scanner: where every digital slide comes from.
        scanner = tm.add(tg.Device("Digital slide scanner", fleet=False))
        # The pathologist who reads the case and signs the report.
        pathologist = tm.add(tg.Actor("Pathologist", role="pathologist"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # System of record for pathology cases and reports.
        lis = tm.add(
            tg.DataStore(
                "Laboratory information system",
                stores={case_record, case_order, signed_report},
                controls={c.AuditLogging(), c.Authentication(method="hospital SSO")},
            )
        )
        # The hospital EHR, where the signed report reaches the urologist.
        ehr = tm.add(tg.DataStore("Electronic health record", stores={signed_report}))
        # File store of every scanned slide.
        archive = tm.add(tg.DataStore("Slide image archive", stores={wsi}))

    with tm.boundary("AI grading platform", trust=tg.Trust.INTERNAL):
        # Picks up new prostate cases, runs the model and stores the results.
        grading = tm.add(tg.Service("Grading service"))
        # The Gleason grading network on the on-premises GPU server.
        model = tm.add(
            tg.Model(
                "Gleason grading model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Tile-level CNN aggregated into a grade group per core.",
            )
        )
        results = tm.add(tg.DataStore("AI results store", stores={grades}))
        # Web viewer the pathologist reads slides and the AI overlay in.
        viewer = tm.add(
            tg.Service(
                "Slide viewer",
                controls={
                    c.Authentication(method="hospital SSO"),
                    c.RBAC(),
                    c.HumanInTheLoop(approver="the signing pathologist"),
                },
            )
        )

    with tm.boundary("ML research environment", trust=tg.Trust.INTERNAL):
        # Annotated, de-identified slides the model is trained on.
        train_set = tm.add(
            tg.Dataset(
                "Annotated slide set",
                stores={training_slides, annotations},
                controls={c.DataMinimization()},
            )
        )
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning(), c.ModelValidation()},
            )
        )
        # Copies an approved checkpoint onto the GPU server.
        deploy = tm.add(tg.Pipeline("Model deployment", stage=tg.Stage.DEPLOYMENT))
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# scanning and case intake
tm.flow(scanner, archive, wsi, protocol="smb")
tm.flow(lis, grading, case_order, protocol="mllp", label="new prostate biopsy case")
tm.flow(archive, grading, wsi, protocol="smb")

# grading
tm.flow(grading, model, tiles)
tm.flow(model, grading, grades)
tm.flow(grading, results, grades)

# reading and sign-out
tm.flow(archive, viewer, wsi, protocol="smb")
tm.flow(results, viewer, grades)
tm.flow(viewer, pathologist, wsi, grades, protocol="https")
tm.flow(lis, pathologist, case_record, protocol="https")
tm.flow(pathologist, lis, signed_report, protocol="https", label="signs the report")
tm.flow(lis, ehr, signed_report, protocol="mllp")

# annotation and retraining
tm.flow(pathologist, viewer, annotations, protocol="https", label="draws annotations")
tm.flow(viewer, train_set, annotations, training_slides, label="de-identified export")
tm.flow(train_set, training, training_slides, annotations)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, deploy, approval, label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, model, weights, protocol="ssh", label="deploy")
