"""Sailing club race results and handicap agent: the first design, before any security review.

On race days the duty race officer types the sign-on entries and each boat's finish
time and laps into a tablet app in the race box. A results agent, running in the
club's small cloud account and built on a hosted LLM, calls a handicap calculator
that applies the RYA Portsmouth Yardstick numbers (downloaded yearly from the RYA)
to produce handicap-corrected results, and stores entries, times and results in a
results database. The race officer reviews the provisional results on the tablet
and approves them; the agent then publishes them to the club's WordPress website
through a publishing tool. Members signed in to the website's members' area can
ask the agent questions about results and series standings in a chat widget; the
agent answers from the results database and keeps the chat transcripts. Controls:
a shared race-box PIN on the tablet app, the race officer's approval before
publishing, member login and a rate limit on the chat, a WordPress application
password for publishing, TLS, and the cloud database's default encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sailing club race results and handicap agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Computes handicap-corrected race results, publishes them and answers members' questions.",
)

# ---------------------------------------------------------------- data assets
entries = tg.Data(
    "Race entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Helm and crew names, sail numbers and boat classes from the sign-on sheet.",
)
finish_times = tg.Data(
    "Finish times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sail number, finish time and laps sailed for each boat in a race.",
)
py_numbers = tg.Data(
    "Portsmouth Yardstick numbers",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
provisional = tg.Data(
    "Provisional corrected results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Corrected times, places and series points with helm names, before approval.",
)
approval = tg.Data("Results approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published = tg.Data(
    "Published results page",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Results table with helm names, boats and places, posted on the club website.",
)
calc_request = tg.Data("Handicap calculation request", kind="tool-call")
corrected_times = tg.Data("Corrected times", kind="tool-result")
question = tg.Data("Member question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Results answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the task or member question, and results and entries read from the database.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members reading results and asking questions from home.
    member = tm.add(tg.Actor("Club member", role="member"))
    # The RYA publishes the yearly Portsmouth Yardstick list the handicaps come from.
    py_list = tm.add(
        tg.DataSource(
            "RYA Portsmouth Yardstick list",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={py_numbers},
            description="Published yearly by the RYA as a spreadsheet.",
        )
    )

with tm.boundary("Clubhouse", trust=tg.Trust.INTERNAL):
    # The volunteer running the day's racing; records entries and finishes, approves results.
    race_officer = tm.add(tg.Actor("Duty race officer", role="race officer"))
    # The club's one tablet in the race box, running the results app.
    tablet = tm.add(
        tg.Device(
            "Race box tablet",
            fleet=False,
            description="Android tablet with the results web app, kept in the race box.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Orchestrates scoring, asks for approval, publishes and answers members.
    agent = tm.add(
        tg.Agent(
            "Results agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="duty race officer",
                    note="publishing results only; answers to members go out directly",
                )
            },
        )
    )
    # Deterministic arithmetic: elapsed time x 1000 / PY number, then places and points.
    calculator = tm.add(
        tg.Tool(
            "Handicap calculator",
            capabilities={"read"},
            description="Applies Portsmouth Yardstick numbers to elapsed times and ranks the fleet.",
        )
    )
    # Posts approved results to the club website.
    publisher = tm.add(tg.Tool("Website publishing tool", capabilities={"write"}))
    # Entries, finish times and results for every race and series.
    results_db = tm.add(
        tg.DataStore(
            "Results database",
            stores={entries, finish_times, provisional, py_numbers},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Backend of the members' chat widget on the website.
    chat = tm.add(
        tg.Endpoint(
            "Members' results chat",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="club website member login (e-mail and password)"),
                c.RateLimiting(requests_per_minute=10),
            },
        )
    )
    # Kept so the results secretary can see what members asked.
    transcript_log = tm.add(tg.DataStore("Chat transcript log", stores={transcripts}))

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # The club's WordPress site on shared hosting, open to everyone.
    website = tm.add(tg.Service("Club website", internet_facing=True))

# ---------------------------------------------------------------- flows
# race day: entries and finishes in, provisional results back, approval in
tm.flow(race_officer, tablet, entries, finish_times, label="entered on the touchscreen")
tm.flow(
    tablet,
    agent,
    entries,
    finish_times,
    protocol="https",
    controls={c.Authentication(method="shared race-box PIN")},
)
tm.flow(agent, tablet, provisional, protocol="https", label="provisional results for review")
tm.flow(tablet, race_officer, provisional, label="shown on the touchscreen")
tm.flow(race_officer, tablet, approval, label="approve on the touchscreen")
tm.flow(tablet, agent, approval, protocol="https", label="approval")

# scoring
tm.flow(py_list, results_db, py_numbers, protocol="https", label="yearly import")
tm.flow(agent, results_db, entries, finish_times, provisional, label="save race")
tm.flow(results_db, agent, entries, finish_times, provisional, label="read results")
tm.flow(agent, calculator, calc_request)
tm.flow(results_db, calculator, py_numbers, entries, label="handicaps and boat classes")
tm.flow(calculator, agent, corrected_times)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# publishing
tm.flow(agent, publisher, published)
tm.flow(
    publisher,
    website,
    published,
    protocol="https",
    controls={c.Authentication(method="WordPress application password")},
)
tm.flow(website, member, published, protocol="https")

# members' questions
tm.flow(member, chat, question, protocol="https")
tm.flow(chat, agent, question)
tm.flow(agent, chat, answer)
tm.flow(chat, member, answer, protocol="https")
tm.flow(agent, transcript_log, transcripts)
