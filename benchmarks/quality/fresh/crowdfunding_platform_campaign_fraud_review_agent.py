"""Crowdfunding campaign fraud review agent: the first design, before any security review.

An EU crowdfunding platform reviews every new campaign before it goes live and
again when it is edited. A review agent, built on a hosted multimodal LLM, reads
the campaign's story, goal and images, looks up the creator's identity check with
the KYC vendor (ID document and selfie checks the vendor runs itself), and weighs
them against the platform's campaign policy. It writes a fraud and policy
assessment to the trust and safety case queue and, when it judges the risk high,
pauses the campaign at once pending a reviewer's decision; the creator is e-mailed
that the campaign is paused. Trust and safety reviewers work the queue in an
internal console, lift or confirm pauses, and handle creators' appeals, which come
in through the creator dashboard. Controls: TLS everywhere, rate limits and upload
checks on the creator API, staff SSO with hardware keys and roles on the console,
a step cap and tool-call logs on the agent, a pause tool that can do nothing else,
a vetted LLM vendor, encrypted campaign storage, and an appeal to a person.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crowdfunding campaign fraud review agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that reviews new campaigns for fraud and policy breaches, can pause "
        "them pending trust and safety review, with creator appeals."
    ),
)

# ---------------------------------------------------------------- data assets
campaign = tg.Data(
    "Campaign submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Title, story, funding goal, reward tiers and the creator's payout details.",
)
campaign_images = tg.Data("Campaign images", kind="media", sensitivity=tg.Sensitivity.PII)
id_documents = tg.Data(
    "ID document and selfie",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
kyc_query = tg.Data("KYC lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
kyc_result = tg.Data(
    "KYC verification result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Identity match, document authenticity, sanctions and PEP screening outcome.",
)
policy = tg.Data(
    "Campaign policy guidelines", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
lookup_call = tg.Data("Campaign lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
campaign_context = tg.Data(
    "Campaign content for review", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Policy, campaign text and images, and the KYC outcome.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
assessment = tg.Data(
    "Fraud and policy assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Risk level, the policies it thinks are breached and the agent's rationale.",
)
pause_call = tg.Data("Pause campaign call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
campaign_status = tg.Data(
    "Campaign status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pause_notice = tg.Data("Pause notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data("Creator appeal", kind="documents", sensitivity=tg.Sensitivity.PII)
case_view = tg.Data("Review case", kind="records", sensitivity=tg.Sensitivity.PII)
reviewer_decision = tg.Data(
    "Reviewer decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
dashboard_view = tg.Data("Creator dashboard view", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open an account and start a campaign, fraudsters included.
    creator = tm.add(tg.Actor("Campaign creator", role="creator"))

with tm.boundary("KYC vendor", trust=tg.Trust.PARTNER):
    # Runs document and selfie checks; we read only the outcome.
    kyc_vendor = tm.add(tg.ExternalService("KYC verification service", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model behind the vendor's API, EU region, no training on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed, EU data residency, zero retention")},
        )
    )

with tm.boundary("Platform VPC", trust=tg.Trust.INTERNAL):
    # The creator dashboard's API: submissions, edits, status and appeals.
    creator_api = tm.add(
        tg.Endpoint(
            "Creator API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password, TOTP optional"),
                c.RateLimiting(requests_per_minute=60),
                c.InputValidation(note="image type and size checks on upload"),
            },
        )
    )
    # System of record for campaigns, their images and their status.
    campaign_db = tm.add(
        tg.DataStore(
            "Campaign database",
            stores={campaign, campaign_images, campaign_status},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # The rules the agent reviews against, edited by the policy team.
    policy_store = tm.add(tg.DataStore("Campaign policy guidelines", stores={policy}))
    # Reviews each new or edited campaign and decides whether to flag or pause it.
    agent = tm.add(
        tg.Agent(
            "Campaign review agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(note="every prompt, tool call and result"),
                c.Contestability(note="creators can appeal a pause; a reviewer decides"),
            },
        )
    )
    # Reads the campaign's text, images and history for the agent.
    lookup_tool = tm.add(tg.Tool("Campaign lookup tool", capabilities={"read"}))
    # Fetches the creator's verification outcome from the KYC vendor.
    kyc_tool = tm.add(tg.Tool("KYC lookup tool", capabilities={"read", "network-egress"}))
    # Sets a campaign to paused; it cannot delete, refund or edit.
    pause_tool = tm.add(
        tg.Tool("Pause campaign tool", capabilities={"write"}, controls={c.LeastPrivilegeTools()})
    )
    # Tells the creator their campaign has been paused.
    notifier = tm.add(tg.Service("Creator notification service"))
    # Flags, pauses and appeals waiting for a reviewer.
    case_queue = tm.add(tg.DataStore("Trust and safety case queue", stores={assessment, appeal}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviewers confirm or lift pauses and decide appeals.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="trust and safety"))
    # Internal tool for working the case queue.
    console = tm.add(
        tg.Service(
            "Trust and safety console",
            controls={c.Authentication(method="staff SSO with hardware key"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.3")

tm.flow(creator, creator_api, campaign, campaign_images, protocol="https", controls={tls})
tm.flow(creator_api, creator, dashboard_view, protocol="https", controls={tls})
tm.flow(creator, kyc_vendor, id_documents, protocol="https", label="vendor-hosted verification")
tm.flow(creator_api, campaign_db, campaign, campaign_images)
tm.flow(creator, creator_api, appeal, protocol="https", controls={tls}, label="appeal")
tm.flow(creator_api, case_queue, appeal)

tm.flow(campaign_db, agent, campaign_status, label="new or edited campaign event")
tm.flow(policy_store, agent, policy)
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(campaign_db, lookup_tool, campaign, campaign_images)
tm.flow(lookup_tool, agent, campaign_context)
tm.flow(agent, kyc_tool, kyc_query)
tm.flow(kyc_tool, kyc_vendor, kyc_query, protocol="https", controls={tls})
tm.flow(kyc_vendor, kyc_tool, kyc_result, protocol="https", controls={tls})
tm.flow(kyc_tool, agent, kyc_result)
tm.flow(agent, llm, review_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, case_queue, assessment)
tm.flow(agent, pause_tool, pause_call)
tm.flow(pause_tool, campaign_db, campaign_status, label="status set to paused")
tm.flow(pause_tool, notifier, campaign_status)
tm.flow(notifier, creator, pause_notice, protocol="smtp")

tm.flow(case_queue, console, case_view, assessment, appeal)
tm.flow(console, reviewer, case_view)
tm.flow(reviewer, console, reviewer_decision)
tm.flow(console, campaign_db, campaign_status, label="pause confirmed or lifted")
tm.flow(campaign_db, creator_api, campaign, campaign_status)
