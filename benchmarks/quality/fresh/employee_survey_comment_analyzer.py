"""Employee survey comment analyzer: the first design, before any security review.

People Analytics runs the company's anonymous engagement survey on a survey SaaS.
When a survey closes, an ingestion job pulls the free-text comments (tagged only
with department and manager unit) and joins the unit codes to the org hierarchy
from the HRIS. A theming service batches the comments per department and manager,
sends them to a hosted LLM to group them into themes, score sentiment and write a
summary, and stores the results. Summaries are published automatically to each
manager's dashboard in the HR portal; HR business partners can drill into the
comments behind a theme. The pipeline and portal run in the HR cloud tenant.
Controls in this design: corporate SSO and role-based views in the portal, a
minimum group size of five before anything is summarised, encrypted comment
storage, TLS to the vendors, and a procurement review of the LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Employee survey comment analyzer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM theming and summaries of anonymous engagement-survey comments for managers and HR.",
)

# ---------------------------------------------------------------- data assets
responses = tg.Data(
    "Survey responses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ratings and free-text comments, with department and manager unit codes.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
comments = tg.Data(
    "Survey comments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Verbatim free-text comments joined to department and manager.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
org_hierarchy = tg.Data(
    "Org hierarchy",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Units, managers and headcounts from the HRIS.",
)
theming_prompt = tg.Data(
    "Theming prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus one batch of comments for a department or manager.",
)
llm_output = tg.Data(
    "Themes, sentiment and summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
results = tg.Data(
    "Published survey insights",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-unit themes, sentiment scores, summaries and theme-to-comment links.",
)
dashboard_request = tg.Data(
    "Dashboard request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
sso_tokens = tg.Data("SSO tokens", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Employees answer the survey from any device, on or off the corporate network.
    employee = tm.add(tg.Actor("Employee respondent", role="employee"))

with tm.boundary("Survey vendor", trust=tg.Trust.PARTNER):
    # The engagement-survey SaaS that collects the anonymous responses.
    survey = tm.add(
        tg.DataSource(
            "Survey platform",
            origin=tg.Origin.PARTNER,
            provides={responses},
            description="Engagement-survey SaaS; exports responses through its REST API.",
        )
    )

with tm.boundary("HRIS vendor", trust=tg.Trust.PARTNER):
    # Source of truth for who reports to whom, needed to roll comments up per manager.
    hris = tm.add(
        tg.DataSource(
            "HRIS",
            origin=tg.Origin.PARTNER,
            provides={org_hierarchy},
            description="The company's HR information system (SaaS).",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the theming, sentiment scoring and summarisation.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's enterprise API.",
            controls={
                c.SupplierAssessment(note="procurement review; no training on our data"),
            },
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO used by the HR portal.
    idp = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("HR cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls the comments when a survey closes and joins them to the org hierarchy.
    ingestion = tm.add(
        tg.Pipeline(
            "Comment ingestion job",
            stage=tg.Stage.INGESTION,
            description="Runs when a survey closes; pulls comments and unit codes.",
        )
    )
    # Holds the verbatim comments for theming and for HRBP drill-down.
    comment_store = tm.add(
        tg.DataStore(
            "Comment store",
            stores={comments},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Batches comments per unit, builds the prompts and calls the LLM.
    theming = tm.add(
        tg.Service(
            "Theming service",
            description="Batches comments per department and manager and calls the LLM.",
            controls={
                c.DataMinimization(note="units with fewer than 5 responses are not summarised"),
            },
        )
    )
    # Themes, scores and summaries ready for the dashboards.
    insights_store = tm.add(tg.DataStore("Insights store", stores={results}))
    # Managers' dashboards and HRBP drill-down.
    portal = tm.add(
        tg.Endpoint(
            "HR portal",
            purpose=tg.EndpointPurpose.API,
            description="Web app with manager dashboards and HRBP comment drill-down.",
            controls={
                c.Authentication(method="OIDC via corporate SSO"),
                c.RBAC(note="managers see their own units; HRBPs see their client groups"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reads the summary for their own team.
    manager = tm.add(tg.Actor("People manager", role="manager"))
    # Drills into the comments behind a theme for their client groups.
    hrbp = tm.add(tg.Actor("HR business partner", role="hr business partner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(employee, survey, responses, protocol="https", label="answers survey")
tm.flow(survey, ingestion, responses, protocol="https", label="export API")
tm.flow(hris, ingestion, org_hierarchy, protocol="https")
tm.flow(ingestion, comment_store, comments)

tm.flow(comment_store, theming, comments)
tm.flow(theming, llm, theming_prompt, protocol="https")
tm.flow(llm, theming, llm_output, protocol="https")
tm.flow(theming, insights_store, results)

tm.flow(insights_store, portal, results)
tm.flow(comment_store, portal, comments, label="drill-down")
tm.flow(portal, idp, dashboard_request, protocol="https", label="sign-in redirect")
tm.flow(idp, portal, sso_tokens, protocol="https")

tm.flow(manager, portal, dashboard_request, protocol="https")
tm.flow(portal, manager, results, protocol="https", label="team dashboard")
tm.flow(hrbp, portal, dashboard_request, protocol="https")
tm.flow(portal, hrbp, results, comments, protocol="https", label="themes and comments")
