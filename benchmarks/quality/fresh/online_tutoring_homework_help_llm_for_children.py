"""Homework helper for children: the first design, before any security review.

An online tutoring company adds a homework helper to its web app for UK and EU
children aged 8 to 14. A parent creates the family account and the child's login;
the child types questions about schoolwork. An orchestrator in our cloud account
screens each question with a moderation classifier that blocks unsafe topics,
looks up matching curriculum material, and asks a hosted LLM for hints and
guiding questions rather than finished answers; the reply is screened again
before the child sees it. Sessions are stored with any moderation flags, and the
safeguarding team reviews flagged sessions in a staff console behind company SSO.
A weekly job has the LLM summarise each child's sessions and e-mails the summary
to the parent. The API has per-account rate limits, stores are encrypted with
the cloud provider's keys, and a DPIA covers the processing of children's data.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Children's homework helper",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Hint-giving LLM homework help for children, with moderation and "
    "weekly parent summaries.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Homework question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from a child; may include names, school or feelings.",
)
hint = tg.Data("Homework hint", kind="model-output", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
family_account = tg.Data(
    "Family account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parent name and e-mail, parental consent, child's first name, age and school year.",
)
password_hashes = tg.Data("Password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
learner_context = tg.Data(
    "Learner context",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's age and school year, used to pitch the hints.",
)
llm_prompt = tg.Data(
    "Tutoring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Hint-only system prompt, the question, recent turns and curriculum excerpts.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
moderation_input = tg.Data("Text to moderate", kind="prompt", sensitivity=tg.Sensitivity.PII)
moderation_verdict = tg.Data(
    "Moderation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Allowed or blocked, with the unsafe-topic category.",
)
curriculum = tg.Data(
    "Curriculum excerpts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed textbook and worksheet passages with worked-example steps.",
)
transcript = tg.Data(
    "Session transcripts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Every question, hint and moderation flag, per child.",
)
summary_prompt = tg.Data("Summary prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
weekly_summary = tg.Data(
    "Weekly session summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Subjects covered, time spent and any blocked topics, for the parent.",
)
parent_contacts = tg.Data("Parent e-mail addresses", kind="records", sensitivity=tg.Sensitivity.PII)
review_notes = tg.Data("Safeguarding review notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The pupils who ask for help, on a home computer or tablet browser.
    child = tm.add(tg.Actor("Child learner", role="learner aged 8 to 14"))
    # Sets up the account and reads the weekly summary.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))

with tm.boundary("Tutoring cloud account", trust=tg.Trust.INTERNAL):
    # The public API behind the web app that children and parents use.
    web_api = tm.add(
        tg.Endpoint(
            "Homework helper API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="parent e-mail and password; child username and password set by the parent"
                ),
                tg.controls.RateLimiting(requests_per_minute=20),
                tg.controls.InputValidation(note="questions capped at 1,000 characters"),
                tg.controls.ImpactAssessment(basis="parental consent for children under 16"),
            },
        )
    )
    # Runs a session turn: moderation, retrieval, LLM call, second moderation.
    orchestrator = tm.add(
        tg.Service(
            "Tutoring orchestrator",
            description="Builds the hint-only prompt and checks both the question and "
            "the reply with the moderation classifier.",
            controls={
                tg.controls.Guardrails(note="moderation classifier on questions and replies"),
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager"),
            },
        )
    )
    # Blocks unsafe topics (self-harm, sexual content, violence, contact requests).
    moderation = tm.add(
        tg.Model(
            "Unsafe topic moderation classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="An open-weights safety classifier, run in our account, that "
            "blocks questions and replies on unsafe topics.",
        )
    )
    # Curriculum material the hints are grounded in, indexed by topic and year.
    curriculum_index = tm.add(tg.VectorStore("Curriculum content index", stores={curriculum}))
    # Families, logins and the child's age and year group.
    account_db = tm.add(
        tg.DataStore(
            "Family account database",
            stores={family_account, password_hashes},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS"), tg.controls.RBAC()},
        )
    )
    # Every session, for the weekly summary and safeguarding review.
    transcript_store = tm.add(
        tg.DataStore(
            "Session transcript store",
            stores={transcript},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS"), tg.controls.RBAC()},
        )
    )
    # Once a week, summarises each child's sessions for the parent.
    summary_job = tm.add(tg.Service("Weekly parent summary job"))
    # Where the safeguarding team reads flagged sessions.
    staff_console = tm.add(
        tg.Endpoint(
            "Safeguarding review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="company SSO with 2SV"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trained staff who follow up on flagged sessions.
    safeguarding_lead = tm.add(tg.Actor("Safeguarding reviewer", role="safeguarding staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the hints and the weekly summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted tutoring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.ModelAlignment(note="the vendor's safety tuning"),
                tg.controls.SupplierAssessment(note="DPA signed; no training on our prompts"),
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the weekly summary e-mails.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(parent, web_api, family_account, sign_in, protocol="https", label="sign-up and sign-in")
tm.flow(child, web_api, sign_in, question, protocol="https")
tm.flow(web_api, child, hint, protocol="https")
tm.flow(web_api, account_db, family_account, password_hashes)
tm.flow(account_db, web_api, password_hashes, learner_context)

tm.flow(web_api, orchestrator, question, learner_context)
tm.flow(orchestrator, web_api, hint)
tm.flow(orchestrator, moderation, moderation_input)
tm.flow(moderation, orchestrator, moderation_verdict)
tm.flow(orchestrator, curriculum_index, question, label="topic search")
tm.flow(curriculum_index, orchestrator, curriculum)
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcript)
tm.flow(transcript_store, orchestrator, transcript, label="recent turns")

tm.flow(transcript_store, summary_job, transcript, label="weekly batch")
tm.flow(account_db, summary_job, parent_contacts, label="weekly batch")
tm.flow(summary_job, llm, summary_prompt, protocol="https")
tm.flow(llm, summary_job, weekly_summary, protocol="https")
tm.flow(summary_job, email_service, weekly_summary, parent_contacts, protocol="https")
tm.flow(email_service, parent, weekly_summary, protocol="smtp")

tm.flow(transcript_store, staff_console, transcript, label="flagged sessions")
tm.flow(staff_console, safeguarding_lead, transcript, protocol="https")
tm.flow(safeguarding_lead, staff_console, review_notes, protocol="https")
tm.flow(staff_console, transcript_store, review_notes)
