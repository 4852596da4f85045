"""Legal citation checker: the first design, before any security review.

Associates at the firm upload a draft brief (Word or PDF) through an internal web
app, signing in with the firm's single sign-on. A checker service sends the brief
to a hosted LLM that extracts every citation and the proposition it is cited for.
For each citation a lookup tool queries the commercial case-law database's API,
with the firm's API key kept in a key vault, and gets back the case metadata and
text. The LLM then judges whether the case exists and supports the proposition.
The resulting citation report is shown to the associate and to the signing
partner, who reviews the flags and signs the brief; the signed brief is filed in
the document management system. Drafts are stored encrypted in the firm's cloud
tenant; all external calls use HTTPS, and the LLM vendor passed the firm's vendor
review with a zero-retention agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal citation checker",
    profile=tg.RiskProfile.HIGH,
    description="Checks citations in draft briefs against a case-law database before partner sign-off.",
)

# ---------------------------------------------------------------- data assets
draft_brief = tg.Data(
    "Draft brief",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Privileged attorney work product with client facts and strategy.",
)
extraction_prompt = tg.Data(
    "Citation extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Extraction instructions plus the full text of the brief.",
)
citations = tg.Data(
    "Extracted citations and propositions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
citation_query = tg.Data(
    "Citation lookup query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
case_text = tg.Data(
    "Case metadata and text",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed case-law content: reporter citation, court, date, opinion text.",
)
support_prompt = tg.Data(
    "Support check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The proposition from the brief with the retrieved opinion text.",
)
support_verdict = tg.Data(
    "Support verdict", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
citation_report = tg.Data(
    "Citation report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Each citation marked verified, not found or not supporting, with reasons.",
)
sign_off = tg.Data("Partner sign-off", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
signed_brief = tg.Data("Signed brief", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
api_key = tg.Data("Case-law API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sso_token = tg.Data("SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Drafts the brief and uploads it for checking.
    associate = tm.add(tg.Actor("Associate", role="associate attorney"))
    # Reviews the flags and signs the brief; accountable to the court.
    partner = tm.add(tg.Actor("Signing partner", role="partner", privileged=True))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The firm's existing cloud SSO, used to sign in to the web app.
    idp = tm.add(tg.ExternalService("Firm SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # The web app where briefs are uploaded and reports reviewed.
    web_app = tm.add(
        tg.Endpoint(
            "Citation checker web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via firm SSO"),
                c.InputValidation(note="only .docx and .pdf, at most 20 MB"),
            },
        )
    )
    # Holds uploaded drafts while they are checked.
    brief_store = tm.add(
        tg.DataStore(
            "Brief store",
            stores={draft_brief},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the extraction, lookups and support checks for one brief.
    checker = tm.add(
        tg.Service(
            "Citation checker service",
            description="Splits the work into extraction, per-citation lookup and support checks.",
            controls={c.HumanInTheLoop(approver="the signing partner")},
        )
    )
    # Calls the case-law database for each extracted citation.
    lookup = tm.add(
        tg.Tool(
            "Case-law lookup tool",
            capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Keeps the case-law API key out of code and configuration.
    vault = tm.add(tg.DataStore("Key vault", stores={api_key}, controls={c.SecretsManagement()}))
    # Keeps the reports so the partner can review them and the firm can show diligence.
    report_store = tm.add(tg.DataStore("Report store", stores={citation_report}))
    # Existing system of record for filed documents.
    dms = tm.add(tg.DataStore("Document management system", stores={signed_brief}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Extracts citations and judges whether a case supports a proposition.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review and zero-retention terms")},
        )
    )

with tm.boundary("Case-law provider", trust=tg.Trust.PARTNER):
    # The commercial case-law database the firm already subscribes to.
    caselaw_api = tm.add(
        tg.ExternalService("Case-law database API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tm.flow(associate, idp, sso_token, protocol="https", label="sign in")
tm.flow(idp, web_app, sso_token, protocol="https")
tm.flow(associate, web_app, draft_brief, protocol="https", label="upload")
tm.flow(web_app, brief_store, draft_brief)
tm.flow(brief_store, checker, draft_brief)

tm.flow(checker, llm, extraction_prompt, protocol="https", label="extract citations")
tm.flow(llm, checker, citations, protocol="https")
tm.flow(checker, lookup, citation_query)
tm.flow(vault, lookup, api_key)
tm.flow(lookup, caselaw_api, citation_query, api_key, protocol="https")
tm.flow(caselaw_api, lookup, case_text, protocol="https")
tm.flow(lookup, checker, case_text)
tm.flow(checker, llm, support_prompt, protocol="https", label="check support")
tm.flow(llm, checker, support_verdict, protocol="https", label="verdict")
tm.flow(checker, report_store, citation_report)

tm.flow(report_store, web_app, citation_report)
tm.flow(web_app, associate, citation_report, protocol="https")
tm.flow(web_app, partner, draft_brief, citation_report, protocol="https", label="review")
tm.flow(partner, web_app, sign_off, protocol="https")
tm.flow(web_app, dms, signed_brief, label="file signed brief")
