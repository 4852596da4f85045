"""Radiology report drafting with an LLM: the first design.

Radiologists in our US hospital dictate into the reporting workstation as they do
today. When they ask for a draft, the workstation sends the dictation and the
study's accession number to a drafting service in the hospital data centre. The
service pulls the patient's prior reports from the RIS and the study's measurements
(DICOM structured reports) from the PACS, builds a prompt and sends it to an LLM
hosted by a cloud provider under a business associate agreement. The drafted
findings and impression come back to the workstation, where the radiologist edits
and signs the report; only signed reports go through the HL7 interface engine to
the RIS and the EHR, where referring clinicians read them. Drafts and final reports
are kept so the informatics team can measure how much radiologists change them.
Controls: SSO at the workstation, signing by the radiologist, a vendor review and
BAA for the LLM provider, the API key in the vault, encrypted clinical stores.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radiology report drafting LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM drafts of radiology findings and impressions, edited and signed by radiologists.",
)

# ---------------------------------------------------------------- data assets
dictation = tg.Data(
    "Dictation and study context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Speech-recognised dictation, accession number, exam type and indication.",
)
study_ids = tg.Data(
    "Patient and study identifiers", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
prior_reports = tg.Data(
    "Prior radiology reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
measurements = tg.Data(
    "Study measurements",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="DICOM SR measurements entered by the technologist and the modality.",
)
images = tg.Data("Study images", kind="media", sensitivity=tg.Sensitivity.REGULATED)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions and house style, the dictation, priors and measurements.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft = tg.Data(
    "Draft findings and impression", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
signed_report = tg.Data(
    "Signed radiology report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
draft_log = tg.Data(
    "Drafts and final reports log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)
quality_metrics = tg.Data(
    "Draft quality metrics", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Reads the study, dictates, asks for a draft, edits and signs.
    radiologist = tm.add(tg.Actor("Radiologist", role="radiologist"))
    # The existing reporting application with speech recognition, in the reading rooms.
    workstation = tm.add(
        tg.Service(
            "Reporting workstation",
            controls={
                c.Authentication(method="hospital SSO with badge tap"),
                c.HumanInTheLoop(
                    approver="the reading radiologist",
                    note="a draft becomes a report only when the radiologist signs it",
                ),
                c.UserTraining(note="radiologists briefed on draft errors before go-live"),
            },
        )
    )
    # Reads finished reports in the EHR.
    clinician = tm.add(tg.Actor("Referring clinician", role="clinician"))
    # Compares drafts with signed reports each month.
    informatics = tm.add(tg.Actor("Radiology informatics lead", role="informatics"))

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # The API the workstation calls to request a draft.
    drafting_api = tm.add(
        tg.Endpoint(
            "Drafting API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="workstation service token")},
        )
    )
    # Gathers priors and measurements, builds the prompt, calls the LLM, logs the draft.
    orchestrator = tm.add(
        tg.Service(
            "Draft orchestrator",
            controls={c.SecretsManagement(note="LLM API key held in the hospital vault")},
        )
    )
    # Drafts and final reports kept for quality measurement.
    log_store = tm.add(
        tg.DataStore(
            "Draft log store",
            stores={draft_log},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Monthly job that measures how much radiologists edit the drafts.
    evaluation = tm.add(tg.Pipeline("Draft quality evaluation", stage=tg.Stage.EVALUATION))
    # Routes signed reports (HL7 ORU) to the RIS and the EHR.
    interface_engine = tm.add(tg.Service("HL7 interface engine"))

    with tm.boundary("Clinical records systems", trust=tg.Trust.RESTRICTED):
        # Radiology information system: orders and every past report.
        ris = tm.add(
            tg.DataStore(
                "RIS",
                stores={prior_reports, signed_report},
                controls={c.RBAC(), c.EncryptionAtRest(), c.AuditLogging()},
            )
        )
        # Picture archive: images and the measurements recorded with each study.
        pacs = tm.add(
            tg.DataStore(
                "PACS",
                stores={images, measurements},
                controls={c.RBAC(), c.EncryptionAtRest()},
            )
        )
        # The electronic health record where the signed report is filed.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record",
                stores={signed_report},
                controls={c.RBAC(), c.EncryptionAtRest(), c.AuditLogging()},
            )
        )

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model, covered by a BAA with no retention of prompts.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="vendor security review and signed BAA")},
        )
    )

# ---------------------------------------------------------------- flows
# reading and dictation
tm.flow(pacs, workstation, images, measurements, protocol="dicom")
tm.flow(workstation, radiologist, images, draft)
tm.flow(radiologist, workstation, dictation, signed_report, label="dictates, edits and signs")

# drafting
tm.flow(workstation, drafting_api, dictation, protocol="https")
tm.flow(drafting_api, workstation, draft, protocol="https")
tm.flow(drafting_api, orchestrator, dictation)
tm.flow(orchestrator, drafting_api, draft)
tm.flow(orchestrator, ris, study_ids, protocol="https", label="FHIR query")
tm.flow(ris, orchestrator, prior_reports, protocol="https")
tm.flow(orchestrator, pacs, study_ids, protocol="http", label="DICOMweb query")
tm.flow(pacs, orchestrator, measurements, protocol="http")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, draft_log)

# signing and distribution
tm.flow(workstation, interface_engine, signed_report, protocol="mllp")
tm.flow(interface_engine, ris, signed_report, protocol="mllp")
tm.flow(interface_engine, ehr, signed_report, protocol="mllp")
tm.flow(interface_engine, log_store, signed_report, label="copy for comparison")
tm.flow(ehr, clinician, signed_report, protocol="https")

# quality measurement
tm.flow(log_store, evaluation, draft_log)
tm.flow(evaluation, informatics, quality_metrics)
