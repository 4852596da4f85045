"""Bike repair shop diagnosis and booking agent: the first design, before any security review.

Customers of a single-site bike repair shop (in the Netherlands) open a chat on the
shop's website, describe what is wrong with their bike and upload photos. An LLM agent
running in the shop's small cloud account sends the description and photos to a hosted
multimodal LLM, suggests the likely repairs with a price range from the shop's price
list, and books a workshop slot in the job database. When the customer confirms in the
chat, the agent orders the needed parts from the wholesaler's trade API on the shop's
account. Mechanics see the jobs on a workshop tablet and update their status; every
status change sends the customer an SMS through an SMS gateway.
Controls in this design: HTTPS everywhere, a per-IP rate limit on the chat endpoint,
the customer's confirmation before any parts order, the wholesaler API key kept in
the cloud secret store, a shop PIN on the tablet app, and the cloud provider's default
encryption of the photo bucket and the database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bike repair shop diagnosis and booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Web-chat agent that diagnoses bike problems from text and photos, "
    "books workshop slots and orders parts on confirmation.",
)

# ---------------------------------------------------------------- data assets
problem = tg.Data(
    "Problem description chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the customer, with name and phone number for the booking.",
)
photos = tg.Data(
    "Bike photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Customer uploads; may show faces, house fronts or frame numbers.",
)
llm_prompt = tg.Data(
    "Diagnosis prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, price list extract, chat history and photos.",
)
llm_reply = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
agent_reply = tg.Data(
    "Repair suggestion and price range",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
)
price_list = tg.Data("Repair price list", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
booking_call = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Free slots and booking result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
jobs = tg.Data(
    "Repair jobs",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Customer name, phone number, bike, diagnosis, slot, parts and status.",
)
order_call = tg.Data(
    "Parts order request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
wholesale_order = tg.Data(
    "Wholesale parts order", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
order_confirmation = tg.Data(
    "Order confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
api_key = tg.Data("Wholesaler API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
status_update = tg.Data("Job status update", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
sms_text = tg.Data("SMS status message", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat; there is no customer account.
    customer = tm.add(tg.Actor("Customer", role="shop customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the text and the photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and chat model behind the vendor's API.",
        )
    )

with tm.boundary("Parts wholesaler", trust=tg.Trust.PARTNER):
    # The wholesaler's trade API; orders are billed to the shop's trade account.
    wholesaler = tm.add(tg.ExternalService("Wholesaler trade API"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the status texts to customers' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Public entry point of the web chat widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP address")},
        )
    )
    # The LLM agent: diagnoses, quotes, books and orders parts.
    agent = tm.add(
        tg.Agent(
            "Diagnosis and booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Calls the LLM, then the booking and parts tools.",
            controls={
                c.HumanInTheLoop(
                    approver="the customer, in the chat",
                    note="parts are ordered only after the customer confirms the quote",
                )
            },
        )
    )
    # Where uploaded photos are kept for the mechanics.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The shop's labour and parts prices the agent quotes from.
    prices = tm.add(tg.DataStore("Price list store", stores={price_list}))
    # Slots and jobs: the shop's single source of truth for the workshop.
    job_db = tm.add(
        tg.DataStore(
            "Job and booking database",
            stores={jobs},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Tool the agent uses to look up free slots and create the job.
    booking_tool = tm.add(
        tg.Tool("Booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Tool the agent uses to place wholesale orders.
    parts_tool = tm.add(
        tg.Tool(
            "Parts ordering tool",
            capabilities={"write", "network-egress"},
            origin="first-party",
            controls={c.SecretsManagement(note="API key in the cloud secret store")},
        )
    )
    # API the workshop tablet app uses to list jobs and change their status.
    job_api = tm.add(
        tg.Endpoint(
            "Workshop job API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared shop PIN")},
        )
    )
    # Sends a text to the customer on every status change.
    notifier = tm.add(tg.Service("SMS notifier"))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # Mechanics work the jobs and record progress.
    mechanic = tm.add(tg.Actor("Mechanic", role="workshop staff"))
    # One shared tablet mounted in the workshop.
    tablet = tm.add(tg.Device("Workshop tablet", fleet=False))

# ---------------------------------------------------------------- flows
# customer chat
tm.flow(customer, chat, problem, photos, protocol="https")
tm.flow(chat, agent, problem, photos)
tm.flow(agent, photo_store, photos)
tm.flow(prices, agent, price_list)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, chat, agent_reply)
tm.flow(chat, customer, agent_reply, protocol="https")

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, job_db, jobs, label="create job")
tm.flow(job_db, booking_tool, jobs, label="free slots")
tm.flow(booking_tool, agent, booking_result)

# parts ordering after the customer confirms
tm.flow(agent, parts_tool, order_call)
tm.flow(parts_tool, wholesaler, wholesale_order, api_key, protocol="https")
tm.flow(wholesaler, parts_tool, order_confirmation, protocol="https")
tm.flow(parts_tool, agent, order_confirmation)
tm.flow(parts_tool, job_db, jobs, label="parts on order")

# workshop
tm.flow(mechanic, tablet, status_update)
tm.flow(tablet, job_api, status_update, protocol="https")
tm.flow(job_api, tablet, jobs, photos, protocol="https")
tm.flow(tablet, mechanic, jobs, photos)
tm.flow(job_api, job_db, status_update)
tm.flow(job_db, job_api, jobs)
tm.flow(photo_store, job_api, photos)

# customer notifications
tm.flow(job_api, notifier, status_update)
tm.flow(job_db, notifier, jobs, label="customer phone number")
tm.flow(notifier, sms_gateway, sms_text, protocol="https")
tm.flow(sms_gateway, customer, sms_text, protocol="sms")
