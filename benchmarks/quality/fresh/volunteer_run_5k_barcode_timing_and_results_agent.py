"""Volunteer 5k barcode timing and results agent: the first design, before any security review.

A free weekly 5k in UK parks, run entirely by volunteers. Runners register once on
the event website and print a personal barcode. At the finish a timekeeper volunteer
records finish times on a phone app, and scanner volunteers scan each runner's
barcode and the numbered finish token they were handed, on the same app, which
uploads both files to our results platform in the cloud. A results agent (an LLM
from a hosted vendor, with tools) matches times to runners by finish position,
writes and publishes the results pages, and answers runners' e-mails about missing
or wrong times by looking up the scans and proposing corrections. The event director
approves corrections to results already published; first publication and e-mail
replies go out without a person. Controls: volunteer and runner sign-in, TLS on
every link, role-based access and encryption at rest on the runner registry, and a
step limit on the agent.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Volunteer run 5k barcode timing and results agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly free 5k: phone-app timing and barcode scans, agent-matched results and runner e-mail support.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Runner registration details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, date of birth, gender, club, emergency contact.",
)
barcode = tg.Data(
    "Personal barcode",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The runner's athlete id as a printable barcode.",
)
finish_times = tg.Data(
    "Finish times file",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Finish position and elapsed time, from the timekeeper's stopwatch.",
)
token_scans = tg.Data(
    "Barcode and token scans",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Athlete id paired with finish-token position, with scan time.",
)
upload_notice = tg.Data("Upload notice", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
results = tg.Data(
    "Event results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Position, name, time, age category, age grade and club per runner.",
)
runner_email = tg.Data(
    "Runner e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Runners writing about a missing or wrong time.",
)
reply = tg.Data("E-mail reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the uploaded files or the e-mail, and tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Runner and scan lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
results_write = tg.Data("Results write request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
publish_call = tg.Data("Publish request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
reply_call = tg.Data("Send reply request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pending_correction = tg.Data(
    "Pending correction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The old and new result the agent proposes, with the runner's e-mail.",
)
correction_approval = tg.Data(
    "Correction approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register and run; results are public.
    runner = tm.add(tg.Actor("Runner", role="participant"))
    # Volunteer director of one event; approves corrections from home.
    director = tm.add(tg.Actor("Event director", role="volunteer event director", privileged=True))

with tm.boundary("Finish funnel", trust=tg.Trust.UNTRUSTED):
    # Timekeeper and barcode scanners on the day, a different rota each week.
    volunteer = tm.add(tg.Actor("Timing volunteer", role="volunteer"))
    # Our timing app on the volunteers' own phones.
    phone_app = tm.add(
        tg.Device(
            "Volunteer timing phone app",
            description="Stopwatch and barcode scanner app on volunteers' own phones; works offline and uploads after the run.",
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Hosted mailbox for the results address; the agent reads and sends through its API.
    mail = tm.add(tg.ExternalService("Results mailbox", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Results platform", trust=tg.Trust.INTERNAL):
    # Registration, runner profiles, barcodes and the public results pages.
    website = tm.add(
        tg.Service(
            "Event website",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Receives the timer and scanner files from the phone app.
    upload_api = tm.add(
        tg.Endpoint(
            "Timing upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="volunteer athlete id and password in the app"),
                c.SchemaEnforcement(note="timer and scanner CSV formats"),
            },
        )
    )
    # Matches times to runners, publishes results, answers runners' e-mails.
    agent = tm.add(
        tg.Agent(
            "Results agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Registered runners.
    registry = tm.add(
        tg.DataStore(
            "Runner registry",
            stores={registration, barcode},
            controls={
                c.EncryptionAtRest(key_management="managed database default keys"),
                c.RBAC(note="only the website and the lookup tool's service account"),
            },
        )
    )
    # Raw uploads and every event's results.
    results_db = tm.add(
        tg.DataStore("Results database", stores={finish_times, token_scans, results})
    )
    # Reads runners, scans and times for the agent.
    lookup_tool = tm.add(tg.Tool("Runner and scan lookup tool", capabilities={"read"}))
    # Writes matched results and corrections.
    write_tool = tm.add(
        tg.Tool(
            "Results write tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="event director",
                    note="corrections to published results only; the first matched results are written without approval",
                )
            },
        )
    )
    # Regenerates the public results pages for an event.
    publish_tool = tm.add(tg.Tool("Results publish tool", capabilities={"write"}))
    # Sends the agent's replies from the results address.
    reply_tool = tm.add(tg.Tool("E-mail reply tool", capabilities={"send-messages"}))

# ---------------------------------------------------------------- flows
# registration
tm.flow(runner, website, registration, protocol="https")
tm.flow(website, registry, registration, barcode)
tm.flow(registry, website, registration, barcode)
tm.flow(website, runner, barcode, results, protocol="https")

# race day
tm.flow(runner, phone_app, barcode, label="barcode and finish token scanned in person")
tm.flow(
    volunteer, phone_app, finish_times, token_scans, label="taps the stopwatch and scans in person"
)
tm.flow(phone_app, upload_api, finish_times, token_scans, protocol="https")
tm.flow(upload_api, results_db, finish_times, token_scans)
tm.flow(upload_api, agent, upload_notice)

# the agent and its model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# matching and publishing
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(registry, lookup_tool, registration, barcode)
tm.flow(results_db, lookup_tool, finish_times, token_scans, results)
tm.flow(agent, write_tool, results_write)
tm.flow(write_tool, results_db, results)
tm.flow(agent, publish_tool, publish_call)
tm.flow(results_db, publish_tool, results)
tm.flow(publish_tool, website, results)

# corrections approved by the event director
tm.flow(write_tool, director, pending_correction, protocol="https")
tm.flow(director, write_tool, correction_approval, protocol="https")

# runners' e-mails
tm.flow(runner, mail, runner_email, protocol="smtp")
tm.flow(mail, agent, runner_email, protocol="https")
tm.flow(agent, reply_tool, reply_call)
tm.flow(reply_tool, mail, reply, protocol="https")
tm.flow(mail, runner, reply, protocol="smtp")
