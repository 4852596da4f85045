"""Allotment society chatbot: the first design, before any security review.

Residents of the town talk to a chat assistant on the allotment society's website
to join the plot waiting list, ask about plots and find their place in the queue;
current plot holders also use it to pay the annual rent. The website (a small
hosted web app) runs an LLM agent on a vendor's hosted model. The agent has three
tools: a waiting-list tool that looks people up by e-mail and postcode and adds
new applicants, a plot-records lookup, and a payment-link tool that creates a
checkout link with the card payment provider for the rent on the holder's plot
record. Card details are typed only on the provider's hosted page; the provider
confirms payments by webhook. The waiting list and plot records sit in a small
managed cloud database. The committee secretary offers vacant plots (by e-mail)
and handles disputes in an admin page protected by one shared password. Controls:
a per-IP rate limit, a step cap on the agent, the vendor's content filter, the
rent amount taken from the record, a signed webhook and the database's encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment society plot waiting list chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "Website chatbot for the allotment waiting list, plot questions and rent "
        "payment links, with an admin page for the committee secretary."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Chat reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or the tool call the model asks for.",
)
waiting_call = tg.Data("Waiting list tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
waiting_result = tg.Data(
    "Waiting list position", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
plot_call = tg.Data("Plot lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
plot_result = tg.Data("Plot details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
pay_call = tg.Data("Payment link tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pay_link = tg.Data("Rent payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
waiting_list = tg.Data(
    "Waiting list entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, phone and date joined; the order is the queue.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
plot_records = tg.Data(
    "Plot records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plot number, size, holder's contact details, rent due and paid, dispute notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkout = tg.Data("Checkout session request", kind="records", sensitivity=tg.Sensitivity.PII)
provider_key = tg.Data(
    "Payment provider secret key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
admin_password = tg.Data(
    "Shared admin password", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
admin_changes = tg.Data(
    "Plot offers and dispute decisions", kind="records", sensitivity=tg.Sensitivity.PII
)
offer = tg.Data("Plot offer e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in town: joins the waiting list and asks where they are in it.
    resident = tm.add(tg.Actor("Resident", role="waiting list applicant"))
    # Current tenants: ask about their plot and pay the annual rent.
    holder = tm.add(tg.Actor("Plot holder", role="plot tenant"))
    # Volunteer committee member, working from home on a personal computer.
    secretary = tm.add(tg.Actor("Committee secretary", role="secretary", privileged=True))

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the society's website.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="hosting platform's per-IP limit")
            },
        )
    )
    # The LLM agent: keeps the conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Allotment chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Reads a person's place in the queue (by e-mail and postcode) and adds applicants.
    waiting_tool = tm.add(
        tg.Tool(
            "Waiting list tool",
            capabilities={"read", "write"},
            description="Finds an entry by the e-mail and postcode given in the chat.",
        )
    )
    # Answers questions about plots: sizes, vacancies, a holder's own rent.
    plot_tool = tm.add(tg.Tool("Plot records lookup", capabilities={"read"}))
    # Creates a checkout link for the year's rent with the payment provider.
    pay_tool = tm.add(
        tg.Tool(
            "Rent payment link tool",
            capabilities={"write", "network-egress"},
            controls={
                c.PolicyEnforcement(
                    rules="amount and plot come from the plot record, not from the model"
                )
            },
        )
    )
    # Receives the provider's payment confirmations and marks rent as paid.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook handler",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="checks the provider's webhook signature")},
        )
    )
    # Page where the secretary manages the list, offers plots and settles disputes.
    admin = tm.add(
        tg.Endpoint(
            "Committee admin page",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared committee password")},
        )
    )
    # Conversation log, kept to look into complaints and disputes.
    transcript_store = tm.add(tg.DataStore("Chat transcript log", stores={transcripts}))

with tm.boundary("Cloud database service", trust=tg.Trust.INTERNAL):
    # The small managed database holding the waiting list and plot records.
    db = tm.add(
        tg.DataStore(
            "Allotment database",
            stores={waiting_list, plot_records},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: takes the card, tells us when the rent is paid.
    payments = tm.add(tg.ExternalService("Card payment provider API"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends plot offers.
    mailer = tm.add(tg.ExternalService("E-mail sending service"))

# ---------------------------------------------------------------- flows
# chat
tm.flow(resident, chat, message, protocol="https")
tm.flow(chat, resident, reply, protocol="https")
tm.flow(holder, chat, message, protocol="https")
tm.flow(chat, holder, reply, protocol="https")
tm.flow(chat, agent, message)
tm.flow(agent, chat, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# tools
tm.flow(agent, waiting_tool, waiting_call)
tm.flow(waiting_tool, agent, waiting_result)
tm.flow(waiting_tool, db, waiting_list, protocol="tls", label="add applicant")
tm.flow(db, waiting_tool, waiting_list, protocol="tls")
tm.flow(agent, plot_tool, plot_call)
tm.flow(plot_tool, agent, plot_result)
tm.flow(db, plot_tool, plot_records, protocol="tls")
tm.flow(agent, pay_tool, pay_call)
tm.flow(pay_tool, agent, pay_link)
tm.flow(db, pay_tool, plot_records, protocol="tls", label="rent due")

# payment
tm.flow(pay_tool, payments, checkout, provider_key, protocol="https")
tm.flow(payments, pay_tool, pay_link, protocol="https")
tm.flow(holder, payments, card, protocol="https", label="hosted checkout page")
tm.flow(payments, webhook, payment_event, protocol="https", label="payment webhook")
tm.flow(webhook, db, plot_records, protocol="tls", label="mark rent paid")

# committee administration
tm.flow(secretary, admin, admin_password, admin_changes, protocol="https")
tm.flow(admin, secretary, waiting_list, plot_records, transcripts, protocol="https")
tm.flow(admin, db, waiting_list, plot_records, protocol="tls")
tm.flow(db, admin, waiting_list, plot_records, protocol="tls")
tm.flow(transcript_store, admin, transcripts, label="dispute review")
tm.flow(admin, mailer, offer, protocol="https")
tm.flow(mailer, resident, offer, protocol="smtp")
