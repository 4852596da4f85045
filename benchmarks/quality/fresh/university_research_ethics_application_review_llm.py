"""Research ethics application pre-screening: the first design, before any security review.

Researchers and students submit ethics applications (form, participant information
sheets, consent forms, questionnaires, data management plans) through the university's
ethics portal, signed in with university SSO. On each submission a pre-screening service
retrieves the relevant university policies and national guidance from a vector index,
sends the application and the committee's checklist to an LLM hosted by a vendor under
the university's enterprise agreement, and stores a pre-screen report listing missing
information and risk issues (vulnerable participants, deception, data protection).
The report is advisory: an ethics administrator checks it before it is passed on, and
committee members (including lay members from outside the university) read it beside
the application in a review workbench. The committee alone decides. Applications and
documents are kept in an encrypted records zone in the university's cloud tenancy;
prompts and completions are logged for quality review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University research ethics application pre-screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM pre-screen of research ethics applications before committee review.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Ethics application form",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Project summary, methods, participant groups, recruitment, risks, "
    "and the applicant's and supervisor's contact details.",
)
attachments = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Participant information sheets, consent forms, questionnaires, "
    "interview schedules and data management plans (unpublished research).",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the committee checklist, retrieved guidance and the application text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
prescreen_report = tg.Data(
    "Pre-screen report",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Missing items and risk issues flagged, each pointing to the application section.",
)
guidance_docs = tg.Data(
    "Ethics policies and guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="University research ethics policy, national frameworks and committee checklists.",
)
guidance_chunks = tg.Data(
    "Guidance passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
review_comments = tg.Data(
    "Committee review comments", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
feedback = tg.Data(
    "Feedback to applicant",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Requests for missing information and the committee's decision letter.",
)
run_log = tg.Data(
    "Pre-screen run log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Prompts, completions and timings of each pre-screen run.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff and students apply from campus, home or fieldwork sites.
    researcher = tm.add(tg.Actor("Researcher", role="applicant"))
    # Academic and lay members review papers from wherever they are before meetings.
    committee_member = tm.add(tg.Actor("Committee member", role="ethics committee reviewer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model does the reading and flagging; the university does not host one.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, EU region.",
            controls={
                c.SupplierAssessment(
                    note="procurement review and DPA: no training on prompts, EU processing"
                )
            },
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where applicants submit, track and revise applications.
    portal = tm.add(
        tg.Endpoint(
            "Ethics application portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.AuditLogging(note="submissions, revisions and downloads"),
            },
        )
    )
    # Where the ethics office and committee read applications and write comments.
    workbench = tm.add(
        tg.Endpoint(
            "Committee review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="university SSO with MFA; guest SSO accounts for lay members"
                ),
                c.RBAC(note="members see the applications on their committee's agenda"),
            },
        )
    )
    # Builds the prompt, calls the LLM and files the advisory report.
    prescreen = tm.add(
        tg.Service(
            "Pre-screening service",
            description="Runs on each new submission or revision; output is advisory only.",
            controls={
                c.HumanInTheLoop(
                    approver="ethics administrator",
                    note="every pre-screen report is checked before applicants or members see it",
                )
            },
        )
    )
    # Holds the guidance the pre-screen cites, so flags point to the relevant policy.
    guidance_index = tm.add(tg.VectorStore("Guidance vector index", stores={guidance_chunks}))
    # Chunks and embeds guidance when the ethics office publishes a new version.
    indexer = tm.add(tg.Pipeline("Guidance indexing pipeline", stage=tg.Stage.INGESTION))

    with tm.boundary("Ethics records zone", trust=tg.Trust.RESTRICTED):
        # System of record for applications, pre-screens, comments and outcomes.
        app_db = tm.add(
            tg.DataStore(
                "Ethics application database",
                stores={application, prescreen_report, review_comments, feedback},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Uploaded attachments, kept apart from the form data.
        doc_store = tm.add(
            tg.DataStore(
                "Application document store",
                stores={attachments},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Lets the ethics office review how well the pre-screen performs.
        log_store = tm.add(tg.DataStore("Pre-screen log store", stores={run_log}))

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Runs the ethics office: checks pre-screens, releases feedback, maintains guidance.
    administrator = tm.add(tg.Actor("Ethics administrator", role="research ethics office staff"))

# ---------------------------------------------------------------- flows
tm.flow(researcher, portal, application, attachments, protocol="https", label="submits")
tm.flow(portal, researcher, feedback, protocol="https")
tm.flow(portal, app_db, application)
tm.flow(portal, doc_store, attachments)
tm.flow(app_db, portal, feedback)

tm.flow(app_db, prescreen, application, label="new submission")
tm.flow(doc_store, prescreen, attachments)
tm.flow(prescreen, guidance_index, application, label="similarity query")
tm.flow(guidance_index, prescreen, guidance_chunks, label="retrieved guidance")
tm.flow(prescreen, llm, screening_prompt, protocol="https")
tm.flow(llm, prescreen, completion, protocol="https")
tm.flow(prescreen, app_db, prescreen_report)
tm.flow(prescreen, log_store, run_log)

tm.flow(administrator, indexer, guidance_docs, protocol="https", label="publishes guidance")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(app_db, workbench, application, prescreen_report, review_comments)
tm.flow(doc_store, workbench, attachments)
tm.flow(workbench, app_db, review_comments, feedback)
tm.flow(
    workbench,
    committee_member,
    application,
    attachments,
    prescreen_report,
    protocol="https",
)
tm.flow(committee_member, workbench, review_comments, protocol="https")
tm.flow(workbench, administrator, application, prescreen_report, review_comments, protocol="https")
tm.flow(administrator, workbench, feedback, protocol="https", label="checks and releases")
