"""Wedding venue inquiry sales agent: the first design, before any security review.

A group of wedding venues in the UK and the EU answers couples' inquiries with an
LLM sales agent. Couples write through a web chat widget on the venue sites or by
e-mail to the sales mailbox, which a connector polls and hands to the agent. The
agent looks up venue packages and FAQs, checks date availability in the booking
CRM, prices a quote from the package rules, e-mails it, and may place a seven-day
hold on a date without asking anyone. The LLM is a hosted model behind a vendor
API under a signed DPA. The events team works in the booking CRM (SSO with MFA,
role-based access): they send contracts and deposit requests through an
e-signature and payment provider, whose status callbacks update the CRM. Card
details go straight to the provider and never touch our systems. The chat widget
is rate limited, the agent has a step limit, and the hold tool's API key can only
create and release holds.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding venue inquiry sales agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that answers couples' inquiries, quotes and holds dates for venues.",
)

# ---------------------------------------------------------------- data assets
inquiry = tg.Data(
    "Couple inquiry",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail, phone, wedding date, guest count, budget and free-text wishes.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved venue info and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
venue_info = tg.Data(
    "Venue packages and FAQs",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Brochures, menus, package descriptions and house rules, chunked and embedded.",
)
availability_query = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data("Date availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
hold_result = tg.Data("Hold confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
hold_request = tg.Data(
    "Date hold request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Venue, date and couple contact; the hold expires after seven days.",
)
quote_request = tg.Data("Quote request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pricing = tg.Data(
    "Pricing rules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote = tg.Data("Quote", kind="documents", sensitivity=tg.Sensitivity.PII)
outbound_mail = tg.Data("Outbound e-mail", kind="tool-call", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Inquiries, holds, confirmed bookings, contract and deposit status per couple.",
)
contract = tg.Data("Contract and deposit request", kind="documents", sensitivity=tg.Sensitivity.PII)
signing_status = tg.Data(
    "Signature and deposit status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Signed contract PDF and the payment outcome for the deposit.",
)
card_payment = tg.Data("Card payment details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can write to the sales mailbox or open the chat widget.
    couple = tm.add(tg.Actor("Couple", role="prospective customer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted mailbox that receives inquiries and sends the agent's mail.
    mail_provider = tm.add(tg.ExternalService("Hosted mailbox", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that drives the agent; a DPA and vendor review are in place.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("E-signature and payment provider", trust=tg.Trust.PARTNER):
    # Sends contracts for signature and collects card deposits on its hosted page.
    esign = tm.add(
        tg.ExternalService(
            "E-signature and payment service",
            provides="generic",
            description="Hosted signing and checkout pages; calls back with the outcome.",
        )
    )

with tm.boundary("Venue group cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the widget on every venue site.
    chat = tm.add(
        tg.Endpoint(
            "Chat widget API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Polls the sales mailbox and turns new e-mails into agent conversations.
    mail_connector = tm.add(
        tg.Service("Mailbox connector", description="Polls the mailbox every minute.")
    )
    # The sales agent: answers, quotes and holds dates without a person approving.
    agent = tm.add(
        tg.Agent(
            "Inquiry sales agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Venue knowledge the agent answers from.
    venue_index = tm.add(tg.VectorStore("Venue knowledge index", stores={venue_info}))
    # Read-only calendar lookup in the booking CRM.
    availability_tool = tm.add(tg.Tool("Availability lookup", capabilities={"read"}))
    # Places or releases a seven-day hold on a date.
    hold_tool = tm.add(
        tg.Tool(
            "Date hold tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="API key can only create and release holds")},
        )
    )
    # Prices a quote from the package rules and renders it as a PDF.
    quote_tool = tm.add(tg.Tool("Quote builder", capabilities={"read"}))
    # Sends replies and quotes from the sales mailbox.
    mail_tool = tm.add(tg.Tool("Send e-mail tool", capabilities={"send-messages"}))
    # Keeps every conversation for the events team and for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Booking data", trust=tg.Trust.RESTRICTED):
        # System of record for dates, holds, bookings and pricing.
        crm = tm.add(
            tg.DataStore(
                "Booking CRM",
                stores={bookings, pricing},
                controls={
                    c.Authentication(method="SSO with MFA"),
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

with tm.boundary("Venue offices", trust=tg.Trust.INTERNAL):
    # Confirms contracts and deposits and follows up on held dates.
    events_team = tm.add(tg.Actor("Events team", role="sales and events staff"))

# ---------------------------------------------------------------- flows
# Web chat
tm.flow(couple, chat, inquiry, protocol="https")
tm.flow(chat, agent, inquiry)
tm.flow(agent, chat, reply)
tm.flow(chat, couple, reply, protocol="https")

# E-mail
tm.flow(couple, mail_provider, inquiry, protocol="smtp+starttls")
tm.flow(mail_connector, mail_provider, label="poll mailbox", protocol="https")
tm.flow(mail_provider, mail_connector, inquiry, protocol="https")
tm.flow(mail_connector, agent, inquiry)
tm.flow(agent, mail_tool, outbound_mail, quote)
tm.flow(mail_tool, mail_provider, outbound_mail, quote, protocol="https")
tm.flow(mail_provider, couple, reply, quote, protocol="smtp+starttls")

# Agent reasoning and knowledge
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, venue_index, inquiry, label="similarity query")
tm.flow(venue_index, agent, venue_info)
tm.flow(agent, transcript_store, transcripts)

# Tools
tm.flow(agent, availability_tool, availability_query, label="date and venue")
tm.flow(availability_tool, crm, availability_query, label="calendar query")
tm.flow(crm, availability_tool, availability)
tm.flow(availability_tool, agent, availability)
tm.flow(agent, hold_tool, hold_request)
tm.flow(hold_tool, crm, hold_request, label="create seven-day hold")
tm.flow(hold_tool, agent, hold_result)
tm.flow(agent, quote_tool, quote_request)
tm.flow(crm, quote_tool, pricing)
tm.flow(quote_tool, agent, quote)

# Events team, contracts and deposits
tm.flow(events_team, crm, bookings, protocol="https", label="confirms bookings")
tm.flow(crm, events_team, bookings, transcripts, protocol="https")
tm.flow(transcript_store, crm, transcripts, label="linked to the booking")
tm.flow(crm, esign, contract, protocol="https", label="send contract")
tm.flow(esign, couple, contract, protocol="https")
tm.flow(couple, esign, signing_status, card_payment, protocol="https", label="sign and pay deposit")
tm.flow(esign, crm, signing_status, protocol="https", label="status webhook")
