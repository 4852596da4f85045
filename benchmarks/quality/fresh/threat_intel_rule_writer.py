"""Threat-intel rule writer: the first design, before any security review.

The detection-engineering team wants to turn threat-intelligence reports into SIEM
detections faster. A collector in the security tooling VPC pulls reports from paid
vendor feeds, public security blogs and scraped underground forum posts into a
report store. A drafting service sends each report to a hosted LLM, which extracts
indicators of compromise and drafts detection rules, each with a confidence label.
Low-confidence drafts go to a queue that SOC analysts review in a web console (SSO
login); what they approve is deployed. Drafts the LLM marks high-confidence skip the
queue and go straight to the deployment pipeline, which checks rule syntax and pushes
the rule to the SIEM API with a token kept in the vault. The SIEM, in the restricted
SOC enclave, holds the company's security logs and is role-controlled and audited.
The drafter rejects LLM responses that do not parse as the expected JSON; the LLM
vendor went through the usual vendor security review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Threat-intel rule writer",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted SIEM detections from vendor, public and underground threat intel.",
)

# ---------------------------------------------------------------- data assets
vendor_reports = tg.Data(
    "Vendor threat reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed reports and indicator feeds (STIX/JSON) from paid vendors.",
)
public_reports = tg.Data(
    "Public and forum threat posts",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Security blog articles and posts scraped from underground forums.",
)
reports = tg.Data(
    "Normalized intel reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Report text and metadata, deduplicated, one record per report.",
)
prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the SIEM rule syntax guide and the full report text.",
)
llm_output = tg.Data(
    "Extracted indicators and rule drafts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="JSON with IOCs, draft rules and a high/low confidence label.",
)
draft_rules = tg.Data(
    "Draft detection rules",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Analyst review decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve, edit or reject, with the edited rule text.",
)
approved_rules = tg.Data(
    "Approved detection rules",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
deploy_result = tg.Data("Rule deployment result", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
security_logs = tg.Data(
    "Security logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Endpoint, identity, network and cloud audit logs of the whole company.",
)
alerts = tg.Data("SIEM alerts", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Open sources: anyone can publish a blog post or a forum post.
    public_sources = tm.add(
        tg.DataSource(
            "Public blogs and underground forums",
            origin=tg.Origin.PUBLIC_WEB,
            provides={public_reports},
            description="Vendor blogs, researcher write-ups and scraped criminal forum threads.",
        )
    )

with tm.boundary("Threat-intel vendors", trust=tg.Trust.PARTNER):
    # The paid feeds the team already subscribes to.
    vendor_feeds = tm.add(
        tg.DataSource("Vendor intel feeds", origin=tg.Origin.VENDOR, provides={vendor_reports})
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Does the actual extraction and rule writing.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the provider's API.",
            controls={
                c.SupplierAssessment(note="standard vendor security review, no-training terms")
            },
        )
    )

with tm.boundary("Security tooling VPC", trust=tg.Trust.INTERNAL):
    # Polls the feeds and runs the scrapers on a schedule.
    collector = tm.add(
        tg.Pipeline(
            "Intel collector",
            stage=tg.Stage.INGESTION,
            description="Feed pollers and forum scrapers; normalizes and deduplicates reports.",
        )
    )
    # Keeps every report so drafts can be traced back to their source.
    report_store = tm.add(
        tg.DataStore(
            "Report store",
            stores={reports},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt, calls the LLM, routes drafts by confidence.
    drafter = tm.add(
        tg.Service(
            "Rule drafting service",
            description="High-confidence drafts go to deployment, low-confidence ones to review.",
            controls={c.OutputFiltering(note="response must parse as the expected JSON schema")},
        )
    )
    # Holds low-confidence drafts until an analyst looks at them.
    draft_queue = tm.add(tg.DataStore("Draft review queue", stores={draft_rules}))
    # Where analysts read, edit and approve low-confidence drafts.
    console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.HumanInTheLoop(approver="SOC analyst", note="low-confidence drafts only"),
            },
        )
    )
    # Pushes rules into the SIEM through its management API.
    deployer = tm.add(
        tg.Pipeline(
            "Rule deployment pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.InputValidation(note="rule syntax checked with the SIEM's validator"),
                c.SecretsManagement(note="SIEM API token in the vault"),
            },
        )
    )

with tm.boundary("SOC enclave", trust=tg.Trust.RESTRICTED):
    # The company's SIEM: stores security logs and runs the detections.
    siem = tm.add(
        tg.DataStore(
            "SIEM",
            stores={security_logs, approved_rules},
            controls={
                c.RBAC(),
                c.AuditLogging(retention_days=365),
                c.EncryptionAtRest(key_management="SIEM-managed keys"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews drafts and triages the alerts the rules raise.
    analyst = tm.add(tg.Actor("SOC analyst", role="security analyst"))
    # Endpoints, identity provider, firewalls and cloud accounts shipping logs.
    log_sources = tm.add(
        tg.DataSource("Company log sources", origin=tg.Origin.INTERNAL, provides={security_logs})
    )

# ---------------------------------------------------------------- flows
tm.flow(public_sources, collector, public_reports, protocol="https", label="scrape")
tm.flow(vendor_feeds, collector, vendor_reports, protocol="https", label="feed poll")
tm.flow(collector, report_store, reports)
tm.flow(report_store, drafter, reports)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, llm_output, protocol="https")

tm.flow(drafter, draft_queue, draft_rules, label="low confidence")
tm.flow(draft_queue, console, draft_rules)
tm.flow(console, analyst, draft_rules, reports, protocol="https")
tm.flow(analyst, console, review_decision, protocol="https")
tm.flow(console, deployer, approved_rules, label="analyst-approved")
tm.flow(drafter, deployer, draft_rules, label="high confidence, auto-deploy")

tm.flow(deployer, siem, approved_rules, protocol="https", label="SIEM management API")
tm.flow(siem, deployer, deploy_result, protocol="https")
tm.flow(log_sources, siem, security_logs, protocol="tls", label="log forwarders")
tm.flow(siem, analyst, alerts, protocol="https")
