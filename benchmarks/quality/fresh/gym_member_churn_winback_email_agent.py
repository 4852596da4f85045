"""Gym member churn win-back e-mails: the first design, before any security review.

A gym chain with clubs in the UK and the EU exports members, billing status and
club check-ins nightly from its SaaS gym management platform into a data
warehouse. Each week a churn model scores every active member; those likely to
cancel go to a win-back agent. The agent looks up each member's profile, drafts
a personalised e-mail with a hosted LLM from a template marketing has approved,
issues a discount code through the gym platform's promotions API within the
limits marketing sets, and sends the e-mail through an e-mail service provider.
Members can unsubscribe from any e-mail; the provider notifies us and the address
goes on a suppression list the send tool checks. Marketing signs in to a console
with SSO to edit templates and limits, which a marketing lead approves. No person
reviews individual e-mails; offers are capped in the offer tool.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Gym member churn win-back e-mail agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Churn prediction and LLM-drafted win-back e-mails with discount offers.",
)

# ---------------------------------------------------------------- data assets
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, home club, membership tier, billing status, marketing consent.",
)
visit_history = tg.Data("Club check-in history", kind="records", sensitivity=tg.Sensitivity.PII)
churn_training = tg.Data(
    "Churn training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past members' visit and billing features labelled with whether they cancelled.",
)
member_features = tg.Data("Member churn features", kind="features", sensitivity=tg.Sensitivity.PII)
churn_model_artifact = tg.Data(
    "Churn model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
at_risk_list = tg.Data(
    "At-risk members and churn scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
profile_query = tg.Data(
    "Member profile lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
member_profile = tg.Data(
    "Member profile for personalisation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="First name, home club, favourite classes, tier, recent drop in visits.",
)
templates = tg.Data(
    "Approved templates and offer limits",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_prompt = tg.Data("E-mail drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_email = tg.Data(
    "Drafted win-back e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII
)
offer_request = tg.Data(
    "Discount offer request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Member id, discount percentage and number of months.",
)
discount_code = tg.Data(
    "Discount code",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
send_request = tg.Data("E-mail send request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
outgoing_email = tg.Data("Win-back e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
unsubscribe = tg.Data("Unsubscribe request", kind="records", sensitivity=tg.Sensitivity.PII)
suppressed = tg.Data("Suppressed addresses", kind="records", sensitivity=tg.Sensitivity.PII)
send_log = tg.Data(
    "Campaign send log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who was e-mailed, which template and offer, opens, redemptions.",
)
api_key = tg.Data("Promotions API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Gym members receive the e-mails and can unsubscribe or redeem the offer.
    member = tm.add(tg.Actor("Gym member", role="member"))

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # The gym management platform holds memberships, billing and promotions.
    gym_platform = tm.add(
        tg.ExternalService(
            "Gym management platform",
            provides=tg.ExternalCategory.GENERIC,
            description="SaaS membership, billing and access control; has a promotions API.",
        )
    )
    # E-mail service provider: delivers e-mails, hosts unsubscribe links, reports opens.
    esp = tm.add(tg.ExternalService("E-mail service provider"))
    # Hosted LLM used to write the personalised e-mail text.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="EU data residency; no training on our data")},
        )
    )

with tm.boundary("Marketing cloud account", trust=tg.Trust.INTERNAL):
    # Warehouse of member data exported nightly, plus the campaign send log.
    warehouse = tm.add(
        tg.DataStore(
            "Member data warehouse",
            stores={member_records, visit_history, churn_training, send_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Monthly retraining of the churn model on members who did and did not cancel.
    churn_training_job = tm.add(tg.Pipeline("Churn model training", stage=tg.Stage.TRAINING))
    # Weekly batch scoring of active members.
    churn_model = tm.add(
        tg.Model(
            "Churn model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees on visit frequency, tenure and billing events.",
        )
    )
    # Works through the at-risk list and writes, prices and sends each win-back e-mail.
    agent = tm.add(
        tg.Agent(
            "Win-back agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15), c.AuditLogging(retention_days=365)},
        )
    )
    # Read-only lookup of the fields the e-mail may use.
    profile_tool = tm.add(tg.Tool("Member profile tool", capabilities={"read"}))
    # Creates a discount code in the gym platform, capped by marketing's limits.
    offer_tool = tm.add(
        tg.Tool(
            "Discount offer tool",
            capabilities={"write"},
            controls={
                c.TransactionLimits(
                    limit="at most 30% off for 3 months; one win-back offer per member per 12 months"
                ),
                c.SecretsManagement(),
            },
        )
    )
    # Sends the e-mail through the provider after checking the suppression list.
    send_tool = tm.add(tg.Tool("E-mail send tool", capabilities={"send-messages"}))
    # Templates and offer limits the agent must use.
    campaign_config = tm.add(tg.DataStore("Campaign template store", stores={templates}))
    # Addresses that unsubscribed; never e-mailed again.
    suppression_list = tm.add(tg.DataStore("Suppression list", stores={suppressed}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Marketing team that writes templates and sets discount limits.
    marketer = tm.add(tg.Actor("Marketing manager", role="marketing", privileged=True))
    # Web console for templates, limits and campaign results.
    console = tm.add(
        tg.Service(
            "Marketing console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="marketing lead",
                    note="templates and limits publish only once approved",
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Data and churn scoring
tm.flow(
    gym_platform, warehouse, member_records, visit_history, protocol="https", label="nightly export"
)
tm.flow(warehouse, churn_training_job, churn_training)
tm.flow(churn_training_job, churn_model, churn_model_artifact, label="deploy")
tm.flow(warehouse, churn_model, member_features)
tm.flow(churn_model, agent, at_risk_list, label="weekly at-risk list")

# Drafting
tm.flow(campaign_config, agent, templates)
tm.flow(agent, profile_tool, profile_query)
tm.flow(warehouse, profile_tool, member_records, visit_history)
tm.flow(profile_tool, agent, member_profile)
tm.flow(agent, llm, draft_prompt, protocol="https")
tm.flow(llm, agent, draft_email, protocol="https")

# Offer
tm.flow(agent, offer_tool, offer_request)
tm.flow(campaign_config, offer_tool, templates, label="offer limits")
tm.flow(
    offer_tool, gym_platform, offer_request, api_key, protocol="https", label="create promotion"
)
tm.flow(gym_platform, offer_tool, discount_code, protocol="https")
tm.flow(offer_tool, agent, discount_code)

# Sending and unsubscribing
tm.flow(agent, send_tool, send_request)
tm.flow(suppression_list, send_tool, suppressed, label="suppression check")
tm.flow(send_tool, esp, outgoing_email, protocol="https")
tm.flow(esp, member, outgoing_email, protocol="smtp+starttls")
tm.flow(member, esp, unsubscribe, protocol="https", label="unsubscribe link")
tm.flow(esp, suppression_list, unsubscribe, protocol="https", label="unsubscribe webhook")
tm.flow(agent, warehouse, send_log)
tm.flow(esp, warehouse, send_log, protocol="https", label="opens and bounces")

# Marketing
tm.flow(marketer, console, templates, protocol="https")
tm.flow(console, campaign_config, templates)
tm.flow(warehouse, console, send_log, label="campaign results")
tm.flow(console, marketer, send_log, protocol="https")
