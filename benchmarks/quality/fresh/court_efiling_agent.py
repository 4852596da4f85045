"""Court e-filing agent: the first design, before any security review.

Attorneys and paralegals at the firm ask the filing agent for routine filings
(motions for extension of time, notices of appearance, certificates of service).
The agent, running in the firm's private cloud, pulls the matter from the case
management system, picks a template, has a hosted LLM draft the document, and
shows the attorney a preview in the filing review app. Only after the attorney
approves does it submit the filing to the court's e-filing portal (CM/ECF) with
the firm's e-filing account, whose password sits in the firm's secrets vault.
The agent also polls the docket for new entries and opposing counsel's filings,
reads them, and updates the deadlines in the case management system.
Controls in this design: firm SSO on the review app, attorney approval before
every submission, matter-level roles and encryption in the case management
system, a vetted LLM vendor under a zero-retention contract, and an action log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court e-filing agent",
    profile=tg.RiskProfile.HIGH,
    description="Drafts and files routine court filings for attorneys and tracks docket deadlines.",
)

# ---------------------------------------------------------------- data assets
filing_request = tg.Data(
    "Filing request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Matter number, filing type and any instructions from the attorney.",
)
case_records = tg.Data(
    "Case records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Parties, counsel of record, client details and privileged matter notes.",
)
deadlines = tg.Data(
    "Case deadlines",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
templates = tg.Data("Filing templates", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
docket = tg.Data(
    "Docket entries and filings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="New docket text and the PDFs filed by the court and by other parties.",
)
opposing_filings = tg.Data(
    "Opposing counsel filings", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the template, case facts and docket excerpts.",
)
completion = tg.Data(
    "Drafted filing text", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
draft = tg.Data(
    "Draft filing preview",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data("Attorney approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
tool_call = tg.Data("Agent tool call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result")
submission = tg.Data(
    "Filing submission",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="The signed PDF, filing event type and service list sent to the court.",
)
receipt = tg.Data(
    "Notice of electronic filing", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
efile_creds = tg.Data(
    "E-filing account credentials",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="The firm's CM/ECF and PACER login, used for filing and docket reads.",
)
action_log = tg.Data("Agent action log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Opposing counsel file into the same dockets the agent reads.
    opposing = tm.add(tg.Actor("Opposing counsel", role="other party's attorney"))

with tm.boundary("Court systems", trust=tg.Trust.PARTNER):
    # The court's CM/ECF: where filings go, and where the docket is read from.
    court = tm.add(
        tg.ExternalService(
            "Court e-filing portal",
            description="Federal and state e-filing systems (CM/ECF, PACER).",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the filing text; the firm has a zero-retention enterprise contract.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor security review and zero-retention terms")},
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # The attorney of record requests filings and approves every one before it goes out.
    attorney = tm.add(tg.Actor("Attorney", role="attorney of record", privileged=True))
    # Web app where requests are made and draft previews are approved.
    review_app = tm.add(
        tg.Endpoint(
            "Filing review app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="firm SSO (Entra ID) with MFA")},
        )
    )

    with tm.boundary("Agent runtime", trust=tg.Trust.INTERNAL):
        # Plans the filing, calls the tools and the LLM, waits for approval before filing.
        agent = tm.add(
            tg.Agent(
                "Filing agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={
                    c.HumanInTheLoop(approver="the attorney of record, in the review app"),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Reads and updates matters and deadlines in the case management system.
        cms_tool = tm.add(tg.Tool("Case management tool", capabilities={"read", "write"}))
        # Fetches new docket entries and the documents attached to them.
        docket_tool = tm.add(tg.Tool("Docket reader tool", capabilities={"read", "network-egress"}))
        # Submits approved filings to the court with the firm's account; the court serves the parties.
        efile_tool = tm.add(
            tg.Tool(
                "E-filing submission tool",
                capabilities={"write", "network-egress", "send-messages"},
            )
        )
        # Firm-approved templates for each filing type and court.
        template_store = tm.add(tg.DataStore("Template library", stores={templates}))
        # Every step the agent takes, kept for the firm's records.
        log_store = tm.add(tg.DataStore("Agent action log store", stores={action_log}))

    with tm.boundary("Firm data tier", trust=tg.Trust.RESTRICTED):
        # The firm's system of record for matters, parties and the deadline calendar.
        cms = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_records, deadlines},
                controls={
                    c.RBAC(note="matter-level ethical walls"),
                    c.EncryptionAtRest(key_management="KMS"),
                },
            )
        )
        # Holds the firm's e-filing account password.
        vault = tm.add(
            tg.DataStore(
                "Firm secrets vault", stores={efile_creds}, controls={c.SecretsManagement()}
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(attorney, review_app, filing_request, approval, protocol="https")
tm.flow(review_app, attorney, draft, protocol="https")
tm.flow(review_app, agent, filing_request, approval)
tm.flow(agent, review_app, draft, label="preview for approval")

tm.flow(agent, cms_tool, tool_call)
tm.flow(cms_tool, cms, tool_call, deadlines, label="query matter, update deadlines")
tm.flow(cms, cms_tool, case_records, deadlines)
tm.flow(cms_tool, agent, tool_result, case_records)
tm.flow(template_store, agent, templates)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(opposing, court, opposing_filings, protocol="https", label="files with the court")
tm.flow(agent, docket_tool, tool_call)
tm.flow(vault, docket_tool, efile_creds)
tm.flow(docket_tool, court, efile_creds, protocol="https", label="PACER login and docket query")
tm.flow(court, docket_tool, docket, opposing_filings, protocol="https")
tm.flow(docket_tool, agent, tool_result, docket, opposing_filings)

tm.flow(agent, efile_tool, tool_call, submission, label="approved filing")
tm.flow(vault, efile_tool, efile_creds)
tm.flow(efile_tool, court, efile_creds, submission, protocol="https")
tm.flow(court, efile_tool, receipt, protocol="https")
tm.flow(efile_tool, agent, tool_result, receipt)

tm.flow(agent, log_store, action_log)
