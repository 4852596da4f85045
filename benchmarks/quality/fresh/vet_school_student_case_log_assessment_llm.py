"""Vet school case-log feedback assistant: the first design, before any security review.

Final-year veterinary students on clinical placements write up cases in the school's
hosted e-portfolio (history, findings, what they did, a reflection), tagged with the
Day One Competences they claim; the placement vet countersigns each log. A nightly
job pulls countersigned logs into the school's cloud tenancy, and a drafting service
sends each one, with the competence framework and rubric, to an LLM in the
university's contracted cloud AI service for draft feedback and a met / not yet met
suggestion per competence. Clinical tutors edit and sign off drafts in a review
portal; only signed-off feedback goes back to the e-portfolio and the student record.
Controls: SSO with MFA and tutee-scoped roles on the portal, tutor sign-off of every
draft, TLS to the LLM, vendor review and default content filter of the LLM provider,
and encryption at rest of the draft store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vet school case-log feedback assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts competence feedback on students' placement case logs for "
    "clinical tutors to edit and sign off.",
)

# ---------------------------------------------------------------- data assets
case_log = tg.Data(
    "Student case logs",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Case write-ups with the student's name, the practice, animal and client "
    "details, clinical notes and a personal reflection.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
countersignature = tg.Data(
    "Placement countersignature", kind="records", sensitivity=tg.Sensitivity.PII
)
competences = tg.Data(
    "Competence framework and rubric",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Day One Competence descriptors and the school's marking rubric.",
)
llm_prompt = tg.Data(
    "Feedback prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, rubric and the full text of one case log.",
)
llm_draft = tg.Data(
    "Draft competence feedback",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Narrative feedback and a met / not yet met suggestion per competence claimed.",
)
signed_feedback = tg.Data(
    "Signed-off competence assessment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The tutor's final feedback and competence decisions.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tutor_login = tg.Data("Tutor sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Placement practices", trust=tg.Trust.UNTRUSTED):
    # Students write logs from practice PCs and their own phones and laptops.
    student = tm.add(tg.Actor("Veterinary student", role="student"))
    # Vet at the placement practice who confirms the student saw the case.
    placement_vet = tm.add(tg.Actor("Placement supervising vet", role="external supervisor"))

with tm.boundary("E-portfolio vendor", trust=tg.Trust.PARTNER):
    # The existing SaaS e-portfolio: system of entry for logs and sign-offs.
    eportfolio = tm.add(
        tg.DataStore(
            "E-portfolio",
            stores={case_log, countersignature, signed_feedback},
            description="Hosted e-portfolio the school already uses for placement records.",
        )
    )

with tm.boundary("Cloud AI service", trust=tg.Trust.PARTNER):
    # The university's contracted LLM service, UK region, no training on prompts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model under the university's enterprise agreement.",
            controls={
                c.Guardrails(note="the provider's default content filter"),
                c.SupplierAssessment(note="university procurement and data protection review"),
            },
        )
    )

with tm.boundary("University identity", trust=tg.Trust.INTERNAL):
    # Staff sign in to the portal with their university account.
    idp = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

with tm.boundary("School cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls newly countersigned logs from the e-portfolio API each night.
    ingestion = tm.add(
        tg.Pipeline(
            "Case-log ingestion job",
            stage=tg.Stage.INGESTION,
            description="Nightly pull of countersigned logs through the e-portfolio API.",
        )
    )
    # Reference text the prompt is built from; maintained by the clinical skills team.
    framework_store = tm.add(
        tg.DataStore("Competence framework and rubric store", stores={competences})
    )
    # Builds one prompt per case log and stores what the LLM returns.
    drafter = tm.add(
        tg.Service(
            "Feedback drafting service",
            description="Assembles the prompt from the log and rubric, calls the LLM, "
            "saves the draft against the log.",
        )
    )
    # Holds logs and drafts until a tutor signs them off.
    draft_store = tm.add(
        tg.DataStore(
            "Draft feedback store",
            stores={case_log, llm_draft, signed_feedback},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where tutors read the log beside the draft, edit it and sign off.
    portal = tm.add(
        tg.Endpoint(
            "Tutor review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RBAC(note="tutors see only their own tutees' logs"),
                c.HumanInTheLoop(approver="the student's clinical tutor"),
            },
        )
    )

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Academic who owns the assessment decision for each student.
    tutor = tm.add(tg.Actor("Clinical tutor", role="academic staff"))
    # Registry's system of record for progression and assessment outcomes.
    student_records = tm.add(tg.DataStore("Student record system", stores={signed_feedback}))

# ---------------------------------------------------------------- flows
tm.flow(student, eportfolio, case_log, protocol="https")
tm.flow(eportfolio, student, signed_feedback, protocol="https", label="feedback released")
tm.flow(eportfolio, placement_vet, case_log, protocol="https", label="log to countersign")
tm.flow(placement_vet, eportfolio, countersignature, protocol="https")

tm.flow(
    eportfolio, ingestion, case_log, countersignature, protocol="https", label="nightly API pull"
)
tm.flow(ingestion, draft_store, case_log)
tm.flow(draft_store, drafter, case_log)
tm.flow(framework_store, drafter, competences)
tm.flow(
    drafter, llm, llm_prompt, protocol="https", controls={c.EncryptionInTransit(protocol="TLS 1.2")}
)
tm.flow(
    llm, drafter, llm_draft, protocol="https", controls={c.EncryptionInTransit(protocol="TLS 1.2")}
)
tm.flow(drafter, draft_store, llm_draft)

tm.flow(tutor, idp, tutor_login, protocol="https")
tm.flow(idp, portal, tutor_login, protocol="oidc")
tm.flow(draft_store, portal, case_log, llm_draft)
tm.flow(portal, tutor, case_log, llm_draft, protocol="https")
tm.flow(tutor, portal, signed_feedback, protocol="https", label="edits and signs off")
tm.flow(portal, draft_store, signed_feedback)
tm.flow(portal, eportfolio, signed_feedback, protocol="https", label="publishes sign-off")
tm.flow(portal, student_records, signed_feedback, label="competence outcomes")
