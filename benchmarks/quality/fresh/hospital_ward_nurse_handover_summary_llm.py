"""Ward nurse handover summaries: the first design, before any security review.

At the end of each shift the outgoing ward nurse opens the handover app on a ward
workstation and asks for a handover sheet for the patients on their list. A
handover service reads each patient's nursing notes, vital-sign observations and
medication administration record from the hospital's EHR, fills a prompt template
kept by clinical informatics, and sends it to a hosted LLM (the cloud provider's
model service, under a business associate agreement) that writes one summary per
patient. The outgoing nurse reads and edits the draft and signs it off; the
oncoming nurse reads the signed sheet on screen or on a printout from the ward
printer. Bedside monitors feed observations into the EHR through the HL7
integration engine. Staff sign in with hospital SSO; the app limits each nurse to
their own ward's patients; the EHR and the sheet store are encrypted at rest, and
the service logs each prompt and answer to the audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ward nurse handover summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="An LLM drafts each patient's shift handover for the next nurse from EHR notes and observations.",
)

# ---------------------------------------------------------------- data assets
nursing_notes = tg.Data(
    "Nursing shift notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free-text notes nurses write during the shift: condition, care given, concerns.",
)
observations = tg.Data(
    "Vital-sign observations",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Heart rate, blood pressure, SpO2, temperature, early-warning score.",
)
mar = tg.Data(
    "Medication administration record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
handover_request = tg.Data(
    "Handover request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ward, shift and the nurse's patient list.",
)
prompt_template = tg.Data(
    "Handover prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt and the SBAR layout the summary must follow.",
)
handover_prompt = tg.Data(
    "Handover prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template plus the patient's notes, observations and medications for the shift.",
)
draft_summary = tg.Data(
    "Draft handover summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
nurse_edits = tg.Data(
    "Nurse edits and sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
handover_sheet = tg.Data(
    "Signed handover sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
audit_records = tg.Data(
    "Handover audit log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who asked for which patient's summary, the prompt sent and the answer returned.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ward", trust=tg.Trust.INTERNAL):
    # Writes the notes during the shift, then generates, checks and signs off the sheet.
    outgoing_nurse = tm.add(tg.Actor("Outgoing nurse", role="registered nurse"))
    # Takes over the patients and works from the signed sheet.
    oncoming_nurse = tm.add(tg.Actor("Oncoming nurse", role="registered nurse"))
    # Nurses on a busy ward still work from a paper sheet in their pocket.
    printer = tm.add(
        tg.Device(
            "Ward printer",
            fleet=False,
            description="Shared network printer at the nurses' station.",
        )
    )
    # Bedside monitors send each set of observations to the EHR.
    monitors = tm.add(
        tg.Device(
            "Bedside vital-signs monitors", description="One per bed, on the clinical device VLAN."
        )
    )

with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # The web app nurses open on ward workstations: generate, review, edit, sign off, print.
    handover_app = tm.add(
        tg.Endpoint(
            "Handover web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hospital SSO, badge tap and the nurse's own PIN"),
                c.RBAC(note="a nurse sees only patients on the ward they are rostered to"),
                c.HumanInTheLoop(
                    approver="outgoing nurse",
                    note="no sheet is published until the nurse signs the draft off",
                ),
            },
        )
    )
    # Gathers the shift's records for each patient, builds the prompt and calls the LLM.
    handover_service = tm.add(
        tg.Service(
            "Handover summary service",
            description="Reads the EHR for the last 12 hours per patient, fills the template, calls the LLM.",
        )
    )
    # Receives HL7 v2 messages from devices and files them into the EHR.
    integration_engine = tm.add(tg.Service("HL7 integration engine"))
    # Clinical informatics keeps the prompt template under its own change process.
    template_store = tm.add(tg.DataStore("Prompt template store", stores={prompt_template}))
    # Maintains the template and the app's configuration.
    informatics = tm.add(
        tg.Actor("Clinical informatics nurse", role="clinical informatics", privileged=True)
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # The hospital's system of record for notes, observations and medications.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record (EHR)",
                stores={nursing_notes, observations, mar},
                controls={
                    c.EncryptionAtRest(key_management="hospital HSM"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Drafts and signed sheets, kept so the next shifts and incident reviews can see them.
        sheet_store = tm.add(
            tg.DataStore(
                "Handover sheet store",
                stores={draft_summary, handover_sheet},
                controls={c.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # Every generation and sign-off, for HIPAA access audits.
        audit_log = tm.add(
            tg.DataStore(
                "Handover audit log store",
                stores={audit_records},
                controls={c.AuditLogging(retention_days=2190)},
            )
        )

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # A general-purpose model behind the provider's API, used under a BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Nurses plan the next shift's care from what it writes.",
            controls={c.SupplierAssessment(note="BAA signed; no training on our data")},
        )
    )

# ---------------------------------------------------------------- flows
# Observations and notes reach the EHR during the shift.
tm.flow(monitors, integration_engine, observations, protocol="mllp", label="HL7 v2 ORU")
tm.flow(integration_engine, ehr, observations, protocol="mllp")
tm.flow(
    outgoing_nurse, ehr, nursing_notes, mar, protocol="https", label="charting in the EHR client"
)

# Generating the draft.
tm.flow(outgoing_nurse, handover_app, handover_request, protocol="https")
tm.flow(handover_app, handover_service, handover_request, protocol="https")
tm.flow(ehr, handover_service, nursing_notes, observations, mar, protocol="HL7 FHIR over HTTPS")
tm.flow(template_store, handover_service, prompt_template)
tm.flow(handover_service, llm, handover_prompt, protocol="https")
tm.flow(llm, handover_service, draft_summary, protocol="https")
tm.flow(handover_service, sheet_store, draft_summary)
tm.flow(handover_service, handover_app, draft_summary, protocol="https")
tm.flow(handover_service, audit_log, audit_records, protocol="syslog")

# Review, sign-off and reading the sheet.
tm.flow(handover_app, outgoing_nurse, draft_summary, protocol="https")
tm.flow(outgoing_nurse, handover_app, nurse_edits, protocol="https")
tm.flow(handover_app, sheet_store, handover_sheet, nurse_edits)
tm.flow(sheet_store, handover_app, handover_sheet, draft_summary)
tm.flow(handover_app, audit_log, audit_records, protocol="syslog")
tm.flow(handover_app, oncoming_nurse, handover_sheet, protocol="https")
tm.flow(handover_app, printer, handover_sheet, protocol="ipp")
tm.flow(printer, oncoming_nurse, handover_sheet, label="printed sheet")

# Template changes.
tm.flow(informatics, template_store, prompt_template, protocol="https")
