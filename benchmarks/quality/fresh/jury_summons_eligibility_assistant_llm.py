"""Jury summons eligibility assistant: the first design, before any security review.

The courts service of an EU member state summons citizens for jury service by letter.
Each citizen signs in to an online juror portal with the juror number and PIN printed
on the summons, answers the eligibility questionnaire (age, residence, convictions,
occupation, health) and may upload supporting documents such as medical letters.
A recommendation service retrieves the relevant provisions of the Juries Act and the
court's deferral guidance from a rules index, and asks a hosted LLM (vendor's EU
region, under a data processing agreement) to draft an eligibility, excusal or
deferral recommendation with reasons. Jury officers see the draft beside the answers
in their case workbench on the court network, decide each case themselves, and the
decision is recorded in the jury management system, which sends the outcome letter or
e-mail through the government mail relay. Officers sign in with the court's SSO and
MFA; the portal is behind the court's web application firewall.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Jury summons eligibility assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "LLM-drafted eligibility and deferral recommendations from juror questionnaires; "
        "jury officers decide."
    ),
)

# ---------------------------------------------------------------- data assets
summons_login = tg.Data(
    "Juror number and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Printed on the paper summons letter.",
)
answers = tg.Data(
    "Questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, residence, occupation, criminal convictions, health and caring duties.",
)
evidence = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Medical letters, travel bookings, employer letters uploaded as PDF or photo.",
)
rules = tg.Data(
    "Juries Act provisions and deferral guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rule_passages = tg.Data(
    "Retrieved rule passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Recommendation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the answers, the document text and the rule passages.",
)
draft = tg.Data(
    "Draft recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
decision = tg.Data(
    "Officer decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
juror_record = tg.Data(
    "Juror pool record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address and date of birth drawn from the electoral register.",
)
outcome = tg.Data("Outcome notice", kind="documents", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Summoned citizens, on their own phones and computers.
    citizen = tm.add(tg.Actor("Summoned citizen", role="citizen"))

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the draft recommendation and its reasons.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={tg.controls.SupplierAssessment(note="DPA and EU data residency agreed")},
        )
    )

with tm.boundary("Government network", trust=tg.Trust.PARTNER):
    # Shared government relay that sends outcome e-mails to citizens.
    mail_relay = tm.add(tg.ExternalService("Government mail relay"))

with tm.boundary("Court cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public entry point where citizens answer the questionnaire.
    portal = tm.add(
        tg.Endpoint(
            "Juror portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="juror number and PIN from the summons letter"),
                tg.controls.InputValidation(note="form field validation, upload size and type"),
                tg.controls.RateLimiting(note="WAF rate rules on the sign-in page"),
            },
        )
    )
    # Holds submitted questionnaires and uploads until an officer has decided.
    responses = tm.add(
        tg.DataStore(
            "Questionnaire store",
            stores={answers, evidence},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates retrieval, builds the prompt and calls the LLM for each submission.
    recommender = tm.add(
        tg.Service(
            "Recommendation service",
            description="Extracts text from uploads, retrieves rules, calls the LLM.",
        )
    )
    # Chunked and embedded copy of the statute and the court's deferral guidance.
    rules_index = tm.add(tg.VectorStore("Court rules index", stores={rule_passages}))
    # Loads new versions of the rules into the index when the guidance changes.
    rules_loader = tm.add(tg.Pipeline("Rules indexing job", stage=tg.Stage.INGESTION))

with tm.boundary("Court network", trust=tg.Trust.INTERNAL):
    # Jury officers decide every case; the draft is advice only.
    officer = tm.add(tg.Actor("Jury officer", role="court staff"))
    # Court policy staff maintain the deferral guidance documents.
    policy_clerk = tm.add(tg.Actor("Court policy clerk", role="court staff"))
    # Where officers read the answers and the draft and record their decision.
    workbench = tm.add(
        tg.Service(
            "Officer case workbench",
            controls={
                tg.controls.Authentication(method="court SSO with MFA"),
                tg.controls.RBAC(note="jury office role only"),
                tg.controls.HumanInTheLoop(approver="a jury officer decides each case"),
            },
        )
    )
    # Existing system of record for the juror pool, decisions and correspondence.
    jms = tm.add(
        tg.DataStore(
            "Jury management system",
            stores={juror_record, decision},
            controls={tg.controls.AuditLogging(retention_days=2555)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(citizen, portal, summons_login, answers, evidence, protocol="https")
tm.flow(portal, citizen, status, protocol="https", label="submission receipt and status")
tm.flow(jms, portal, juror_record, label="summons lookup")
tm.flow(portal, responses, answers, evidence)

tm.flow(responses, recommender, answers, evidence)
tm.flow(recommender, rules_index, answers, label="similarity query")
tm.flow(rules_index, recommender, rule_passages)
tm.flow(recommender, llm, prompt, protocol="https")
tm.flow(llm, recommender, draft, protocol="https")
tm.flow(recommender, workbench, draft)

tm.flow(policy_clerk, rules_loader, rules, label="publishes guidance")
tm.flow(rules_loader, rules_index, rule_passages)

tm.flow(responses, workbench, answers, evidence)
tm.flow(workbench, officer, answers, evidence, draft, protocol="https")
tm.flow(officer, workbench, decision, protocol="https")
tm.flow(workbench, jms, decision)
tm.flow(jms, portal, status, label="case status")
tm.flow(jms, mail_relay, outcome, protocol="smtp+starttls")
tm.flow(mail_relay, citizen, outcome, protocol="smtp+starttls")
