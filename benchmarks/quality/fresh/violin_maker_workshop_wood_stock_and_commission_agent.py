"""Violin maker's workshop: wood stock and commission agent, first design.

A small violin-making workshop in Cremona (a master luthier, two makers and an
apprentice) wants an LLM agent to take the admin off the bench. Musicians write
to the workshop mailbox (Google Workspace) to commission violins, violas and
cellos; tonewood dealers email their monthly stock lists there too. The agent,
running on the workshop's small cloud VM, reads the mailbox, quotes from the
instrument price list, checks and reserves aged spruce and maple billets in the
wood stock database, opens commission records, and creates a Stripe payment link
for the 30% deposit. Replies to clients are only saved as Gmail drafts that the
master luthier reads and sends himself; purchase enquiries to dealers wait for
his approval in the agent's web console (Google sign-in with 2-step
verification). The model is a vendor's hosted LLM called over HTTPS. The stock
database has nightly backups; the Stripe and Gmail keys sit in the VM's env file.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Violin workshop wood stock and commission agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent handling commission enquiries, tonewood stock and deposits for a luthier's workshop.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Commission enquiry email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Musician's name, contact, instrument wishes, sometimes photos and recordings.",
)
stock_list = tg.Data(
    "Dealer stock list",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tonewood dealers' monthly PDF or spreadsheet of billets on offer, with prices.",
)
draft_reply = tg.Data("Draft reply to client", kind="model-output", sensitivity=tg.Sensitivity.PII)
purchase_enquiry = tg.Data(
    "Wood purchase enquiry",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Email to a dealer asking to buy or hold specific billets.",
)
prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the email being handled and the tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
stock = tg.Data(
    "Wood stock records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each billet's species, origin, cut year, grade, shelf and reservation; CITES permit refs.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
reservation = tg.Data("Billet reservation", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
commissions = tg.Data(
    "Commission records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client, instrument specification, agreed price, deposit status, delivery date.",
)
prices = tg.Data("Instrument prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
deposit_request = tg.Data(
    "Deposit link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Commission number and client e-mail for the 30% deposit.",
)
deposit_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
instructions = tg.Data(
    "Luthier instructions and approvals", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
approval_request = tg.Data("Approval request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Musicians and their teachers writing in about a commissioned instrument.
    client = tm.add(tg.Actor("Client", role="musician commissioning an instrument"))

with tm.boundary("Tonewood dealers", trust=tg.Trust.PARTNER):
    # The handful of dealers the workshop has bought wood from for years.
    dealer = tm.add(tg.Actor("Tonewood dealer", role="supplier"))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The workshop's shared mailbox: where enquiries and stock lists arrive.
    mailbox = tm.add(tg.ExternalService("Workshop mailbox", description="Gmail, workshop domain."))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that plans the agent's steps and writes the drafts.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Stripe account the workshop already uses for deposits.
    stripe = tm.add(
        tg.ExternalService("Stripe", description="Payment links for commission deposits.")
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # Owner: reviews and sends every client reply, approves wood purchases, edits stock and prices.
    luthier = tm.add(tg.Actor("Master luthier", role="workshop owner", privileged=True))

with tm.boundary("Workshop cloud VM", trust=tg.Trust.INTERNAL):
    # The agent: reads the mailbox every ten minutes and works through new mail.
    agent = tm.add(
        tg.Agent(
            "Commission agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Web console for the luthier; polls the mailbox and calls the tools below.",
            controls={
                c.Authentication(
                    method="Google sign-in with 2-step verification, workshop accounts only"
                )
            },
        )
    )
    # Reads new mail and saves replies as drafts; it cannot send to clients.
    mail_tool = tm.add(
        tg.Tool(
            "Mailbox tool",
            capabilities={"read", "write"},
            description="Gmail API: read inbox, create drafts only.",
        )
    )
    # Looks up billets by species and grade and marks them reserved for a commission.
    stock_tool = tm.add(tg.Tool("Wood stock tool", capabilities={"read", "write"}))
    # Opens and updates commission records and quotes from the price list.
    commission_tool = tm.add(tg.Tool("Commission tool", capabilities={"read", "write"}))
    # Emails purchase enquiries to dealers, once the luthier approves them in the console.
    order_tool = tm.add(
        tg.Tool(
            "Dealer enquiry tool",
            capabilities={"send-messages"},
            controls={
                c.HumanInTheLoop(approver="master luthier", note="every enquiry to a dealer")
            },
        )
    )
    # Creates a Stripe payment link for the deposit on a commission.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit link tool",
            capabilities={"money-movement", "network-egress"},
            description="Takes the agreed price from the commission record and asks Stripe for a 30% deposit link.",
        )
    )
    # Tonewood inventory: the workshop's most valuable asset after the makers.
    stock_db = tm.add(
        tg.DataStore(
            "Wood stock database",
            stores={stock},
            controls={c.DataVersioning(note="nightly backup to object storage")},
        )
    )
    # Client commissions, from enquiry to delivery.
    commission_book = tm.add(
        tg.DataStore(
            "Commission book",
            stores={commissions},
            controls={c.EncryptionAtRest(key_management="cloud provider disk encryption")},
        )
    )
    # Base prices per instrument model and options (varnish, wood grade).
    price_list = tm.add(tg.DataStore("Instrument price list", stores={prices}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(client, mailbox, enquiry, protocol="smtp")
tm.flow(mailbox, client, draft_reply, protocol="smtp", label="reply the luthier sent")
tm.flow(dealer, mailbox, stock_list, protocol="smtp")
tm.flow(mailbox, dealer, purchase_enquiry, protocol="smtp")

tm.flow(mailbox, mail_tool, enquiry, stock_list, protocol="https", controls={tls})
tm.flow(mail_tool, mailbox, draft_reply, protocol="https", controls={tls}, label="save draft")
tm.flow(mail_tool, agent, enquiry, stock_list)
tm.flow(agent, mail_tool, draft_reply)
tm.flow(luthier, mailbox, draft_reply, protocol="https", label="reviews and sends drafts")

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, stock_tool, reservation)
tm.flow(stock_tool, agent, stock)
tm.flow(stock_tool, stock_db, reservation)
tm.flow(stock_db, stock_tool, stock)

tm.flow(agent, commission_tool, commissions)
tm.flow(commission_tool, agent, commissions, prices)
tm.flow(commission_tool, commission_book, commissions)
tm.flow(commission_book, commission_tool, commissions)
tm.flow(price_list, commission_tool, prices, label="base prices")

tm.flow(agent, order_tool, purchase_enquiry)
tm.flow(order_tool, mailbox, purchase_enquiry, protocol="https", controls={tls})

tm.flow(agent, deposit_tool, deposit_request)
tm.flow(commission_book, deposit_tool, commissions, label="agreed price")
tm.flow(deposit_tool, stripe, deposit_request, protocol="https", controls={tls})
tm.flow(stripe, deposit_tool, deposit_link, protocol="https", controls={tls})
tm.flow(deposit_tool, agent, deposit_link)

tm.flow(luthier, agent, instructions, protocol="https", controls={tls})
tm.flow(agent, luthier, approval_request, protocol="https", controls={tls})
tm.flow(luthier, stock_db, stock, label="records purchases and cuts")
tm.flow(luthier, price_list, prices, label="updates prices")
