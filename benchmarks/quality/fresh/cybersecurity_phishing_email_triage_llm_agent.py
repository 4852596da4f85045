"""Phishing email triage agent: the first design, before any security review.

Staff who receive a suspicious email press the "Report phishing" button in their
mail client, which forwards the original message to a reporting mailbox in our
Microsoft 365 tenant. An intake service on the security operations platform
pulls each report over the Graph API, parses headers, links and attachments, and
hands the case to an LLM triage agent. The agent reasons with a hosted LLM and
calls tools: a detonation tool that submits links and attachments to a vendor's
sandbox, a threat-intel lookup, and a search-and-purge tool that finds the same
message in every mailbox of the tenant and deletes it when the agent judges it
malicious. It replies to the reporter with its verdict and writes every case and
tool call to a case store that SOC analysts review through a console after the
fact. Controls in this design: a step limit on the agent, OAuth app credentials
kept in a vault for the purge tool, the vendor sandbox, SSO with MFA on the
console, and encryption and role-based access on the case store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Phishing email triage agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that triages staff-reported phishing, detonates links and attachments "
        "in a sandbox and purges matching messages from every mailbox."
    ),
)

# ---------------------------------------------------------------- data assets
inbound_email = tg.Data(
    "Inbound email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Any message an outsider sends to staff, phishing included.",
)
reported_email = tg.Data(
    "Reported email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The original message as .eml: headers, body, links and attachments.",
)
triage_request = tg.Data(
    "Triage request",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Parsed email with extracted URLs, attachment hashes, sender and reporter.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool schemas, the email content and tool results so far.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The model's reasoning, next tool call or final verdict.",
)
detonation_request = tg.Data(
    "Detonation request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sandbox_submission = tg.Data(
    "Sandbox submission",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Attachment files and URLs uploaded to the vendor for detonation.",
)
sandbox_report = tg.Data(
    "Sandbox behaviour report",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Process tree, network indicators, page text and screenshots of the run.",
)
indicator_lookup = tg.Data(
    "Indicator lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
indicator_reputation = tg.Data(
    "Indicator reputation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
purge_request = tg.Data(
    "Purge request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Search criteria (sender, subject, URL, hash) and whether to delete matches.",
)
mailbox_command = tg.Data(
    "Mailbox search and delete command", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
matching_messages = tg.Data(
    "Matching messages list",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Mailbox owners, message ids and subjects of every message that matched.",
)
purge_result = tg.Data("Purge result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
verdict_notice = tg.Data(
    "Verdict notice to reporter", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
case_record = tg.Data(
    "Triage case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Email, indicators, verdict, reasoning and every tool call the agent made.",
)
analyst_decision = tg.Data(
    "Analyst case decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whoever sends mail to our staff; phishers write the content the agent reads.
    sender = tm.add(tg.Actor("External email sender", role="outside sender"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The hosted mail service holding every staff mailbox and the reporting mailbox.
    mail = tm.add(
        tg.ExternalService(
            "Exchange Online",
            provides=tg.ExternalCategory.GENERIC,
            description="Mailboxes, the phishing-report mailbox and the Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
            controls={c.SupplierAssessment(note="enterprise agreement, no training on our data")},
        )
    )

with tm.boundary("Sandbox vendor", trust=tg.Trust.PARTNER):
    # Runs attachments in throwaway VMs and browses to links, then reports behaviour.
    sandbox = tm.add(
        tg.ExternalService(
            "Detonation sandbox service",
            provides=tg.ExternalCategory.GENERIC,
            description="Commercial malware sandbox with a submission API.",
        )
    )

with tm.boundary("Threat intel vendor", trust=tg.Trust.PARTNER):
    # Reputation of URLs, domains, IPs and file hashes.
    intel_feed = tm.add(
        tg.ExternalService("Threat intelligence API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Any employee: receives mail and reports suspicious messages.
    staff = tm.add(tg.Actor("Staff member", role="employee"))
    # Security team: reviews the agent's cases and overrides verdicts.
    analyst = tm.add(tg.Actor("SOC analyst", role="security analyst", privileged=True))

with tm.boundary("Security operations platform", trust=tg.Trust.INTERNAL):
    # Pulls reports from the reporting mailbox and parses them into cases.
    intake = tm.add(
        tg.Service(
            "Report intake service",
            description="Polls the reporting mailbox every minute and parses MIME.",
            controls={
                c.InputValidation(note="reports over 25 MB or with unparseable MIME are rejected")
            },
        )
    )
    # The LLM agent that decides what to check and whether to purge.
    agent = tm.add(
        tg.Agent(
            "Phishing triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Triages each report, detonates, looks up indicators, purges and replies.",
            controls={
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(note="every prompt and tool call written to the case store"),
            },
        )
    )
    # Wraps the sandbox vendor's API: uploads files and URLs, waits for the report.
    detonate = tm.add(
        tg.Tool(
            "Detonation tool",
            capabilities={"read", "execute-code", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.Sandboxing(note="execution happens only in the vendor's VMs")},
        )
    )
    # Looks up indicators at the threat intel vendor.
    intel_tool = tm.add(
        tg.Tool("Threat intel lookup tool", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # Searches every mailbox in the tenant for the message and deletes matches.
    purge_tool = tm.add(
        tg.Tool(
            "Mailbox search and purge tool",
            capabilities={"read", "delete"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Graph API app registration with Mail.ReadWrite on all mailboxes.",
            controls={
                c.Authentication(method="OAuth 2.0 client credentials with an app certificate"),
                c.SecretsManagement(note="certificate kept in the cloud key vault"),
            },
        )
    )
    # Sends the verdict back to the person who reported the email.
    reply_tool = tm.add(
        tg.Tool(
            "Reporter reply tool", capabilities={"send-messages"}, origin=tg.ToolOrigin.FIRST_PARTY
        )
    )
    # Every case, verdict and tool call, for review and audit.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={case_record, analyst_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Web console where analysts review cases after the agent has acted.
    console = tm.add(
        tg.Endpoint(
            "SOC case console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# mail arriving and being reported
tm.flow(sender, mail, inbound_email, protocol="smtp")
tm.flow(mail, staff, inbound_email, protocol="https")
tm.flow(staff, mail, reported_email, protocol="https", label="Report phishing button")
tm.flow(mail, intake, reported_email, protocol="https", label="Graph API poll")
tm.flow(intake, agent, triage_request)

# the agent's reasoning loop
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# detonation
tm.flow(agent, detonate, detonation_request)
tm.flow(detonate, sandbox, sandbox_submission, protocol="https")
tm.flow(sandbox, detonate, sandbox_report, protocol="https")
tm.flow(detonate, agent, sandbox_report)

# threat intel
tm.flow(agent, intel_tool, indicator_lookup)
tm.flow(intel_tool, intel_feed, indicator_lookup, protocol="https")
tm.flow(intel_feed, intel_tool, indicator_reputation, protocol="https")
tm.flow(intel_tool, agent, indicator_reputation)

# search and purge across all mailboxes
tm.flow(agent, purge_tool, purge_request)
tm.flow(purge_tool, mail, mailbox_command, protocol="https", label="Graph API search and delete")
tm.flow(mail, purge_tool, matching_messages, protocol="https")
tm.flow(purge_tool, agent, purge_result)

# reply to the reporter
tm.flow(agent, reply_tool, verdict_notice)
tm.flow(reply_tool, mail, verdict_notice, protocol="https", label="Graph API send mail")
tm.flow(mail, staff, verdict_notice, protocol="https")

# case record and analyst review
tm.flow(agent, case_store, case_record)
tm.flow(case_store, console, case_record)
tm.flow(console, analyst, case_record, protocol="https")
tm.flow(analyst, console, analyst_decision, protocol="https")
tm.flow(console, case_store, analyst_decision)
