"""Radiotherapy auto-contouring: the first design, before any security review.

An EU cancer centre uses a vendor's CE-marked deep-learning model to outline
organs at risk and tumours on planning CT scans. The CT simulator sends scans to
the PACS, which routes them to the vendor's gateway on the hospital network. The
gateway pseudonymises each scan, uploads it over HTTPS to the vendor's cloud API,
and re-identifies the returned DICOM structure set before passing it to the
treatment planning system. Dosimetrists correct the contours there and a
radiation oncologist approves them before any plan is made; approved plans go to
the oncology information system. Medical physicists commission each new model
version against local reference cases before enabling it. The vendor was
assessed at procurement and uses a per-site API key; the planning system has
role-based logins and audit logs; vendor staff reach the gateway remotely.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radiotherapy auto-contouring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Vendor AI draws contours on planning CTs; clinicians correct and approve them.",
)

# ---------------------------------------------------------------- data assets
planning_ct = tg.Data(
    "Planning CT scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="DICOM CT series with patient name, ID and date of birth in the headers.",
)
pseudo_ct = tg.Data(
    "Pseudonymised CT scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Headers replaced by a study key; the anatomy itself is unchanged.",
)
auto_contours = tg.Data(
    "Auto-generated contours",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="DICOM RT structure set keyed by the study key.",
)
draft_contours = tg.Data(
    "Draft contours for the patient",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved_contours = tg.Data(
    "Approved contours",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
contour_edits = tg.Data("Contour corrections", kind="records", sensitivity=tg.Sensitivity.REGULATED)
approval = tg.Data("Contour approval", kind="records", sensitivity=tg.Sensitivity.REGULATED)
treatment_plan = tg.Data(
    "Treatment plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
prescription = tg.Data(
    "Prescription and patient details", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
reference_set = tg.Data(
    "Commissioning reference cases",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past patients' CTs with their clinically approved contours.",
)
commissioning_report = tg.Data("Commissioning results", kind="records")
enablement = tg.Data("Model version enablement", kind="instructions")
gateway_update = tg.Data(
    "Gateway software and configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Acquires the planning CT with the patient in treatment position.
    ct_sim = tm.add(tg.Device("CT simulator", fleet=False))
    # Hospital image archive; the routing rule sends planning CTs to the gateway.
    pacs = tm.add(tg.DataStore("PACS", stores={planning_ct}))
    # Vendor-supplied on-site gateway: the only component that talks to the vendor cloud.
    gateway = tm.add(
        tg.Service(
            "Contouring gateway",
            description="Vendor virtual appliance: pseudonymises, uploads, re-identifies, forwards.",
            controls={
                c.DataMinimization(note="DICOM headers pseudonymised before upload"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Radiotherapy department", trust=tg.Trust.RESTRICTED):
        # Where contours are corrected and approved, and plans are made.
        tps = tm.add(
            tg.Service(
                "Treatment planning system",
                controls={
                    c.Authentication(method="hospital Active Directory"),
                    c.RBAC(),
                    c.AuditLogging(),
                    c.HumanInTheLoop(
                        approver="radiation oncologist",
                        note="contours are approved by an oncologist before planning starts",
                    ),
                },
            )
        )
        # Record-and-verify system that holds prescriptions and approved plans.
        ois = tm.add(
            tg.DataStore("Oncology information system", stores={prescription, treatment_plan})
        )
        # Corrects the auto contours and builds the plan.
        dosimetrist = tm.add(tg.Actor("Dosimetrist", role="dosimetrist"))
        # Reviews and approves target and organ contours.
        oncologist = tm.add(tg.Actor("Radiation oncologist", role="clinician", privileged=True))
        # Commissions each new model version before clinical use.
        physicist = tm.add(tg.Actor("Medical physicist", role="physicist", privileged=True))
        # Local reference cases used for commissioning.
        ref_cases = tm.add(
            tg.Dataset("Commissioning reference set", stores={reference_set}, purpose="evaluation")
        )
        # Runs the reference cases through the gateway and compares contours.
        commissioning = tm.add(
            tg.Pipeline(
                "Model commissioning",
                stage=tg.Stage.EVALUATION,
                controls={
                    c.ModelValidation(note="Dice and surface distance per organ vs reference")
                },
            )
        )

with tm.boundary("Contouring vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's API that receives scans and returns structure sets.
    vendor_api = tm.add(
        tg.Endpoint(
            "Vendor contouring API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                c.Authentication(method="per-site API key"),
                c.SupplierAssessment(note="procurement review and data processing agreement"),
            },
        )
    )
    # The vendor's segmentation model; version changes are announced and pinned per site.
    model = tm.add(
        tg.Model(
            "Auto-contouring model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="3D segmentation network for organs at risk and target volumes.",
            controls={c.ModelVersioning(), c.ModelCards(note="vendor instructions for use")},
        )
    )
    # Vendor staff who support and update the on-site gateway.
    vendor_engineer = tm.add(
        tg.Actor("Vendor support engineer", role="vendor support", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(ct_sim, pacs, planning_ct, protocol="dicom")
tm.flow(pacs, gateway, planning_ct, protocol="dicom", label="auto-routing rule")
tm.flow(gateway, vendor_api, pseudo_ct, protocol="https")
tm.flow(vendor_api, model, pseudo_ct)
tm.flow(model, vendor_api, auto_contours)
tm.flow(vendor_api, gateway, auto_contours, protocol="https")
tm.flow(gateway, tps, draft_contours, protocol="dicom")
tm.flow(pacs, tps, planning_ct, protocol="dicom")

tm.flow(tps, dosimetrist, planning_ct, draft_contours)
tm.flow(dosimetrist, tps, contour_edits)
tm.flow(tps, oncologist, planning_ct, draft_contours)
tm.flow(oncologist, tps, approval, contour_edits)
tm.flow(ois, tps, prescription)
tm.flow(tps, ois, approved_contours, treatment_plan)

tm.flow(ois, ref_cases, approved_contours, label="selected past cases")
tm.flow(ref_cases, commissioning, reference_set)
tm.flow(commissioning, gateway, planning_ct, protocol="dicom", label="reference CTs")
tm.flow(gateway, commissioning, draft_contours, protocol="dicom")
tm.flow(commissioning, physicist, commissioning_report)
tm.flow(physicist, gateway, enablement, label="enables new model version")

tm.flow(vendor_engineer, gateway, gateway_update, protocol="https", label="remote support session")
