"""Hospital discharge summary drafting: the first design, before any security review.

Ward doctors in an NHS acute hospital press "Draft discharge summary" in the
electronic patient record (EPR). A drafting service on the hospital network pulls
the admission's clinical notes and results from the EPR and the discharge
medications from the e-prescribing system, builds a prompt and sends it to a
hosted LLM in the cloud provider's UK region under a data processing agreement.
The draft is shown in the EPR, where the doctor edits it and signs it; nothing
leaves the hospital unsigned. On signing, the integration engine sends the summary
to the patient's GP practice through the national messaging hub (MESH). Doctors
sign in with their smartcard and passcode; the EPR has role-based access and an
audit trail. Prompts and drafts are kept in a draft store for clinical safety
review. Lab results reach the EPR over the existing HL7 v2 feed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital discharge summary drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts discharge summaries in the EPR; doctors edit and sign; "
    "signed summaries go to the GP through the messaging hub.",
)

# ---------------------------------------------------------------- data assets
draft_request = tg.Data(
    "Discharge draft request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Patient and admission identifiers, from the doctor's click in the EPR.",
)
notes = tg.Data(
    "Clinical notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
results = tg.Data("Test results", kind="records", sensitivity=tg.Sensitivity.REGULATED)
medications = tg.Data(
    "Discharge medications",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template instructions plus the notes, results and medications of one admission.",
)
draft = tg.Data(
    "Draft discharge summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
signed = tg.Data(
    "Signed discharge summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
draft_log = tg.Data(
    "Prompt and draft log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each prompt, the LLM's draft and the doctor's signed version, for safety review.",
)
delivery_ack = tg.Data(
    "Delivery acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
sign_in = tg.Data(
    "Smartcard sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The person who asks for the draft, edits it and signs it.
    doctor = tm.add(tg.Actor("Ward doctor", role="clinician"))
    # The EPR front end the doctor already works in; hosts the discharge workflow.
    epr_app = tm.add(
        tg.Service(
            "EPR discharge workflow",
            description="EPR screens where the draft is requested, edited and signed.",
            controls={
                c.Authentication(method="NHS smartcard and passcode"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Calls the EPR and e-prescribing APIs, builds the prompt and calls the LLM.
    drafting = tm.add(
        tg.Service(
            "Discharge drafting service",
            description="Assembles one admission's notes, results and medications into a "
            "prompt and returns the LLM's draft to the EPR.",
            controls={
                c.HumanInTheLoop(
                    approver="the discharging doctor, who edits and signs every summary"
                ),
            },
        )
    )
    # Keeps prompts and drafts so the clinical safety officer can review them.
    draft_store = tm.add(tg.DataStore("Draft store", stores={draft_log}))
    # Sends signed clinical documents out of the hospital.
    integration = tm.add(
        tg.Service(
            "Integration engine",
            description="Turns the signed summary into a clinical document message and sends it to MESH.",
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record for the admission, including the signed summary.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={notes, results, signed},
                controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
            )
        )
        # Source of the discharge medications (TTO).
        epma = tm.add(
            tg.DataStore("Electronic prescribing system", stores={medications}, controls={c.RBAC()})
        )
        # Files lab results into the EPR.
        lis = tm.add(tg.DataStore("Laboratory information system", stores={results}))

with tm.boundary("Cloud LLM provider (UK region)", trust=tg.Trust.PARTNER):
    # Hosted model that writes the draft; no training on our data under the contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the provider's API.",
            controls={c.SupplierAssessment(note="DPA and DTAC assessment of the provider")},
        )
    )

with tm.boundary("NHS national services", trust=tg.Trust.PARTNER):
    # National identity service behind the smartcard sign-in.
    idp = tm.add(tg.ExternalService("Care Identity Service", provides="identity-provider"))
    # National messaging hub that carries the summary to the practice.
    hub = tm.add(tg.ExternalService("MESH messaging hub"))

with tm.boundary("GP practice", trust=tg.Trust.PARTNER):
    # The practice's clinical system that files the incoming summary.
    gp_system = tm.add(tg.ExternalService("GP practice clinical system"))

# ---------------------------------------------------------------- flows
tm.flow(epr_app, idp, sign_in, protocol="oidc", label="smartcard sign-in")
tm.flow(idp, epr_app, sign_in, protocol="oidc")

tm.flow(doctor, epr_app, draft_request, protocol="https", label="draft summary")
tm.flow(epr_app, drafting, draft_request, protocol="https")
tm.flow(epr, drafting, notes, results, protocol="https", label="FHIR read")
tm.flow(epma, drafting, medications, protocol="https", label="FHIR read")
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, draft_store, draft_log)
tm.flow(drafting, epr_app, draft, protocol="https")
tm.flow(epr_app, doctor, draft, protocol="https", label="draft shown for editing")
tm.flow(doctor, epr_app, signed, protocol="https", label="edits and signs")
tm.flow(epr_app, epr, signed)
tm.flow(epr_app, draft_store, draft_log, label="signed version for comparison")

tm.flow(lis, epr, results, protocol="mllp", label="HL7 v2 results feed")

tm.flow(epr, integration, signed, label="on signing")
tm.flow(integration, hub, signed, protocol="mtls")
tm.flow(hub, integration, delivery_ack, protocol="mtls")
tm.flow(hub, gp_system, signed, protocol="mtls")
tm.flow(gp_system, hub, delivery_ack, protocol="mtls")
