"""Subscription retention offer agent: the first design, before any security review.

Subscribers of our streaming and news bundles who click "Cancel" on the web account
page are put into a chat with a retention agent instead of a plain cancel form. The
agent runs in our production VPC and uses a hosted LLM from a vendor. Through its
tools it reads the subscriber's plan, usage and payment history, picks an offer from
the retention offer catalogue (a discount, free months or an account credit) and
applies it in the billing system, pauses or downgrades the subscription, or processes
the cancellation. Angry or complex cases are handed off to the human retention team,
who take over the chat live in our helpdesk SaaS and can adjust billing themselves.
Customers are already logged in to their account when the chat opens; the chat API is
rate limited, traffic to vendors is TLS, the subscription database and transcripts are
encrypted at rest, and the offer tool only applies offers that exist in the catalogue
for the subscriber's plan. Offers and cancellations take effect without human approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Subscription retention offer agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that makes retention offers and changes or cancels subscriptions.",
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data("Customer chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with account context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation so far and the subscriber's account facts.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
account_profile = tg.Data(
    "Subscription and usage profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plan, bundle, start date, viewing and reading activity, contact details.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
payment_history = tg.Data(
    "Payment history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Invoices, amounts, failed payments, card brand and last four digits.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
offer_catalogue = tg.Data(
    "Retention offers and eligibility rules",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
lookup_call = tg.Data("Account lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
offer_call = tg.Data("Offer request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
change_call = tg.Data(
    "Subscription change request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
handoff_call = tg.Data("Handoff request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
billing_adjustment = tg.Data(
    "Billing adjustment",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Discount, free months, account credit, pause or cancellation of billing.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
plan_change = tg.Data(
    "Plan change",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
handoff_case = tg.Data(
    "Escalation case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Subscriber id, reason for escalation and the chat transcript so far.",
)
specialist_message = tg.Data(
    "Retention specialist message", sensitivity=tg.Sensitivity.PII, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A logged-in subscriber who asked to cancel.
    customer = tm.add(tg.Actor("Subscriber", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our prompts")},
        )
    )

with tm.boundary("Helpdesk vendor", trust=tg.Trust.PARTNER):
    # Where the retention team receives escalations and takes over chats live.
    helpdesk = tm.add(
        tg.ExternalService(
            "Helpdesk platform",
            description="SaaS customer-service platform with live-chat takeover.",
            controls={c.Authentication(method="company SSO"), c.RBAC()},
        )
    )

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # The chat API behind the account page; the session cookie proves who is chatting.
    chat_api = tm.add(
        tg.Endpoint(
            "Account chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="account session"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation, decides which offer to make and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Retention agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Applies offers, pauses, downgrades and cancellations on its own.",
        )
    )
    # Reads plan, usage and payment history for the subscriber in the session.
    lookup_tool = tm.add(tg.Tool("Account lookup tool", capabilities={"read"}))
    # Applies a discount, free months or an account credit from the catalogue.
    offer_tool = tm.add(
        tg.Tool(
            "Offer and credit tool",
            capabilities={"read", "write", "money-movement"},
            controls={
                c.InputValidation(note="only offers in the catalogue for the subscriber's plan"),
            },
        )
    )
    # Pauses, downgrades or cancels the subscription.
    change_tool = tm.add(
        tg.Tool("Subscription change tool", capabilities={"read", "write", "delete"})
    )
    # Opens an escalation case so a human can take over the chat.
    handoff_tool = tm.add(
        tg.Tool("Escalation handoff tool", capabilities={"write", "send-messages"})
    )
    # Plans, bundles and usage of every subscriber.
    subscription_db = tm.add(
        tg.DataStore(
            "Subscription database",
            stores={account_profile},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Which offers exist and who is eligible; maintained by the retention marketing team.
    catalogue = tm.add(tg.DataStore("Retention offer catalogue", stores={offer_catalogue}))
    # Every retention conversation, kept for quality review and disputes.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Billing zone", trust=tg.Trust.RESTRICTED):
        # Owns invoices, payment history and account credits; payment cards are tokenised
        # by the payment processor and never reach this system.
        billing = tm.add(
            tg.Service(
                "Billing system",
                controls={c.Authentication(method="OAuth client credentials"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Handles escalated cases and may grant offers beyond the agent's catalogue.
    specialist = tm.add(tg.Actor("Retention specialist", role="retention team"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, customer_message, protocol="https")
tm.flow(chat_api, customer, agent_reply, specialist_message, protocol="https")
tm.flow(chat_api, agent, customer_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, subscription_db, lookup_call, label="profile query")
tm.flow(subscription_db, lookup_tool, account_profile)
tm.flow(lookup_tool, billing, lookup_call, protocol="https", label="payment history query")
tm.flow(billing, lookup_tool, payment_history, protocol="https")
tm.flow(lookup_tool, agent, account_profile, payment_history)

tm.flow(agent, offer_tool, offer_call)
tm.flow(catalogue, offer_tool, offer_catalogue, label="eligible offers")
tm.flow(offer_tool, billing, billing_adjustment, protocol="https", label="apply offer")
tm.flow(billing, offer_tool, tool_result, protocol="https", label="confirmation")
tm.flow(offer_tool, agent, tool_result)

tm.flow(agent, change_tool, change_call)
tm.flow(change_tool, subscription_db, plan_change)
tm.flow(change_tool, billing, billing_adjustment, protocol="https", label="pause or stop billing")
tm.flow(billing, change_tool, tool_result, protocol="https", label="confirmation")
tm.flow(change_tool, agent, tool_result)

tm.flow(agent, handoff_tool, handoff_call)
tm.flow(handoff_tool, helpdesk, handoff_case, protocol="https")
tm.flow(handoff_tool, agent, tool_result)
tm.flow(chat_api, helpdesk, customer_message, protocol="https", label="live takeover")
tm.flow(helpdesk, chat_api, specialist_message, protocol="https", label="live takeover")
tm.flow(helpdesk, specialist, handoff_case, customer_message, protocol="https")
tm.flow(specialist, helpdesk, specialist_message, protocol="https")
tm.flow(specialist, billing, billing_adjustment, protocol="https", label="manual offer")

tm.flow(agent, transcript_store, transcripts)
