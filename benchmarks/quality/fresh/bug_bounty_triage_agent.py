"""Bug bounty triage agent: the first design, before any security review.

External security researchers submit vulnerability reports, with proof-of-concept
scripts, HTTP captures and screenshots, on the company's hosted bug bounty
platform. A signed webhook tells our intake endpoint about each new report, and
a triage agent in the security tooling VPC takes it from there: it pulls the
report and attachments through the platform API, asks a hosted LLM to plan,
sends the reproduction steps to a sandboxed runner in the staging account that
replays them against the staging environment, and searches the issue tracker for
duplicates with a read-only account. It then proposes a severity and a reply to
the researcher, which a security engineer approves or edits in the triage
console before the agent posts them. API tokens are kept in a vault, the console
and tracker sit behind corporate SSO, and every run's transcript is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bug bounty triage agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent that reproduces, de-duplicates and drafts replies for bug bounty reports.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Vulnerability report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Researcher-written description of an undisclosed vulnerability.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
attachments = tg.Data(
    "Report attachments",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proof-of-concept scripts, HTTP captures and screenshots.",
)
webhook_event = tg.Data("New report event", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
api_request = tg.Data("Platform API request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the report, attachments and earlier tool results.",
)
llm_reply = tg.Data(
    "LLM tool calls and drafts", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
platform_call = tg.Data(
    "Platform tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
repro_job = tg.Data(
    "Reproduction job",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Steps and scripts, taken from the report, to run against staging.",
)
exploit_traffic = tg.Data("Exploit requests", sensitivity=tg.Sensitivity.CONFIDENTIAL)
staging_responses = tg.Data("Staging responses", sensitivity=tg.Sensitivity.CONFIDENTIAL)
repro_result = tg.Data(
    "Reproduction result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dup_query = tg.Data(
    "Duplicate search query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
security_issues = tg.Data(
    "Security issues",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Known and unpatched vulnerabilities tracked by engineering.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
proposal = tg.Data(
    "Triage proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proposed severity, duplicate links, reproduction evidence and a draft reply.",
)
approval = tg.Data("Engineer approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reply = tg.Data(
    "Approved reply and severity", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Agent run transcripts", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can sign up on the platform and submit a report.
    researcher = tm.add(tg.Actor("External researcher", role="bug bounty researcher"))

with tm.boundary("Bug bounty vendor", trust=tg.Trust.PARTNER):
    # Hosted bug bounty platform: holds reports and the conversation with researchers.
    platform = tm.add(tg.ExternalService("Bug bounty platform", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the triage steps and drafts the severity and reply.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Security tooling VPC", trust=tg.Trust.INTERNAL):
    # Receives the platform's webhooks for new reports.
    intake = tm.add(
        tg.Endpoint("Webhook intake", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Orchestrates the triage; nothing goes to the researcher without approval.
    agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="security engineer"),
                c.SecretsManagement(note="platform and tracker tokens in the vault"),
            },
        )
    )
    # Reads reports and attachments, posts approved replies and severities.
    platform_tool = tm.add(
        tg.Tool(
            "Bug bounty platform tool",
            capabilities={"read", "write", "send-messages"},
            description="Uses the program's API token.",
        )
    )
    # Searches the tracker for duplicates of the reported issue.
    tracker_tool = tm.add(
        tg.Tool(
            "Issue tracker search tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account")},
        )
    )
    # Where the security engineer reviews and approves proposals.
    console = tm.add(
        tg.Service("Triage console", controls={c.Authentication(method="corporate SSO")})
    )
    # Keeps each run's prompts, tool calls and results for later review.
    run_log = tm.add(tg.DataStore("Triage run log", stores={transcripts}))

with tm.boundary("Staging account", trust=tg.Trust.INTERNAL):
    # Replays the researcher's steps; fresh container per run.
    runner = tm.add(
        tg.Tool(
            "Reproduction runner",
            capabilities={"execute-code", "network-egress"},
            controls={c.Sandboxing(note="ephemeral container per run")},
        )
    )
    # Copy of the product, seeded with synthetic data, used as the reproduction target.
    staging = tm.add(tg.Service("Staging environment"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves or edits every proposed severity and reply.
    engineer = tm.add(tg.Actor("Security engineer", role="product security"))
    # Engineering's issue tracker, including the restricted security project.
    tracker = tm.add(
        tg.DataStore(
            "Issue tracker",
            stores={security_issues},
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(researcher, platform, report, attachments, protocol="https")
tm.flow(platform, researcher, reply, protocol="https")
tm.flow(
    platform,
    intake,
    webhook_event,
    protocol="https",
    controls={c.MessageIntegrity(note="HMAC signature checked")},
)
tm.flow(intake, agent, webhook_event)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, platform_tool, platform_call, reply, protocol="local")
tm.flow(platform_tool, platform, api_request, reply, protocol="https")
tm.flow(platform, platform_tool, report, attachments, protocol="https")
tm.flow(platform_tool, agent, report, attachments, protocol="local")

tm.flow(agent, runner, repro_job, protocol="https")
tm.flow(runner, staging, exploit_traffic)
tm.flow(staging, runner, staging_responses)
tm.flow(runner, agent, repro_result, protocol="https")

tm.flow(agent, tracker_tool, dup_query, protocol="local")
tm.flow(tracker_tool, tracker, dup_query, protocol="https")
tm.flow(tracker, tracker_tool, security_issues, protocol="https")
tm.flow(tracker_tool, agent, security_issues, protocol="local")

tm.flow(agent, console, proposal, protocol="https")
tm.flow(console, engineer, proposal, protocol="https")
tm.flow(engineer, console, approval, protocol="https")
tm.flow(console, agent, approval, reply, protocol="https")

tm.flow(agent, run_log, transcripts)
