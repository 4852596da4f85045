"""Safeguarding note summariser: the first design, before any security review.

A multi-academy trust gives its designated safeguarding leads (DSLs) an assistant that
summarises a pupil's safeguarding history before a meeting (a child protection
conference, a team-around-the-family meeting). Teachers record concerns in the trust's
vendor-hosted safeguarding case system. The DSL picks a pupil in the assistant's web
app; a summary service in the trust's Azure tenant pulls that pupil's concern notes
through the case system's API, sends them to a hosted LLM and returns a draft
chronology and summary. The DSL edits the draft and saves it back to the pupil's case.
Controls in this design: DSLs sign in with their trust Microsoft accounts and MFA, and
only the DSL security group can use the app; the case-system API key sits in Key Vault;
drafts are encrypted at rest; the LLM vendor was assessed under the trust's DPIA; the
case system has its own roles and access log. The notes are special-category data
about children under UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School safeguarding note summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of pupils' safeguarding histories for designated safeguarding leads.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Microsoft account sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("Entra ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
api_key = tg.Data("Case system API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
summary_request = tg.Data(
    "Summary request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The pupil chosen, the date range and the meeting the summary is for.",
)
concern_notes = tg.Data(
    "Safeguarding concern notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free-text concerns, actions and outcomes about a child, written by staff.",
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus every concern note in the requested period.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft = tg.Data(
    "Draft chronology and summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
saved_summary = tg.Data(
    "Approved case summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
request_log = tg.Data("Assistant request log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("School networks", trust=tg.Trust.INTERNAL):
    # Senior staff who lead safeguarding at each academy; the only intended users.
    dsl = tm.add(tg.Actor("Designated safeguarding lead", role="safeguarding lead"))
    # Any member of staff can log a concern about a pupil.
    teacher = tm.add(tg.Actor("Teacher", role="staff"))

with tm.boundary("Microsoft cloud", trust=tg.Trust.PARTNER):
    # The trust's Microsoft 365 tenant: staff identities, MFA and groups.
    entra = tm.add(
        tg.ExternalService("Microsoft Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Case system vendor", trust=tg.Trust.PARTNER):
    # The vendor's web app and API, where concerns are logged and cases are managed.
    case_app = tm.add(
        tg.Service(
            "Safeguarding case system",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on"),
                c.RBAC(note="staff can log concerns; only DSLs can read case histories"),
                c.AuditLogging(note="the vendor's record of who viewed each case"),
            },
        )
    )
    # The vendor-hosted database of concern notes and case records.
    case_db = tm.add(tg.DataStore("Case records database", stores={concern_notes, saved_summary}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that writes the chronology and summary.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPIA and contract with no training on trust data")
            },
        )
    )

with tm.boundary("Trust Azure tenant", trust=tg.Trust.INTERNAL):
    # The assistant's web front end that DSLs use.
    web_app = tm.add(
        tg.Endpoint(
            "Summariser web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(note="restricted to the DSL security group"),
            },
        )
    )
    # Fetches the pupil's notes, builds the prompt and calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Summary service",
            controls={c.SecretsManagement(note="case-system API key in Azure Key Vault")},
        )
    )
    # Holds drafts while the DSL edits them, before they are saved to the case.
    drafts = tm.add(
        tg.DataStore(
            "Draft store",
            stores={draft},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # Application Insights log of requests and prompts, kept for troubleshooting.
    logs = tm.add(tg.DataStore("Request log", stores={request_log}))

# ---------------------------------------------------------------- flows
# staff and the case system
tm.flow(teacher, case_app, concern_notes, protocol="https", label="log a concern")
tm.flow(case_app, case_db, concern_notes, saved_summary)
tm.flow(case_db, case_app, concern_notes, saved_summary)

# sign-in
tm.flow(dsl, entra, sign_in, protocol="https")
tm.flow(entra, dsl, id_token, protocol="https")

# asking for a summary
tm.flow(dsl, web_app, id_token, summary_request, protocol="https")
tm.flow(web_app, summariser, summary_request, protocol="https")
tm.flow(summariser, case_app, api_key, summary_request, protocol="https", label="fetch notes")
tm.flow(case_app, summariser, concern_notes, protocol="https")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, completion, protocol="https")
tm.flow(summariser, logs, request_log)
tm.flow(summariser, drafts, draft)
tm.flow(summariser, web_app, draft, protocol="https")
tm.flow(web_app, dsl, draft, protocol="https")

# editing and saving back
tm.flow(dsl, web_app, draft, protocol="https", label="edits")
tm.flow(web_app, drafts, draft)
tm.flow(drafts, web_app, draft)
tm.flow(web_app, summariser, saved_summary, protocol="https", label="save to case")
tm.flow(summariser, case_app, api_key, saved_summary, protocol="https", label="write summary")
