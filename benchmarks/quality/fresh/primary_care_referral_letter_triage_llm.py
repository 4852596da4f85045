"""Referral letter triage: the first design, before any security review.

GPs send referral letters for outpatient care to the hospital through the
national e-Referral Service. An intake service on the hospital network polls
the e-RS API, files each letter in a referral document store and matches the
patient against the patient administration system (PAS). A triage service
sends the letter, with the clinic directory and triage guidelines, to a hosted
LLM (a UK-region deployment under the trust's enterprise agreement), which
suggests the clinic and the urgency (routine, soon, urgent, two-week wait).
A consultant reviews every suggestion in the triage worklist, signing in with
an NHS smartcard, and confirms or changes it; only a confirmed triage is sent
to the PAS to book, and the outcome goes back to the GP through e-RS. Staff
access is role-based, the worklist keeps an audit trail, and the referral
store is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Primary care referral letter triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM suggests clinic and urgency for GP referral letters; a consultant confirms.",
)

# ---------------------------------------------------------------- data assets
letter = tg.Data(
    "GP referral letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free-text letter with history, medication, findings and the question asked.",
)
demographics = tg.Data("Patient demographics", kind="records", sensitivity=tg.Sensitivity.PII)
guidelines = tg.Data(
    "Clinic directory and triage guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which clinic sees what, and the urgency criteria of each specialty.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the guidelines and the full text of the letter.",
)
suggestion = tg.Data(
    "Suggested clinic and urgency",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The LLM's proposed clinic, urgency category and a short rationale.",
)
triage = tg.Data(
    "Confirmed triage decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcome = tg.Data(
    "Referral outcome for the GP",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accepted to a clinic with its urgency, or returned with advice.",
)
appointment = tg.Data("Outpatient appointment", kind="records", sensitivity=tg.Sensitivity.PII)
audit = tg.Data("Triage audit trail", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("GP practices", trust=tg.Trust.PARTNER):
    # The referring GP writes the letter in the practice's clinical system.
    gp = tm.add(tg.Actor("Referring GP", role="general practitioner"))

with tm.boundary("NHS national services", trust=tg.Trust.PARTNER):
    # The national service through which every outpatient referral reaches us.
    ers = tm.add(
        tg.ExternalService(
            "NHS e-Referral Service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Holds referrals and attached letters; the hospital reads and answers them by API.",
        )
    )

with tm.boundary("LLM provider (UK region)", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model; no fine-tuning, prompts carry the guidelines.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads the letter and suggests the clinic and the urgency category.",
            controls={c.SupplierAssessment(note="enterprise agreement, no retention of prompts")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Polls e-RS for new referrals to our services and files them.
    intake = tm.add(
        tg.Service(
            "Referral intake service",
            description="Polls the e-RS worklist API every 15 minutes and matches each patient in the PAS.",
        )
    )
    # The letters as received, kept with the referral record.
    letter_store = tm.add(
        tg.DataStore(
            "Referral document store",
            stores={letter},
            controls={c.EncryptionAtRest(key_management="hospital key vault"), c.RBAC()},
        )
    )
    # Reference data that the triage prompt is built from.
    guideline_store = tm.add(tg.DataStore("Triage guidelines library", stores={guidelines}))
    # Builds the prompt, calls the LLM and posts the suggestion to the worklist.
    triage_service = tm.add(
        tg.Service(
            "Triage service",
            description="Assembles the letter and the guidelines into a prompt and parses the LLM's answer.",
        )
    )
    # Where consultants see each letter beside the suggestion and decide.
    worklist = tm.add(
        tg.Endpoint(
            "Consultant triage worklist",
            purpose=tg.EndpointPurpose.API,
            description="Web app on the hospital network showing the letter and the suggested triage.",
            controls={
                c.Authentication(method="NHS smartcard with PIN"),
                c.RBAC(note="consultants see the referrals of their own specialty"),
                c.HumanInTheLoop(approver="the specialty's triaging consultant"),
                c.AuditLogging(retention_days=2920),
            },
        )
    )
    # System of record for patients, referrals and appointments.
    pas = tm.add(
        tg.DataStore(
            "Patient administration system (PAS)",
            stores={demographics, triage, appointment},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )
    # Who triaged what, and whether the suggestion was changed.
    audit_store = tm.add(tg.DataStore("Triage audit log", stores={audit}))
    # Consultants triage referrals for their specialty.
    consultant = tm.add(tg.Actor("Triaging consultant", role="consultant"))
    # The booking team offers appointments once the triage is confirmed.
    clerk = tm.add(tg.Actor("Outpatient booking clerk", role="booking staff"))

# ---------------------------------------------------------------- flows
tm.flow(gp, ers, letter, protocol="https", label="sends referral")
tm.flow(ers, intake, letter, protocol="https", label="polled referral worklist")
tm.flow(intake, letter_store, letter)
tm.flow(pas, intake, demographics, label="patient match")
tm.flow(intake, triage_service, letter)

tm.flow(guideline_store, triage_service, guidelines)
tm.flow(triage_service, llm, prompt, protocol="https")
tm.flow(llm, triage_service, suggestion, protocol="https")
tm.flow(triage_service, worklist, letter, suggestion)

tm.flow(worklist, consultant, letter, suggestion, protocol="https")
tm.flow(consultant, worklist, triage, protocol="https", label="confirms or changes triage")
tm.flow(worklist, audit_store, audit)
tm.flow(worklist, pas, triage, protocol="HL7 FHIR over HTTPS")
tm.flow(worklist, ers, outcome, protocol="https", label="accept or return referral")
tm.flow(ers, gp, outcome, protocol="https")

tm.flow(pas, clerk, triage, demographics, protocol="https", label="booking worklist")
tm.flow(clerk, pas, appointment, protocol="https", label="books appointment")
