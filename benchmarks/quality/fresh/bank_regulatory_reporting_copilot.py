"""Regulatory reporting copilot: the first design, before any security review.

The bank's finance and regulatory reporting team drafts the quarterly prudential
returns with an LLM copilot. A nightly job copies general ledger extracts from the
ERP into a reporting mart; the regulator's return templates and filing instructions
are downloaded from the regulator's website into a template library. An analyst
asks the copilot, in an internal web app, to fill a return and explain variances
against last quarter; the orchestrator pulls the ledger figures and the template,
prompts a hosted LLM in the bank's cloud tenant and saves the draft in a reporting
workspace. A financial controller reviews and signs off each return, and only then
does the submission gateway upload it to the regulator's portal. Staff sign in with
the bank's SSO, the reporting mart is role-restricted and encrypted, sign-off is a
recorded approval step, and the workspace keeps an audit trail. There is no prompt
or output screening; the LLM vendor passed the bank's third-party review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bank regulatory reporting copilot",
    profile=tg.RiskProfile.HIGH,
    description="LLM copilot drafting quarterly regulatory returns and variance explanations.",
)

# ---------------------------------------------------------------- data assets
gl_extracts = tg.Data(
    "General ledger extracts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Trial balances and account-level balances by legal entity, pre-publication.",
)
templates = tg.Data(
    "Regulatory templates and instructions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
request = tg.Data("Drafting request", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Copilot prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the template section and the ledger figures for the return.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_return = tg.Data(
    "Draft return and variance commentary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sign_off = tg.Data("Reviewer sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
final_return = tg.Data(
    "Approved regulatory return",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
receipt = tg.Data("Submission receipt and validation results", kind="records")
portal_credentials = tg.Data(
    "Regulator portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The regulator publishes templates, taxonomies and filing instructions on its website.
    regulator_site = tm.add(
        tg.DataSource(
            "Regulator website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={templates},
        )
    )
    # Where the bank files its returns; the bank holds an entity account on it.
    regulator_portal = tm.add(
        tg.ExternalService("Regulator submission portal", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("LLM provider tenant", trust=tg.Trust.PARTNER):
    # A general-purpose model served from the provider's region under the bank's tenant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="bank third-party risk review, no-retention terms")
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Prepares the returns and asks the copilot for drafts and variance explanations.
    analyst = tm.add(tg.Actor("Regulatory reporting analyst", role="finance analyst"))
    # Financial controller who signs each return off before it can be filed.
    controller = tm.add(tg.Actor("Financial controller", role="reviewer", privileged=True))

with tm.boundary("Finance applications", trust=tg.Trust.INTERNAL):
    # The ERP holding the general ledger; the source of record for every figure.
    erp = tm.add(
        tg.DataSource("ERP general ledger", origin=tg.Origin.INTERNAL, provides={gl_extracts})
    )
    # Nightly extract of balances into the reporting mart.
    extract_job = tm.add(tg.Pipeline("GL extract job", stage=tg.Stage.INGESTION))
    # Read-only store of ledger extracts that the copilot may query.
    reporting_mart = tm.add(
        tg.DataStore(
            "Reporting data mart",
            stores={gl_extracts},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="bank KMS")},
        )
    )
    # Template library kept by the reporting team, refreshed when the regulator changes a form.
    template_library = tm.add(tg.DataStore("Template library", stores={templates}))
    # Internal web app where analysts work with the copilot.
    copilot_app = tm.add(
        tg.Endpoint(
            "Copilot web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="bank SSO (OIDC) with MFA")},
        )
    )
    # Builds prompts from the template and ledger figures, calls the LLM, writes drafts.
    orchestrator = tm.add(
        tg.Service("Copilot orchestrator", description="Prompt assembly and LLM calls.")
    )
    # Drafts, comments and sign-offs for each quarter's returns.
    workspace = tm.add(
        tg.DataStore(
            "Reporting workspace",
            stores={draft_return, sign_off, final_return},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Uploads a signed-off return to the regulator's portal with the bank's filing account.
    submission_gateway = tm.add(
        tg.Service(
            "Submission gateway",
            controls={
                c.HumanInTheLoop(approver="the financial controller"),
                c.SecretsManagement(),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(erp, extract_job, gl_extracts, protocol="sftp", label="nightly extract")
tm.flow(extract_job, reporting_mart, gl_extracts)
tm.flow(regulator_site, template_library, templates, protocol="https", label="template download")

tm.flow(analyst, copilot_app, request, protocol="https")
tm.flow(copilot_app, analyst, draft_return, protocol="https")
tm.flow(copilot_app, orchestrator, request)
tm.flow(orchestrator, copilot_app, draft_return)
tm.flow(orchestrator, reporting_mart, request, label="ledger query")
tm.flow(reporting_mart, orchestrator, gl_extracts)
tm.flow(template_library, orchestrator, templates)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, workspace, draft_return)

tm.flow(workspace, controller, draft_return, protocol="https", label="review")
tm.flow(controller, workspace, sign_off, protocol="https", label="sign-off")
tm.flow(workspace, submission_gateway, final_return, sign_off)
tm.flow(submission_gateway, regulator_portal, final_return, portal_credentials, protocol="https")
tm.flow(regulator_portal, submission_gateway, receipt, protocol="https")
tm.flow(submission_gateway, workspace, receipt)
