"""Dental lab crown design with a CAD-assist model: first design.

An EU dental laboratory takes crown and bridge cases from dentists. Dentists upload
intraoral scans and a prescription (patient name, tooth, shade, notes) through the
lab's scan portal, hosted in the lab's cloud tenancy with per-practice logins; cases
sit in an encrypted case store. Technicians open each case in the CAD software on
their workstation, whose AI add-on sends the scan (by case number) to the CAD
vendor's hosted crown design model and gets back a proposed crown. The technician
adjusts and approves every design before it is saved to the lab's design archive
(backed up nightly); the CAM station nests approved designs and sends the toolpath
to the milling machine on the lab floor. Dentists can view a design preview and the
case status on the portal. The CAD vendor pushes software and model updates to the
workstations and is covered by a data processing agreement.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Dental lab crown design CAD-assist model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Crown proposals from a hosted CAD-assist model, approved by technicians "
    "and milled in the lab, from dentists' intraoral scans.",
)

# ---------------------------------------------------------------- data assets
scans = tg.Data(
    "Intraoral scan files",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="STL/PLY meshes of the prepared tooth, antagonist and bite.",
)
prescription = tg.Data(
    "Dental prescription",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient name and age, tooth number, material, shade, dentist's notes.",
)
design_request = tg.Data(
    "Case scan for design",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The scan meshes and tooth number, labelled by case number only.",
)
proposal = tg.Data(
    "Proposed crown shape",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approved_design = tg.Data(
    "Approved crown design",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Final crown mesh with case number, as approved by the technician.",
)
toolpath = tg.Data(
    "Milling toolpath",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="NC program for the mill, nested from one or more approved designs.",
)
preview = tg.Data("Design preview and case status", kind="media", sensitivity=tg.Sensitivity.PII)
software_update = tg.Data(
    "CAD software and model update", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
portal_accounts = tg.Data(
    "Practice portal accounts", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers: dental practices sending cases.
    dentist = tm.add(tg.Actor("Dentist", role="referring dentist"))

with tm.boundary("Lab cloud tenancy", trust=tg.Trust.INTERNAL):
    # How cases arrive and how dentists follow them up.
    portal = tm.add(
        tg.Endpoint(
            "Scan portal",
            purpose=tg.EndpointPurpose.API,
            description="Web portal and upload API for dental practices.",
            controls={
                c.Authentication(method="per-practice accounts with e-mail and password"),
                c.InputValidation(note="accepts only STL, PLY and PDF uploads up to 200 MB"),
            },
        )
    )
    # Every case: scans, prescription, status and the preview.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={scans, prescription, approved_design, portal_accounts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Lab office network", trust=tg.Trust.INTERNAL):
    technician = tm.add(tg.Actor("Dental technician", role="CAD technician"))
    lab_manager = tm.add(tg.Actor("Lab manager", role="lab manager", privileged=True))
    # The CAD software with its AI add-on; where the technician approves each crown.
    cad = tm.add(
        tg.Service(
            "CAD workstation",
            description="Dental CAD software with the vendor's crown-proposal add-on.",
            controls={c.HumanInTheLoop(approver="the dental technician, for every design")},
        )
    )
    # The lab's file server of finished work.
    archive = tm.add(
        tg.DataStore(
            "Design archive",
            stores={approved_design, scans},
            controls={c.DataVersioning(note="nightly backup to the lab NAS")},
        )
    )

with tm.boundary("Lab floor", trust=tg.Trust.INTERNAL):
    # Nests designs into blanks and generates toolpaths.
    cam = tm.add(tg.Service("CAM station", description="CAM software next to the mill."))
    # Mills zirconia and PMMA crowns from the toolpath.
    mill = tm.add(tg.Device("Milling machine", fleet=False, description="5-axis dental mill."))

with tm.boundary("CAD vendor cloud", trust=tg.Trust.PARTNER):
    # The model that proposes crown shapes; hosted and trained by the CAD vendor.
    design_model = tm.add(
        tg.Model(
            "Crown design model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Generates a crown mesh fitted to the preparation and neighbours.",
            controls={
                c.SupplierAssessment(note="DPA and security questionnaire with the CAD vendor")
            },
        )
    )
    # Licences and pushes CAD software and add-on updates.
    vendor_updates = tm.add(tg.ExternalService("CAD vendor update service"))

# ---------------------------------------------------------------- flows
# Case intake and follow-up
tm.flow(dentist, portal, scans, prescription, protocol="https")
tm.flow(portal, case_store, scans, prescription, approved_design, portal_accounts)
tm.flow(case_store, portal, preview)
tm.flow(portal, dentist, preview, protocol="https")
tm.flow(lab_manager, portal, portal_accounts, protocol="https", label="manages practice accounts")

# Design
tm.flow(portal, cad, scans, prescription, protocol="https", label="case download")
tm.flow(cad, design_model, design_request, protocol="https")
tm.flow(design_model, cad, proposal, protocol="https")
tm.flow(cad, technician, proposal, label="shown in the CAD software")
tm.flow(technician, cad, approved_design, label="adjusts and approves")
tm.flow(cad, archive, approved_design, scans, protocol="smb")
tm.flow(cad, portal, approved_design, preview, protocol="https", label="design and status upload")

# Manufacture
tm.flow(archive, cam, approved_design, protocol="smb")
tm.flow(cam, mill, toolpath, protocol="smb")

# Vendor updates
tm.flow(vendor_updates, cad, software_update, protocol="https")
