"""Chemotherapy dose pre-check assistant: the first design, before any security review.

The cancer centre's pharmacy wants every signed chemotherapy order pre-checked by an
LLM before a clinical pharmacist verifies it. When an oncologist signs an order in the
electronic prescribing system (EPMA), an HL7 message goes through the hospital's
integration engine to a dose-check orchestrator in the hospital's cloud tenant. The
orchestrator fetches the patient's latest weight, height and blood results from the EHR
(FHIR through the integration engine) and the regimen protocol from the pharmacy's
protocol library, and asks an LLM deployed through the cloud provider's managed model
service to recalculate the doses and list discrepancies. The resulting check note is
written back to the EPMA verification queue. A pharmacist always verifies the order and
the note before the aseptic unit compounds it. Clinicians sign in with hospital SSO and
smartcards; EPMA access is role-based; prompts and notes are kept in an encrypted audit
store; the model provider went through the trust's supplier assurance process.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chemotherapy dose pre-check assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM pre-check of signed chemotherapy orders for the pharmacist verification queue.",
)

# ---------------------------------------------------------------- data assets
sso_credentials = tg.Data(
    "Smartcard sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
sso_token = tg.Data("SSO session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
chemo_order = tg.Data(
    "Signed chemotherapy order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient, regimen, cycle, prescribed doses and the prescriber's signature.",
)
results_query = tg.Data(
    "Patient results query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient identifier and the observations wanted.",
)
observations = tg.Data(
    "Weight, height and blood results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
regimen_protocol = tg.Data(
    "Regimen protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Approved chemotherapy regimens: doses per m2 or AUC, caps, dose-banding.",
)
dose_prompt = tg.Data(
    "Dose check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the order, the patient's observations and the regimen protocol.",
)
dose_result = tg.Data(
    "Recalculated doses", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
check_note = tg.Data(
    "Dose check note",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
verification = tg.Data(
    "Pharmacist verification", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
worksheet = tg.Data(
    "Compounding worksheet and labels", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
audit_log = tg.Data("Dose check audit log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Prescribes and signs chemotherapy orders in the EPMA.
    oncologist = tm.add(tg.Actor("Oncologist", role="prescriber"))
    # Verifies every order with the check note; also maintains the protocol library.
    pharmacist = tm.add(tg.Actor("Oncology pharmacist", role="clinical pharmacist"))
    # Compounds the verified order in the aseptic unit from the printed worksheet.
    aseptic_tech = tm.add(tg.Actor("Aseptic unit technician", role="pharmacy technician"))
    # The trust's single sign-on, with smartcard and PIN.
    sso = tm.add(
        tg.ExternalService(
            "Hospital SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Smartcard-based single sign-on for clinical applications.",
        )
    )
    # Electronic prescribing system: orders, signatures and the verification queue.
    epma = tm.add(
        tg.Service(
            "Electronic prescribing system",
            description="EPMA holding chemotherapy orders and the pharmacy verification queue.",
            controls={
                c.Authentication(method="hospital SSO with smartcard and PIN"),
                c.RBAC(note="prescriber, pharmacist and technician roles"),
                c.AuditLogging(note="order and verification history kept by the EPMA"),
            },
        )
    )
    # Source of the patient's latest weight, height and blood results.
    ehr = tm.add(tg.DataStore("EHR", stores={observations}))
    # The pharmacy's approved regimen protocols, in the document management system.
    protocol_library = tm.add(
        tg.DataStore(
            "Pharmacy protocol library",
            stores={regimen_protocol},
            controls={c.RBAC(note="only senior pharmacists publish protocol changes")},
        )
    )
    # HL7 and FHIR interface engine: the only path between clinical systems and the cloud.
    integration = tm.add(
        tg.Service(
            "Integration engine",
            description="Routes EPMA HL7 messages and EHR FHIR queries to and from the cloud tenant.",
        )
    )

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.INTERNAL):
    # Runs each check: gathers the inputs, prompts the model, posts the note.
    orchestrator = tm.add(
        tg.Service(
            "Dose check orchestrator",
            description="Triggered by each signed chemotherapy order; assembles the prompt "
            "and writes the check note back.",
            controls={
                c.HumanInTheLoop(
                    approver="oncology pharmacist verifying the order in the EPMA",
                    note="the note is advisory; every order is verified before compounding",
                ),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Keeps each prompt, model answer and note for clinical governance.
    audit_store = tm.add(
        tg.DataStore(
            "Dose check audit store",
            stores={audit_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS, trust-managed key")},
        )
    )

    with tm.boundary("Managed model service", trust=tg.Trust.PARTNER):
        # The cloud provider's foundation model, deployed in our tenant's region.
        llm = tm.add(
            tg.LLM(
                "Dose check LLM",
                origin=tg.ModelOrigin.THIRD_PARTY_API,
                high_stakes=True,
                description="Recalculates doses from the protocol and observations and "
                "lists discrepancies with the prescribed doses.",
                controls={c.SupplierAssessment(note="trust supplier assurance and DPIA")},
            )
        )

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(oncologist, sso, sso_credentials, label="smartcard and PIN")
tm.flow(pharmacist, sso, sso_credentials, label="smartcard and PIN")
tm.flow(sso, epma, sso_token, protocol="https")

# Prescribing and the trigger
tm.flow(oncologist, epma, chemo_order, protocol="https", label="signs order")
tm.flow(epma, integration, chemo_order, protocol="mllp", label="order signed event")
tm.flow(integration, orchestrator, chemo_order, protocol="https")

# Gathering the inputs
tm.flow(orchestrator, integration, results_query, protocol="https")
tm.flow(integration, ehr, results_query, protocol="https", label="FHIR query")
tm.flow(ehr, integration, observations, protocol="https")
tm.flow(integration, orchestrator, observations, protocol="https")
tm.flow(pharmacist, protocol_library, regimen_protocol, protocol="https", label="maintains")
tm.flow(protocol_library, orchestrator, regimen_protocol, protocol="https")

# The model check
tm.flow(orchestrator, llm, dose_prompt, protocol="https")
tm.flow(llm, orchestrator, dose_result, protocol="https")
tm.flow(orchestrator, audit_store, audit_log, dose_prompt, dose_result, check_note)

# The note back to the verification queue
tm.flow(orchestrator, integration, check_note, protocol="https")
tm.flow(integration, epma, check_note, protocol="mllp")
tm.flow(epma, pharmacist, chemo_order, check_note, observations, protocol="https")
tm.flow(pharmacist, epma, verification, protocol="https", label="verifies order")
tm.flow(epma, aseptic_tech, worksheet, label="printed worksheet and labels")
