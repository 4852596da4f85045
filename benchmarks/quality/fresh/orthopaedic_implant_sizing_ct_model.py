"""Orthopaedic implant sizing from knee CT: the first design, before any security review.

A US hospital's orthopaedic department uses a vendor-trained model that reads
pre-operative knee CT scans and proposes implant sizes and cutting-guide positions.
An inference service on a GPU server in the hospital data centre pulls each study
from PACS over DICOM, runs the model and writes the proposed plan to a plan store.
Surgeons, signed in through hospital SSO, review and adjust the plan in a planning
application and approve it; the approved plan and the scan are uploaded to the implant
vendor's portal, which 3D-prints patient-specific cutting guides. The vendor publishes
model updates on the same portal, which clinical IT installs, and a nightly job sends
de-identified cases to the vendor's research drop over SFTP for retraining.
Controls in this design: SSO, roles and audit logging on the planning app, surgeon
sign-off on every plan, encrypted plan storage, versioned models, DICOM
de-identification before export, and a clinical IT go-ahead before an update is live.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orthopaedic implant sizing CT model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Proposes knee implant sizes and cutting-guide positions from pre-operative "
    "CT; surgeons approve and the vendor prints patient-specific guides.",
)

# ---------------------------------------------------------------- data assets
ct_scan = tg.Data(
    "Knee CT study",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pre-operative CT series with DICOM patient identifiers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
study_query = tg.Data(
    "Study retrieve request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="DICOM query and retrieve by accession number.",
)
proposed_plan = tg.Data(
    "Proposed implant plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Femoral and tibial component sizes, resection levels and guide positions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
adjustments = tg.Data("Surgeon adjustments", kind="records", sensitivity=tg.Sensitivity.REGULATED)
approved_plan = tg.Data(
    "Approved surgical plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The surgeon-signed plan the cutting guides are made from.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
order_status = tg.Data(
    "Guide order status",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Order confirmation, guide design preview and shipping date.",
)
deid_cases = tg.Data(
    "De-identified cases",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="CT volumes with identifiers removed, paired with the approved plans.",
)
weights = tg.Data(
    "Sizing model weights",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
update_go_ahead = tg.Data(
    "Model update go-ahead",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Clinical IT's decision to install a vendor model version.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # The orthopaedic surgeons who review, adjust and approve each plan.
    surgeon = tm.add(tg.Actor("Orthopaedic surgeon", role="surgeon"))
    # Clinical IT staff who install vendor model updates on the GPU server.
    it_engineer = tm.add(
        tg.Actor("Clinical IT engineer", role="clinical systems engineer", privileged=True)
    )
    # The hospital's existing image archive, the source of the CT studies.
    pacs = tm.add(tg.DataStore("PACS", stores={ct_scan}, controls={c.RBAC()}))
    # Where surgeons see the scan with the proposed plan, adjust it and sign it off.
    planning_app = tm.add(
        tg.Service(
            "Surgical planning application",
            controls={
                c.Authentication(method="hospital SSO (Active Directory) with MFA"),
                c.RBAC(note="orthopaedic surgeons and their fellows only"),
                c.AuditLogging(retention_days=2190),
                c.HumanInTheLoop(approver="the operating surgeon"),
            },
        )
    )
    # Holds proposed and approved plans for each case.
    plan_store = tm.add(
        tg.DataStore(
            "Plan store",
            stores={proposed_plan, adjustments, approved_plan},
            controls={c.EncryptionAtRest(key_management="hospital database TDE")},
        )
    )
    # Nightly job that strips identifiers and exports cases for the vendor's training.
    deid_job = tm.add(
        tg.Pipeline(
            "Nightly de-identification export",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="DICOM basic de-identification profile")},
        )
    )

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # Pulls studies from PACS, runs the model on the GPU server and stores the proposal.
    inference = tm.add(
        tg.Service(
            "Sizing inference service",
            description="Runs on the orthopaedics GPU server.",
        )
    )
    # The vendor-trained CT model that proposes sizes and guide positions.
    model = tm.add(
        tg.Model(
            "Implant sizing model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Segments femur and tibia and regresses component sizes and "
            "cutting-guide positions; weights are trained and shipped by the vendor.",
        )
    )
    # Local store of the installed model versions, for pinning and rollback.
    model_store = tm.add(
        tg.ModelRegistry("Model store", stores={weights}, controls={c.ModelVersioning()})
    )
    # Installs a downloaded vendor update into the model store once clinical IT agrees.
    deploy = tm.add(
        tg.Pipeline(
            "Model update installation",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="clinical IT engineer")},
        )
    )

with tm.boundary("Implant vendor", trust=tg.Trust.PARTNER):
    # Receives approved plans and scans, and publishes model updates.
    vendor_portal = tm.add(tg.ExternalService("Implant vendor portal"))
    # The vendor's manufacturing that 3D-prints the patient-specific cutting guides.
    printing = tm.add(tg.ExternalService("Cutting-guide 3D printing"))
    # The vendor's drop for de-identified training cases.
    research_drop = tm.add(tg.ExternalService("Vendor research data drop"))

# ---------------------------------------------------------------- flows
tm.flow(inference, pacs, study_query, protocol="dicom")
tm.flow(pacs, inference, ct_scan, protocol="dicom")
tm.flow(inference, model, ct_scan)
tm.flow(model, inference, proposed_plan)
tm.flow(model_store, model, weights, label="load")
tm.flow(inference, plan_store, proposed_plan)

tm.flow(pacs, planning_app, ct_scan, protocol="dicom")
tm.flow(plan_store, planning_app, proposed_plan, approved_plan)
tm.flow(planning_app, plan_store, adjustments, approved_plan)
tm.flow(planning_app, surgeon, ct_scan, proposed_plan, order_status, protocol="https")
tm.flow(surgeon, planning_app, adjustments, approved_plan, protocol="https")

tm.flow(planning_app, vendor_portal, approved_plan, ct_scan, protocol="https")
tm.flow(vendor_portal, planning_app, order_status, protocol="https")
tm.flow(vendor_portal, printing, approved_plan, ct_scan)

tm.flow(plan_store, deid_job, approved_plan)
tm.flow(pacs, deid_job, ct_scan, protocol="dicom")
tm.flow(deid_job, research_drop, deid_cases, protocol="sftp")

tm.flow(vendor_portal, deploy, weights, protocol="https", label="model update download")
tm.flow(it_engineer, deploy, update_go_ahead)
tm.flow(deploy, model_store, weights)
