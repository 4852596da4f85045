"""HR performance review writer: the first design, before any security review.

Managers open the review writer in the company's HR web app and ask for a draft
performance review of one of their direct reports. An orchestrator gathers the
manager's own notes, the peer feedback collected in the HR system (a SaaS HRIS)
and the employee's goal progress from the goal tracker, builds a prompt and sends
it to an LLM hosted by a vendor. The manager edits the draft and submits the
final review, which is published to the HR system where the employee reads it.
HR business partners can open any draft and the prompt log to audit how a review
was written. The app runs in the HR cloud tenant with company SSO; access is by
role, every draft is signed off by the manager, drafts are encrypted at rest, the
prompt log is kept for two years, and the LLM vendor was vetted and contracted
for zero data retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "HR performance review writer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM-drafted performance reviews from manager notes, peer feedback and goals.",
)

# ---------------------------------------------------------------- data assets
draft_request = tg.Data(
    "Draft request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Which employee and review cycle, plus the manager's instructions on tone.",
)
manager_notes = tg.Data(
    "Manager notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
peer_feedback = tg.Data(
    "Peer feedback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Free-text feedback from colleagues, attributed to its authors.",
)
goal_progress = tg.Data("Goal progress", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the manager's request, notes, peer feedback and goals.",
)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Draft review", kind="model-output", sensitivity=tg.Sensitivity.PII)
final_review = tg.Data(
    "Final performance review",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt_log = tg.Data("Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.PII)
audit_query = tg.Data("Audit query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
id_token = tg.Data("SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Asks for drafts, edits them and submits the final review.
    manager = tm.add(tg.Actor("People manager", role="manager"))
    # The person reviewed; reads the final review in the HR system.
    employee = tm.add(tg.Actor("Employee", role="employee"))
    # Audits drafts and prompts for fairness and policy issues.
    hrbp = tm.add(tg.Actor("HR business partner", role="hr business partner"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Company SSO that signs managers and HR staff into the app.
    idp = tm.add(tg.ExternalService("Company SSO", provides="identity-provider"))

with tm.boundary("HR SaaS vendor", trust=tg.Trust.PARTNER):
    # System of record: employees, reporting lines, peer feedback, final reviews.
    hris = tm.add(tg.DataStore("HR system", stores={peer_feedback, final_review}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft; reached through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention")},
        )
    )

with tm.boundary("HR cloud tenant", trust=tg.Trust.INTERNAL):
    # The web front end managers and HR business partners use.
    app = tm.add(
        tg.Endpoint(
            "Review writer app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via company SSO"),
                c.RBAC(note="managers see their direct reports; HRBPs see their business unit"),
                c.HumanInTheLoop(approver="the employee's manager"),
            },
        )
    )
    # Gathers the inputs, builds the prompt and calls the LLM.
    orchestrator = tm.add(tg.Service("Draft orchestrator"))
    # Existing internal OKR tool the goal data comes from.
    goals = tm.add(tg.DataStore("Goal tracker", stores={goal_progress}))

    with tm.boundary("HR data tier", trust=tg.Trust.RESTRICTED):
        # The manager's private notes on each report, written during the year.
        notes_store = tm.add(tg.DataStore("Manager notes store", stores={manager_notes}))
        # Every generated and edited draft, kept for HR audit.
        draft_store = tm.add(
            tg.DataStore(
                "Draft store",
                stores={draft, final_review},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # What was sent to and returned from the LLM, for audits.
        log_store = tm.add(
            tg.DataStore(
                "Prompt log",
                stores={prompt_log},
                controls={c.AuditLogging(retention_days=730)},
            )
        )

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(idp, app, id_token, protocol="https")

# drafting
tm.flow(manager, app, draft_request, manager_notes, protocol="https")
tm.flow(app, notes_store, manager_notes, label="save notes")
tm.flow(app, orchestrator, draft_request)
tm.flow(notes_store, orchestrator, manager_notes)
tm.flow(hris, orchestrator, peer_feedback, protocol="https")
tm.flow(goals, orchestrator, goal_progress)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, prompt_log)
tm.flow(orchestrator, draft_store, draft)
tm.flow(orchestrator, app, draft)
tm.flow(app, manager, draft, protocol="https")

# finalising and publishing
tm.flow(manager, app, final_review, protocol="https", label="edits and submits")
tm.flow(app, draft_store, final_review)
tm.flow(app, hris, final_review, protocol="https", label="publish")
tm.flow(hris, employee, final_review, protocol="https")

# audit
tm.flow(hrbp, app, audit_query, protocol="https")
tm.flow(draft_store, app, draft, final_review)
tm.flow(log_store, app, prompt_log)
tm.flow(app, hrbp, draft, final_review, prompt_log, protocol="https")
