"""Oral food challenge dose schedules: the first design, before any security review.

A UK NHS children's allergy clinic runs oral food challenges as day cases. A
drafting service pulls the GP's referral letter from the electronic patient
record and the IgE and skin prick results from the laboratory system, adds the
clinic's standard challenge protocols and asks a hosted LLM (UK-region enterprise
deployment, vendor assessed under the DPIA) to draft the dose schedule: food,
step doses, intervals and stop criteria. Drafts wait in a queue until a
paediatric allergy consultant reviews, edits and approves them in the clinic web
app; only approved schedules are shown to the day-case nurses, who record each
dose and any reaction, and the schedule is filed back to the patient record.
Staff sign in with NHS smartcards; the web app has consultant and nurse roles and
an audit trail of approvals; prompts and completions are logged for review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Oral food challenge dose schedule drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts paediatric oral food challenge dose schedules for consultant approval.",
)

# ---------------------------------------------------------------- data assets
referral_letter = tg.Data(
    "Referral letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="GP letter: the child's history, suspected food, previous reactions.",
)
test_results = tg.Data(
    "Allergy test results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Specific IgE, component tests and skin prick wheal sizes.",
)
draft_request = tg.Data(
    "Draft request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="NHS number, challenge food and booking date, chosen by the consultant.",
)
protocols = tg.Data(
    "Challenge protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The clinic's standard step-dose protocols per food and age band.",
)
prompt = tg.Data(
    "Schedule drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, protocol text, the referral letter and the test results.",
)
draft_schedule = tg.Data(
    "Draft dose schedule",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved_schedule = tg.Data(
    "Approved dose schedule",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
approval = tg.Data(
    "Consultant approval and edits", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
dose_record = tg.Data(
    "Dose administration record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each dose given, the time, observations and any reaction.",
)
llm_log = tg.Data("Prompt and completion log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("GP practice", trust=tg.Trust.PARTNER):
    # Writes the referral that starts the pathway.
    gp = tm.add(tg.Actor("Referring GP", role="referrer"))

with tm.boundary("NHS national services", trust=tg.Trust.PARTNER):
    # The national e-Referral Service carries the letter to the hospital.
    ers = tm.add(
        tg.ExternalService(
            "NHS e-Referral Service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Delivers referral letters to the clinic's referral worklist.",
        )
    )

with tm.boundary("LLM vendor UK region", trust=tg.Trust.PARTNER):
    # The model that drafts the schedule; enterprise terms, no training on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model in the vendor's UK region.",
            controls={c.SupplierAssessment(note="DPIA and DTAC completed; zero data retention")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Where consultants and nurses open drafts and approved schedules.
    web_app = tm.add(
        tg.Endpoint(
            "Clinic web app",
            purpose=tg.EndpointPurpose.API,
            description="Draft queue, review screen and the day-case view of approved schedules.",
            controls={
                c.Authentication(method="NHS CIS2 smartcard and passcode"),
                c.RBAC(note="consultants approve; nurses see approved schedules only"),
                c.AuditLogging(note="who approved or edited which schedule, and when"),
            },
        )
    )
    # Builds the prompt from the records and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Schedule drafting service",
            description="Fetches the letter and results, adds the protocol, calls the LLM.",
            controls={
                c.HumanInTheLoop(
                    approver="paediatric allergy consultant",
                    note="no schedule reaches the nurses before a consultant approves it",
                )
            },
        )
    )
    # Holds drafts until a consultant has approved them.
    draft_queue = tm.add(
        tg.DataStore("Draft schedule queue", stores={draft_schedule, approved_schedule})
    )
    # The clinic's own protocol documents, maintained by the consultants.
    protocol_library = tm.add(tg.DataStore("Challenge protocol guidelines", stores={protocols}))
    # Kept so the clinical safety officer can review what the model was asked and said.
    prompt_log = tm.add(tg.DataStore("LLM prompt log", stores={llm_log}))
    consultant = tm.add(tg.Actor("Paediatric allergy consultant", role="consultant"))
    nurse = tm.add(tg.Actor("Day-case nurse", role="nurse"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record: referral letters arrive here, approved schedules go back.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={referral_letter, approved_schedule, dose_record},
                controls={c.EncryptionAtRest(key_management="EPR supplier managed keys")},
            )
        )
        # Source of the test results the dose schedule is based on.
        lis = tm.add(tg.DataStore("Laboratory information system", stores={test_results}))

# ---------------------------------------------------------------- flows
tm.flow(gp, ers, referral_letter, protocol="https")
tm.flow(ers, epr, referral_letter, protocol="https", label="referral worklist import")

tm.flow(consultant, web_app, draft_request, protocol="https", label="request a draft")
tm.flow(web_app, drafter, draft_request, protocol="https")
tm.flow(drafter, epr, draft_request, protocol="https", label="FHIR query by NHS number")
tm.flow(epr, drafter, referral_letter, protocol="https")
tm.flow(drafter, lis, draft_request, protocol="https", label="results query")
tm.flow(lis, drafter, test_results, protocol="https")
tm.flow(protocol_library, drafter, protocols)
tm.flow(
    drafter,
    llm,
    prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(llm, drafter, draft_schedule, protocol="https")
tm.flow(drafter, prompt_log, llm_log)
tm.flow(drafter, draft_queue, draft_schedule)

tm.flow(draft_queue, web_app, draft_schedule, approved_schedule)
tm.flow(web_app, consultant, draft_schedule, referral_letter, test_results, protocol="https")
tm.flow(consultant, web_app, approval, protocol="https", label="approve with edits")
tm.flow(web_app, draft_queue, approved_schedule)
tm.flow(web_app, nurse, approved_schedule, protocol="https", label="day-case ward view")
tm.flow(nurse, web_app, dose_record, protocol="https")
tm.flow(
    web_app, epr, approved_schedule, dose_record, protocol="https", label="file to patient record"
)
