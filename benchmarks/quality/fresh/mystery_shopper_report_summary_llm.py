"""Mystery shopper report summaries: the first design, before any security review.

A retail chain with stores across the EU contracts a mystery shopping agency.
The agency's shoppers sign in to our visit report portal and upload each visit's
report form with photos of the store and the till receipt. An agency coordinator
reviews the report in the same portal and approves it; approved visits go out in
a daily export to the agency's payment system, which pays the shopper per visit.
Once a report is approved, a processing service sends it to a hosted LLM that
summarises it, extracts the checklist scores and drafts a store action list. A
weekly job sends the week's summaries back to the LLM to spot issues repeated
across stores. Area managers read summaries, scores and trends on a dashboard
behind corporate SSO; store managers receive their action lists in the store
task app and mark them done. Uploads are checked for file type and size and kept
encrypted; portal accounts sign in with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mystery shopper report summaries",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Summarises mystery shopping visit reports with an LLM for area managers "
        "and turns them into store action lists."
    ),
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Visit report form",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Shopper's answers and free-text comments, often naming or describing staff.",
)
photos = tg.Data(
    "Visit photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of displays, queues and tills; staff and customers can be in them.",
)
receipts = tg.Data(
    "Receipt images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Till receipts showing the cashier's name and the last card digits.",
)
submission_status = tg.Data(
    "Submission status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
sign_in = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
approval = tg.Data("Report approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payable_visits = tg.Data(
    "Approved visits for payment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Shopper id, visit id and visit fee; bank details stay with the agency.",
)
summary_prompt = tg.Data(
    "Report summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the report text, photos and receipt.",
)
summary = tg.Data(
    "Visit summary, scores and action items",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
visit_records = tg.Data(
    "Store visit summaries and scores",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
actions = tg.Data("Store action list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
action_status = tg.Data(
    "Action completion updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
trend_prompt = tg.Data("Weekly trend prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
trends = tg.Data(
    "Repeated issues across stores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dashboard_query = tg.Data("Dashboard search", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance shoppers recruited by the agency; they visit stores and upload reports.
    shopper = tm.add(tg.Actor("Mystery shopper", role="agency shopper"))

with tm.boundary("Mystery shopping agency", trust=tg.Trust.PARTNER):
    # Checks each report is complete and genuine before it is accepted and paid.
    coordinator = tm.add(tg.Actor("Agency coordinator", role="agency coordinator"))
    # The agency's own system that pays shoppers per approved visit.
    agency_payments = tm.add(tg.ExternalService("Agency shopper payment system"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Summarises reports, extracts scores and spots repeated issues.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal chat model behind the vendor's API.",
        )
    )

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Where shoppers upload reports and coordinators approve them.
    portal = tm.add(
        tg.Endpoint(
            "Visit report portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG, PNG and PDF only, 10 MB per file"),
            },
        )
    )
    # Turns each approved report into a summary, scores and an action list.
    processor = tm.add(
        tg.Service(
            "Report processing service",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Looks for issues repeated across stores once a week.
    trend_job = tm.add(tg.Service("Weekly repeated-issue job"))
    # Area managers' view of summaries, scores and trends.
    dashboard = tm.add(
        tg.Service(
            "Area manager dashboard",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # The existing store task app that store managers already use.
    task_app = tm.add(tg.Service("Store task app"))

    with tm.boundary("Report data tier", trust=tg.Trust.RESTRICTED):
        # Raw uploads, kept for audit of shopper payments.
        uploads = tm.add(
            tg.DataStore(
                "Report upload bucket",
                stores={report, photos, receipts, approval},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Summaries, scores, action lists and trends.
        visit_db = tm.add(
            tg.DataStore(
                "Store visit database", stores={visit_records, actions, action_status, trends}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Oversees a group of stores; follows up on poor visits.
    area_manager = tm.add(tg.Actor("Area manager", role="area manager"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Runs one store; works through the action list.
    store_manager = tm.add(tg.Actor("Store manager", role="store manager"))

# ---------------------------------------------------------------- flows
tm.flow(shopper, portal, sign_in, report, photos, receipts, protocol="https")
tm.flow(portal, shopper, submission_status, protocol="https")
tm.flow(portal, uploads, report, photos, receipts)
tm.flow(uploads, portal, report, photos, receipts, label="shown for review")
tm.flow(portal, coordinator, report, photos, receipts, protocol="https")
tm.flow(coordinator, portal, sign_in, approval, protocol="https")
tm.flow(portal, uploads, approval, id="portal->uploads:approval")
tm.flow(portal, agency_payments, payable_visits, protocol="https", label="daily export")

tm.flow(uploads, processor, report, photos, receipts, label="approved reports")
tm.flow(processor, llm, summary_prompt, protocol="https")
tm.flow(llm, processor, summary, protocol="https")
tm.flow(processor, visit_db, visit_records, actions)

tm.flow(visit_db, trend_job, visit_records)
tm.flow(trend_job, llm, trend_prompt, protocol="https")
tm.flow(llm, trend_job, trends, protocol="https")
tm.flow(trend_job, visit_db, trends)

tm.flow(area_manager, dashboard, dashboard_query, protocol="https")
tm.flow(visit_db, dashboard, visit_records, trends)
tm.flow(dashboard, area_manager, visit_records, trends, protocol="https")

tm.flow(visit_db, task_app, actions)
tm.flow(task_app, store_manager, actions, protocol="https")
tm.flow(store_manager, task_app, action_status, protocol="https")
tm.flow(task_app, visit_db, action_status)
