"""Adoption agency prospective parent matching LLM: the first design, before any security review.

Our agency's social workers assess prospective adopters and write their
assessment reports in the case management system. Prospective adopters fill in
their application and upload supporting documents through an adopter portal.
Local authorities send us the permanence reports of children waiting to be
adopted through their secure partner exchange. A matching assistant service
sends the reports to an LLM hosted by a vendor under a no-retention contract;
the LLM writes a summary of each report and suggests possible adopters for each
child. Social workers review the summaries and suggestions in the matching
workspace; the matching panel, which includes independent members who read
panel papers from home through a panel portal, makes the recommendation.
Staff sign in with the agency's SSO and MFA and see cases by role; the case
system is encrypted at rest; all links use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Adoption agency prospective parent matching LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of adopter assessments and suggested matches for children "
    "waiting to be adopted, reviewed by social workers and decided by the matching panel.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Adopter application and supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Application form, references, medical and financial statements.",
)
adopter_report = tg.Data(
    "Prospective adopter assessment report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The social worker's assessment: history, health, relationships, checks.",
)
child_report = tg.Data(
    "Child permanence report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A child's history, health, ethnicity, needs and contact arrangements.",
)
prompt = tg.Data(
    "Summary and matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions with the full text of the adopter and child reports.",
)
completion = tg.Data(
    "Report summaries and suggested matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="A summary of each report and a ranked list of possible adopters per child.",
)
review = tg.Data(
    "Social worker match review",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which suggested matches the social worker takes to panel, and why.",
)
panel_papers = tg.Data(
    "Matching panel papers", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
recommendation = tg.Data(
    "Panel match recommendation", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People applying to adopt, who upload their own documents.
    adopter = tm.add(tg.Actor("Prospective adopter", role="applicant"))
    # Independent panel members who read papers and record the recommendation from home.
    panel_member = tm.add(tg.Actor("Matching panel member", role="independent panel member"))

with tm.boundary("Local authority", trust=tg.Trust.PARTNER):
    # Children's services send the reports of children waiting to be adopted.
    local_authority = tm.add(
        tg.ExternalService(
            "Local authority secure exchange",
            description="The council's secure partner exchange for children's permanence reports.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that summarises and suggests matches.
    llm = tm.add(
        tg.LLM(
            "Hosted matching LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="no-retention and no-training contract")},
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Assessing social workers write reports and review the LLM's suggestions.
    social_worker = tm.add(tg.Actor("Social worker", role="social worker"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public portal where prospective adopters apply and upload documents.
    adopter_portal = tm.add(
        tg.Endpoint(
            "Adopter portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Where social workers read summaries and suggestions and choose matches for panel.
    workspace = tm.add(
        tg.Endpoint(
            "Matching workspace",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="agency SSO with MFA"), c.RBAC()},
        )
    )
    # Where panel members read the papers and record the panel's recommendation.
    panel_portal = tm.add(
        tg.Endpoint(
            "Panel portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(approver="the matching panel recommends every match"),
            },
        )
    )
    # Builds prompts from the reports, calls the LLM and stores what it returns.
    assistant = tm.add(tg.Service("Matching assistant service"))

    with tm.boundary("Case records", trust=tg.Trust.RESTRICTED):
        # System of record for adopters' and children's cases and reports.
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={
                    application,
                    adopter_report,
                    child_report,
                    review,
                    panel_papers,
                    recommendation,
                },
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The LLM's summaries and suggestions, kept for review and the panel papers.
        suggestion_store = tm.add(tg.DataStore("Suggestion store", stores={completion}))

# ---------------------------------------------------------------- flows
# Applications and reports coming in
tm.flow(adopter, adopter_portal, application, protocol="https")
tm.flow(adopter_portal, adopter, application, protocol="https", label="saved application")
tm.flow(adopter_portal, case_system, application)
tm.flow(local_authority, case_system, child_report, protocol="https")
tm.flow(social_worker, workspace, adopter_report, protocol="https", label="writes assessment")
tm.flow(workspace, case_system, adopter_report)
tm.flow(case_system, workspace, application, adopter_report, child_report)

# Summaries and suggested matches
tm.flow(case_system, assistant, adopter_report, child_report)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, suggestion_store, completion)
tm.flow(suggestion_store, workspace, completion)
tm.flow(
    workspace,
    social_worker,
    completion,
    application,
    adopter_report,
    child_report,
    protocol="https",
)
tm.flow(social_worker, workspace, review, protocol="https")
tm.flow(workspace, case_system, review)

# Matching panel
tm.flow(case_system, panel_portal, panel_papers, label="papers for the panel")
tm.flow(suggestion_store, panel_portal, completion)
tm.flow(panel_portal, panel_member, panel_papers, completion, protocol="https")
tm.flow(panel_member, panel_portal, recommendation, protocol="https")
tm.flow(panel_portal, case_system, recommendation)
tm.flow(case_system, local_authority, recommendation, protocol="https")
