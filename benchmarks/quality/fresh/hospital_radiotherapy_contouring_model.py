"""Organ-at-risk auto-contouring at an NHS cancer centre: first design.

Planning CT scans from the radiotherapy CT simulator are sent over DICOM to an
auto-contouring server on the radiotherapy VLAN. An in-house segmentation model
(3D U-Net, trained on the centre's own approved structure sets) draws organ-at-risk
contours; the server returns the CT and an RTSTRUCT to the treatment planning
system, where contours arrive unapproved. Dosimetrists edit them and a clinical
oncologist approves the structure set before any plan is made. Monthly, approved
cases are exported, pseudonymised, into training and test sets on the research
network; clinical scientists retrain the model and a medical physicist signs off
each version after a commissioning evaluation before it is deployed. Controls: TPS
sign-in with role-based access and an audit trail, oncologist approval of every
structure set, pseudonymisation of exported cases, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radiotherapy OAR auto-contouring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Draws organ-at-risk contours on planning CTs for dosimetrists and oncologists to edit and approve.",
)

# ---------------------------------------------------------------- data assets
planning_ct = tg.Data(
    "Planning CT images",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="DICOM CT series with patient demographics in the headers.",
)
ai_contours = tg.Data(
    "AI organ-at-risk contours",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="RTSTRUCT with one contour per organ at risk, marked as unapproved.",
)
edited_contours = tg.Data(
    "Edited structure set",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
approval = tg.Data("Structure set approval", sensitivity=tg.Sensitivity.REGULATED, kind="records")
planning_records = tg.Data(
    "Planning records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="CT series, structure sets, approvals and plans per patient course.",
)
training_cases = tg.Data(
    "Pseudonymised training cases",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
    description="CT and approved contours with identifiers replaced by a study key.",
)
test_cases = tg.Data(
    "Pseudonymised test cases",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
weights = tg.Data(
    "Segmentation model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)
eval_report = tg.Data(
    "Commissioning evaluation report",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Dice and surface distance per organ against the test set.",
)
release = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Plan the treatment and edit the contours at TPS workstations.
    dosimetrist = tm.add(tg.Actor("Dosimetrist", role="dosimetrist"))
    # Reviews and approves the structure set for each patient.
    oncologist = tm.add(tg.Actor("Clinical oncologist", role="consultant clinical oncologist"))
    # Commissions each model version for clinical use.
    physicist = tm.add(tg.Actor("Medical physicist", role="medical physicist", privileged=True))

    with tm.boundary("Radiotherapy VLAN", trust=tg.Trust.RESTRICTED):
        # The CT simulator that acquires the planning scan.
        ct_scanner = tm.add(tg.Device("Planning CT scanner", fleet=False))
        # DICOM node that runs the model on each new series and forwards the result.
        autocontour = tm.add(
            tg.Service(
                "Auto-contouring server",
                description="GPU server; DICOM listener for the CT simulator, sends CT and RTSTRUCT on to the TPS.",
            )
        )
        # The segmentation model itself, loaded on the auto-contouring server.
        model = tm.add(
            tg.Model(
                "OAR segmentation model",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                description="3D U-Net outlining organs at risk on planning CT; contours steer the dose plan.",
            )
        )
        # The vendor treatment planning system where contours are edited and approved.
        tps = tm.add(
            tg.Service(
                "Treatment planning system",
                controls={
                    c.Authentication(method="hospital Active Directory password"),
                    c.RBAC(note="only consultant oncologists can approve a structure set"),
                    c.AuditLogging(),
                    c.HumanInTheLoop(
                        approver="consultant clinical oncologist",
                        note="AI contours arrive unapproved; planning needs an approved structure set",
                    ),
                },
            )
        )
        # The TPS database of courses, images, structure sets and plans.
        planning_db = tm.add(tg.DataStore("Planning database", stores={planning_records}))

with tm.boundary("Research network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model.
    scientist = tm.add(
        tg.Actor("Clinical scientist", role="ML clinical scientist", privileged=True)
    )
    # Monthly job that exports approved cases and strips identifiers.
    export_job = tm.add(
        tg.Pipeline(
            "Monthly case export",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(
                    note="DICOM de-identification profile; identifiers replaced by a study key"
                ),
                c.ImpactAssessment(basis="public task Art. 6(1)(e); health care Art. 9(2)(h)"),
            },
        )
    )
    # Training cases, on the research file server.
    training_set = tm.add(tg.Dataset("Contour training set", stores={training_cases}))
    # Held-out cases the commissioning evaluation scores against.
    test_set = tm.add(tg.Dataset("Contour test set", stores={test_cases}, purpose="evaluation"))
    # Training runs on the research GPU workstation.
    training = tm.add(
        tg.Pipeline("Model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Scores a candidate on the test set for the physicist's sign-off.
    evaluation = tm.add(tg.Pipeline("Commissioning evaluation", stage=tg.Stage.EVALUATION))
    # Versioned checkpoints; the auto-contouring server loads the released one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Clinical path
tm.flow(ct_scanner, autocontour, planning_ct, protocol="dicom")
tm.flow(autocontour, model, planning_ct)
tm.flow(model, autocontour, ai_contours)
tm.flow(autocontour, tps, planning_ct, ai_contours, protocol="dicom")
tm.flow(tps, planning_db, planning_ct, ai_contours, edited_contours, approval)
tm.flow(planning_db, tps, planning_records)
tm.flow(tps, dosimetrist, planning_ct, ai_contours, label="TPS workstation")
tm.flow(dosimetrist, tps, edited_contours, label="TPS workstation")
tm.flow(tps, oncologist, planning_ct, edited_contours, label="TPS workstation")
tm.flow(oncologist, tps, approval, label="TPS workstation")

# Retraining and release
tm.flow(planning_db, export_job, planning_records, label="monthly export of approved cases")
tm.flow(export_job, training_set, training_cases)
tm.flow(export_job, test_set, test_cases)
tm.flow(training_set, training, training_cases)
tm.flow(scientist, training, training_config)
tm.flow(training, registry, weights, label="candidate version")
tm.flow(registry, evaluation, weights)
tm.flow(test_set, evaluation, test_cases)
tm.flow(evaluation, physicist, eval_report)
tm.flow(physicist, registry, release, label="signs off version")
tm.flow(registry, model, weights, label="deploy released version")
