"""Jigsaw puzzle postal lending library agent: the first design, before any security review.

A members' jigsaw puzzle library lends puzzles by post. Members join on the
library's website (e-mail and password accounts) and save a card with Stripe for
the membership fee and any charges. Everything else happens by e-mail: an LLM
agent, running on the library's small cloud server and calling a vendor's model
API, reads the shared library mailbox, answers loan requests, checks availability
in the puzzle catalogue, books loans and adds them to the dispatch queue that
volunteer librarians pack and post with Royal Mail Click & Drop labels. When a
member reports missing pieces, the agent records them against the puzzle and
charges the member's saved card the lost-piece fee from the catalogue, without a
volunteer's approval but under a monthly cap per member. The Stripe key sits in
the server's secret store, the agent's runs are capped in steps, and the member
database is encrypted at rest by the managed database service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Jigsaw puzzle library postal loan agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "E-mail agent for a members' postal jigsaw library: loan requests, missing-piece "
        "reports, loan tracking and lost-piece charges."
    ),
)

# ---------------------------------------------------------------- data assets
member_email = tg.Data(
    "Member e-mail",
    sensitivity="pii",
    kind="documents",
    description="Loan requests, return notices and missing-piece reports, sometimes with photos.",
)
reply_email = tg.Data("Agent reply e-mail", sensitivity="pii", kind="model-output")
prompt = tg.Data(
    "Agent prompt",
    sensitivity="pii",
    kind="prompt",
    description="Instructions, the e-mail thread, the member's loans and catalogue entries.",
)
completion = tg.Data("Model completion", sensitivity="pii", kind="model-output")
member_records = tg.Data(
    "Member records",
    sensitivity="pii",
    kind="records",
    description="Name, postal address, e-mail, membership tier and renewal date.",
)
loan_records = tg.Data(
    "Loan records",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Who has which puzzle, since when, returns and missing-piece reports.",
)
card_token = tg.Data(
    "Saved card token",
    sensitivity="confidential",
    kind="credentials",
    description="Stripe customer and payment method ids for the member's saved card.",
)
catalogue = tg.Data(
    "Puzzle catalogue entries",
    sensitivity="public",
    kind="records",
    description="Puzzles, piece counts, condition notes, availability and the lost-piece fee.",
)
loan_call = tg.Data("Loan tool call", sensitivity="pii", kind="tool-call")
loan_result = tg.Data("Loan tool result", sensitivity="pii", kind="tool-result")
dispatch_list = tg.Data(
    "Dispatch list",
    sensitivity="pii",
    kind="records",
    description="Puzzles to pack with each member's name and postal address.",
)
postage_label = tg.Data("Postage labels", sensitivity="pii", kind="documents")
return_check = tg.Data(
    "Return inspection notes",
    sensitivity="internal",
    kind="records",
    description="Volunteers' piece counts and condition notes on returned puzzles.",
)
charge_request = tg.Data(
    "Lost-piece charge request",
    sensitivity="confidential",
    kind="tool-call",
    description="Member, puzzle, number of missing pieces and amount.",
)
charge_result = tg.Data("Charge result", sensitivity="confidential", kind="tool-result")
signup = tg.Data("Membership sign-up details", sensitivity="pii", kind="records")
card_details = tg.Data("Card details", sensitivity="regulated", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Library members at home; anyone can join or e-mail the library address.
    member = tm.add(tg.Actor("Library member", role="member"))

with tm.boundary("Library cloud server", trust="internal"):
    # Where people join, manage their details and save a card for charges.
    website = tm.add(
        tg.Endpoint(
            "Membership website",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Handles the library mailbox: loans, returns, missing pieces and charges.
    agent = tm.add(
        tg.Agent(
            "Loan desk agent",
            autonomy="autonomous",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads new mail from the shared mailbox and sends the agent's replies.
    mailbox_tool = tm.add(tg.Tool("Mailbox tool", capabilities={"read", "send-messages"}))
    # Looks up members and catalogue entries, books loans, records returns and reports.
    loan_tool = tm.add(tg.Tool("Loan records tool", capabilities={"read", "write"}))
    # Charges a member's saved card for lost pieces through Stripe.
    charge_tool = tm.add(
        tg.Tool(
            "Lost-piece charge tool",
            capabilities={"money-movement", "network-egress"},
            controls={
                c.TransactionLimits(limit="GBP 30 per member per month"),
                c.SecretsManagement(note="Stripe secret key in the server's secret store"),
            },
        )
    )
    # Members, loans and saved-card references.
    member_db = tm.add(
        tg.DataStore(
            "Member and loan database",
            stores={member_records, loan_records, card_token, return_check},
            controls={c.EncryptionAtRest(key_management="managed database default keys")},
        )
    )
    # Every puzzle the library owns, with its piece count and lost-piece fee.
    catalogue_store = tm.add(tg.DataStore("Puzzle catalogue", stores={catalogue}))
    # Loans booked by the agent, waiting for volunteers to pack and post.
    dispatch_queue = tm.add(tg.DataStore("Dispatch queue", stores={dispatch_list}))

with tm.boundary("Library volunteers", trust="internal"):
    # Pack and post puzzles, check returns, answer what the agent cannot.
    librarian = tm.add(tg.Actor("Volunteer librarian", role="volunteer", privileged=True))

with tm.boundary("E-mail provider", trust="partner"):
    # Hosted mailbox for the library's public address.
    mail_provider = tm.add(tg.ExternalService("Hosted library mailbox"))

with tm.boundary("LLM vendor", trust="partner"):
    # General-purpose model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Stripe", trust="partner"):
    # Card payments: saved cards, membership fees and lost-piece charges.
    stripe = tm.add(tg.ExternalService("Stripe payments"))

with tm.boundary("Royal Mail", trust="partner"):
    # Online postage: volunteers upload the dispatch list and print labels.
    click_drop = tm.add(tg.ExternalService("Royal Mail Click & Drop"))

# ---------------------------------------------------------------- flows
# Joining and saving a card
tm.flow(member, website, signup, protocol="https")
tm.flow(website, member, member_records, protocol="https")
tm.flow(website, member_db, member_records, card_token)
tm.flow(member_db, website, member_records)
tm.flow(member, stripe, card_details, protocol="https", label="Stripe Checkout")
tm.flow(stripe, website, card_token, protocol="https", label="checkout webhook")

# E-mail in and out
tm.flow(member, mail_provider, member_email, protocol="smtp")
tm.flow(mail_provider, mailbox_tool, member_email, protocol="https")
tm.flow(mailbox_tool, agent, member_email)
tm.flow(agent, mailbox_tool, reply_email)
tm.flow(mailbox_tool, mail_provider, reply_email, protocol="https")
tm.flow(mail_provider, member, reply_email, protocol="smtp")

# The model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Loans, returns and missing-piece reports
tm.flow(agent, loan_tool, loan_call)
tm.flow(loan_tool, agent, loan_result)
tm.flow(loan_tool, member_db, loan_records)
tm.flow(member_db, loan_tool, member_records, loan_records)
tm.flow(catalogue_store, loan_tool, catalogue)
tm.flow(loan_tool, catalogue_store, catalogue, label="availability and missing-piece notes")
tm.flow(loan_tool, dispatch_queue, dispatch_list)

# Posting and returns
tm.flow(dispatch_queue, librarian, dispatch_list)
tm.flow(librarian, click_drop, dispatch_list, protocol="https")
tm.flow(click_drop, librarian, postage_label, protocol="https")
tm.flow(librarian, member_db, return_check, label="returns checked in")

# Lost-piece charges
tm.flow(agent, charge_tool, charge_request)
tm.flow(member_db, charge_tool, card_token)
tm.flow(charge_tool, stripe, charge_request, card_token, protocol="https")
tm.flow(stripe, charge_tool, charge_result, protocol="https")
tm.flow(charge_tool, agent, charge_result)
