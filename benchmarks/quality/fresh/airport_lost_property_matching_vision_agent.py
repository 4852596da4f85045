"""Airport lost property matching agent: the first design, before any security review.

Passengers who lost something at the airport fill in a form on the lost property
portal: a description, their flight, contact details and, if they have one, a
photo of the item. Lost property desk staff photograph every found item on a desk
tablet and log it in the found property register; a cataloguing job embeds the
photos into a search index with an open-weights image embedding model we host.
An LLM agent searches the index for candidates, asks a vendor-hosted vision LLM to
compare the passenger's description and photo with the candidates' photos, and
asks the passenger to confirm. On confirmation it books a courier through the
courier partner's API (the courier takes the shipping fee from the passenger) and
e-mails the booking. Controls in this design: HTTPS, a portal rate limit and
upload checks, staff badge sign-in, role-based access to the register, and a
supervisor's approval before high-value items are released to a courier.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Airport lost property matching vision agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Matches passengers' lost-item descriptions against photos of found items and "
        "arranges courier return."
    ),
)

# ---------------------------------------------------------------- data assets
lost_report = tg.Data(
    "Lost item report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Item description, flight, passenger name, e-mail and phone.",
)
passenger_photo = tg.Data(
    "Passenger photo of lost item", sensitivity=tg.Sensitivity.PII, kind="media"
)
confirmation = tg.Data(
    "Match confirmation and delivery address", sensitivity=tg.Sensitivity.PII, kind="records"
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
search_call = tg.Data(
    "Catalogue search call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
query_text = tg.Data("Item description query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
query_vector = tg.Data("Query embedding", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings")
item_embeddings = tg.Data(
    "Found item embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings"
)
candidate_ids = tg.Data(
    "Candidate item ids", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
found_item = tg.Data(
    "Found item record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Where and when found, storage shelf, status, staff notes; names on tags or documents.",
)
found_photo = tg.Data(
    "Found item photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Can show name tags, boarding passes, ID cards or unlocked screens.",
)
candidates = tg.Data(
    "Candidate items with photos", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
vision_prompt = tg.Data(
    "Vision comparison prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, passenger description and photo, candidate photos and records.",
)
match_verdict = tg.Data("Match assessment", sensitivity=tg.Sensitivity.PII, kind="model-output")
booking_call = tg.Data("Courier booking call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_request = tg.Data(
    "Courier booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Passenger name, delivery address, phone, parcel size and declared value.",
)
booking_confirmation = tg.Data(
    "Courier booking confirmation",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Booking id, tracking number, collection slot and the courier's fee payment link.",
)
item_status = tg.Data("Item release status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
notice = tg.Data("Return notice e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")
collection_list = tg.Data("Courier collection list", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can file a report and claim to be the owner of an item.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("Vision LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that compares the passenger's description and photo with candidates.
    vision_llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Courier partner", trust=tg.Trust.PARTNER):
    # Books collection from the desk and delivery; collects the fee from the passenger.
    courier_api = tm.add(tg.ExternalService("Courier booking API", provides="generic"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the airport already uses for passenger messages.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service", provides="generic"))

with tm.boundary("Airport cloud", trust=tg.Trust.INTERNAL):
    # Public web form and chat where passengers report and confirm items.
    portal = tm.add(
        tg.Endpoint(
            "Lost property portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=20),
                tg.controls.InputValidation(note="photo uploads: JPEG/PNG only, 10 MB cap"),
            },
        )
    )
    # The LLM agent that runs each claim from search to courier booking.
    agent = tm.add(
        tg.Agent(
            "Lost property matching agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={tg.controls.CircuitBreaker(max_steps=25)},
        )
    )
    # Passengers' reports, kept until the item is returned or the claim lapses.
    reports_store = tm.add(
        tg.DataStore(
            "Lost item reports store",
            stores={lost_report, confirmation},
            controls={tg.controls.RetentionLimits(days=90)},
        )
    )
    # Lets the agent find found items that look like the passenger's description.
    search_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Lets the agent book the courier and mark the item as released for collection.
    courier_tool = tm.add(
        tg.Tool(
            "Courier booking tool",
            capabilities={"write", "network-egress"},
            controls={
                tg.controls.HumanInTheLoop(
                    approver="lost property desk supervisor",
                    above="declared value GBP 500",
                ),
                tg.controls.SecretsManagement(note="courier API key in the cloud key vault"),
            },
        )
    )
    # Lets the agent e-mail the passenger the booking and tracking details.
    email_tool = tm.add(tg.Tool("Return notice tool", capabilities={"send-messages"}))
    # Open-weights image/text embedding model served on our own GPU node.
    embedder = tm.add(
        tg.Model(
            "Item embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Similarity index over the found items' photos and descriptions.
    item_index = tm.add(tg.VectorStore("Found item index", stores={item_embeddings}))
    # Embeds each newly logged item into the index.
    cataloguer = tm.add(tg.Pipeline("Cataloguing job", stage=tg.Stage.PREPROCESSING))
    # The airport's record of every found item and its photos.
    register = tm.add(
        tg.DataStore(
            "Found property register",
            stores={found_item, found_photo},
            controls={tg.controls.RBAC(), tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Airport operations network", trust=tg.Trust.INTERNAL):
    # Staff who log found items, pack them and hand them to the courier.
    desk_staff = tm.add(tg.Actor("Lost property desk staff", role="desk staff"))
    # Shared desk tablet used to photograph and log found items.
    tablet = tm.add(
        tg.Device(
            "Lost property desk tablet",
            fleet=False,
            controls={tg.controls.Authentication(method="airport ID badge tap and individual PIN")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(passenger, portal, lost_report, passenger_photo, confirmation, protocol="https")
tm.flow(portal, agent, lost_report, passenger_photo, confirmation)
tm.flow(agent, portal, agent_reply)
tm.flow(portal, passenger, agent_reply, protocol="https")
tm.flow(agent, reports_store, lost_report, confirmation)
tm.flow(reports_store, agent, lost_report, confirmation, label="claim state")

tm.flow(agent, search_tool, search_call, query_text)
tm.flow(search_tool, embedder, query_text)
tm.flow(embedder, search_tool, query_vector)
tm.flow(search_tool, item_index, query_vector, label="nearest neighbours")
tm.flow(item_index, search_tool, candidate_ids)
tm.flow(register, search_tool, found_item, found_photo, label="candidate records")
tm.flow(search_tool, agent, candidates)

tm.flow(agent, vision_llm, vision_prompt, protocol="https")
tm.flow(vision_llm, agent, match_verdict, protocol="https")

tm.flow(agent, courier_tool, booking_call)
tm.flow(courier_tool, courier_api, booking_request, protocol="https")
tm.flow(courier_api, courier_tool, booking_confirmation, protocol="https")
tm.flow(courier_tool, register, item_status, label="mark awaiting collection")
tm.flow(courier_tool, agent, booking_confirmation)

tm.flow(agent, email_tool, booking_confirmation)
tm.flow(email_tool, email_service, notice, protocol="https")
tm.flow(email_service, passenger, notice, label="e-mail")

tm.flow(desk_staff, tablet, found_item, found_photo)
tm.flow(tablet, register, found_item, found_photo, protocol="https")
tm.flow(register, tablet, collection_list, protocol="https")
tm.flow(tablet, desk_staff, collection_list)
tm.flow(register, cataloguer, found_item, found_photo, label="new items")
tm.flow(cataloguer, embedder, found_photo, found_item)
tm.flow(embedder, cataloguer, item_embeddings)
tm.flow(cataloguer, item_index, item_embeddings)
