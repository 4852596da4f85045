"""Online consultation triage for an NHS GP practice: the first design.

Patients fill in an online consultation form on the practice website, describing
in their own words what they need (a new symptom, a repeat prescription, a fit
note, a question for the GP). Before submission a fixed red-flag rule set shows
999 / NHS 111 advice for emergency symptoms. The triage service then matches the
patient in the practice's clinical system, reads a short record summary, and asks
a hosted LLM to suggest an urgency (same day, within a week, routine, admin) and a
route (duty clinician or care navigator) against the practice's triage criteria;
the LLM's JSON answer is schema-checked. Suggestions land on a staff worklist
where the duty clinician or a care navigator reads every request before acting,
replies to the patient by SMS and files the consultation into the patient record.
Staff sign in with NHS smartcards; the LLM vendor was assessed under the practice's
data processing agreement. Everything runs in our UK cloud tenancy.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "GP online consultation triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM triage of patients' free-text online consultation requests for a GP practice.",
)

# ---------------------------------------------------------------- data assets
identity = tg.Data(
    "Patient identity details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, NHS number if known, mobile number.",
)
request = tg.Data(
    "Consultation request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The patient's free-text description of their problem, with form answers.",
)
urgent_advice = tg.Data("Urgent care advice", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
confirmation = tg.Data("Submission confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
record_summary = tg.Data(
    "Patient record summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Age, sex, active problems, current medication and allergies.",
)
criteria = tg.Data(
    "Practice triage criteria",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Criteria, record summary and the patient's request.",
)
suggestion = tg.Data(
    "Urgency and routing suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
triage_log = tg.Data(
    "Triage prompt and response log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)
triaged = tg.Data(
    "Triaged consultation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
staff_action = tg.Data(
    "Staff reply and urgency decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
patient_sms = tg.Data("Patient text messages", kind="records", sensitivity=tg.Sensitivity.PII)
consultation_note = tg.Data(
    "Consultation note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone registered at the practice (or anyone at all) can use the form.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model in a UK region, no training on our data.
    llm = tm.add(
        tg.LLM(
            "Triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA, UK data residency, zero retention")},
        )
    )

with tm.boundary("GP clinical system supplier", trust=tg.Trust.PARTNER):
    # The practice's electronic patient record, reached through its partner API.
    ehr = tm.add(
        tg.DataStore("GP clinical system (EPR)", stores={record_summary, consultation_note})
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends acknowledgements and staff replies to patients' mobiles.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Consultation platform", trust=tg.Trust.INTERNAL):
    # The public web form on the practice website.
    form = tm.add(
        tg.Endpoint(
            "Online consultation form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="required fields, length limits, no attachments")},
        )
    )
    # Fixed keyword and question rules for emergency symptoms, no model involved.
    red_flags = tm.add(tg.Service("Red-flag symptom check"))
    # Matches the patient, builds the prompt, calls the LLM, checks its answer.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={
                c.OutputFiltering(note="JSON schema: urgency and route from fixed lists"),
                c.SecretsManagement(note="LLM and EPR API keys in the cloud key vault"),
            },
        )
    )
    # Staff-facing web app listing the triaged requests.
    worklist = tm.add(
        tg.Endpoint(
            "Practice triage worklist",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS CIS2 smartcard"),
                c.RBAC(),
                c.HumanInTheLoop(approver="duty clinician or care navigator reads every request"),
            },
        )
    )
    # Criteria and routing rules the practice sets (what counts as same-day).
    rules = tm.add(tg.DataStore("Triage criteria configuration", stores={criteria}))

    with tm.boundary("Platform data tier", trust=tg.Trust.RESTRICTED):
        # Submitted and triaged requests awaiting and after staff action.
        queue = tm.add(
            tg.DataStore(
                "Consultation queue",
                stores={request, identity, triaged, staff_action},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Every prompt and answer, for the clinical safety officer's reviews.
        log_store = tm.add(
            tg.DataStore(
                "Triage log store",
                stores={triage_log},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Practice network (HSCN)", trust=tg.Trust.INTERNAL):
    # Duty GP, nurse or pharmacist handling clinical requests.
    clinician = tm.add(tg.Actor("Duty clinician", role="clinician"))
    # Reception staff who handle admin requests and book appointments.
    navigator = tm.add(tg.Actor("Care navigator", role="reception"))
    # Owns the triage criteria and reviews the LLM's suggestions for safety.
    safety_officer = tm.add(
        tg.Actor("Clinical safety officer", role="clinical safety officer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(patient, form, identity, request, protocol="https")
tm.flow(form, red_flags, request)
tm.flow(red_flags, form, urgent_advice)
tm.flow(form, patient, urgent_advice, confirmation, protocol="https")
tm.flow(form, queue, identity, request)
tm.flow(form, triage, identity, request)

tm.flow(triage, ehr, identity, protocol="https", label="patient match")
tm.flow(ehr, triage, record_summary, protocol="https")
tm.flow(rules, triage, criteria)
tm.flow(triage, llm, prompt, protocol="https")
tm.flow(llm, triage, suggestion, protocol="https")
tm.flow(triage, log_store, triage_log)
tm.flow(triage, queue, triaged)

tm.flow(queue, worklist, identity, triaged)
tm.flow(worklist, clinician, triaged, protocol="https")
tm.flow(clinician, worklist, staff_action, protocol="https")
tm.flow(worklist, navigator, triaged, protocol="https")
tm.flow(navigator, worklist, staff_action, protocol="https")
tm.flow(worklist, queue, staff_action)
tm.flow(worklist, ehr, consultation_note, protocol="https", label="file to record")
tm.flow(worklist, sms, patient_sms, protocol="https")
tm.flow(sms, patient, patient_sms, protocol="sms")

tm.flow(safety_officer, rules, criteria, protocol="https")
tm.flow(log_store, safety_officer, triage_log, protocol="https", label="monthly safety review")
