"""Churn retention offer agent: the first design, before any security review.

A mobile operator in the EU wants to keep customers who are about to leave. A
nightly churn scoring job scores every postpaid customer with an in-house churn
model from usage and billing features, and hands the customers above the
threshold to a retention agent. The agent, an LLM hosted by a model vendor in its
EU region, reads each customer's profile, contract and recent care notes from the
CRM, picks an offer from the retention catalogue, applies it to the account
through the offer provisioning tool and tells the customer by SMS and by an
in-app message; customers accept or decline in the operator's app. Offers worth
more than a set amount wait for a retention team lead. The app signs customers in
with password and an SMS code on new devices; the CRM is encrypted and access is
by role; the messaging tool checks marketing consent; every agent decision is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Churn retention offer agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent chooses, applies and sends retention offers to customers likely to churn.",
)

# ---------------------------------------------------------------- data assets
profile = tg.Data(
    "Customer profile and contract",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, mobile number, plan, contract end date, monthly spend, marketing consent.",
)
care_notes = tg.Data(
    "Customer care notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Agents' notes and chat transcripts from recent calls and complaints.",
)
features = tg.Data(
    "Usage and billing features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per customer: data and call usage trends, bill shocks, dropped calls, port-out enquiries.",
)
churn_score = tg.Data("Churn score", kind="model-output", sensitivity=tg.Sensitivity.PII)
at_risk_list = tg.Data(
    "At-risk customer list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer ids with churn scores above the threshold, for tonight's run.",
)
catalogue = tg.Data(
    "Retention offer catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Eligible offers per plan: discounts, free data add-ons, handset vouchers, with their value.",
)
agent_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the customer's profile, care notes, score and candidate offers.",
)
agent_reply = tg.Data(
    "LLM tool calls and reasoning", kind="model-output", sensitivity=tg.Sensitivity.PII
)
offer_order = tg.Data(
    "Offer provisioning request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Customer id, offer code, discount amount and duration.",
)
offer_result = tg.Data("Provisioning result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
offer_message = tg.Data(
    "Retention offer message",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The SMS and in-app text the agent writes, with a link into the app.",
)
acceptance = tg.Data("Offer acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data(
    "High-value offer approval",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The proposed offer and the team lead's approve or reject.",
)
decision_log = tg.Data("Agent decision log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The subscriber the offer is for; receives SMS and uses the operator's app.
    customer = tm.add(tg.Actor("Mobile customer", role="subscriber"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # The mobile platforms' push service delivers the in-app notification.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted agent LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on prompts")
            },
        )
    )

with tm.boundary("Operator DMZ", trust=tg.Trust.INTERNAL):
    # Backend of the operator's app: shows offers and takes acceptances.
    app_backend = tm.add(
        tg.Endpoint(
            "Mobile app backend",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="account password, SMS code at every sign-in from a new device"
                ),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )

with tm.boundary("Operator IT", trust=tg.Trust.INTERNAL):
    # System of record for customers, contracts, consent and care interactions.
    crm = tm.add(
        tg.DataStore(
            "CRM",
            stores={profile, care_notes, offer_order, acceptance},
            controls={
                c.EncryptionAtRest(key_management="KMS"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Features refreshed nightly from the usage and billing data warehouse.
    feature_store = tm.add(
        tg.FeatureStore(
            "Customer feature store", stores={features}, online=False, controls={c.RBAC()}
        )
    )
    # Runs the model over all postpaid customers each night.
    scoring_job = tm.add(tg.Service("Nightly churn scoring job"))
    # In-house gradient-boosted classifier trained by the data science team.
    churn_model = tm.add(
        tg.Model(
            "Churn propensity model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            controls={c.ModelVersioning()},
        )
    )
    # Plans the retention action for each at-risk customer and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Retention agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(approver="retention team lead", above="EUR 150 total offer value"),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Marketing's list of offers the agent may choose from.
    catalogue_store = tm.add(tg.DataStore("Retention offer catalogue store", stores={catalogue}))
    # Applies the chosen discount or add-on to the customer's account and bill.
    provisioning_tool = tm.add(
        tg.Tool(
            "Offer provisioning tool",
            capabilities={"read", "write", "money-movement"},
            controls={
                c.LeastPrivilegeTools(note="service account limited to retention offer codes")
            },
        )
    )
    # Sends the offer text by SMS and as an in-app notification.
    messaging_tool = tm.add(
        tg.Tool(
            "Customer messaging tool",
            capabilities={"send-messages"},
            controls={
                c.PolicyEnforcement(
                    rules="tool refuses customers without marketing consent in the CRM"
                )
            },
        )
    )
    # The operator's own SMS centre gateway.
    sms_gateway = tm.add(tg.Service("SMS gateway"))
    # Every decision with its inputs, kept for complaints and regulator queries.
    log_store = tm.add(
        tg.DataStore(
            "Agent decision log store",
            stores={decision_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves offers above the value threshold from the retention console.
    team_lead = tm.add(tg.Actor("Retention team lead", role="supervisor"))

# ---------------------------------------------------------------- flows
# Nightly scoring.
tm.flow(feature_store, scoring_job, features, label="nightly batch read")
tm.flow(scoring_job, churn_model, features)
tm.flow(churn_model, scoring_job, churn_score)
tm.flow(scoring_job, agent, at_risk_list, churn_score, label="nightly at-risk queue")

# The agent's reasoning and lookups.
tm.flow(crm, agent, profile, care_notes, protocol="https")
tm.flow(catalogue_store, agent, catalogue)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")
tm.flow(agent, log_store, decision_log)

# Approval of high-value offers.
tm.flow(agent, team_lead, approval, protocol="https")
tm.flow(team_lead, agent, approval, protocol="https")

# Applying the offer.
tm.flow(agent, provisioning_tool, offer_order)
tm.flow(provisioning_tool, crm, offer_order, protocol="https")
tm.flow(crm, provisioning_tool, offer_result, protocol="https")
tm.flow(provisioning_tool, agent, offer_result)

# Telling the customer.
tm.flow(agent, messaging_tool, offer_message)
tm.flow(crm, messaging_tool, profile, label="consent and number lookup")
tm.flow(messaging_tool, sms_gateway, offer_message, protocol="smpp")
tm.flow(sms_gateway, customer, offer_message, protocol="sms")
tm.flow(messaging_tool, push, offer_message, protocol="https")
tm.flow(push, customer, offer_message, protocol="https")

# The customer answers in the app.
tm.flow(customer, app_backend, acceptance, protocol="https")
tm.flow(crm, app_backend, offer_order, profile, protocol="https", label="pending offers to show")
tm.flow(app_backend, customer, offer_order, protocol="https", label="offer details")
tm.flow(app_backend, crm, acceptance, protocol="https")
