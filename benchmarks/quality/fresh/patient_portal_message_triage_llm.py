"""Patient portal message triage: the first design, before any security review.

Patients of a US hospital network write to their care team through the patient
portal. A triage orchestrator in the hospital's cloud tenant takes each new
message, fetches a short clinical summary for the patient from the EHR over its
FHIR API (SMART backend-services client), and sends both to an LLM served by the
cloud provider's managed model service inside the same tenant. The LLM returns
an urgency level, the clinical pool to route to, and a draft reply. The message
goes to that pool's in-basket in the EHR, where a nurse or physician edits the
draft and sends it back to the patient; urgent messages also page the on-call
nurse through a paging vendor. Every draft and urgency label is logged for the
quality team's review. Patients sign in to the portal with a password (an SMS
code is optional); clinicians use the EHR's own role-based access; the cloud
provider has signed a BAA covering the model service.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Patient portal message triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM urgency triage, routing and reply drafting for patient portal messages.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Patient message",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text a patient writes to the care team, with optional attachments.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
summary_query = tg.Data(
    "EHR summary request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="FHIR search for the patient's problems, medications, allergies and recent visits.",
)
ehr_summary = tg.Data(
    "EHR clinical summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chart = tg.Data(
    "Patient chart",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Triage instructions, the patient message and the EHR summary.",
)
triage_result = tg.Data(
    "Urgency, routing and draft reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
routed_message = tg.Data(
    "Routed message with draft",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The patient message, its urgency label, the target pool and the draft reply.",
)
reply = tg.Data("Clinician reply", kind="records", sensitivity=tg.Sensitivity.REGULATED)
page = tg.Data(
    "Urgent message page",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient name, MRN and urgency, asking the on-call nurse to open the message.",
)
triage_log = tg.Data(
    "Triage log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each message's urgency label, routing and LLM draft.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients (and anyone holding their portal password) write messages.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Paging vendor", trust=tg.Trust.PARTNER):
    # Existing hospital paging provider; delivers pages to on-call phones.
    pager = tm.add(tg.ExternalService("Paging service", provides="generic"))

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.INTERNAL):
    # The patient-facing portal messaging API: the only component patients reach.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal messaging API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="password, SMS one-time code optional"),
                tg.controls.InputValidation(note="message length and attachment type limits"),
            },
        )
    )
    # Keeps every message thread the patient sees in the portal.
    message_store = tm.add(
        tg.DataStore(
            "Portal message store",
            stores={message, reply},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Glue: gathers context, calls the LLM, routes, pages and logs.
    orchestrator = tm.add(
        tg.Service(
            "Triage orchestrator",
            description="Builds the prompt, parses the LLM's answer, routes and pages.",
            controls={
                tg.controls.SecretsManagement(note="FHIR client key in the cloud key vault"),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # The triage model: decides urgency, so it drives patient-safety decisions.
    llm = tm.add(
        tg.LLM(
            "Managed triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vendor foundation model on the cloud provider's managed model "
            "service, reached over a private endpoint in the tenant.",
            controls={
                tg.controls.Guardrails(note="the managed service's default content filter"),
                tg.controls.SupplierAssessment(
                    note="BAA with the cloud provider; no training on prompts"
                ),
            },
        )
    )
    # Quality-review record of what the LLM labelled and drafted.
    log_store = tm.add(
        tg.DataStore(
            "Triage log store",
            stores={triage_log},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # The EHR's FHIR interface, used read-only by the orchestrator.
    fhir = tm.add(
        tg.Endpoint(
            "EHR FHIR API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="SMART backend services, signed JWT client assertion"
                ),
                tg.controls.RBAC(note="system scopes limited to read of summary resources"),
            },
        )
    )
    # System of record for the chart; the sent reply is filed here.
    ehr_db = tm.add(
        tg.DataStore(
            "EHR database",
            stores={chart, routed_message, reply},
            controls={tg.controls.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Pool in-baskets where clinicians work routed messages and send replies.
    in_basket = tm.add(
        tg.Service(
            "EHR in-basket",
            description="Shows each pool its routed messages, with the urgency label and draft.",
            controls={
                tg.controls.RBAC(note="EHR roles per clinical pool"),
                tg.controls.HumanInTheLoop(
                    approver="the nurse or physician who edits and sends the reply"
                ),
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Works the pool's in-basket and sends every reply.
    clinician = tm.add(tg.Actor("Nurse or physician", role="clinician"))
    # Gets paged for messages the LLM marks urgent.
    on_call = tm.add(tg.Actor("On-call nurse", role="clinician"))
    # Samples logged drafts and urgency labels for quality review.
    reviewer = tm.add(tg.Actor("Quality reviewer", role="clinical quality analyst"))

# ---------------------------------------------------------------- flows
tm.flow(patient, portal, message, protocol="https")
tm.flow(portal, patient, reply, protocol="https", label="replies shown in the portal")
tm.flow(portal, message_store, message)
tm.flow(message_store, portal, message, reply, label="message threads")
tm.flow(portal, orchestrator, message, label="new message event")

tm.flow(orchestrator, fhir, summary_query, protocol="https")
tm.flow(ehr_db, fhir, chart)
tm.flow(fhir, orchestrator, ehr_summary, protocol="https")
tm.flow(orchestrator, llm, triage_prompt, protocol="https")
tm.flow(llm, orchestrator, triage_result, protocol="https")

tm.flow(orchestrator, in_basket, routed_message, protocol="https", label="route to pool")
tm.flow(in_basket, ehr_db, routed_message, reply)
tm.flow(in_basket, clinician, routed_message, protocol="https")
tm.flow(clinician, in_basket, reply, protocol="https", label="edits and sends")
tm.flow(in_basket, portal, reply, protocol="https")

tm.flow(orchestrator, pager, page, protocol="https", label="urgent only")
tm.flow(pager, on_call, page, protocol="sms")
tm.flow(on_call, in_basket, reply, protocol="https")

tm.flow(orchestrator, log_store, triage_log)
tm.flow(log_store, reviewer, triage_log, protocol="https")
