"""Dog agility trial entry and course timing agent: the first design.

Handlers (competitors in the UK and Ireland) sign in to a chat on our trial
platform and ask an LLM agent, backed by a vendor-hosted model, to enter their
dogs into classes at upcoming shows. The agent looks up the handler's dogs
(grade, height category) and the schedule, books the entries and returns a
payment link for the fees. At the show ground, timing gates feed a ringside
laptop where the scribe keys in faults; it uploads run times to a results
service that works out placings and grade wins. Show secretaries run
schedules, entry lists and running orders in a web app, which also takes the
payment provider's webhooks. Controls: password sign-in, a per-show upload
key, chat rate limits, an agent step limit, web app roles, checked webhook
signatures and encrypted registry and entries.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog agility trial entry and course timing agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that takes agility show entries, plus ringside timing and results.",
)

# ---------------------------------------------------------------- data assets
entry_request = tg.Data(
    "Entry chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the handler asks: which show, which dogs, which classes.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, dog records and schedule extracts.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
registrations = tg.Data(
    "Handler and dog registrations",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Handler name, address, phone; dogs' registered names, grades, height categories.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
schedule = tg.Data(
    "Show schedule and class details",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Classes, eligible grades and heights, entry caps, closing dates and fees.",
)
lookup_call = tg.Data("Dog and schedule lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
lookup_result = tg.Data(
    "Dogs and eligible classes", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
booking_call = tg.Data("Entry booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
entries = tg.Data(
    "Show entries",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Handler, dog, classes entered, payment status, running order position.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
pay_call = tg.Data("Payment link request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
checkout_request = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.PII, kind="records"
)
checkout_link = tg.Data(
    "Checkout session link", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
pay_result = tg.Data("Payment link", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result")
payment_webhook = tg.Data(
    "Payment confirmation webhook",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Checkout session id, amount paid and status; no card numbers.",
)
secretary_edits = tg.Data(
    "Schedule edits and entry list changes", sensitivity=tg.Sensitivity.PII, kind="records"
)
running_orders = tg.Data(
    "Entry lists and running orders", sensitivity=tg.Sensitivity.PII, kind="records"
)
beam_readings = tg.Data(
    "Timing beam readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Start and finish beam break timestamps per run.",
)
run_times = tg.Data(
    "Run times and faults",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Ring number, dog's running order number, time, faults and refusals keyed by the scribe.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
results = tg.Data(
    "Class results and placings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Published with handler and dog names.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
grade_updates = tg.Data("Grade progression updates", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Competitors entering their dogs; anyone can register an account.
    handler = tm.add(tg.Actor("Handler", role="competitor"))

with tm.boundary("Show ground ring", trust=tg.Trust.PARTNER):
    # Start/finish beams set up by the host club at each ring.
    gates = tm.add(
        tg.Device(
            "Electronic timing gates",
            description="Infrared start and finish beams on a wired receiver at the ringside.",
        )
    )
    # Club-run laptop where the timekeeper and ring scribe record each run.
    timing_laptop = tm.add(
        tg.Device(
            "Ringside timing laptop",
            description="Windows laptop with our timing software; the scribe keys in faults.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the entry agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card payment on its hosted checkout page.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout; card details never reach us.",
        )
    )

with tm.boundary("Trial platform cloud", trust=tg.Trust.INTERNAL):
    # Where handlers chat with the agent.
    chat = tm.add(
        tg.Endpoint(
            "Entry chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Plans the entry conversation and calls the tools; entries book without approval.
    agent = tm.add(
        tg.Agent(
            "Entry agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Finds eligible classes, books entries and sends the fee payment link.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only lookups the agent needs to pick classes.
    lookup_tool = tm.add(
        tg.Tool(
            "Dog and schedule lookup tool",
            capabilities={"read"},
            description="Returns only the signed-in handler's own dogs, and the published schedules.",
        )
    )
    # Writes entries into the show's entry list.
    booking_tool = tm.add(
        tg.Tool(
            "Entry booking tool",
            capabilities={"write"},
            description="Adds or withdraws class entries for a dog at a show.",
            controls={c.SchemaEnforcement(note="class must exist in the schedule")},
        )
    )
    # Asks the payment provider for a checkout link for the entry fees.
    payment_tool = tm.add(
        tg.Tool(
            "Entry fee payment link tool",
            capabilities={"network-egress"},
            description="Creates a hosted checkout for the total the agent passes in.",
        )
    )
    # Secretaries' web app; also receives the payment provider's webhooks.
    web_app = tm.add(
        tg.Endpoint(
            "Trial secretary web app",
            purpose=tg.EndpointPurpose.API,
            description="Schedules, entry lists, running orders, published results.",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Turns run times and faults into placings and grade wins.
    results_service = tm.add(
        tg.Service(
            "Results service",
            description="Ranks runs per class by faults then time, flags grade-winning runs.",
            controls={c.Authentication(method="per-show API key for the timing upload")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Handlers' accounts and their dogs' registration details.
        registry = tm.add(
            tg.DataStore(
                "Handler and dog registry",
                stores={registrations},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Show schedules the secretaries publish.
        schedule_store = tm.add(tg.DataStore("Show schedule store", stores={schedule}))
        # Entries, running orders and results for every show.
        entries_db = tm.add(
            tg.DataStore(
                "Entries and results database",
                stores={entries, running_orders, results},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

with tm.boundary("Host club", trust=tg.Trust.UNTRUSTED):
    # Club volunteer who runs the show's paperwork from home.
    secretary = tm.add(tg.Actor("Show secretary", role="show secretary", privileged=True))

# ---------------------------------------------------------------- flows
# entry conversation
tm.flow(handler, chat, entry_request, protocol="https")
tm.flow(chat, handler, agent_reply, protocol="https")
tm.flow(chat, agent, entry_request)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# tools
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(registry, lookup_tool, registrations)
tm.flow(schedule_store, lookup_tool, schedule)
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, entries_db, entries)
tm.flow(agent, payment_tool, pay_call)
tm.flow(payment_tool, payments, checkout_request, protocol="https")
tm.flow(payments, payment_tool, checkout_link, protocol="https")
tm.flow(payment_tool, agent, pay_result)

# payments and secretaries
tm.flow(
    payments,
    web_app,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature checked")},
)
tm.flow(web_app, entries_db, entries, label="payment status")
tm.flow(secretary, web_app, secretary_edits, protocol="https")
tm.flow(web_app, secretary, running_orders, protocol="https")
tm.flow(web_app, schedule_store, schedule)
tm.flow(web_app, entries_db, running_orders, label="running orders")
tm.flow(entries_db, web_app, running_orders, results)
tm.flow(web_app, handler, results, protocol="https", label="published results")

# ringside timing and results
tm.flow(gates, timing_laptop, beam_readings, protocol="usb")
tm.flow(timing_laptop, results_service, run_times, protocol="https")
tm.flow(
    results_service, timing_laptop, running_orders, protocol="https", label="running order download"
)
tm.flow(entries_db, results_service, running_orders, label="running order sync")
tm.flow(results_service, entries_db, results)
tm.flow(results_service, registry, grade_updates)
