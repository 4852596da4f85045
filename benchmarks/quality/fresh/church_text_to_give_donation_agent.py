"""Church text-to-give agent: the first design, before any security review.

A large US church lets members give by text message. A member texts the church's
giving number ("50 missions"); the SMS provider posts each text to our webhook, and
an LLM agent replies, confirms the amount and the fund (general, building,
missions) and texts back a payment link created through the card processor. The
member pays on the processor's hosted page, so card numbers never reach us; the
processor's webhook tells us when a gift is paid. Regular givers are recognised
by their phone number, looked up in the church management system. Each week the
finance team reconciles gifts against the processor's settlement report and
issues tax receipts by e-mail. Controls in this design: rate limiting on the SMS
webhook, amount and fund checks and a vaulted API key in the payment link tool,
signed processor webhooks, vendor encryption of the church management system,
and password-plus-TOTP sign-in with roles for the finance console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Church text-to-give agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="SMS giving agent that confirms gifts and sends card payment links.",
)

# ---------------------------------------------------------------- data assets
text = tg.Data(
    "Member text message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The text and the sender's phone number, as the SMS provider posts it.",
)
sms_reply = tg.Data(
    "Agent SMS reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmation of amount and fund, with the payment link.",
)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the text thread and the giver's name and usual fund.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup = tg.Data("Giver lookup by phone number", kind="tool-call", sensitivity=tg.Sensitivity.PII)
giver = tg.Data(
    "Giver profile",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Name, household, usual fund and last gift of the member with that number.",
)
link_request = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, fund and giver reference.",
)
link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
paid = tg.Data("Gift payment event", kind="records", sensitivity=tg.Sensitivity.PII)
gifts = tg.Data(
    "Gift records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
members = tg.Data("Member records", kind="records", sensitivity=tg.Sensitivity.PII)
settlement = tg.Data(
    "Processor settlement report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
corrections = tg.Data("Reconciliation corrections", kind="records", sensitivity=tg.Sensitivity.PII)
receipts = tg.Data("Tax receipts", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("SMS conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Mobile network and internet", trust=tg.Trust.UNTRUSTED):
    # A member (or anyone with the giving number) texting a gift.
    member = tm.add(tg.Actor("Church member", role="giver"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Owns the giving number; posts inbound texts to us and sends our replies.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the thread and writes the replies.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Card processor", trust=tg.Trust.PARTNER):
    # Creates payment links, hosts the card page, settles gifts to the church.
    processor = tm.add(tg.ExternalService("Card processor"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers the tax receipts.
    mail = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Church management SaaS", trust=tg.Trust.PARTNER):
    # The church's member and giving database, hosted by its vendor.
    cms = tm.add(
        tg.DataStore(
            "Church management system",
            stores={members, gifts},
            controls={c.EncryptionAtRest(key_management="vendor-managed")},
        )
    )

with tm.boundary("Giving platform", trust=tg.Trust.INTERNAL):
    # Receives the SMS provider's inbound-text webhook and sends replies back.
    sms_hook = tm.add(
        tg.Endpoint(
            "SMS webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per sending number")},
        )
    )
    # Holds the text conversation and decides which tool to use.
    agent = tm.add(tg.Agent("Giving SMS agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Recognises regular givers by the sender's phone number.
    lookup_tool = tm.add(tg.Tool("Giver lookup tool", capabilities={"read"}))
    # Asks the processor for a payment link for the confirmed amount and fund.
    link_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            controls={
                c.InputValidation(note="amount between 1 and 10,000 USD; fund from a fixed list"),
                c.SecretsManagement(note="processor API key in the cloud secret store"),
            },
        )
    )
    # Receives the processor's "gift paid" events and records the gift.
    pay_hook = tm.add(
        tg.Endpoint(
            "Payment webhook receiver",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="processor webhook signature checked")},
        )
    )
    # Every text thread, for follow-up when a gift goes wrong.
    logs = tm.add(tg.DataStore("SMS conversation log", stores={transcripts}))
    # Web console the finance team reconciles in and issues receipts from.
    console = tm.add(
        tg.Endpoint(
            "Finance console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Church office", trust=tg.Trust.INTERNAL):
    # Reconciles gifts weekly and sends year-end and per-gift tax receipts.
    finance = tm.add(tg.Actor("Finance team", role="finance staff"))

# ---------------------------------------------------------------- flows
tm.flow(member, sms, text, protocol="sms")
tm.flow(sms, sms_hook, text, protocol="https", label="inbound SMS webhook")
tm.flow(sms_hook, agent, text)

tm.flow(agent, lookup_tool, lookup)
tm.flow(lookup_tool, cms, lookup, protocol="https")
tm.flow(cms, lookup_tool, giver, protocol="https")
tm.flow(lookup_tool, agent, giver)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, link_tool, link_request)
tm.flow(link_tool, processor, link_request, protocol="https")
tm.flow(processor, link_tool, link, protocol="https")
tm.flow(link_tool, agent, link)

tm.flow(agent, sms_hook, sms_reply)
tm.flow(sms_hook, sms, sms_reply, protocol="https")
tm.flow(sms, member, sms_reply, protocol="sms")
tm.flow(agent, logs, transcripts)

tm.flow(member, processor, card, protocol="https", label="hosted payment page")
tm.flow(processor, pay_hook, paid, protocol="https", label="payment webhook")
tm.flow(pay_hook, cms, gifts, protocol="https")

tm.flow(processor, console, settlement, protocol="https", label="weekly settlement report")
tm.flow(cms, console, gifts, members, protocol="https")
tm.flow(console, finance, gifts, settlement, protocol="https")
tm.flow(finance, console, corrections, protocol="https")
tm.flow(console, cms, corrections, protocol="https")
tm.flow(console, mail, receipts, protocol="https")
tm.flow(mail, member, receipts, protocol="smtp")
