"""Radiology AI worklist triage: the first design, before any security review.

Non-contrast head CTs acquired on the hospital's scanners are stored in the PACS,
which auto-routes them over DICOM to an AI appliance that a vendor installs in our
data centre. The vendor's intracranial-haemorrhage detector flags suspected brain
bleeds, and the appliance sends an HL7 priority update to the RIS worklist so that
flagged studies jump to the top of the radiologists' queue; it also pushes a key-image
series back to the PACS. Radiologists still read every study in full.
The appliance sits on the imaging VLAN but is vendor-managed: the vendor pushes new
model and software versions from its update server over HTTPS, keeps the previous
version on the appliance for rollback, and its support engineers log in over a
site-to-site VPN for diagnostics. The appliance also sends usage telemetry to the
vendor's monitoring portal. PACS and RIS use hospital AD sign-in with role-based
access and HIPAA audit logging; the DICOM and HL7 links are the usual cleartext ones.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radiology AI worklist triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Vendor on-prem appliance flags suspected brain bleeds on head CT and "
    "reprioritises the radiology worklist.",
)

# ---------------------------------------------------------------- data assets
ct_study = tg.Data(
    "Head CT study",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="DICOM images with patient name, MRN, date of birth and accession number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
ich_result = tg.Data(
    "Suspected ICH flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Positive/negative flag per study, with the accession number.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
priority_update = tg.Data(
    "Worklist priority update",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 ORM message raising the study's reading priority to STAT.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
key_images = tg.Data(
    "Key-image series",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Secondary-capture series marking the suspected bleed.",
)
worklist = tg.Data("Prioritised worklist", kind="records", sensitivity=tg.Sensitivity.REGULATED)
read_status = tg.Data("Reading status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
model_package = tg.Data(
    "Vendor model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    description="The vendor's container image with model weights and inference code.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
update_status = tg.Data("Update status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
diagnostics = tg.Data(
    "Appliance diagnostics",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Service logs, which include accession numbers and study UIDs.",
)
support_commands = tg.Data(
    "Remote support commands", kind="instructions", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
telemetry = tg.Data(
    "Usage telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Study counts, positive rates and processing times per site.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The CT scanners in the emergency department and main radiology.
    scanners = tm.add(
        tg.Device(
            "CT scanners",
            fleet=True,
            description="Modalities that send completed studies to the PACS.",
        )
    )
    # The system of record for images; routes head CTs to the appliance.
    pacs = tm.add(
        tg.DataStore(
            "PACS",
            stores={ct_study, key_images},
            description="Image archive with an auto-routing rule for non-contrast head CT.",
            controls={
                c.Authentication(method="hospital AD"),
                c.RBAC(),
                c.AuditLogging(note="HIPAA access audit"),
                c.EncryptionAtRest(),
            },
        )
    )
    # Holds the reading queue the radiologists work from.
    ris = tm.add(
        tg.Service(
            "RIS worklist",
            description="Radiology information system; orders and reading priorities.",
            controls={c.Authentication(method="hospital AD"), c.AuditLogging()},
        )
    )
    # Reads every study; the AI only changes the order they are read in.
    radiologist = tm.add(tg.Actor("Radiologist", role="radiologist"))

    with tm.boundary("Vendor AI appliance", trust=tg.Trust.PARTNER):
        # Receives routed studies (DICOM C-STORE) and sends results back out.
        gateway = tm.add(
            tg.Endpoint(
                "Appliance DICOM gateway",
                purpose=tg.EndpointPurpose.INFERENCE,
                description="DICOM receiver, result dispatcher and the vendor's admin console.",
            )
        )
        # The vendor's cleared ICH detector; its output moves studies up the queue.
        ich_model = tm.add(
            tg.Model(
                "ICH detection model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.THIRD_PARTY_API,
                high_stakes=True,
                description="Vendor-supplied weights run locally; the hospital cannot inspect them.",
                controls={
                    c.ModelValidation(note="vendor's regulatory clearance testing"),
                    c.HumanInTheLoop(
                        approver="radiologist",
                        note="flags only reorder the worklist; every study is still read",
                    ),
                },
            )
        )
        # Local cache of received studies and results while they are processed.
        case_cache = tm.add(
            tg.DataStore(
                "Appliance study cache",
                stores={ct_study, ich_result, diagnostics},
                description="Studies and results kept on the appliance disk for 30 days.",
            )
        )
        # Installed model versions; the previous one is kept for rollback.
        model_store = tm.add(
            tg.ModelRegistry(
                "Appliance model store",
                stores={model_package},
                controls={c.ModelVersioning(note="previous version kept for rollback")},
            )
        )
        # Pulls and installs the vendor's new versions.
        updater = tm.add(
            tg.Pipeline(
                "Appliance update agent",
                stage=tg.Stage.DEPLOYMENT,
                description="Polls the vendor update server and installs new packages.",
            )
        )

with tm.boundary("Vendor cloud", trust=tg.Trust.PARTNER):
    # Where the vendor publishes model and software releases.
    update_server = tm.add(
        tg.ExternalService(
            "Vendor update server",
            provides=tg.ExternalCategory.CONTAINER_REGISTRY,
        )
    )
    # Vendor dashboard of appliance health and usage across customer sites.
    monitoring = tm.add(tg.ExternalService("Vendor monitoring portal"))
    # Vendor staff who troubleshoot the appliance remotely.
    vendor_engineer = tm.add(
        tg.Actor("Vendor support engineer", role="vendor support", privileged=True)
    )

# ---------------------------------------------------------------- flows
# images in and out
tm.flow(scanners, pacs, ct_study, protocol="dicom")
tm.flow(pacs, gateway, ct_study, protocol="dicom", label="auto-route head CT")
tm.flow(gateway, ich_model, ct_study)
tm.flow(ich_model, gateway, ich_result)
tm.flow(gateway, case_cache, ct_study, ich_result)
tm.flow(gateway, ris, priority_update, protocol="mllp", label="HL7 priority update")
tm.flow(gateway, pacs, key_images, protocol="dicom")

# reading
tm.flow(ris, radiologist, worklist, protocol="https")
tm.flow(radiologist, ris, read_status, protocol="https")
tm.flow(pacs, radiologist, ct_study, key_images, protocol="dicom", label="viewer")

# vendor updates
tm.flow(update_server, updater, model_package, protocol="https", label="new release")
tm.flow(updater, update_server, update_status, protocol="https")
tm.flow(updater, model_store, model_package)
tm.flow(model_store, ich_model, model_package, label="load on start")

# vendor support and telemetry
tm.flow(vendor_engineer, gateway, support_commands, protocol="ssh", label="via site-to-site VPN")
tm.flow(gateway, vendor_engineer, diagnostics, protocol="ssh")
tm.flow(gateway, monitoring, telemetry, protocol="https")
