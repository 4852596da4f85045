"""Abuse report triage agent for a cloud hosting provider: the first design.

Anyone on the internet can report abuse (phishing, malware hosting, spam, scanning)
coming from a server we host, through the abuse web form or abuse@ e-mail; trusted
feeds (CERTs, blocklist operators) send reports too. Reports land in the abuse case
queue. An LLM agent, running in our trust-and-safety platform and calling a hosted
model, triages each case: it looks up the reported IP's instance and owning account,
reads the instance's network flow summaries, fetches the reported URL in a sandbox,
and then closes the case, notifies the customer, or suspends the instance. It may
suspend on its own only for accounts below a threshold (trial or small accounts);
above it an abuse analyst approves in the abuse console. Controls in this design:
rate limits and a CAPTCHA on the form, a step limit and audit log on the agent,
a sandboxed URL fetcher, a suspension tool that can only stop (not delete)
instances, mTLS to the control plane, and SSO with hardware keys for analysts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cloud provider abuse report triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "soc2"},
    description="LLM agent triaging abuse reports about customer servers; it can suspend "
    "instances of accounts below a threshold, analysts approve the rest.",
)

# ---------------------------------------------------------------- data assets
abuse_report = tg.Data(
    "Abuse report",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Free text, headers, URLs and log excerpts from the reporter, with their e-mail.",
)
feed_report = tg.Data(
    "Feed abuse notification",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Structured notification (ARF/X-ARF) from CERTs and blocklist operators.",
)
abuse_case = tg.Data(
    "Abuse case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The report, triage notes, decision and status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agent_prompt = tg.Data("Triage prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Triage model reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
instance_query = tg.Data("Instance lookup request", kind="tool-call")
instance_info = tg.Data(
    "Instance and account details",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Instance owner, account tier, monthly spend, contact e-mail, image and tags.",
)
telemetry_query = tg.Data("Flow summary request", kind="tool-call")
flow_summary = tg.Data(
    "Network flow summary",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-result",
    description="Per-instance connection counts, ports and destinations over the last 24 h.",
)
flow_logs = tg.Data("VPC flow logs", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")
fetch_request = tg.Data("Reported URL fetch", kind="tool-call")
fetched_page = tg.Data(
    "Fetched page content",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="HTML, screenshot and redirect chain of the reported URL.",
)
suspend_call = tg.Data("Suspension request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
suspend_command = tg.Data(
    "Instance stop command", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
suspend_result = tg.Data(
    "Suspension result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
notice = tg.Data(
    "Abuse notice to customer",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="What was reported, what we did and how to appeal.",
)
analyst_decision = tg.Data(
    "Analyst suspension approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can file a report, including a competitor of the customer or the abuser.
    reporter = tm.add(tg.Actor("Abuse reporter", role="member of the public"))
    # The customer whose instance is reported; receives notices.
    customer = tm.add(tg.Actor("Hosting customer", role="customer"))

with tm.boundary("Reporting partners", trust=tg.Trust.PARTNER):
    # CERT and blocklist notifications arriving in X-ARF over e-mail and API.
    feeds = tm.add(
        tg.DataSource(
            "CERT and blocklist feeds",
            origin=tg.Origin.PARTNER,
            provides={feed_report},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero data retention contract")},
        )
    )

with tm.boundary("Trust and safety platform", trust=tg.Trust.INTERNAL):
    # Public web form and abuse@ mailbox parser; both write into the case queue.
    intake = tm.add(
        tg.Endpoint(
            "Abuse report intake",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=10, note="per source IP on the web form"),
                c.InputValidation(note="CAPTCHA and size limits on the form"),
            },
        )
    )
    # Open cases waiting for triage, and their history.
    case_queue = tm.add(
        tg.DataStore(
            "Abuse case queue",
            stores={abuse_case},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # The triage agent: picks up a case, investigates with tools, decides.
    agent = tm.add(
        tg.Agent(
            "Abuse triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Closes, notifies or suspends; suspends alone only below the threshold.",
            controls={
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(
                    approver="abuse analyst",
                    above="accounts older than 90 days or spending over USD 500 per month",
                ),
                c.SecretsManagement(note="LLM key and tool credentials from the vault"),
            },
        )
    )
    # Read-only lookup of which instance and account an IP belongs to.
    lookup_tool = tm.add(tg.Tool("Instance lookup tool", capabilities={"read"}))
    # Read-only summary of the instance's recent network flows.
    telemetry_tool = tm.add(tg.Tool("Flow summary tool", capabilities={"read"}))
    # Fetches the reported URL so the agent can see the phishing page or payload.
    fetcher = tm.add(
        tg.Tool(
            "URL fetch tool",
            capabilities={"read", "network-egress"},
            controls={c.Sandboxing(note="headless browser in a throwaway VM, no internal routes")},
        )
    )
    # Stops a reported instance and blocks its public IP; cannot delete or snapshot.
    suspend_tool = tm.add(
        tg.Tool(
            "Instance suspension tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="role allows stop and IP block only")},
        )
    )
    # Sends abuse notices to the account's contact address.
    notify_tool = tm.add(tg.Tool("Customer notice tool", capabilities={"send-messages"}))
    # Staff UI: review queue, approvals above the threshold, appeals.
    console = tm.add(
        tg.Endpoint(
            "Abuse console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with hardware key"), c.RBAC()},
        )
    )
    # Trust-and-safety staff who handle escalations and appeals.
    analyst = tm.add(tg.Actor("Abuse analyst", role="trust and safety analyst"))

with tm.boundary("Cloud control plane", trust=tg.Trust.RESTRICTED):
    # The provider's compute API: instance metadata, account data, stop and IP block.
    control_plane = tm.add(
        tg.Service(
            "Compute control plane API",
            controls={c.AuditLogging()},
        )
    )
    # Flow logs collected from the hypervisors.
    flow_store = tm.add(tg.DataStore("Flow log store", stores={flow_logs}))

# ---------------------------------------------------------------- flows
tm.flow(reporter, intake, abuse_report, protocol="https", label="web form or abuse@ e-mail")
tm.flow(feeds, intake, feed_report, protocol="https")
tm.flow(intake, case_queue, abuse_case)
tm.flow(case_queue, agent, abuse_case, label="next case")
tm.flow(agent, case_queue, abuse_case, label="triage notes and decision")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

tm.flow(agent, lookup_tool, instance_query)
tm.flow(lookup_tool, control_plane, instance_query, protocol="mtls")
tm.flow(control_plane, lookup_tool, instance_info, protocol="mtls")
tm.flow(lookup_tool, agent, instance_info)

tm.flow(agent, telemetry_tool, telemetry_query)
tm.flow(flow_store, telemetry_tool, flow_logs)
tm.flow(telemetry_tool, agent, flow_summary)

tm.flow(agent, fetcher, fetch_request)
tm.flow(fetcher, agent, fetched_page)

tm.flow(agent, suspend_tool, suspend_call)
tm.flow(suspend_tool, control_plane, suspend_command, protocol="mtls")
tm.flow(control_plane, suspend_tool, suspend_result, protocol="mtls")
tm.flow(suspend_tool, agent, suspend_result)

tm.flow(agent, notify_tool, notice)
tm.flow(notify_tool, customer, notice, protocol="smtp+starttls")

tm.flow(case_queue, console, abuse_case, protocol="https")
tm.flow(console, analyst, abuse_case, protocol="https")
tm.flow(analyst, console, analyst_decision, protocol="https", label="approves or rejects")
tm.flow(console, agent, analyst_decision, protocol="https")
