"""Ring resizing and repair intake agent: the first design, before any security review.

A high-street jewellery repair chain (about thirty branches and one central
workshop) puts a chat assistant on its website. Customers describe the repair
they want (ring resizing, claw re-tipping, chain soldering) and upload photos of
the piece, often worn on the hand. An LLM agent, running in the chain's cloud
tenancy and backed by a hosted multimodal model, reads the photos, gives a
provisional quote from the repair price list, books a drop-off slot at a branch
and answers "where is my ring?" questions from the job tracking records.
Branch and workshop staff use the repair management web app to check items in,
confirm quotes at the counter, book courier transfers to the workshop and send
customers text and e-mail updates. The chat endpoint is rate limited and checks
uploads; staff sign in to the app with a branch login; the cloud database and
the photo bucket are encrypted at rest; traffic over the internet is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Jewellery repair intake agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat agent that quotes ring repairs from photos, books drop-offs "
    "and tracks items sent to the central workshop.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Customer chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text: the repair wanted, name, phone number, preferred branch.",
)
photos = tg.Data(
    "Jewellery photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Customer photos of the ring or chain, often on the customer's hand.",
)
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, the photos and tool results.",
)
completion = tg.Data(
    "Model completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
quote_request = tg.Data("Quote request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
price_list = tg.Data(
    "Repair price list",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Prices by repair type, metal, size change and stone setting.",
)
quote = tg.Data("Provisional quote", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
booking = tg.Data(
    "Drop-off booking",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Customer name, phone, e-mail, branch, slot and item description.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
status_query = tg.Data(
    "Job status query",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-call",
    description="The job ticket number the customer types into the chat.",
)
job_status = tg.Data(
    "Job status",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Where the item is (branch, in transit, workshop), the stage and the due date.",
)
repair_jobs = tg.Data(
    "Repair job records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Customer details, item description and value, quote, custody history.",
)
staff_updates = tg.Data(
    "Job check-in and status updates", sensitivity=tg.Sensitivity.PII, kind="records"
)
consignment = tg.Data(
    "Courier consignment request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Sealed bag numbers, declared value, collection branch and workshop address.",
)
tracking_events = tg.Data(
    "Courier tracking events", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
notification = tg.Data(
    "Customer notification",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Booking confirmations and 'ready for collection' texts and e-mails.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can open the chat and upload photos.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The multimodal model that reads the photos and drives the conversation.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and chat model behind the vendor's API.",
        )
    )

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # Secure courier that moves sealed bags between branches and the workshop.
    courier = tm.add(
        tg.ExternalService(
            "Secure courier API",
            description="Books collections and posts tracking events back to us.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the SMS and e-mail updates customers receive.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point for the website chat widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per browser session"),
                c.InputValidation(note="photo uploads limited to JPEG/PNG under 10 MB"),
            },
        )
    )
    # The LLM agent that runs the intake conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Intake agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Quotes and books drop-offs on its own; the quote is confirmed "
            "by branch staff when the item is handed in.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Works out a provisional price from the price list.
    quote_tool = tm.add(tg.Tool("Quote tool", capabilities={"read"}))
    # Creates the drop-off appointment and a draft repair job.
    booking_tool = tm.add(
        tg.Tool(
            "Drop-off booking tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="may only insert bookings")},
        )
    )
    # Answers "where is my ring?" from the job records.
    tracking_tool = tm.add(
        tg.Tool(
            "Job tracking tool",
            capabilities={"read"},
            description="Looks up a job's status and location by the ticket number "
            "the customer gives in the chat.",
        )
    )
    # The back-office web app branches and the workshop run the business on.
    repair_app = tm.add(
        tg.Service(
            "Repair management app",
            description="Check-in, quote confirmation, courier transfers, customer updates.",
            controls={c.Authentication(method="per-branch username and password")},
        )
    )
    # System of record for every item in the chain's custody.
    job_db = tm.add(
        tg.DataStore(
            "Repair job database",
            stores={repair_jobs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Photos uploaded in chat, kept so staff can match the item at check-in.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference prices maintained by head office.
    prices = tm.add(tg.DataStore("Price list store", stores={price_list}))

with tm.boundary("Branches and workshop", trust=tg.Trust.INTERNAL):
    # Counter staff who take items in and hand them back.
    branch_staff = tm.add(tg.Actor("Branch staff", role="counter staff"))
    # Jewellers at the central workshop who do the repairs.
    workshop_staff = tm.add(tg.Actor("Workshop jeweller", role="jeweller"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, message, photos, protocol="https")
tm.flow(chat, customer, reply, protocol="https")
tm.flow(chat, agent, message, photos)
tm.flow(agent, chat, reply)
tm.flow(agent, photo_store, photos)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, quote_tool, quote_request)
tm.flow(prices, quote_tool, price_list)
tm.flow(quote_tool, agent, quote)

tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, job_db, booking)
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(agent, tracking_tool, status_query)
tm.flow(job_db, tracking_tool, repair_jobs, label="job lookup")
tm.flow(tracking_tool, agent, job_status)

tm.flow(branch_staff, repair_app, staff_updates, protocol="https")
tm.flow(repair_app, branch_staff, repair_jobs, photos, protocol="https")
tm.flow(workshop_staff, repair_app, staff_updates, protocol="https")
tm.flow(repair_app, workshop_staff, repair_jobs, protocol="https")
tm.flow(repair_app, job_db, staff_updates, tracking_events)
tm.flow(job_db, repair_app, repair_jobs)
tm.flow(photo_store, repair_app, photos)

tm.flow(repair_app, courier, consignment, protocol="https")
tm.flow(courier, repair_app, tracking_events, protocol="https", label="tracking webhook")
tm.flow(repair_app, messaging, notification, protocol="https")
tm.flow(messaging, customer, notification, protocol="sms")
