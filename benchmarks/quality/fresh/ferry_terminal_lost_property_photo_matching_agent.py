"""Ferry terminal lost property photo matching agent: the first design, before any security review.

Passengers who left something on a sailing or in the terminal describe it in a web
chat on the ferry operator's site, giving their booking reference, a description and
later a delivery address. An LLM agent (a hosted multimodal model from a vendor)
asks follow-up questions and searches the found-item register: terminal staff log
every found item on a tablet app with photos and notes (deck, sailing, shelf), and
the photos are embedded by a self-hosted image-and-text embedding model into a
vector index. The agent shows likely candidates to lost-property staff in a staff
console; only once a staff member confirms the match does the agent book a courier
return through the courier's API. Staff sign in with the company SSO and MFA; the
chat is anonymous behind a rate limit. Everything runs in the operator's EU cloud
tenant; stores are encrypted at rest and the courier API key is kept in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry terminal lost property photo matching agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Web chat agent that matches passengers' lost items to found-item photos and books courier returns after staff confirm.",
)

# ---------------------------------------------------------------- data assets
lost_description = tg.Data(
    "Lost-item chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, name, sailing and the passenger's description of the item.",
)
delivery_details = tg.Data(
    "Passenger delivery details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, postal address, phone and e-mail for the courier return.",
)
chat_reply = tg.Data("Agent chat reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation, candidate item notes and photos.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
search_query = tg.Data(
    "Found-item search query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
query_embedding = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
candidate_ids = tg.Data(
    "Nearest found-item ids", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
candidates = tg.Data(
    "Candidate found items",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Photos and notes of the closest found items; photos can show names on tags, ID cards and bank cards.",
)
item_photos = tg.Data(
    "Found-item photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos staff take of each found item, sometimes showing documents or cards inside.",
)
item_notes = tg.Data(
    "Found-item notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Where and when found (sailing, deck, seat), storage shelf, logging staff member.",
)
photo_embeddings = tg.Data(
    "Found-item photo embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
case_record = tg.Data(
    "Lost-property case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The passenger's claim, chat transcript, proposed match and status.",
)
proposed_match = tg.Data("Proposed match", kind="model-output", sensitivity=tg.Sensitivity.PII)
staff_confirmation = tg.Data(
    "Staff match confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
courier_booking = tg.Data(
    "Courier booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name and address, parcel size, collection point at the terminal.",
)
consignment = tg.Data(
    "Courier consignment and tracking number", kind="tool-result", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the web can open the chat and claim to have lost something.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the chat and the candidate photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-and-text chat model behind the vendor's API.",
        )
    )

with tm.boundary("Courier company", trust=tg.Trust.PARTNER):
    # The parcel carrier the operator has an account with.
    courier_api = tm.add(tg.ExternalService("Courier booking API"))

with tm.boundary("Terminal network", trust=tg.Trust.INTERNAL):
    # Lost-property desk staff at the terminals: log found items and confirm matches.
    staff = tm.add(tg.Actor("Lost-property staff", role="terminal staff"))

with tm.boundary("Operator cloud tenant", trust=tg.Trust.INTERNAL):
    # Public chat API the web widget talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Lost-property chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that runs the conversation, searches and proposes matches.
    agent = tm.add(
        tg.Agent(
            "Lost-property matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Asks follow-up questions, searches found items, proposes a match, books the courier once staff confirm.",
        )
    )
    # Tool the agent calls to find found items that look like the description.
    search_tool = tm.add(tg.Tool("Found-item search tool", capabilities={"read"}))
    # Self-hosted CLIP-style model: embeds staff photos and the agent's text queries.
    embedder = tm.add(
        tg.Model(
            "Image-and-text embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Vector index over the found-item photos.
    photo_index = tm.add(tg.VectorStore("Found-item photo index", stores={photo_embeddings}))
    # System of record for found items: photos and notes from the tablet app.
    register = tm.add(
        tg.DataStore(
            "Found-item register",
            stores={item_photos, item_notes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Claims, transcripts, delivery details and match status.
    case_store = tm.add(
        tg.DataStore(
            "Lost-property case store",
            stores={case_record, delivery_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tablet app backend staff use to log found items.
    logging_app = tm.add(
        tg.Endpoint(
            "Found-item logging app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )
    # Web console where staff review the agent's proposed matches and confirm them.
    console = tm.add(
        tg.Service(
            "Staff match console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )
    # Tool the agent uses to book the courier return; runs only after staff confirm.
    courier_tool = tm.add(
        tg.Tool(
            "Courier booking tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(
                    approver="lost-property staff confirm the match in the staff console"
                ),
                c.SecretsManagement(note="courier API key in the cloud vault"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# passenger chat
tm.flow(passenger, chat_api, lost_description, delivery_details, protocol="https")
tm.flow(chat_api, passenger, chat_reply, protocol="https")
tm.flow(chat_api, agent, lost_description, delivery_details)
tm.flow(agent, chat_api, chat_reply)

# the agent and its model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# searching found items
tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, embedder, search_query, label="embed query text")
tm.flow(embedder, search_tool, query_embedding)
tm.flow(search_tool, photo_index, query_embedding, label="similarity search")
tm.flow(photo_index, search_tool, candidate_ids)
tm.flow(search_tool, register, candidate_ids, label="fetch item records")
tm.flow(register, search_tool, item_photos, item_notes)
tm.flow(search_tool, agent, candidates)

# cases
tm.flow(agent, case_store, case_record, delivery_details)
tm.flow(case_store, agent, case_record, delivery_details, label="resume case")

# staff logging found items
tm.flow(staff, logging_app, item_photos, item_notes, protocol="https")
tm.flow(logging_app, register, item_photos, item_notes)
tm.flow(logging_app, embedder, item_photos, label="embed new photos")
tm.flow(embedder, logging_app, photo_embeddings)
tm.flow(logging_app, photo_index, photo_embeddings)

# staff confirmation
tm.flow(agent, console, proposed_match)
tm.flow(case_store, console, case_record)
tm.flow(register, console, item_photos, item_notes)
tm.flow(console, staff, proposed_match, case_record, item_photos, protocol="https")
tm.flow(staff, console, staff_confirmation, protocol="https")
tm.flow(console, case_store, staff_confirmation)
tm.flow(console, agent, staff_confirmation)

# courier return
tm.flow(agent, courier_tool, courier_booking)
tm.flow(courier_tool, courier_api, courier_booking, protocol="https")
tm.flow(courier_api, courier_tool, consignment, protocol="https")
tm.flow(courier_tool, agent, consignment)
