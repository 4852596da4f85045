"""Sheepdog trial scoring and handler registration: the first design, before review.

A sheepdog trials society runs its entries and results online. Handlers create
an account on the society website, register their dogs and enter trials, paying
the entry fee through the payment provider's hosted checkout. At each trial the
judge enters points for every run on a society tablet, sent over 4G to a scoring
API. An LLM agent (a hosted model) totals each run's points with a scoring tool,
publishes provisional results to the results page as the trial goes on, and
answers handlers' questions about the trial rules in a chat on the website,
quoting the society's rulebook from a search index. The trial secretary manages
entries and corrects scores in the admin pages. Controls: HTTPS, handler e-mail
and password sign-in, per-tablet keys with the judge's own PIN, a step limit on
the agent, a rate limit on the chat, and the host's encryption of the database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sheepdog trial scoring and handler registration",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Online handler and dog registration with paid entries, judges' scoring on tablets, "
        "and an agent that totals scores, publishes results and answers rules questions."
    ),
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Handler and dog registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Handler name, address, phone, e-mail; dog name, breed, registration number.",
)
entries = tg.Data(
    "Trial entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which handler runs which dog at which trial, running order, fee status.",
)
passwords = tg.Data(
    "Handler password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout = tg.Data("Entry fee checkout request", kind="records")
payment_event = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
points = tg.Data(
    "Judges' points",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Points deducted per phase of each run: outrun, lift, fetch, drive, shed, pen.",
)
totals = tg.Data(
    "Run totals and placings",
    kind="tool-result",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
results = tg.Data(
    "Published results",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
question = tg.Data("Handler question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Agent answer", kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question or scoring task, rule passages and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output")
rules = tg.Data("Trial rules", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
tool_call = tg.Data("Agent tool calls", kind="tool-call")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Society members and visiting handlers entering trials and asking questions.
    handler = tm.add(tg.Actor("Handler", role="competitor"))

with tm.boundary("Trial field", trust=tg.Trust.UNTRUSTED):
    # Volunteer judge at the post, scoring each run as it happens.
    judge = tm.add(tg.Actor("Judge", role="trial judge"))
    # Society-owned tablets handed to judges for the day; 4G to the scoring API.
    tablet = tm.add(tg.Device("Judge's scoring tablet", fleet=True))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the society's servers.
    payments = tm.add(
        tg.ExternalService("Payment provider checkout", description="Hosted card checkout.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Society web hosting", trust=tg.Trust.INTERNAL):
    # Registration, entries, payment return, results pages and the admin pages.
    portal = tm.add(
        tg.Endpoint(
            "Society website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Handlers, dogs, entries, fee status, judges' points and results.
    db = tm.add(
        tg.DataStore(
            "Trials database",
            stores={registration, entries, passwords, points, totals},
            controls={c.EncryptionAtRest(key_management="hosting provider managed")},
        )
    )
    # Receives judges' points from the tablets during a trial.
    scoring_api = tm.add(
        tg.Endpoint(
            "Scoring API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-tablet API key and the judge's own PIN")},
        )
    )
    # Chat box on the website where handlers ask about rules and results.
    chat = tm.add(
        tg.Endpoint(
            "Handler chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Totals runs, publishes results and answers rules questions; no approval step.
    agent = tm.add(
        tg.Agent(
            "Trials agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads a run's points from the database and adds them up.
    score_tool = tm.add(tg.Tool("Score totalling tool", capabilities={"read"}))
    # Writes totals and placings to the database and the public results page.
    publish_tool = tm.add(tg.Tool("Results publishing tool", capabilities={"write"}))
    # Chunks of the society's rulebook, for answering handlers' questions.
    rulebook = tm.add(tg.VectorStore("Rulebook index", stores={rules}))
    # Public page of provisional and final results for each trial.
    results_page = tm.add(tg.DataStore("Results page", stores={results}))

with tm.boundary("Society officers", trust=tg.Trust.INTERNAL):
    # Volunteer who runs entries, the running order and score corrections.
    secretary = tm.add(tg.Actor("Trial secretary", role="administrator", privileged=True))

# ---------------------------------------------------------------- flows
# registration and payment
tm.flow(handler, portal, registration, entries, protocol="https")
tm.flow(portal, handler, entries, protocol="https", label="entry confirmation")
tm.flow(portal, db, registration, entries, passwords)
tm.flow(db, portal, registration, entries, passwords)
tm.flow(portal, payments, checkout, protocol="https")
tm.flow(handler, payments, card, protocol="https")
tm.flow(payments, portal, payment_event, protocol="https", label="payment webhook")
tm.flow(secretary, portal, entries, points, protocol="https", label="admin pages")
tm.flow(portal, secretary, registration, entries, protocol="https")

# scoring on the field
tm.flow(judge, tablet, points)
tm.flow(tablet, scoring_api, points, protocol="https")
tm.flow(scoring_api, db, points)
tm.flow(scoring_api, agent, points, label="run complete")

# agent: totals and publishing
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, score_tool, tool_call)
tm.flow(db, score_tool, points)
tm.flow(score_tool, agent, totals)
tm.flow(agent, publish_tool, tool_call, totals)
tm.flow(publish_tool, db, totals)
tm.flow(publish_tool, results_page, results)
tm.flow(results_page, handler, results, protocol="https")

# agent: handlers' questions
tm.flow(handler, chat, question, protocol="https")
tm.flow(chat, agent, question)
tm.flow(rulebook, agent, rules)
tm.flow(results_page, agent, results, label="current standings")
tm.flow(agent, chat, answer)
tm.flow(chat, handler, answer, protocol="https")
tm.flow(secretary, rulebook, rules, protocol="https", label="uploads each year's rulebook")
