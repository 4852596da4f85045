"""Jazz club booking, set list and musician payment agent: the first design.

A jazz club in Bristol wants an LLM agent to take over the booking admin. The
club manager tells it which nights need a band and the budget; the agent e-mails
musicians from the club's shared mailbox, reads their replies (availability,
fees, repertoire, invoices with bank details), keeps the musician roster up to
date, books the gig into the club's calendar and builds a set list for each
night from the tunes the booked players have in common. After the gig it
prepares the fee payment; the payment tool holds it until the manager approves
it in a small web dashboard, then pays through the business bank's payments API.
The agent runs in the club's cloud account and calls a hosted LLM over HTTPS.
Controls in this design: the manager's approval of every payment, 2-step sign-in
to the dashboard, the bank API key in the cloud secret manager, a step limit on
the agent's runs and provider-managed encryption of the roster database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Jazz club set list and musician payment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Books musicians by e-mail, builds set lists and pays fees after approval.",
)

# ---------------------------------------------------------------- data assets
instructions = tg.Data(
    "Booking request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which nights need a band, line-up wanted and the fee budget.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
inbound_mail = tg.Data(
    "Musician e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Replies with availability, fees, repertoire lists and invoices.",
)
outbound_mail = tg.Data(
    "Booking e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Offers, confirmations and set lists sent to musicians.",
)
mail_call = tg.Data("Mailbox tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
roster = tg.Data(
    "Musician roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, instruments, contact details, agreed fees and repertoire.",
)
bank_details = tg.Data(
    "Musician bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Account name, sort code and account number, taken from invoices.",
)
roster_call = tg.Data("Roster tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
roster_result = tg.Data("Roster lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
gigs = tg.Data("Gig bookings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
set_list = tg.Data("Set list", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
calendar_call = tg.Data("Calendar tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
calendar_result = tg.Data(
    "Calendar lookup result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_call = tg.Data(
    "Fee payment tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Musician, gig and fee amount the agent wants paid.",
)
pending_payment = tg.Data("Pending fee payment", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Payment approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_instruction = tg.Data(
    "Bank payment instruction", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_result = tg.Data(
    "Payment tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance musicians: anyone can e-mail the club's booking address.
    musician = tm.add(tg.Actor("Musician", role="freelance musician"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The club's hosted mailbox (bookings@), reached through the provider's API.
    mail_provider = tm.add(tg.ExternalService("Hosted mail service", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Business bank", trust=tg.Trust.PARTNER):
    # Where the fees are paid from.
    bank = tm.add(tg.ExternalService("Bank payments API", provides="generic"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # The booking agent: plans the bookings and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=40)},
            description="Sends booking e-mails on its own; payments wait for the manager.",
        )
    )
    # Reads the booking mailbox and sends e-mails from it.
    mail_tool = tm.add(tg.Tool("Mailbox tool", capabilities={"read", "send-messages"}))
    # Looks up and updates musicians, their fees, repertoire and bank details.
    roster_tool = tm.add(tg.Tool("Musician roster tool", capabilities={"read", "write"}))
    # The roster database.
    roster_db = tm.add(
        tg.DataStore(
            "Musician roster database",
            stores={roster, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reads and writes the gig calendar, including each night's set list.
    calendar_tool = tm.add(tg.Tool("Gig calendar tool", capabilities={"read", "write"}))
    # The club's calendar of booked nights and their set lists.
    calendar = tm.add(tg.DataStore("Gig calendar", stores={gigs, set_list}))
    # Prepares fee payments, holds them for approval, then calls the bank.
    payment_tool = tm.add(
        tg.Tool(
            "Fee payment tool",
            capabilities={"money-movement"},
            controls={
                c.HumanInTheLoop(approver="club manager"),
                c.SecretsManagement(note="bank API key in the cloud secret manager"),
            },
            description="Pays the fee to the bank details held in the roster.",
        )
    )
    # Web page where the manager sees pending payments and approves them.
    dashboard = tm.add(
        tg.Service(
            "Payment approval dashboard",
            controls={c.Authentication(method="Google account with 2-step verification")},
        )
    )

with tm.boundary("Club office", trust=tg.Trust.INTERNAL):
    # The club manager: asks for bookings and approves every payment.
    manager = tm.add(tg.Actor("Club manager", role="club manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(manager, agent, instructions, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, mail_tool, mail_call, outbound_mail)
tm.flow(mail_tool, agent, inbound_mail)
tm.flow(mail_tool, mail_provider, outbound_mail, protocol="https")
tm.flow(mail_provider, mail_tool, inbound_mail, protocol="https")
tm.flow(musician, mail_provider, inbound_mail, protocol="smtp")
tm.flow(mail_provider, musician, outbound_mail, protocol="smtp")

tm.flow(agent, roster_tool, roster_call, roster, bank_details)
tm.flow(roster_tool, agent, roster_result)
tm.flow(roster_tool, roster_db, roster, bank_details)
tm.flow(roster_db, roster_tool, roster)

tm.flow(agent, calendar_tool, calendar_call, gigs, set_list)
tm.flow(calendar_tool, agent, calendar_result)
tm.flow(calendar_tool, calendar, gigs, set_list)
tm.flow(calendar, calendar_tool, gigs, set_list)

tm.flow(agent, payment_tool, payment_call)
tm.flow(roster_db, payment_tool, bank_details, label="payee lookup")
tm.flow(payment_tool, dashboard, pending_payment)
tm.flow(dashboard, manager, pending_payment, protocol="https")
tm.flow(manager, dashboard, approval, protocol="https")
tm.flow(dashboard, payment_tool, approval)
tm.flow(payment_tool, bank, payment_instruction, protocol="https")
tm.flow(bank, payment_tool, payment_status, protocol="https")
tm.flow(payment_tool, agent, payment_result)
