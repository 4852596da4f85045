"""Bagpipe band competition adjudication and entry agent: the first design.

A pipe band association runs a season of championships. Band secretaries enter
their bands through a chat on the association's entries portal: an LLM agent
checks the band's grade and registered players against the player register and
the contest rules, books the entry and sends a payment link for the entry fee.
On contest day adjudicators mark each band on association-issued tablets; the
score sheets are uploaded to the portal. After the contest the results officer
asks the agent to collate the sheets into placings, checks the draft and
approves it before results go out to bands. The agent and portal run in the
association's cloud account; the language model is a vendor API and fees are
taken by a card payment provider. Controls in this design: e-mail and password
sign-in on the portal, a per-tablet key for uploads, TLS on every external
link, provider-managed encryption of the databases, and the results officer's
approval before publication (entries and payment links go ahead on their own).
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bagpipe band competition adjudication and entry agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat-based contest entries and LLM-assisted collation of adjudicators' score sheets.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Entry chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the band secretary or results officer types: band, contest, contact details.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, contest rules and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text and the tool calls the model chooses.",
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
roster = tg.Data(
    "Band and player roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registered players per band with names, membership numbers and, for juvenile grades, dates of birth.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
entry = tg.Data("Competition entry", kind="records", sensitivity=tg.Sensitivity.PII)
fee_link = tg.Data("Entry fee payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fee_payment = tg.Data(
    "Entry fee card payment", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score_sheets = tg.Data(
    "Adjudicator score sheets",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Marks and written remarks for piping, drumming and ensemble, per band.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_results = tg.Data(
    "Draft contest results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data("Results approval", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
results = tg.Data("Published contest results", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
rules = tg.Data(
    "Contest rules and grading regulations", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Each band's secretary enters contests and pays fees; anyone can register as one.
    secretary = tm.add(tg.Actor("Band secretary", role="band secretary"))

with tm.boundary("Contest field", trust=tg.Trust.INTERNAL):
    # Volunteer adjudicators mark bands as they play in the circle.
    adjudicator = tm.add(tg.Actor("Adjudicator", role="adjudicator"))
    # Association-issued tablets on mobile data; the marking app uploads sheets.
    tablet = tm.add(
        tg.Device(
            "Adjudicator tablet",
            fleet=True,
            description="Association-owned tablets running the score sheet app, on 4G at the contest field.",
        )
    )

with tm.boundary("Association office", trust=tg.Trust.INTERNAL):
    # Staff member who collates results and signs them off before they go out.
    results_officer = tm.add(tg.Actor("Results officer", role="results officer", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; drives the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card payment provider hosting the checkout page for entry fees.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout; entry fee amounts are set per contest in the provider's dashboard.",
        )
    )

with tm.boundary("Association cloud", trust=tg.Trust.INTERNAL):
    # Public web front: entry chat, score sheet upload and results pages.
    portal = tm.add(
        tg.Endpoint(
            "Entries portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # LLM agent that handles entries and collates results through its tools.
    agent = tm.add(
        tg.Agent(
            "Entry and results agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="results officer",
                    note="draft results are published only after the results officer approves them; "
                    "entries and payment links go ahead directly",
                )
            },
        )
    )
    # Reads a band's registered players and grade to check eligibility.
    register_tool = tm.add(tg.Tool("Player register lookup tool", capabilities={"read"}))
    # Books the band into a contest.
    booking_tool = tm.add(tg.Tool("Entry booking tool", capabilities={"write"}))
    # Creates a checkout session for the entry fee with the payment provider.
    payment_tool = tm.add(
        tg.Tool(
            "Entry fee payment link tool",
            capabilities={"money-movement", "network-egress"},
            origin="first-party",
        )
    )
    # Sums the adjudicators' marks and orders bands into draft placings.
    results_tool = tm.add(tg.Tool("Results collation tool", capabilities={"read", "write"}))
    # The association's register of bands and registered players.
    register_db = tm.add(
        tg.DataStore(
            "Band and player register",
            stores={roster},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Entries, payment status, score sheets and results for each contest.
    contest_db = tm.add(
        tg.DataStore(
            "Contest database",
            stores={entry, payment_event, score_sheets, draft_results, results},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Rulebook and grading regulations the agent quotes when checking entries.
    rules_db = tm.add(tg.DataStore("Contest rulebook", stores={rules}))

# ---------------------------------------------------------------- flows
tls = {tg.controls.EncryptionInTransit(protocol="TLS 1.2+")}

# Entries by chat
tm.flow(secretary, portal, chat_message, protocol="https", controls=tls)
tm.flow(portal, secretary, agent_reply, fee_link, results, protocol="https", controls=tls)
tm.flow(portal, agent, chat_message)
tm.flow(agent, portal, agent_reply, fee_link, draft_results)
tm.flow(agent, llm, llm_prompt, protocol="https", controls=tls)
tm.flow(llm, agent, completion, protocol="https", controls=tls)
tm.flow(rules_db, agent, rules, label="rules lookup")

tm.flow(agent, register_tool, tool_call)
tm.flow(register_tool, register_db, tool_call, label="roster query")
tm.flow(register_db, register_tool, roster)
tm.flow(register_tool, agent, roster, label="tool result")

tm.flow(agent, booking_tool, tool_call, entry)
tm.flow(booking_tool, contest_db, entry)
tm.flow(booking_tool, agent, entry, label="booking confirmation")

tm.flow(agent, payment_tool, tool_call)
tm.flow(
    payment_tool,
    payments,
    tool_call,
    label="create checkout session",
    protocol="https",
    controls=tls,
)
tm.flow(payments, payment_tool, fee_link, protocol="https", controls=tls)
tm.flow(payment_tool, agent, fee_link, label="tool result")
tm.flow(secretary, payments, fee_payment, protocol="https", controls=tls, label="pays entry fee")
tm.flow(payments, portal, payment_event, protocol="https", controls=tls, label="payment webhook")
tm.flow(portal, contest_db, payment_event, label="mark entry paid")

# Adjudication
tm.flow(adjudicator, tablet, score_sheets, label="marks bands")
tm.flow(
    tablet,
    portal,
    score_sheets,
    protocol="https",
    controls={*tls, tg.controls.Authentication(method="per-tablet API key")},
    label="score sheet upload",
)
tm.flow(portal, contest_db, score_sheets)

# Results collation and approval
tm.flow(results_officer, portal, chat_message, approval, protocol="https", controls=tls)
tm.flow(portal, results_officer, agent_reply, draft_results, protocol="https", controls=tls)
tm.flow(agent, results_tool, tool_call)
tm.flow(contest_db, results_tool, score_sheets)
tm.flow(results_tool, contest_db, draft_results)
tm.flow(results_tool, agent, draft_results, label="tool result")
tm.flow(portal, contest_db, approval, label="publish approved results")
tm.flow(contest_db, portal, results, label="results pages")
