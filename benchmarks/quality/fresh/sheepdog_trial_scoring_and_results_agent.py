"""Sheepdog trial scoring and results agent: the first design.

A regional sheepdog society runs its open and nursery trials on a small cloud
platform. On the field each judge enters the points lost at outrun, lift, fetch,
drive, shed and pen on a society tablet, which syncs score sheets to a scoring
API over mobile data. An LLM agent, built on a hosted model, reads the score
sheets and entries through a database tool, works out placings, tie-breaks on
outwork and championship qualifying points, answers handlers' and spectators'
questions in a results chat using the society's rulebook, texts handlers their
run order, and publishes results to the society's website. The trial secretary
enters the entries and approves final results in an admin console before the
agent publishes them. Controls: per-tablet keys, console sign-in, TLS, a rate
limit on the public chat, a step limit on the agent and encrypted storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sheepdog trial scoring and results agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Judges' score sheets turned into placings, qualifying points and "
    "published results by an LLM agent.",
)

# ---------------------------------------------------------------- data assets
score_sheet = tg.Data(
    "Judge score sheets",
    kind="records",
    description="Points lost per phase for each run, the judge's name and the run time.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
entries = tg.Data(
    "Trial entries and handler contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Handler names, phone numbers and e-mail, dog names and registration numbers.",
)
provisional = tg.Data(
    "Provisional results",
    kind="records",
    description="Placings, tie-breaks and qualifying points before the secretary approves them.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published = tg.Data("Published results", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
approval = tg.Data("Results approval", kind="records")
question = tg.Data("Results chat question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Results chat answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the task or question, rulebook passages and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
db_call = tg.Data("Database tool call", kind="tool-call")
db_result = tg.Data("Database tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
rulebook = tg.Data(
    "Trial rules and scoring guidance", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
run_order_msg = tg.Data("Run order text message", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Trial field", trust=tg.Trust.UNTRUSTED):
    # Scores each run from the judge's car at the top of the field.
    judge = tm.add(tg.Actor("Trial judge", role="judge"))
    # Society-owned tablets lent to judges for the day; they work offline and sync.
    tablet = tm.add(
        tg.Device(
            "Judge scoring tablet",
            fleet=True,
            controls={c.Authentication(method="per-tablet API key issued at trial set-up")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Competitors, and spectators, who ask about results, run order and points.
    handler = tm.add(tg.Actor("Handler or spectator", role="competitor or public"))

with tm.boundary("Society cloud", trust=tg.Trust.INTERNAL):
    # Receives score sheets from the tablets.
    scoring_api = tm.add(
        tg.Endpoint(
            "Scoring API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="score sheet schema and points within each phase")},
        )
    )
    # Public chat for results questions; anyone can use it without an account.
    chat = tm.add(
        tg.Endpoint(
            "Results chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Where the secretary loads entries and reviews and approves the agent's draft results.
    console = tm.add(
        tg.Endpoint(
            "Trial admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Compiles results, answers questions, messages handlers and publishes.
    agent = tm.add(
        tg.Agent(
            "Results agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.HumanInTheLoop(
                    approver="trial secretary",
                    note="final results only; run order texts and chat answers go out directly",
                ),
            },
        )
    )
    # Entries, score sheets and results for every trial of the season.
    trial_db = tm.add(
        tg.DataStore(
            "Trial database",
            stores={entries, score_sheet, provisional, published},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The society's rulebook, read by the agent for tie-breaks and handlers' questions.
    rules_store = tm.add(tg.DataStore("Trial rulebook", stores={rulebook}))
    # The agent's only way to read and write the trial database.
    db_tool = tm.add(
        tg.Tool(
            "Trial database tool",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Pushes approved results to the society website.
    publish_tool = tm.add(
        tg.Tool(
            "Results publishing tool",
            capabilities={"write", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Sends run order and call-up texts to handlers.
    sms_tool = tm.add(
        tg.Tool(
            "Handler messaging tool",
            capabilities={"send-messages"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Plans the agent's steps and writes its answers.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Web and messaging providers", trust=tg.Trust.PARTNER):
    # The society's public website on a hosted CMS.
    website = tm.add(tg.ExternalService("Society website CMS"))
    # Commercial SMS gateway.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Secretary's office", trust=tg.Trust.INTERNAL):
    # Runs the trial: takes entries, checks results and signs them off.
    secretary = tm.add(tg.Actor("Trial secretary", role="trial secretary", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(judge, tablet, score_sheet)
tm.flow(tablet, scoring_api, score_sheet, protocol="https", controls={tls})
tm.flow(scoring_api, trial_db, score_sheet)

tm.flow(handler, chat, question, protocol="https", controls={tls})
tm.flow(chat, agent, question)
tm.flow(agent, chat, answer)
tm.flow(chat, handler, answer, protocol="https", controls={tls})

tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(rules_store, agent, rulebook)
tm.flow(agent, db_tool, db_call)
tm.flow(db_tool, agent, db_result)
tm.flow(trial_db, db_tool, entries, score_sheet, provisional)
tm.flow(db_tool, trial_db, provisional, published)

tm.flow(secretary, console, entries, approval, protocol="https", controls={tls})
tm.flow(console, secretary, provisional, protocol="https", controls={tls})
tm.flow(console, trial_db, entries)
tm.flow(agent, console, provisional, label="draft results for approval")
tm.flow(console, agent, approval)

tm.flow(agent, publish_tool, published)
tm.flow(publish_tool, website, published, protocol="https", controls={tls})
tm.flow(agent, sms_tool, run_order_msg)
tm.flow(sms_tool, sms_gateway, run_order_msg, protocol="https", controls={tls})
tm.flow(sms_gateway, handler, run_order_msg, protocol="sms")
