"""Radiology critical finding alerts: the first design, before any security review.

A US hospital wants a safety net for critical results that are not phoned through.
When a radiologist finalises a report in the RIS, the integration engine forwards the
HL7 result to a triage service, which sends the report text with the hospital's list
of critical findings to an LLM hosted in the hospital's cloud tenant under a BAA. A
flag (category and quoted sentence) goes onto a worklist where the reading or on-call
radiologist confirms or rejects it; a confirmed flag pages the referring clinician,
found from the on-call schedule, through the secure messaging vendor. The clinician's
acknowledgement comes back, closing the loop in a findings log and in the EHR.
Controls in this design: radiologist confirmation before any page, SSO with badge
tap on the worklist, role-based access and encryption on clinical stores, audit
logs, TLS to the LLM and the vendor, a vendor BAA and a pre-go-live evaluation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radiology critical finding alerts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="An LLM flags critical findings in finalised radiology reports; "
    "radiologists confirm and the referring clinician is paged.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Finalised radiology report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 ORU result: patient identifiers, exam, findings, impression and "
    "the ordering clinician.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
criteria = tg.Data(
    "Critical result criteria and prompt",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The hospital's critical and urgent finding categories and the system prompt.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
llm_prompt = tg.Data(
    "Report classification prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
flag = tg.Data(
    "Critical finding flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Category, urgency and the sentence of the report it rests on.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Radiologist confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Confirm or reject, with the radiologist's id and time.",
)
on_call = tg.Data(
    "On-call assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which clinician covers each ordering team, with pager and phone numbers.",
)
page = tg.Data(
    "Critical result page",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name and MRN, exam, finding category and a call-back number.",
)
ack = tg.Data(
    "Page acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Delivered, read and acknowledged times from the messaging vendor.",
)
closed_loop = tg.Data(
    "Closed-loop communication note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who was told what and when, filed to the patient's chart.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Reads the study, finalises the report and confirms or rejects each flag.
    radiologist = tm.add(tg.Actor("Radiologist", role="radiologist"))
    # Clinical informatics maintains the criteria list and the prompt.
    informatics = tm.add(
        tg.Actor("Clinical informatics analyst", role="informatics", privileged=True)
    )
    # The clinician who ordered the exam and must act on the result.
    clinician = tm.add(tg.Actor("Referring clinician", role="physician"))
    # Hospital-issued phones running the secure messaging app that receives pages.
    phone = tm.add(
        tg.Device(
            "Clinician smartphone",
            description="Hospital-managed phones with the vendor's secure messaging app.",
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record for radiology reports; the trigger for every check.
        ris = tm.add(
            tg.DataStore(
                "RIS",
                stores={report},
                controls={c.RBAC(), c.EncryptionAtRest(), c.AuditLogging()},
            )
        )
        # Routes HL7 between RIS, EHR and the new triage service.
        engine = tm.add(
            tg.Service(
                "Integration engine",
                description="The hospital's HL7 interface engine.",
            )
        )
        # The patient chart, where closed-loop communication is documented.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={report, closed_loop},
                controls={c.RBAC(), c.EncryptionAtRest(), c.AuditLogging()},
            )
        )

    with tm.boundary("Clinical AI platform", trust=tg.Trust.INTERNAL):
        # Orchestrates: calls the LLM, queues flags, pages on confirmation, records outcomes.
        triage = tm.add(
            tg.Service(
                "Critical finding triage service",
                description="Sends each finalised report to the LLM, queues flags for "
                "radiologist confirmation and pages the clinician once confirmed.",
                controls={
                    c.HumanInTheLoop(
                        approver="the reading or on-call radiologist",
                        note="no page is sent until a radiologist confirms the flag",
                    ),
                    c.AuditLogging(),
                    c.SecretsManagement(note="LLM and messaging API keys in the vault"),
                },
            )
        )
        # The criteria the LLM classifies against, kept apart from code.
        criteria_store = tm.add(tg.DataStore("Critical result criteria store", stores={criteria}))
        # Where radiologists see and confirm or reject the flags.
        worklist = tm.add(
            tg.Service(
                "Critical findings worklist",
                description="Web worklist opened from the PACS viewer.",
                controls={
                    c.Authentication(method="Active Directory SSO with badge tap"),
                    c.RBAC(),
                },
            )
        )
        # Every flag, confirmation and acknowledgement, for follow-up and audits.
        findings_log = tm.add(
            tg.DataStore(
                "Critical findings log",
                stores={flag, confirmation, ack},
                controls={c.EncryptionAtRest(), c.AuditLogging()},
            )
        )
        # Who is covering each team right now.
        on_call_store = tm.add(tg.DataStore("On-call schedule", stores={on_call}))

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.PARTNER):
    # The language model reading the reports, hosted by a cloud provider under a BAA.
    llm = tm.add(
        tg.LLM(
            "Report classification LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted model deployment that reads report text and returns "
            "a critical finding flag.",
            controls={
                c.SupplierAssessment(note="BAA signed; no prompt retention"),
                c.ModelValidation(note="evaluated on a year of past reports before go-live"),
            },
        )
    )

with tm.boundary("Messaging vendor", trust=tg.Trust.PARTNER):
    # Delivers pages to clinicians' phones and reports acknowledgements.
    messaging = tm.add(
        tg.ExternalService(
            "Secure messaging service",
            description="The hospital's clinical paging and secure messaging vendor, under a BAA.",
            controls={c.SupplierAssessment(note="BAA signed")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(radiologist, ris, report, protocol="https", label="finalises report")
tm.flow(ris, engine, report, protocol="mllp", label="HL7 ORU on finalisation")
tm.flow(engine, triage, report, protocol="HL7 FHIR over HTTPS")

tm.flow(informatics, criteria_store, criteria, protocol="https", label="maintains criteria")
tm.flow(criteria_store, triage, criteria)
tm.flow(triage, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, triage, flag, protocol="https", controls={tls})

tm.flow(triage, findings_log, flag)
tm.flow(triage, worklist, flag, report)
tm.flow(worklist, radiologist, flag, report, protocol="https")
tm.flow(radiologist, worklist, confirmation, protocol="https", label="confirms or rejects")
tm.flow(worklist, triage, confirmation)
tm.flow(triage, findings_log, confirmation, ack, id="triage->findings-log:outcome")

tm.flow(on_call_store, triage, on_call, label="covering clinician lookup")
tm.flow(triage, messaging, page, protocol="https", controls={tls})
tm.flow(messaging, phone, page, protocol="https", label="push to app")
tm.flow(phone, clinician, page, label="on the phone screen")
tm.flow(clinician, phone, ack, label="taps acknowledge")
tm.flow(phone, messaging, ack, protocol="https")
tm.flow(messaging, triage, ack, protocol="https", label="delivery status callback")

tm.flow(triage, engine, closed_loop, protocol="HL7 FHIR over HTTPS")
tm.flow(engine, ehr, closed_loop, protocol="mllp")
