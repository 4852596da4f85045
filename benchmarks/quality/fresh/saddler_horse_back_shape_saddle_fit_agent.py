"""Saddlery saddle-fit agent: the first design, before any security review.

A bespoke saddlery in England adds a fitting assistant to its website. Horse owners
chat with an LLM agent, upload side-on photos of their horse's back and photos of
wither tracings made with a flexible curve, and the agent proposes a saddle tree
size and shape from the saddlery's tree catalogue. It finds or creates the owner's
record, books a visit from one of the saddle fitters through a hosted booking
service, and places the build order with the workshop's order system, where it
waits as a draft until the master saddler releases it after the fitter's visit.
The agent runs in the saddlery's cloud account and calls a hosted multimodal model.
Controls in this design: rate limits and upload checks on the chat endpoint, a step
limit on the agent, API keys kept in the cloud secret manager, the master saddler's
release of every order, and encryption at rest on the photo bucket and owner records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Saddle fit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Collects horse back photos and wither tracings, proposes saddle tree "
    "sizes, books fitter visits and orders saddles from the workshop.",
)

# ---------------------------------------------------------------- data assets
owner_message = tg.Data(
    "Owner chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Owner's name, e-mail, yard address, the horse's age, breed, work and current saddle.",
)
horse_photos = tg.Data(
    "Horse back photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Side-on and above-wither photos; may show the yard, the owner and other people.",
)
tracing_photos = tg.Data(
    "Wither tracing photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos of flexible-curve tracings on paper, with the owner's written measurements.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt with photos",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, the photos and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tree_query = tg.Data(
    "Tree size query",
    kind="tool-call",
    description="Wither width and angle readings from the tracings.",
)
tree_suggestion = tg.Data("Tree size suggestion", kind="tool-result")
tree_catalogue = tg.Data("Saddle tree catalogue", kind="records")
owner_record = tg.Data(
    "Owner and horse record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact details, yard address, horse profiles, past fittings and saddles.",
)
record_call = tg.Data("Owner record lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
record_result = tg.Data(
    "Owner record lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data(
    "Fitter visit booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking_result = tg.Data(
    "Fitter visit booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
appointment = tg.Data(
    "Fitter appointment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Date, fitter, yard address and the owner's phone number.",
)
free_slots = tg.Data("Fitter free slots", kind="records")
visit_confirmation = tg.Data(
    "Visit confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
order_call = tg.Data("Workshop order call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
order_result = tg.Data("Workshop order reference", kind="tool-result")
workshop_order = tg.Data(
    "Saddle build order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tree size and shape, seat size, leather and colour, the owner's name and the horse.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
order_release = tg.Data("Order release", kind="records")
fitting_report = tg.Data(
    "Fitter's visit report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Measurements taken at the yard and the tree size the fitter confirms.",
)
transcript = tg.Data("Conversation transcript", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The horse owner looking for a saddle that fits.
    owner = tm.add(tg.Actor("Horse owner", role="customer"))

with tm.boundary("Fitters on the road", trust=tg.Trust.UNTRUSTED):
    # Qualified saddle fitters who visit yards; they use a tablet on mobile data.
    fitter = tm.add(tg.Actor("Saddle fitter", role="saddle fitter"))

with tm.boundary("Saddlery cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: takes messages and uploads from the website.
    chat = tm.add(
        tg.Endpoint(
            "Fitting chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="JPEG/PNG/HEIC only, 15 MB per photo, 10 photos per chat"),
            },
        )
    )
    # Runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Saddle fit agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads the owner's messages and photos, proposes a tree size, "
            "books fitter visits and places draft workshop orders.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Uploaded photos, kept with the owner's record for the fitter and the workshop.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={horse_photos, tracing_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Deterministic lookup of tree widths and shapes that match the tracings.
    tree_tool = tm.add(
        tg.Tool(
            "Tree size calculator",
            capabilities={"read"},
            description="Maps wither width and angle readings to tree fittings in the catalogue.",
        )
    )
    # The saddlery's trees, fittings and the measurement ranges each suits.
    catalogue = tm.add(tg.DataStore("Tree catalogue", stores={tree_catalogue}))
    # The saddlery's customer database of owners and their horses.
    records_db = tm.add(
        tg.DataStore(
            "Owner and horse records",
            stores={owner_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Lets the agent find or create the owner's record.
    record_tool = tm.add(
        tg.Tool(
            "Owner record tool",
            capabilities={"read", "write"},
            description="Finds the owner and horse by the e-mail address given in the chat, "
            "or creates a new record.",
        )
    )
    # Books fitter visits in the hosted booking service.
    booking_tool = tm.add(
        tg.Tool(
            "Fitter booking tool",
            capabilities={"read", "write"},
            controls={
                c.SecretsManagement(note="booking service API key in the cloud secret manager")
            },
        )
    )
    # Places saddle build orders in the workshop's order system as drafts.
    order_tool = tm.add(
        tg.Tool(
            "Workshop order tool",
            capabilities={"write"},
            controls={
                c.SecretsManagement(note="order system API key in the cloud secret manager"),
                c.HumanInTheLoop(
                    approver="the master saddler",
                    note="orders are created as drafts and built only after release",
                ),
            },
        )
    )
    # Chat transcripts kept for follow-up and complaints.
    transcripts = tm.add(tg.DataStore("Transcript store", stores={transcript}))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the messages and the photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and chat model behind the vendor's API.",
        )
    )

with tm.boundary("Booking provider", trust=tg.Trust.PARTNER):
    # SaaS appointment calendar the fitters already use; e-mails confirmations.
    booking_service = tm.add(tg.ExternalService("Hosted booking service"))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The workshop's job system where saddles are built to order.
    order_system = tm.add(
        tg.Service(
            "Workshop order system",
            description="Holds draft and released build orders and the fitters' visit reports.",
            controls={c.Authentication(method="individual staff username and password")},
        )
    )
    # Releases each draft order once the fitter has confirmed the tree size.
    master_saddler = tm.add(tg.Actor("Master saddler", role="master saddler", privileged=True))

# ---------------------------------------------------------------- flows
# conversation
tm.flow(owner, chat, owner_message, horse_photos, tracing_photos, protocol="https")
tm.flow(chat, owner, agent_reply, protocol="https")
tm.flow(chat, agent, owner_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, photo_bucket, horse_photos, tracing_photos, protocol="https")
tm.flow(photo_bucket, agent, horse_photos, tracing_photos, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcripts, transcript)

# tree sizing
tm.flow(agent, tree_tool, tree_query)
tm.flow(catalogue, tree_tool, tree_catalogue)
tm.flow(tree_tool, agent, tree_suggestion)

# owner records
tm.flow(agent, record_tool, record_call)
tm.flow(record_tool, records_db, owner_record)
tm.flow(records_db, record_tool, owner_record)
tm.flow(record_tool, agent, record_result)

# fitter visits
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_service, appointment, protocol="https")
tm.flow(booking_service, booking_tool, free_slots, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_service, fitter, appointment, protocol="https", label="fitter's calendar app")
tm.flow(booking_service, owner, visit_confirmation, protocol="smtp+starttls")

# workshop orders
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, order_system, workshop_order, protocol="https")
tm.flow(order_system, order_tool, order_result, protocol="https")
tm.flow(order_tool, agent, order_result)
tm.flow(
    fitter, order_system, fitting_report, protocol="https", label="visit report from the tablet"
)
tm.flow(order_system, master_saddler, workshop_order, fitting_report)
tm.flow(master_saddler, order_system, order_release, label="releases the draft to the bench")
tm.flow(
    photo_bucket,
    order_system,
    horse_photos,
    tracing_photos,
    protocol="https",
    label="attached to the order",
)
