"""Hospice charity online raffle: the first design, before any security review.

Supporters of a hospice charity buy monthly raffle tickets on the charity's
website, paying by card on the payment provider's hosted checkout page; the
provider tells the website by a signed webhook when a payment succeeds, and the
tickets are recorded in the ticket database in the charity's cloud hosting.
Once a month a draw agent, built on a hosted LLM, runs the draw: a draw tool
takes the month's paid entries, asks an external random number service for the
winning numbers and picks the winning tickets. The lottery manager, a member of
the fundraising team, reviews and signs off each draw in the lottery admin
console; only then does the agent e-mail the winners through the e-mail
delivery service and publish the results page on the website. Admin sign-in is
e-mail and password; the ticket database is encrypted at rest by the hosting
platform, and each draw is kept in a draw record with an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospice charity online raffle",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Monthly online raffle: card ticket sales, an agent-run draw, winner e-mails "
    "and a public results page, signed off by the lottery manager.",
)

# ---------------------------------------------------------------- data assets
ticket_order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Supporter name, e-mail, postal address, date of birth and number of tickets.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
checkout_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ticket_records = tg.Data(
    "Ticket records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every paid ticket number with its supporter's contact details.",
)
ticket_confirmation = tg.Data("Ticket confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
draw_request = tg.Data("Draw instruction", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
random_numbers = tg.Data(
    "Random numbers",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draw_result = tg.Data(
    "Draw result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Winning ticket numbers, prizes and the winners' contact details.",
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draw_record = tg.Data(
    "Draw record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Entries counted, random numbers received, winners picked, sign-off and timestamps.",
)
sign_off = tg.Data("Draw sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
winner_email = tg.Data("Winner e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
results_page = tg.Data(
    "Results page",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Winning ticket numbers with each winner's first name and town.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who buy tickets; winners are among them.
    supporter = tm.add(tg.Actor("Supporter", role="ticket buyer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card checkout, so card numbers never reach the charity's servers.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout page and payment webhooks.",
        )
    )

with tm.boundary("Random number provider", trust=tg.Trust.PARTNER):
    # Independent source of randomness for the draw, as the lottery rules require.
    rng = tm.add(
        tg.ExternalService(
            "Random number service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Certified random number generator called over an HTTPS API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers the winner notifications and ticket confirmations.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the draw agent: plans the steps and drafts the texts.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Charity cloud hosting", trust=tg.Trust.INTERNAL):
    # The public raffle website: ticket sales, confirmations and the results page.
    website = tm.add(
        tg.Endpoint(
            "Raffle website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="order form fields checked server-side")},
        )
    )
    # Holds every paid ticket for the month's draws.
    ticket_db = tm.add(
        tg.DataStore(
            "Ticket database",
            stores={ticket_records},
            controls={c.EncryptionAtRest(key_management="hosting platform managed keys")},
        )
    )
    # Where the lottery manager reviews and signs off each draw.
    console = tm.add(
        tg.Endpoint(
            "Lottery admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Runs the monthly draw end to end, waiting for the manager's sign-off.
    agent = tm.add(
        tg.Agent(
            "Draw agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="lottery manager",
                    note="winners are e-mailed and results published only after sign-off",
                )
            },
        )
    )
    # Reads the month's paid entries and picks winners from the random numbers.
    draw_tool = tm.add(
        tg.Tool("Draw tool", capabilities={"read", "network-egress"}, origin="first-party")
    )
    # Sends the winner notifications through the e-mail provider.
    email_tool = tm.add(
        tg.Tool("Winner e-mail tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Writes the results page to the website.
    publish_tool = tm.add(
        tg.Tool("Results publishing tool", capabilities={"write"}, origin="first-party")
    )
    # Kept for the lottery regulator's records and for complaints about a draw.
    draw_store = tm.add(
        tg.DataStore(
            "Draw record store",
            stores={draw_record},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Fundraising office", trust=tg.Trust.INTERNAL):
    # The licensed lottery manager who is accountable for each draw.
    manager = tm.add(tg.Actor("Lottery manager", role="lottery manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# ticket sales
tm.flow(supporter, website, ticket_order, protocol="https", controls={tls})
tm.flow(website, payments, checkout_session, protocol="https", controls={tls})
tm.flow(
    supporter, payments, card_details, protocol="https", controls={tls}, label="hosted checkout"
)
tm.flow(
    payments,
    website,
    payment_confirmation,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="webhook signature checked")},
    label="payment webhook",
)
tm.flow(website, ticket_db, ticket_records)
tm.flow(website, mailer, ticket_confirmation, protocol="https", controls={tls})
tm.flow(mailer, supporter, ticket_confirmation, protocol="smtp")

# the monthly draw
tm.flow(manager, console, draw_request, sign_off, protocol="https", controls={tls})
tm.flow(console, agent, draw_request, label="start draw")
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, draw_tool, draw_request)
tm.flow(draw_tool, ticket_db, draw_request, label="entries query")
tm.flow(ticket_db, draw_tool, ticket_records, label="paid entries")
tm.flow(draw_tool, rng, draw_request, protocol="https", controls={tls}, label="number request")
tm.flow(rng, draw_tool, random_numbers, protocol="https", controls={tls})
tm.flow(draw_tool, agent, draw_result)
tm.flow(agent, draw_store, draw_record)
tm.flow(agent, console, draw_result, label="draw for sign-off")
tm.flow(console, manager, draw_result, protocol="https", controls={tls})
tm.flow(console, agent, sign_off, label="approved draw")
tm.flow(console, draw_store, sign_off)

# winners and results
tm.flow(agent, email_tool, winner_email)
tm.flow(email_tool, mailer, winner_email, protocol="https", controls={tls})
tm.flow(mailer, supporter, winner_email, protocol="smtp")
tm.flow(agent, publish_tool, results_page)
tm.flow(publish_tool, website, results_page)
tm.flow(website, supporter, results_page, protocol="https", controls={tls})
