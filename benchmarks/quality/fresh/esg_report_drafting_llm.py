"""ESG report drafting assistant: the first design, before any security review.

The sustainability team of a listed EU company drafts its annual ESG (CSRD)
report with an LLM. A nightly pipeline gathers supplier questionnaire answers
from a third-party questionnaire platform, energy and emissions readings from
the facilities energy platform, and an HR export (including employee-level pay
and gender rows for the pay-gap figures) into an ESG data warehouse. Analysts
use an internal drafting web app, signed in with corporate SSO, to ask a drafting
service for a section; the service pulls the relevant metrics and supplier
answers, prompts a vendor-hosted LLM under an enterprise agreement, and saves
the draft in a versioned draft repository that the team edits. External
auditors log in to the same app with guest SSO accounts to review the draft and
evidence for limited assurance. After sign-off by the CFO and head of
sustainability, the final report is published on the investor relations site.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "ESG report drafting LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted drafting of the annual ESG report from supplier, energy and HR data.",
)

# ---------------------------------------------------------------- data assets
supplier_answers = tg.Data(
    "Supplier questionnaire responses",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free-text and numeric answers on emissions, labour practices, certifications; "
    "includes the supplier contact's name and email.",
)
energy_metrics = tg.Data(
    "Energy and emissions readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
hr_metrics = tg.Data(
    "HR metrics export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Headcount, turnover, injuries by site, and pseudonymised employee-level salary "
    "and gender rows for the pay-gap calculation.",
)
esg_dataset = tg.Data(
    "Consolidated ESG dataset",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
section_request = tg.Data(
    "Section drafting request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Report template instructions, the section request, metric tables and excerpts "
    "of supplier answers.",
)
llm_draft = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
report_draft = tg.Data(
    "ESG report draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unpublished report; figures are disclosure-relevant for a listed company.",
)
team_edits = tg.Data("Team edits", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
audit_comments = tg.Data(
    "Assurance review comments", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
published_report = tg.Data(
    "Published ESG report",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Suppliers fill in the annual questionnaire; any supplier contact can write anything.
    supplier = tm.add(tg.Actor("Supplier contact", role="supplier"))
    # Investors, rating agencies and the public read the published report.
    reader = tm.add(tg.Actor("Report reader", role="investor or public"))

with tm.boundary("Questionnaire platform vendor", trust=tg.Trust.PARTNER):
    # SaaS platform where supplier questionnaires are sent and answered.
    questionnaires = tm.add(
        tg.DataSource(
            "Supplier questionnaire platform",
            origin=tg.Origin.PARTNER,
            provides={supplier_answers},
            description="Exports answered questionnaires through its REST API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose LLM that writes the first draft of each report section.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="enterprise agreement: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Audit firm", trust=tg.Trust.PARTNER):
    # External auditors giving limited assurance on the sustainability statement.
    auditor = tm.add(tg.Actor("External auditor", role="assurance auditor"))

with tm.boundary("Website hosting", trust=tg.Trust.PARTNER):
    # Investor relations site on a hosted CMS, where the final PDF is published.
    ir_site = tm.add(
        tg.Service(
            "Investor relations website",
            internet_facing=True,
            controls={c.Authentication(method="CMS accounts with MFA")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Members of the sustainability team who request, edit and sign off drafts.
    analyst = tm.add(tg.Actor("Sustainability analyst", role="sustainability team"))
    # Facilities platform aggregating meter and utility-bill data per site.
    energy = tm.add(
        tg.DataSource(
            "Energy management platform", origin=tg.Origin.INTERNAL, provides={energy_metrics}
        )
    )
    # HR information system; HR runs a yearly export for the report.
    hris = tm.add(tg.DataSource("HRIS export", origin=tg.Origin.INTERNAL, provides={hr_metrics}))
    # Nightly job that loads and consolidates all sources into the warehouse.
    ingestion = tm.add(
        tg.Pipeline("ESG data ingestion", stage=tg.Stage.INGESTION, third_party_packages=True)
    )
    # Single place for the reported figures and the supplier answers behind them.
    warehouse = tm.add(
        tg.DataStore(
            "ESG data warehouse",
            stores={esg_dataset, supplier_answers},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Web app the team and the auditors use to request, edit and review drafts.
    app = tm.add(
        tg.Endpoint(
            "Drafting web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Published through the corporate reverse proxy so that auditors can reach it.",
            controls={
                c.Authentication(method="corporate SSO (OIDC), guest accounts for auditors"),
                c.RBAC(),
            },
        )
    )
    # Builds prompts from templates and warehouse data and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            controls={c.SecretsManagement(note="LLM API key in the vault")},
        )
    )
    # Versioned document store holding every draft and edit of the report.
    drafts = tm.add(
        tg.DataStore(
            "Draft repository",
            stores={report_draft},
            controls={c.AuditLogging(note="document version history"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# data collection
tm.flow(supplier, questionnaires, supplier_answers, protocol="https")
tm.flow(questionnaires, ingestion, supplier_answers, protocol="https", label="API export")
tm.flow(energy, ingestion, energy_metrics, protocol="https")
tm.flow(hris, ingestion, hr_metrics, protocol="sftp", label="yearly export")
tm.flow(ingestion, warehouse, esg_dataset, supplier_answers)

# drafting
tm.flow(analyst, app, section_request, team_edits, protocol="https")
tm.flow(app, analyst, report_draft, protocol="https")
tm.flow(app, drafter, section_request)
tm.flow(warehouse, drafter, esg_dataset, supplier_answers, label="metrics and supplier excerpts")
tm.flow(drafter, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafter, llm_draft, protocol="https")
tm.flow(drafter, drafts, report_draft)
tm.flow(app, drafts, team_edits, label="save edits")
tm.flow(drafts, app, report_draft)

# assurance
tm.flow(app, auditor, report_draft, esg_dataset, protocol="https", label="draft and evidence")
tm.flow(auditor, app, audit_comments, protocol="https")
tm.flow(warehouse, app, esg_dataset, label="evidence for auditors")

# publication
tm.flow(
    drafts,
    ir_site,
    published_report,
    protocol="https",
    controls={c.HumanInTheLoop(approver="CFO and head of sustainability sign-off")},
)
tm.flow(ir_site, reader, published_report, protocol="https")
